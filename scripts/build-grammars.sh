#!/usr/bin/env bash
# Regenerates both tree-sitter grammars (src/parser.c) and their WebAssembly builds.
# Needs the tree-sitter CLI 0.22 and Debian's emscripten; users of Tocsin need neither,
# because the outputs are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ts="${TREE_SITTER:-$root/../shared/tools/tree-sitter}"
for name in ppc64asm objdump; do
  cd "$root/grammars/$name"
  # --no-bindings: the grammar folders hold no per-language binding boilerplate.
  "$ts" generate --no-bindings
  sources=(src/parser.c)
  exports="\"_tree_sitter_$name\""
  if [ -f src/scanner.c ]; then
    # web-tree-sitter links an external scanner by these exported names.
    sources+=(src/scanner.c)
    for fn in create destroy scan serialize deserialize; do
      exports+=",\"_tree_sitter_${name}_external_scanner_$fn\""
    done
  fi
  emcc -Os -s WASM=1 -s SIDE_MODULE=2 -s EXPORTED_FUNCTIONS="[$exports]" \
    -I src "${sources[@]}" -o "tree-sitter-$name.wasm"
  echo "built grammars/$name"
done
