// `tocsin check` on a listing of over 1,000,000 lines, beside the time objdump -dr takes to
// write that listing, in the same run: wall and CPU time and peak memory of each, as processes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timed } from './objects';
import { libDir, timeObjdump } from './parse';

const repoRoot = join(__dirname, '..');

export async function benchCheck(): Promise<string> {
  const listing = join(mkdtempSync(join(tmpdir(), 'tocsin-bench-check-')), 'big.dr');
  // Which libraries make the listing; then objdump writes it again, timed as one process.
  const { inputs, lines } = timeObjdump(listing);
  const script = inputs.map((i) => `powerpc64le-linux-gnu-objdump -dr ${join(libDir, i)}`).join(' && ');
  const objdump = timed(['sh', '-c', script], listing);
  const check = timed([process.execPath, join(repoRoot, 'bin', 'tocsin'), 'check', '--format', 'json', listing]);
  if (check.status === 2) throw new Error('tocsin check failed (exit 2)');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
  return [
    '## TOC check',
    '',
    `\`tocsin check\` (the whole command: read, scan, load, analyse, report) on the \`objdump -dr\` listing of ${inputs.join(', ')} (${lines} lines), beside objdump writing it:`,
    '',
    '| | wall | CPU | peak memory |',
    '| --- | ---: | ---: | ---: |',
    `| objdump -dr | ${s(objdump.wallMs)} | ${s(objdump.cpuMs)} | ${mb(objdump.maxRssKb)} |`,
    `| tocsin check (exit ${check.status}) | ${s(check.wallMs)} | ${s(check.cpuMs)} | ${mb(check.maxRssKb)} |`,
    `| ratio check/objdump | **${(check.wallMs / objdump.wallMs).toFixed(2)}** | **${(check.cpuMs / objdump.cpuMs).toFixed(2)}** | |`,
  ].join('\n');
}
