// `tocsin check` on a listing of over 1,000,000 lines, beside the time objdump -dr takes to
// write that listing, in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { timeObjdump } from './parse';

const repoRoot = join(__dirname, '..');

export async function benchCheck(): Promise<string> {
  const listing = join(mkdtempSync(join(tmpdir(), 'tocsin-bench-check-')), 'big.dr');
  const objdump = timeObjdump(listing);
  const started = performance.now();
  const check = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), 'check', '--format', 'json', listing], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const checkMs = performance.now() - started;
  if (check.status === 2) throw new Error(`tocsin check failed: ${check.stderr}`);
  const findings = JSON.parse(check.stdout).length;
  return [
    '## TOC check',
    '',
    `\`tocsin check\` (the whole command: read, parse, load, analyse, report) on the \`objdump -dr\` listing of ${objdump.inputs.join(', ')}`
      + ` (${objdump.lines} lines): objdump writes it in **${objdump.ms.toFixed(0)} ms**; Tocsin checks it in **${checkMs.toFixed(0)} ms**`
      + ` (${findings} findings, exit ${check.status}); ratio check/objdump **${(checkMs / objdump.ms).toFixed(2)}**.`,
  ].join('\n');
}
