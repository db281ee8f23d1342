// Memory per input size for `tocsin parse`, and the hostile inputs of the robustness report:
// each run now beside the peer tool on the same input (GNU as, gcc, objdump), with the figures
// the report gave before the fixes. Time and peak resident memory from GNU time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..');
const tocsin = join(repoRoot, 'bin', 'tocsin');

interface Measured {
  seconds: number;
  cpu: number;
  peakMiB: number;
  code: number | null;
  timedOut: boolean;
}

/** One run under GNU time: wall and CPU seconds, peak resident memory; killed after `timeoutS`. */
function measure(command: string, args: string[], timeoutS = 600, cwd = repoRoot): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-bench-'));
  const report = join(dir, 'time');
  const r = spawnSync('timeout', ['--signal=KILL', String(timeoutS), '/usr/bin/time', '-f', '%e %U %S %M', '-o', report, command, ...args], {
    cwd, stdio: ['ignore', 'ignore', 'ignore'],
  });
  let fields = ['0', '0', '0', '0'];
  try {
    fields = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ');
  } catch {
    // Killed before GNU time could write.
  }
  rmSync(dir, { recursive: true, force: true });
  const timedOut = r.status === 137 || r.status === 124 || r.signal === 'SIGKILL';
  return { seconds: Number(fields[0]), cpu: Number(fields[1]) + Number(fields[2]), peakMiB: Number(fields[3]) / 1024, code: timedOut ? null : r.status, timedOut };
}

const fmt = (m: Measured) => (m.timedOut ? 'killed at the time limit' : `${m.seconds.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), ${m.peakMiB.toFixed(0)} MiB, exit ${m.code}`);

function sFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sFiles(p) : n.endsWith('.S') ? [p] : [];
  });
}

