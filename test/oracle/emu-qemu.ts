// Differential test of the emulator against qemu-ppc64le: random programs (seeded), assembled
// and linked static with binutils, run by qemu with -singlestep -d cpu, then stepped in the
// emulator in lockstep; GPRs, CR, LR, CTR, XER and the PC are compared after every instruction.
// Programs go several to one ELF (one process start for many programs), and qemu runs for the
// next batches while this process compares the last. A few batches also go through the CLI
// (`tocsin run --elf --trace --format json`) to check that path end to end. Snippets of further
// instructions (emu/snippets.ts) are spliced into the generated programs.
//
// node --import tsx test/oracle/emu-qemu.ts [--seed N] [--count N] [--length N] [--batch N]
//      [--jobs N] [--cli N] [--show N] [--big-endian] [--keep DIR] [--write-fixture FILE]

import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runCommand } from '../../server/src/commands/run.js';
import { semanticsFor } from '../../server/src/emu/semantics/index.js';
import { baseEntries } from '../../server/src/emu/semantics/resolve.js';
import { compareWithQemu, formatDivergence, type Divergence, type QemuEnd } from './emu/compare.js';
import { generateBatch } from './emu/generate.js';
import { SPLICED, withMoreInstructions } from './emu/snippets.js';
import { parseQemuLog, type QemuLog } from './emu/qemu-log.js';

const run = promisify(execFile);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}
const textOption = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
const count = option('count', 1000);
const length = option('length', 40);
const perBatch = option('batch', 25);
const jobs = option('jobs', 2);
const cliBatches = option('cli', 2);
const show = option('show', 10);
const keep = textOption('keep');
const fixture = textOption('write-fixture');
const bigEndian = process.argv.includes('--big-endian');

/** Assemble, link, and run under qemu: what the emulator is compared with. */
const TOOLS = {
  as: ['powerpc64le-linux-gnu-as', '-mpower10', ...(bigEndian ? ['-mbig'] : [])],
  ld: ['powerpc64le-linux-gnu-ld', ...(bigEndian ? ['-EB', '-m', 'elf64ppc'] : []), '-static', '-nostdlib', '-z', 'max-page-size=0x1000'],
  qemu: [bigEndian ? 'qemu-ppc64' : 'qemu-ppc64le', '-cpu', 'power10', '-singlestep', '-d', 'cpu,nochain'],
};

interface Batch {
  index: number;
  first: number;
  programs: number;
  dir: string;
  elf: Uint8Array;
  log: QemuLog;
  end: QemuEnd;
}

function batchSeed(b: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b + 1, 0xc2b2ae35)) >>> 0;
}

