// The debugger's call stack against gdb's: the same gcc-compiled functions run under
// qemu-ppc64le with gdb-multiarch stepping them (`stepi`, `bt`) and in a scenario stepped by the
// session engine; at every instruction both must name the same frames, function and offset,
// innermost first (gdb from DWARF call-frame information, the unwinder from the back chain,
// LR and prologues).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareScenario } from '../../server/src/emu/scenario/session';
import { RETURN_SENTINEL } from '../../server/src/emu/machine';
import { unwind } from '../../server/src/emu/unwind';
import { scratchDir } from '../helpers';

const C = `__attribute__((noinline)) long leaf(long x) { volatile long v = x; return v * 3; }
__attribute__((noinline)) long mid(long x) { return leaf(x + 1) + 1; }
__attribute__((noinline)) long top(long x) { long r = mid(x) * 2; return r + leaf(r); }
long entry(long x) { return top(x) + 5; }
`;
const START = '\t.text\n\t.globl _start\n_start:\n\tli 3,7\n\tbl entry\n\tnop\n\tli 0,1\n\tsc\n';
const FUNCTIONS = ['leaf', 'mid', 'top', 'entry'];

const missing = ['gdb-multiarch', 'qemu-ppc64le', 'powerpc64le-linux-gnu-gcc'].filter((t) => spawnSync('which', [t]).status !== 0);

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** gdb's backtrace at every instruction from entry's call to its return: `name+0xoff` per frame, innermost first. */
async function gdbStacks(dir: string): Promise<Map<string, string[]>> {
  const symbols = sh('powerpc64le-linux-gnu-nm', ['prog'], dir).split('\n').map((l) => l.split(' ')).filter((p) => p.length === 3 && /[tT]/.test(p[1]))
    .map(([a, , name]) => ({ name, address: BigInt('0x' + a) })).sort((a, b) => (a.address < b.address ? -1 : 1));
  const symbolic = (a: bigint) => {
    const s = symbols.filter((x) => x.address <= a).pop()!;
    return `${s.name}+0x${(a - s.address).toString(16)}`;
  };
  const port = 20000 + (process.pid % 20000);
  writeFileSync(join(dir, 'cmds.gdb'), [
    'set pagination off', 'set confirm off', `target remote 127.0.0.1:${port}`,
    'set $i = 0', 'while $i < 120', 'stepi', 'printf "PC %lx\\n", $pc', 'bt', 'set $i = $i + 1', 'end', '',
  ].join('\n'));
  const qemu = spawn('qemu-ppc64le', ['-g', String(port), join(dir, 'prog')], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 300));
    const out = spawnSync('gdb-multiarch', ['-q', '-batch', '-x', join(dir, 'cmds.gdb'), join(dir, 'prog')], { encoding: 'utf8', timeout: 60_000 }).stdout;
    const stacks = new Map<string, string[]>();
    for (const block of out.split(/^PC /m).slice(1)) {
      const pc = BigInt('0x' + block.split('\n')[0]);
      const frames = [symbolic(pc)];
      for (const m of block.matchAll(/^#[1-9]\d*\s+0x([0-9a-f]+) in /gm)) frames.push(symbolic(BigInt('0x' + m[1])));
      // The scenario calls entry itself: gdb's _start frame is the scenario's caller.
      const inner = frames.filter((f) => !f.startsWith('_start'));
      if (FUNCTIONS.some((f) => inner[0]?.startsWith(f + '+')) && !stacks.has(inner[0])) stacks.set(inner[0], inner);
    }
    return stacks;
  } finally {
    qemu.kill('SIGKILL');
  }
}

/** The unwinder's frames at every instruction of the same object run as a scenario. */
async function tocsinStacks(dir: string): Promise<Map<string, string[]>> {
  const scenario = join(dir, 'prog.scenario.json');
  writeFileSync(scenario, JSON.stringify({ inputs: [{ file: 'prog.o', role: 'kernel' }], call: { function: 'entry', args: ['0x7'] } }));
  const { session: s } = await prepareScenario(scenario, { root: dir });
  assert.ok(s, 'the scenario loads');
  const symbolic = (a: bigint) => {
    const f = s.program.functionAt(a);
    return f ? `${f.name}+0x${(a - f.address).toString(16)}` : `0x${a.toString(16)}`;
  };
  const stacks = new Map<string, string[]>();
  while (!s.done) {
    // Frames past the innermost are named by their return address, as gdb prints them.
    const frames = unwind(s.machine, s.program, (a) => s.cpu.decodedAt(a), { outermost: RETURN_SENTINEL }).map((f) => symbolic(f.resume));
    if (!stacks.has(frames[0])) stacks.set(frames[0], frames);
    s.advance({ until: s.steps + 1, breakpoints: false });
  }
  assert.equal(s.status, 'returned');
  return stacks;
}

for (const opt of ['-O2', '-O0']) {
  test(`call stacks agree with gdb-multiarch on qemu-ppc64le at every instruction (gcc ${opt})`, { skip: missing.length ? `${missing.join(', ')} missing (scripts/install-oracles.sh)` : false }, async (t) => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'prog.c'), C);
    writeFileSync(join(dir, 'start.s'), START);
    sh('powerpc64le-linux-gnu-gcc', [opt, '-g', '-c', 'prog.c', '-o', 'prog.o'], dir);
    sh('powerpc64le-linux-gnu-as', ['start.s', '-o', 'start.o'], dir);
    sh('powerpc64le-linux-gnu-ld', ['-static', '-o', 'prog', 'start.o', 'prog.o'], dir);
    const gdb = await gdbStacks(dir);
    const ours = await tocsinStacks(dir);
    let compared = 0;
    for (const [at, frames] of gdb) {
      // gdb enters entry at its local entry (from _start); the scenario at its global entry.
      if (!ours.has(at)) continue;
      assert.deepEqual(ours.get(at), frames, `at ${at}`);
      compared++;
    }
    assert.ok(compared >= 30, `compared ${compared} instructions`);
    t.diagnostic(`${compared} instructions compared with gdb's bt`);
  });
}
