// A short `npm run fuzz` (its three fuzzers: libFuzzer over the grammars, the JavaScript parse
// fuzzer, the structure-aware fuzzer of every layer), and the inputs run so far per layer, as
// fuzz/inputs-run.json records them across runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..');

export function benchFuzz(seconds = 90): string {
  const run = spawnSync('bash', [join(repoRoot, 'fuzz', 'run.sh'), '--seconds', String(seconds)], { encoding: 'utf8' });
  const stats = JSON.parse(readFileSync(join(repoRoot, 'fuzz', 'build', 'stats.json'), 'utf8')) as {
    libfuzzer: Record<string, { inputs: number; execsPerSecond: number }>;
    js: { ppc64asm: number; objdump: number; cli: number; findings: number } | null;
    layers: { seconds: number; layers: Record<string, number>; total: number; findings: number } | null;
  };
  const third = Math.max(1, Math.floor(seconds / 3));
  const lines = ['## Fuzzing', '', `\`npm run fuzz -- --seconds ${seconds}\` (${third} s each: libFuzzer with ASan and UBSan over both grammars at once, the JavaScript parse fuzzer, the fuzzer of every layer; exit ${run.status}):`, ''];
  for (const [grammar, s] of Object.entries(stats.libfuzzer)) lines.push(`- libFuzzer \`${grammar}\`: **${s.execsPerSecond} execs/s**, ${s.inputs} inputs.`);
  if (stats.js) lines.push(`- JavaScript parse fuzzer: ${stats.js.ppc64asm + stats.js.objdump} inputs (ppc64asm ${stats.js.ppc64asm}, objdump ${stats.js.objdump}), ${stats.js.cli} of them also through \`tocsin parse\`; ${stats.js.findings} findings.`);
  if (stats.layers) {
    const per = Object.entries(stats.layers.layers).map(([layer, n]) => `${layer} ${n}`).join(', ');
    lines.push(`- Layers: ${stats.layers.total} inputs (${per}), **${(stats.layers.total / stats.layers.seconds).toFixed(0)} inputs/s**; ${stats.layers.findings} findings.`);
  }
  const recordPath = join(repoRoot, 'fuzz', 'inputs-run.json');
  if (existsSync(recordPath)) {
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as { layers: Record<string, number>; total: number };
    lines.push('', `Inputs run through the layers so far, all runs together (\`fuzz/inputs-run.json\`): **${record.total.toLocaleString('en-US')}** in total.`, '', '| layer | inputs |', '| --- | ---: |');
    for (const [layer, n] of Object.entries(record.layers)) lines.push(`| ${layer} | ${n.toLocaleString('en-US')} |`);
  }
  return lines.join('\n');
}
