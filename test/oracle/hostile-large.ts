// The large inputs of issue 17, too slow for `npm test`: `tocsin parse` of 20 MB of `nop` lines
// under 1 GiB (bench/ measures larger sizes), and the 21-line exponential #define chain
// expanded in full, to the value gcc -E and GNU as give it.
//   node --import tsx test/oracle/hostile-large.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliLimited } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'tocsin-large-'));
let failed = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failed++;
};

for (const [mb, budgetMiB] of [[20, 1024]]) {
  const file = join(dir, `nop${mb}.S`);
  writeFileSync(file, '\tnop\n'.repeat((mb * 1024 * 1024) / 5));
  const started = performance.now();
  const r = runCliLimited(['parse', file], { heapMiB: 4096, timeoutMs: 900_000 });
  const seconds = (performance.now() - started) / 1000;
  check(r.code === 0 && /ppc64asm, \d+ nodes, 0 errors/.test(r.stdout) && r.peakMiB < budgetMiB,
    `parse of ${mb} MB of nop lines: exit ${r.code}, ${r.peakMiB} MiB peak (budget ${budgetMiB}), ${seconds.toFixed(1)} s ${r.stderr.trim()}`);
  rmSync(file);
}

const chain = join(dir, 'chain.S');
writeFileSync(chain, ['#define X0 1', ...Array.from({ length: 20 }, (_, i) => `#define X${i + 1} (X${i}+X${i})`), '\t.long X20', ''].join('\n'));
const started = performance.now();
const r = runCliLimited(['asm', chain], { heapMiB: 2048, timeoutMs: 600_000 });
const seconds = (performance.now() - started) / 1000;
const object = join(dir, 'chain.o');
execFileSync('powerpc64le-linux-gnu-gcc', ['-c', chain, '-o', object]);
const gnu = execFileSync('powerpc64le-linux-gnu-objdump', ['-d', object], { encoding: 'utf8' });
const word = (text: string) => /\n\s+0:\t([0-9a-f ]+)\t/.exec(text)?.[1].trim();
check(r.code === 0 && word(r.stdout) === word(gnu) && word(gnu) === '00 00 10 00',
  `exponential #define chain X20: exit ${r.code}, word ${word(r.stdout)} (gcc: ${word(gnu)}), ${r.peakMiB} MiB peak, ${seconds.toFixed(1)} s`);

rmSync(dir, { recursive: true, force: true });
console.log(failed ? `${failed} failed` : 'all passed');
process.exitCode = failed ? 1 : 0;
