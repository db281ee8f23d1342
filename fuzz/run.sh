#!/usr/bin/env bash
# Fuzzes every layer for a bounded time, a third of it each, then fails on any finding.
#  1. libFuzzer, one target per grammar (fuzz/harness.c over its generated src/parser.c and
#     the tree-sitter C runtime vendored by the `tree-sitter` npm package), built with
#     AddressSanitizer and UndefinedBehaviorSanitizer; both run at once.
#  2. test/fuzz/js-fuzz.ts: mutated real files through the parse model under both runtimes and
#     through `tocsin parse`.
#  3. test/fuzz/layer-fuzz.ts: structure-aware inputs (mutated kernel sources, listings, ELF
#     objects and scenarios; generated macro, #define and expression shapes) through the
#     preprocessor, assembler, listing loader, ELF reader, TOC checker, emulator, scenarios and
#     the language server (edit scripts with requests between the edits).
#     Its counts are added to fuzz/inputs-run.json (commit it with long runs).
# Seeds: the grammar corpora, the examples, the kept regressions, kernel 6.1 arch/powerpc
# (when installed) and the generated listings (--listings DIR). Every input that crashed,
# hung (over 1 s) or leaked is copied to test/fuzz/regressions/GRAMMAR/, which `npm test`
# replays. Figures go to fuzz/build/stats.json.
# Usage: npm run fuzz -- [--seconds N] [--listings DIR] [--seed N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds=120
listings=()
# A seed makes a run repeatable (CI's bounded run); without one each run explores anew.
seed=()
libfuzzer_seed=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --listings) listings=(--listings "$2"); shift 2 ;;
    --seed) seed=(--seed "$2"); libfuzzer_seed=(-seed="$2"); shift 2 ;;
    *) echo "usage: npm run fuzz -- [--seconds N] [--listings DIR] [--seed N]" >&2; exit 2 ;;
  esac
done
half=$(( seconds / 3 > 1 ? seconds / 3 : 1 ))
build=fuzz/build
mkdir -p "$build"

# Debian's clang, with the libFuzzer and sanitizer runtimes from libclang-rt-14-dev (root).
if ! command -v clang-14 >/dev/null || ! compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a' >/dev/null; then
  echo "fuzz: installing clang and libclang-rt-14-dev"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi

runtime=node_modules/tree-sitter/vendor/tree-sitter/lib
builds=()
for grammar in ppc64asm objdump; do
  sources=(fuzz/harness.c "grammars/$grammar/src/parser.c")
  [ -f "grammars/$grammar/src/scanner.c" ] && sources+=("grammars/$grammar/src/scanner.c")
  target="$build/fuzz-$grammar"
  stale=0
  # The package's manifest stands for its vendored runtime.
  for s in "${sources[@]}" node_modules/tree-sitter/package.json; do [ "$s" -nt "$target" ] && stale=1; done
  if [ ! -x "$target" ] || [ $stale = 1 ]; then
    echo "fuzz: building $target"
    clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
      -DGRAMMAR="$grammar" -I "$runtime/include" -I "$runtime/src" -I "grammars/$grammar/src" \
      "${sources[@]}" "$runtime/src/lib.c" -o "$target" &
    builds+=($!)
  fi
done
for pid in "${builds[@]}"; do wait "$pid"; done

node --import tsx test/fuzz/seeds.ts --out "$build/seeds" "${listings[@]}"

echo "fuzz: libFuzzer, both grammars at once, ${half} s"
pids=()
for grammar in ppc64asm objdump; do
  mkdir -p "$build/corpus-$grammar" "$build/artifacts-$grammar"
  # -timeout=1: an input that takes over a second is a hang. Leaks are checked per input.
  "$build/fuzz-$grammar" "${libfuzzer_seed[@]}" -max_total_time="$half" -timeout=1 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts-$grammar/" \
    "$build/corpus-$grammar" "$build/seeds/$grammar" >"$build/libfuzzer-$grammar.log" 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

echo "fuzz: JavaScript fuzzer, ${half} s"
js_status=0
timeout --signal=KILL $(( half + 120 )) node --import tsx test/fuzz/js-fuzz.ts --seconds "$half" "${seed[@]}" --seeds "$build/seeds" \
  --current "$build/js-current" --stats "$build/js-stats.json" || js_status=$?
if [ $js_status -eq 137 ]; then
  # Killed by the timeout: the input it was on hung the process.
  grammar=$(cat "$build/js-current.grammar")
  kept="test/fuzz/regressions/$grammar/js-hang-$(sha1sum "$build/js-current" | cut -c1-12)"
  mkdir -p "test/fuzz/regressions/$grammar"
  cp "$build/js-current" "$kept"
  echo "FINDING hang ($grammar): the JavaScript fuzzer stopped answering; input kept as $kept"
fi

findings=0
summary=()
for grammar in ppc64asm objdump; do
  log="$build/libfuzzer-$grammar.log"
  for artifact in "$build/artifacts-$grammar"/*; do
    [ -f "$artifact" ] || continue
    kind=$(basename "$artifact" | cut -d- -f1)
    hash=$(sha1sum "$artifact" | cut -c1-12)
    mkdir -p "test/fuzz/regressions/$grammar"
    mv "$artifact" "test/fuzz/regressions/$grammar/libfuzzer-$kind-$hash"
    echo "FINDING $kind ($grammar, libFuzzer): test/fuzz/regressions/$grammar/libfuzzer-$kind-$hash"
    grep -m1 -A12 -E '^==[0-9]+==ERROR|runtime error|ALARM' "$log" | sed 's/^/  /' || true
    findings=$(( findings + 1 ))
  done
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  if [ -z "$runs" ]; then
    echo "fuzz: libFuzzer for $grammar ended without its final figures:"; tail -20 "$log" | sed 's/^/  /'
    findings=$(( findings + 1 ))
    runs=0 rate=0
  fi
  echo "fuzz: libFuzzer $grammar: $runs inputs, $rate execs/s"
  summary+=("\"$grammar\": {\"inputs\": $runs, \"execsPerSecond\": $rate}")
done
js=$(cat "$build/js-stats.json" 2>/dev/null || echo null)
[ $js_status -eq 0 ] || findings=$(( findings + 1 ))

echo "fuzz: every layer, structure-aware, ${half} s"
layer_status=0
node --import tsx test/fuzz/layer-fuzz.ts --seconds "$half" "${seed[@]}" --stats "$build/layer-stats.json" "${listings[@]}" || layer_status=$?
[ $layer_status -eq 0 ] || findings=$(( findings + 1 ))
layers=$(cat "$build/layer-stats.json" 2>/dev/null || echo null)
printf '{"seconds": %s, "libfuzzer": {%s}, "js": %s, "layers": %s}\n' "$seconds" "$(IFS=,; echo "${summary[*]}")" "$js" "$layers" >"$build/stats.json"
echo "fuzz: figures in $build/stats.json: $(cat "$build/stats.json")"
if [ $findings -gt 0 ]; then
  echo "fuzz: $findings findings; their inputs are under test/fuzz/regressions/ (commit them) and fuzz/build/findings/ (cut them to what matters first)"
  exit 1
fi
echo "fuzz: no findings"
