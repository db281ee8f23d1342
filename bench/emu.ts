// Emulator benchmark: a mixed integer loop (adds, logicals, a rotate, a multiply, doubleword
// and word loads and stores, a compare and conditional branch, bdnz) of about 100 million
// instructions, run by Tocsin's emulator and by qemu-ppc64le (without -singlestep or logging)
// on the same ELF in the same run. Tocsin runs as shipped: bundled by esbuild, as in dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const repoRoot = join(__dirname, '..');
/** 15 instructions an iteration (the nop is branched over): about 100 million in all. */
const ITERATIONS = 6_700_000;
const RUNS = 5;

const LOOP = String.raw`
	.abiversion 2
	.data
	.balign 64
buf:	.space 64
	.text
	.globl _start
_start:
	lis 31, buf@ha
	addi 31, 31, buf@l
	lis 3, ${ITERATIONS >>> 16}
	ori 3, 3, ${ITERATIONS & 0xffff}
	mtctr 3
	li 4, 0
	li 5, 1
	li 6, 3
loop:
	add 4, 4, 5
	addi 5, 5, 3
	xor 7, 4, 5
	rldicl 8, 7, 13, 3
	std 8, 0(31)
	ld 9, 8(31)
	cmpd 7, 4, 9
	subf 10, 9, 4
	srdi 11, 10, 3
	and 12, 11, 7
	or 13, 12, 6
	stw 13, 8(31)
	mullw 14, 13, 5
	bne 7, 1f
	nop
1:	bdnz loop
	li 0, 1
	li 3, 0
	sc
`;

/** Runs the ELF in the emulator and prints instructions, emulation time and CPU time as JSON. */
const RUNNER = `
import { readFileSync } from 'node:fs';
import { loadElf } from './server/src/emu/elf';
import { Cpu } from './server/src/emu/cpu';
const { machine } = loadElf(readFileSync(process.argv[2]));
const cpu = new Cpu(machine, { onSystemCall: (c) => c.finish('exited', 'exit', 0) });
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const stop = cpu.run();
const ms = performance.now() - t0;
const used = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({ stop: stop.kind, steps: cpu.steps, ms, cpuMs: (used.user + used.system) / 1000 }));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (steps: number, ms: number) => `${(steps / ms / 1000).toFixed(1)} M`;

export async function benchEmu(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'tocsin-bench-emu-'));
  writeFileSync(join(work, 'loop.s'), LOOP);
  execFileSync('powerpc64le-linux-gnu-as', ['-o', join(work, 'loop.o'), join(work, 'loop.s')]);
  execFileSync('powerpc64le-linux-gnu-ld', ['-static', '-nostdlib', '-o', join(work, 'loop'), join(work, 'loop.o')]);
  const runner = join(work, 'runner.js');
  await build({
    stdin: { contents: RUNNER, resolveDir: repoRoot, loader: 'ts' }, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', outfile: runner, logLevel: 'warning',
  });

  const tocsin: { steps: number; ms: number; cpuMs: number; wallMs: number }[] = [];
  const qemu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so load on a shared machine falls on both alike.
    const started = performance.now();
    const out = execFileSync(process.execPath, [runner, join(work, 'loop')], { encoding: 'utf8' });
    const r = JSON.parse(out) as { stop: string; steps: number; ms: number; cpuMs: number };
    if (r.stop !== 'exited') throw new Error(`the benchmark loop ended with ${r.stop}`);
    tocsin.push({ ...r, wallMs: performance.now() - started });
    const q0 = performance.now();
    const q = spawnSync('qemu-ppc64le', [join(work, 'loop')], { stdio: 'ignore' });
    if (q.status !== 0) throw new Error(`qemu-ppc64le exited with ${q.status ?? q.signal}`);
    qemu.push(performance.now() - q0);
  }
  const steps = tocsin[0].steps;
  const runMs = median(tocsin.map((t) => t.ms));
  const cpuMs = median(tocsin.map((t) => t.cpuMs));
  const wallMs = median(tocsin.map((t) => t.wallMs));
  const qemuMs = median(qemu);
  return [
    '## Emulator (`tocsin run` against qemu-ppc64le)',
    '',
    `A mixed integer loop of ${steps.toLocaleString('en-US')} instructions (15 an iteration: add, addi, subf, xor, and, or, rldicl, srdi, mullw, ld, std, stw, cmpd, bne, bdnz), ${RUNS} interleaved runs, medians:`,
    '',
    '| | time | instructions per second |',
    '| --- | ---: | ---: |',
    `| Tocsin emulator, run loop | ${runMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms) | **${rate(steps, runMs)}** (by CPU time ${rate(steps, cpuMs)}) |`,
    `| Tocsin, whole process (load, decode, run) | ${wallMs.toFixed(0)} ms | ${rate(steps, wallMs)} |`,
    `| qemu-ppc64le (TCG JIT), whole process | ${qemuMs.toFixed(0)} ms | ${rate(steps, qemuMs)} |`,
    '',
    `Ratio Tocsin/qemu: **${(qemuMs / runMs).toFixed(2)}** (run loop), ${(qemuMs / wallMs).toFixed(2)} (whole processes).`,
    '',
  ].join('\n');
}

if (require.main === module) void benchEmu().then((s) => process.stdout.write(s));