async function produce(work: string, index: number): Promise<Batch> {
  const first = index * perBatch;
  const programs = Math.min(perBatch, count - first);
  const dir = join(work, `batch${index}`);
  mkdirSync(dir, { recursive: true });
  const source = withMoreInstructions(generateBatch(batchSeed(index), first, programs, length), batchSeed(index) ^ 0x5bd1e995, bigEndian);
  writeFileSync(join(dir, 'prog.s'), source);
  await run(TOOLS.as[0], [...TOOLS.as.slice(1), '-o', join(dir, 'prog.o'), join(dir, 'prog.s')]);
  await run(TOOLS.ld[0], [...TOOLS.ld.slice(1), '-o', join(dir, 'prog'), join(dir, 'prog.o')]);
  const end = await new Promise<QemuEnd>((resolve, reject) => {
    // An empty environment keeps qemu's initial stack, and so r1, the same everywhere.
    const p = spawn(TOOLS.qemu[0], [...TOOLS.qemu.slice(1), '-D', join(dir, 'log'), join(dir, 'prog')], { env: {}, stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const log = parseQemuLog(readFileSync(join(dir, 'log'), 'latin1'));
  const elf = readFileSync(join(dir, 'prog'));
  if (!keep) rmSync(join(dir, 'log'));
  return { index, first, programs, dir, elf, log, end };
}

const TOCSIN = join(process.cwd(), 'bin/tocsin');
/** Whether the built CLI (bin/tocsin, bundled in dist/) has the run command. */
const builtCliRuns = / tocsin run /.test(spawnSync(process.execPath, [TOCSIN, '--help'], { encoding: 'utf8' }).stdout ?? '');

/**
 * The CLI path: `tocsin run --elf --trace --format json`, compared instruction by instruction.
 * Through bin/tocsin (the bundle in dist/) once the command is registered there, else in-process.
 */
async function viaCli(b: Batch): Promise<string[]> {
  const regsFile = join(b.dir, 'regs.json');
  const st = b.log.states;
  const hex = (lo: number, hi: number) => '0x' + (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
  // qemu's initial r1 and LR (no return sentinel: the programs end with exit).
  writeFileSync(regsFile, JSON.stringify({ r1: hex(st[4], st[5]), lr: '0x0' }));
  const args = ['--elf', join(b.dir, 'prog'), '--regs', regsFile, '--trace', '--format', 'json', '--max-steps', String(b.log.count + 10)];
  let out = '';
  let code: number;
  if (builtCliRuns) {
    const bin = spawnSync(process.execPath, [TOCSIN, 'run', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    out = bin.stdout;
    code = bin.status ?? 2;
  } else {
    code = await runCommand.run(args, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
  }
  const problems: string[] = [];
  const result = JSON.parse(out) as { status: string; trace: { pc: string; regs: Record<string, string> }[] };
  if (code !== 0 || result.status !== 'exited') problems.push(`CLI ended with status ${result.status}, exit code ${code}`);
  if (result.trace.length !== b.log.count) problems.push(`CLI traced ${result.trace.length} instructions, qemu ${b.log.count}`);
  for (let i = 0; i + 1 < Math.min(result.trace.length, b.log.count) && problems.length < 5; i++) {
    const base = (i + 1) * 73;
    const regs = result.trace[i].regs;
    const want: Record<string, string> = { cr: hex(st[base + 66], 0), lr: hex(st[base + 67], st[base + 68]), ctr: hex(st[base + 69], st[base + 70]), xer: hex(st[base + 71], st[base + 72]) };
    for (let r = 0; r < 32; r++) want[`r${r}`] = hex(st[base + 2 + 2 * r], st[base + 3 + 2 * r]);
    const bad = Object.keys(want).filter((k) => regs[k] !== want[k]);
    if (bad.length) problems.push(`CLI trace entry ${i} (pc ${result.trace[i].pc}): ${bad.map((k) => `${k} qemu ${want[k]} cli ${regs[k]}`).join(', ')}`);
  }
  return problems;
}

/** The program a symbol belongs to: prog_12 for prog_12_L3+0x8. */
const programOf = (where: string) => where.replace(/_L\d+.*|_end.*|\+.*/, '');

async function main(): Promise<void> {
  const started = Date.now();
  const work = keep ?? mkdtempSync(join(tmpdir(), 'tocsin-emu-qemu-'));
  mkdirSync(work, { recursive: true });
  const batches = Math.ceil(count / perBatch);
  const endian = bigEndian ? ' --big-endian' : '';
  console.log(`emu-qemu: seed ${seed}, ${count} programs of ${length} items, ${batches} batches of ${perBatch}, ${jobs} qemu jobs${endian}`);
  console.log(`  reproduce: node --import tsx test/oracle/emu-qemu.ts --seed ${seed} --count ${count} --length ${length} --batch ${perBatch}${endian}`);
  console.log(`  CLI path: ${cliBatches} batches through ${builtCliRuns ? 'bin/tocsin run' : 'runCommand in-process (bin/tocsin has no run command yet)'}`);

  const pending = new Map<number, Promise<Batch>>();
  let next = 0;
  const fill = () => {
    while (next < batches && pending.size < jobs) {
      pending.set(next, produce(work, next));
      next++;
    }
  };
  fill();
  let instructions = 0;
  const divergences: { batch: number; d: Divergence }[] = [];
  const problems: string[] = [];
  const mnemonics = new Map<string, number>();
  for (let b = 0; b < batches; b++) {
    const batch = await pending.get(b)!;
    pending.delete(b);
    fill();
    const c = compareWithQemu(batch.elf, batch.log, batch.end);
    instructions += c.instructions;
    for (const [k, n] of c.mnemonics) mnemonics.set(k, (mnemonics.get(k) ?? 0) + n);
    for (const d of c.divergences) divergences.push({ batch: b, d });
    if (b < cliBatches) problems.push(...(await viaCli(batch)).map((p) => `batch ${b}: ${p}`));
    if (fixture && b === 0) writeFixture(batch);
    if (!keep) rmSync(batch.dir, { recursive: true, force: true });
  }
  if (!keep) rmSync(work, { recursive: true, force: true });

  for (const { batch, d } of divergences.slice(0, show)) {
    console.log(`DIVERGENCE seed ${seed} batch ${batch} program ${programOf(d.where)}\n${formatDivergence(d)}`);
  }
  if (divergences.length > show) console.log(`... and ${divergences.length - show} more divergences`);
  for (const p of problems) console.log(`CLI: ${p}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const failing = new Set(divergences.map(({ d }) => programOf(d.where)));
  const bases = baseEntries();
  const covered = bases.filter((r) => semanticsFor(r.key)).length;
  console.log(`emu-qemu: ISA table: ${covered} of ${bases.length} base entries have semantics`);
  console.log(`emu-qemu: ${count} programs, ${instructions} instructions compared, ${mnemonics.size} distinct mnemonics, `
    + `${divergences.length} divergences, ${problems.length} CLI problems, ${seconds} s (seed ${seed})`);
  console.log(`emu-qemu: spliced instructions run: ${SPLICED.map((k) => `${k} ${mnemonics.get(k) ?? 0}`).join(', ')}`);
  console.log(`${count - failing.size} passed, ${failing.size + (problems.length ? 1 : 0)} failed`);
  const failed = divergences.length + problems.length;
  if (failed) process.exitCode = 1;
}

/** A batch's source, ELF and qemu's states (gzipped), for the unit test that replays them without qemu. */
function writeFixture(b: Batch): void {
  const states = Buffer.from(b.log.states.buffer, b.log.states.byteOffset, b.log.states.byteLength);
  const command = [...TOOLS.qemu, '-D', 'log', 'prog'].join(' ');
  writeFileSync(fixture!, JSON.stringify({
    made: `node --import tsx test/oracle/emu-qemu.ts --seed ${seed} --count ${b.programs} --length ${length} --batch ${perBatch} --cli 0`
      + `${bigEndian ? ' --big-endian' : ''} --write-fixture ${fixture}`,
    tools: { as: TOOLS.as.join(' '), ld: TOOLS.ld.join(' '), qemu: `${command} (empty environment)` },
    programs: b.programs, instructions: b.log.count, end: b.end,
    source: gzipSync(readFileSync(join(b.dir, 'prog.s'))).toString('base64'),
    elf: gzipSync(b.elf).toString('base64'), states: gzipSync(states).toString('base64'),
  }) + '\n');
  console.log(`fixture: ${fixture} (${b.programs} programs, ${b.log.count} instructions)`);
}

void main();