/** `size` bytes of text made by repeating `unit` whole. */
function repeated(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export function benchHostile(): string {
  const work = mkdtempSync(join(tmpdir(), 'tocsin-hostile-'));
  const file = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };
  const out: string[] = ['## Memory per input size: `tocsin parse`', ''];
  out.push('Peak resident memory of the whole command (GNU time), native runtime. Texts over 1 MiB are parsed in pieces, so memory stays near the text itself plus one piece\'s tree.', '');
  out.push('| input | size | time | peak | peak per MB of input |', '| --- | ---: | ---: | ---: | ---: |');
  const kernel = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-source.sh')], { encoding: 'utf8' }).trim();
  const kernelText = sFiles(join(kernel, 'arch', 'powerpc')).map((f) => readFileSync(f, 'utf8')).join('');
  const listings = mkdtempSync(join(tmpdir(), 'tocsin-listings-'));
  execFileSync('bash', [join(repoRoot, 'test', 'listings', 'generate.sh'), listings], { stdio: 'ignore' });
  const listingText = readdirSync(listings).filter((n) => n.endsWith('.dr.dis')).map((n) => readFileSync(join(listings, n), 'utf8')).join('\n');
  const inputs: [string, string, number][] = [
    ['`\\tnop` lines', '\tnop\n', 1], ['`\\tnop` lines', '\tnop\n', 5], ['`\\tnop` lines', '\tnop\n', 20], ['`\\tnop` lines', '\tnop\n', 50], ['`\\tnop` lines', '\tnop\n', 100],
    ['kernel 6.1 `arch/powerpc` `.S` files, repeated', kernelText, 20],
    ['`objdump -dr` listings (test/listings), repeated', listingText, 20],
  ];
  for (const [what, unit, mb] of inputs) {
    const path = file(`in-${mb}.${unit === listingText ? 'dis' : 'S'}`, repeated(unit, mb * 1024 * 1024));
    const m = measure(tocsin, ['parse', '--parser', 'native', path], 900);
    out.push(`| ${what} | ${mb} MB | ${m.seconds.toFixed(1)} s | ${m.peakMiB.toFixed(0)} MiB | ${(m.peakMiB / mb).toFixed(1)} MiB |`);
    rmSync(path);
  }
  rmSync(listings, { recursive: true, force: true });
  out.push('', 'Before the piecewise parse: 20 MB of `nop` lines 3.1 GB, 50 MB 7.7 GB, 100 MB 17.4 GB and an abort.');

  out.push('', '## Hostile inputs', '', 'Each input of the robustness report, now and beside the peer tool on the same input (same run); "before" is the figure the report gave.', '');
  out.push('| input | before | Tocsin now | peer |', '| --- | --- | --- | --- |');
  const row = (what: string, before: string, now: Measured, peer: string) => out.push(`| ${what} | ${before} | ${fmt(now)} | ${peer} |`);
  const as = (path: string) => `GNU as: ${fmt(measure('powerpc64le-linux-gnu-as', ['-o', join(work, 'out.o'), path], 120))}`;

  const macro = file('m.S', '.macro m\n\tm\n\tm\n.endm\n\tm\n');
  row('a macro invoking itself twice (5 lines)', '4.2 GB, 57 s, heap exhausted', measure(tocsin, ['asm', macro]), as(macro));
  const chain = file('chain.S', ['#define X0 1', ...Array.from({ length: 20 }, (_, i) => `#define X${i + 1} (X${i}+X${i})`), '\t.long X20', ''].join('\n'));
  row('exponential `#define` chain (21 lines, 2^20 terms)', '64.5 s', measure(tocsin, ['asm', chain]),
    `gcc -E: ${fmt(measure('powerpc64le-linux-gnu-gcc', ['-E', '-x', 'assembler-with-cpp', '-o', '/dev/null', chain]))}; gcc -c: ${fmt(measure('powerpc64le-linux-gnu-gcc', ['-c', '-o', join(work, 'chain.o'), chain]))}`);
  const org = file('org.s', '\tnop\n\t.org 0x100000000\n');
  row('`.org 0x100000000`', '4.1 GB, internal error', measure(tocsin, ['asm', org]), 'GNU as writes a 4 GiB object; not run here');
  const skip = file('skip.s', '\t.skip 100000000\n\tnop\n');
  row('`.skip 100000000` then code', 'over 60 s, 4.5 GB', measure(tocsin, ['asm', skip]), as(skip));
  const deep = file('deep.s', `\t.long ${'('.repeat(2000)}1${')'.repeat(2000)}\n\t.long ${Array(7000).fill('1').join('+')}\n`);
  row('2,000 nested parentheses, 7,000 `+` terms', 'internal error (call stack)', measure(tocsin, ['asm', deep]), as(deep));
  const rept = file('rept.s', '\t.rept 1000000000\n\tnop\n\t.endr\n');
  row('`.rept 1000000000`', 'stopped at 1 M statements', measure(tocsin, ['asm', rept]), 'GNU as: writes 4 GB; not run here');
  row('`disasm --bin /dev/zero`', '11.9 GB', measure(tocsin, ['disasm', '--bin', '/dev/zero']), '');
  row('`run /dev/zero`', '6.1 GB in 15 s', measure(tocsin, ['run', '/dev/zero']), '');
  const include = file('inc.S', '#include "/dev/zero"\n\tnop\n');
  row('`#include "/dev/zero"`', '323 MB read, then an error', measure(tocsin, ['asm', include]), `gcc -E: ${fmt(measure('powerpc64le-linux-gnu-gcc', ['-E', '-x', 'assembler-with-cpp', '-o', '/dev/null', include], 10))}`);
  const fifo = join(work, 'fifo');
  execFileSync('mkfifo', [fifo]);
  row('a FIFO with no writer', 'blocked for ever', measure(tocsin, ['check', fifo], 30), `GNU as: ${fmt(measure('powerpc64le-linux-gnu-as', ['-o', join(work, 'f.o'), fifo], 10))}`);
  const nop20 = file('nop20.S', repeated('\tnop\n', 20 * 1024 * 1024));
  row('`parse` of 20 MB of `nop` lines', '3.1 GB', measure(tocsin, ['parse', nop20], 900), '');
  rmSync(work, { recursive: true, force: true });
  return out.join('\n');
}
