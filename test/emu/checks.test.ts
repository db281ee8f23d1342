import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, machineWith, program, TEXT } from './helpers.js';
import type { Cpu, Stop } from '../../server/src/emu/cpu.js';
import type { BugRecord, Program, ProgramFunction } from '../../server/src/emu/program.js';
import { RuntimeChecks, type CheckOptions, type Finding } from '../../server/src/emu/checks/index.js';

type Insn = [string, ...number[]];

const SENTINEL = 0x7000_0000n;
const STACK = DATA + 0xf00n;
const TOC = 0x1234n;
const FILE = 'lp.S';

/** Instructions at word indices; the gaps hold illegal words, so running off a function shows. */
function layout(...blocks: [at: number, insns: Insn[]][]): number[] {
  const words: number[] = [];
  for (const [at, insns] of blocks) program(...insns).forEach((w, i) => (words[at + i] = w));
  return Array.from(words, (w) => w ?? 0);
}

/** Byte offset of a relative branch from word index `from` to `to`. */
const rel = (from: number, to: number): number => 4 * (to - from);
const addr = (index: number): bigint => TEXT + 4n * BigInt(index);

/** A program of functions [start, end) in word indices; instruction i is line i + 1 of lp.S. */
function makeProgram(fns: [name: string, start: number, end: number, localEntry?: number][], bugs: BugRecord[] = []): Program {
  const functions: ProgramFunction[] = fns.map(([name, start, end, localEntry]) => ({
    name, address: addr(start), end: addr(end), localEntry: localEntry ?? 0, input: 0,
  }));
  return {
    inputs: [{ name: FILE, file: FILE, role: 'object' }],
    functions,
    functionAt: (a) => functions.find((f) => a >= f.address && a < f.end),
    symbol: (n) => functions.find((f) => f.name === n)?.address,
    sourceOf: (a) => (a >= TEXT && a < TEXT + 0x1000n ? { file: FILE, line: Number((a - TEXT) / 4n) + 1 } : undefined),
    addressesOf: (file, line) => (file === FILE ? [addr(line - 1)] : []),
    bugs: new Map(bugs.map((b) => [b.address, b])),
  };
}

/** A machine called at TEXT with LR = the sentinel, r1 = STACK, r2 = TOC. */
function setUp(words: number[]): Cpu {
  const { m, cpu } = machineWith(words, { cpu: { returnAddress: SENTINEL } });
  m.set('lr', SENTINEL);
  m.set('r1', STACK);
  m.set('r2', TOC);
  return cpu;
}

/** The scenario runner's loop: checks around single steps, stopping at a stop or a fatal finding. */
function run(cpu: Cpu, checks: RuntimeChecks, maxSteps = 200): { findings: Finding[]; stop?: Stop } {
  const findings: Finding[] = [];
  for (let i = 0; i < maxSteps; i++) {
    checks.before();
    const step = cpu.step();
    findings.push(...checks.after(step));
    if (step.stop) {
      if (step.stop.kind !== 'returned') findings.push(checks.stopFinding(step.stop));
      return { findings, stop: step.stop };
    }
    if (findings.some((f) => f.fatal)) return { findings };
  }
  const stop: Stop = { kind: 'max-steps', message: `stopped after ${maxSteps} instructions`, pc: cpu.machine.pc };
  findings.push(checks.stopFinding(stop));
  return { findings, stop };
}

function checked(words: number[], prog: Program, options: CheckOptions = {}, maxSteps?: number) {
  const cpu = setUp(words);
  const result = run(cpu, new RuntimeChecks(cpu, prog, { returnAddress: SENTINEL, ...options }), maxSteps);
  return { cpu, ...result, kinds: result.findings.map((f) => f.kind) };
}

// A keeps its return address in r31 and calls B at index 8.
const A_CALLS_B: Insn[] = [['mflr', 31], ['bl', rel(1, 8)], ['mtlr', 31], ['blr']];
const AB = makeProgram([['A', 0, 8], ['B', 8, 16]]);

test('a clean call and return: no finding', () => {
  const { findings, stop } = checked(layout([0, A_CALLS_B], [8, [['li', 3, 1], ['blr']]]), AB);
  assert.deepEqual(findings, []);
  assert.equal(stop?.kind, 'returned');
});

test('a callee that clobbers r2: toc-not-restored at the return address, once', () => {
  const { findings } = checked(layout([0, A_CALLS_B], [8, [['li', 2, 0x777], ['blr']]]), AB);
  assert.equal(findings.length, 1, 'the outer return with the same stale r2 is not reported again');
  const [f] = findings;
  assert.equal(f.kind, 'toc-not-restored');
  assert.equal(f.pc, addr(2));
  assert.equal(f.file, FILE);
  assert.equal(f.line, 3);
  assert.equal(f.fatal, false);
  assert.equal(f.message, "r2 is 0x777 on return to A from the call to B at lp.S:2 (was 0x1234 at the call): the callee (B) did not restore the caller's TOC");
});

test('a TOC restore at the return address: checked after it runs', () => {
  const caller: Insn[] = [['mflr', 31], ['std', 2, 24, 1], ['bl', rel(2, 8)], ['ld', 2, 24, 1], ['mtlr', 31], ['blr']];
  const restored = checked(layout([0, caller], [8, [['li', 2, 0x777], ['blr']]]), AB);
  assert.deepEqual(restored.findings, []);
  assert.equal(restored.stop?.kind, 'returned');

  // The callee overwrites the save slot: the restore loads its value.
  const clobbered = checked(layout([0, caller], [8, [['li', 2, 0x777], ['std', 2, 24, 1], ['blr']]]), AB);
  assert.deepEqual(clobbered.kinds, ['toc-not-restored']);
  assert.equal(clobbered.findings[0].line, 4);
  assert.match(clobbered.findings[0].message, /^r2 is 0x777 after ld r2,24\(r1\) on return to A from the call to B at lp\.S:3 \(was 0x1234 at the call\)/);
});

test("an abandoned frame (ftrace returns straight into A): no false alarm, and A's call is still checked", () => {
  // B: mflr r0; bl F. F returns through r0 to A, never to B's call site.
  const prog = makeProgram([['A', 0, 8], ['B', 8, 12], ['F', 12, 16]]);
  const b: [number, Insn[]] = [8, [['mflr', 0], ['bl', rel(9, 12)], ['li', 3, 1], ['blr']]];
  const clean = checked(layout([0, A_CALLS_B], b, [12, [['mtlr', 0], ['blr']]]), prog);
  assert.deepEqual(clean.findings, []);
  assert.equal(clean.stop?.kind, 'returned');
  assert.equal(clean.cpu.machine.get('r3'), 0n, "B's body never ran");

  const clobbered = checked(layout([0, A_CALLS_B], b, [12, [['mtlr', 0], ['li', 2, 0x99], ['blr']]]), prog);
  assert.deepEqual(clobbered.findings.map((f) => [f.kind, f.line]), [['toc-not-restored', 3]]);
  assert.match(clobbered.findings[0].message, /^r2 is 0x99 on return to A from the call to B at lp\.S:2 .*the callee \(B via F\)/);
});

test('a call to a global entry may change r2 when the caller restores it; the scenario checks its own call', () => {
  // As livepatch_handler: keep r2, bctrl to P's global entry (which sets P's TOC), restore r2.
  const caller = (restore: boolean): Insn[] => [
    ['mflr', 31], ['mr', 29, 2], ['lis', 12, Number(TEXT >> 16n)], ['ori', 12, 12, 4 * 12], ['mtctr', 12], ['bctrl'],
    restore ? ['mr', 2, 29] : ['nop'], ['mtlr', 31], ['blr'],
  ];
  const p: [number, Insn[]] = [12, [['addis', 2, 12, 0], ['addi', 2, 2, 0x100], ['blr']]];
  const prog = makeProgram([['handler', 0, 12], ['P', 12, 16, 8]]);
  const restored = checked(layout([0, caller(true)], p), prog);
  assert.deepEqual(restored.findings, []);
  assert.equal(restored.stop?.kind, 'returned');

  const kept = checked(layout([0, caller(false)], p), prog);
  assert.deepEqual(kept.findings.map((f) => [f.kind, f.pc, f.line]), [['toc-not-restored', addr(8), 9]]);
  assert.equal(kept.findings[0].message,
    "r2 is 0x10000130 on return from handler to the scenario's caller (was 0x1234 at the call): the callee (handler) did not restore the caller's TOC");
});

test('a callee that leaves its frame allocated: stack-unbalanced', () => {
  const { findings } = checked(layout([0, A_CALLS_B], [8, [['stdu', 1, -32, 1], ['blr']]]), AB);
  assert.deepEqual(findings.map((f) => [f.kind, f.line]), [['stack-unbalanced', 3]]);
  assert.match(findings[0].message, /^r1 is 0x10010ee0 on return to A from the call to B at lp\.S:2 \(was 0x10010f00 at the call\): 32 bytes of stack are still allocated$/);
});

test('bcl 20,31,$+4 reads the PC and is no call', () => {
  // Were it a call, the loop's branch back to its "return address" would pop a frame whose r2 differs.
  const words = layout([0, [
    ['mflr', 31], ['mr', 30, 2], ['li', 4, 2], ['bcl', 20, 31, 4],
    ['li', 2, 0x55], ['addi', 4, 4, -1], ['cmpdi', 0, 4, 0], ['bne', 0, rel(7, 4)],
    ['mr', 2, 30], ['mtlr', 31], ['blr'],
  ]]);
  const { findings, stop } = checked(words, makeProgram([['A', 0, 16]]));
  assert.deepEqual(findings, []);
  assert.equal(stop?.kind, 'returned');
});

/**
 * A passes stack argument 9 at 96(r1) and calls B; B's `bl F` reaches the trampoline F, which
 * calls P (B's replacement) with bctrl, in its own 32-byte frame or, fixed, without one.
 */
function patchedCall(extraFrame: boolean, tocPrologue = false) {
  const P = 28;
  const prologue: Insn[] = tocPrologue ? [['addis', 2, 12, 0], ['addi', 2, 2, 0x100]] : [];
  const words = layout(
    [0, [['mflr', 31], ['li', 5, 42], ['std', 5, 96, 1], ['bl', rel(3, 8)], ['mtlr', 31], ['blr']]],
    [8, [['mflr', 0], ['bl', rel(9, 16)], ['li', 3, -1], ['blr']]],
    [16, [
      extraFrame ? ['stdu', 1, -32, 1] : ['nop'],
      extraFrame ? ['std', 0, 16, 1] : ['mr', 28, 0],
      ['lis', 12, Number(TEXT >> 16n)], ['ori', 12, 12, 4 * P], ['mtctr', 12], ['bctrl'],
      extraFrame ? ['ld', 0, 16, 1] : ['mr', 0, 28],
      extraFrame ? ['addi', 1, 1, 32] : ['nop'],
      ['mtlr', 0], ['blr'],
    ]],
    [P, [...prologue, ['ld', 3, 96, 1], ['blr']]],
  );
  const prog = makeProgram([['A', 0, 8], ['B', 8, 16], ['F', 16, 28], ['P', P, P + 4, prologue.length * 4]]);
  const fn = (name: string) => prog.functions.find((f) => f.name === name)!;
  return checked(words, prog, { patches: [{ old: fn('B'), new: fn('P') }] });
}

test('a trampoline frame between A and P: P reads its stack argument at the wrong offset', () => {
  const { findings, stop, cpu } = patchedCall(true);
  assert.equal(stop?.kind, 'returned');
  assert.deepEqual(findings.map((f) => [f.kind, f.line, f.fatal]), [['stack-argument-misread', 29, false]]);
  assert.equal(findings[0].message,
    "P reads stack argument 9 at 0x10010f40 (its entry r1 + 96) but A passed it at 0x10010f60 (A's r1 + 96): an extra frame of 32 bytes lies between (F's)");
  assert.notEqual(cpu.machine.get('r3'), 42n);
});

test('the same path without the extra frame: P reads the argument A passed', () => {
  const { findings, stop, cpu } = patchedCall(false);
  assert.deepEqual(findings, []);
  assert.equal(stop?.kind, 'returned');
  assert.equal(cpu.machine.get('r3'), 42n);
});

test('P sets its own TOC and the trampoline does not save A\'s: toc-not-restored on return to A', () => {
  const { findings } = patchedCall(false, true);
  assert.deepEqual(findings.map((f) => [f.kind, f.line]), [['toc-not-restored', 5]]);
  assert.equal(findings[0].message,
    "r2 is 0x10000170 on return to A from the call to B at lp.S:4 (was 0x1234 at the call): the callee (P via F) did not restore the caller's TOC");
});

// TI_livepatch_sp at DATA+0x10; r12 = DATA points at the "thread_info".
const SP_AT = DATA + 0x10n;
const LP_BASE = DATA + 0x100n;
const TI: Insn = ['lis', 12, Number(DATA >> 16n)];
const PUSH24: Insn[] = [['ld', 11, 16, 12], ['addi', 11, 11, 24], ['std', 11, 16, 12]];

function livepatchRun(words: number[], limit: bigint, r1 = STACK, bugs: BugRecord[] = []) {
  const cpu = setUp(words);
  cpu.machine.set('r1', r1);
  cpu.machine.mem.poke(SP_AT, new Uint8Array(new BigUint64Array([LP_BASE]).buffer));
  const checks = new RuntimeChecks(cpu, makeProgram([['livepatch_handler', 0, 32]], bugs), {
    returnAddress: SENTINEL, livepatchStack: { spAddress: SP_AT, base: LP_BASE, limit },
  });
  const result = run(cpu, checks);
  return { ...result, kinds: result.findings.map((f) => [f.kind, f.line, f.fatal]) };
}

test('livepatch stack overflow: past its limit, and into the regular stack', () => {
  const twoPushes = layout([0, [TI, ...PUSH24, ['addi', 11, 11, 24], ['std', 11, 16, 12], ['blr']]]);
  const full = livepatchRun(twoPushes, LP_BASE + 24n);
  assert.deepEqual(full.kinds, [['livepatch-stack-overflow', 6, true]]);
  assert.equal(full.stop, undefined, 'the runner stopped at the fatal finding');
  assert.match(full.findings[0].message, /is 0x10010130 after livepatch_handler\+0x14: .* runs past its limit 0x10010118$/);

  const onePush = layout([0, [TI, ...PUSH24, ['blr']]]);
  assert.deepEqual(livepatchRun(onePush, DATA + 0x1000n).kinds, []);
  const intoStack = livepatchRun(onePush, DATA + 0x1000n, LP_BASE + 16n);
  assert.deepEqual(intoStack.kinds, [['livepatch-stack-overflow', 4, true]]);
  assert.match(intoStack.findings[0].message, /runs into the regular stack \(r1 0x10010110\)$/);
});

const MAGIC: Insn[] = [['lis', 10, 0x57ac], ['ori', 10, 10, 0x6e9d], ['std', 10, -8, 11]];

test('a trashed livepatch stack marker, then the kernel BUG from its tdne', () => {
  const words = layout([0, [
    TI, ...PUSH24, ...MAGIC, // 0-6: push a frame with its marker at -8(r11)
    ['li', 9, 0], ['std', 9, -8, 11], // 7-8: the callee writes over it
    ['ld', 9, -8, 11], ['tdne', 9, 10], // 9-10: livepatch_handler's check
    ['blr'],
  ]]);
  const bug = { address: addr(10), file: 'ftrace_mprofile.S', line: 77, warning: false };
  const { findings, kinds, stop } = livepatchRun(words, DATA + 0x1000n, STACK, [bug]);
  assert.deepEqual(kinds, [['livepatch-stack-marker', 9, false], ['bug', 77, true]]);
  assert.equal(findings[0].message,
    'livepatch_handler+0x20 overwrote the livepatch stack marker at 0x10010110 (STACK_END_MAGIC, stored at lp.S:7) with 0x0 while its frame is pushed (livepatch sp 0x10010118)');
  assert.equal(findings[1].file, 'ftrace_mprofile.S');
  assert.equal(findings[1].pc, addr(10));
  assert.match(findings[1].message, /^kernel BUG at ftrace_mprofile\.S:77! \(livepatch_handler\+0x28: tdne/);
  assert.equal(stop?.kind, 'trap');
});

test('a marker slot reused after its frame was popped is no finding', () => {
  const words = layout([0, [
    TI, ...PUSH24, ...MAGIC,
    ['addi', 11, 11, -24], ['std', 11, 16, 12], // pop
    ['li', 9, 0], ['std', 9, 16, 11], ['blr'], // the freed slot at the old -8(r11)
  ]]);
  assert.deepEqual(livepatchRun(words, DATA + 0x1000n).kinds, []);
});

test('traps: without a bug record, with a WARN record, and illegal instructions', () => {
  const words = layout([0, [['li', 3, 1], ['trap']]]);
  const plain = checked(words, makeProgram([['A', 0, 4]]));
  assert.deepEqual(plain.findings.map((f) => [f.kind, f.line, f.fatal]), [['trap', 2, true]]);
  assert.match(plain.findings[0].message, /^A\+0x4: trap/);

  const warn = checked(words, makeProgram([['A', 0, 4]], [{ address: addr(1), file: 'x.c', line: 5, warning: true }]));
  assert.deepEqual(warn.findings.map((f) => [f.kind, f.file, f.line]), [['bug', 'x.c', 5]]);
  assert.match(warn.findings[0].message, /^WARNING at x\.c:5 \(/);

  const illegal = checked([0], makeProgram([['A', 0, 4]]));
  assert.deepEqual(illegal.findings.map((f) => [f.kind, f.line]), [['illegal-instruction', 1]]);
});

test('a branch into a non-executable region: left-mapped-code at the branch; a data fault', () => {
  const jump = checked(layout([0, [['lis', 3, Number(DATA >> 16n)], ['mtctr', 3], ['bctr']]]), makeProgram([['A', 0, 4]]));
  assert.deepEqual(jump.findings.map((f) => [f.kind, f.pc, f.line]), [['left-mapped-code', addr(2), 3]]);
  assert.match(jump.findings[0].message, /^bctr at A\+0x8 went to 0x10010000, outside mapped code: execute at 0x10010000/);

  const load = checked(layout([0, [['li', 4, 0x100], ['ld', 3, 8, 4]]]), makeProgram([['A', 0, 4]]));
  assert.deepEqual(load.findings.map((f) => [f.kind, f.line]), [['fault', 2]]);
  assert.match(load.findings[0].message, /^A\+0x4: read at 0x108/);
});

test('an infinite loop ends at the step limit as max-steps', () => {
  const { findings } = checked(layout([0, [['nop'], ['b', -4]]]), makeProgram([['A', 0, 4]]), {}, 50);
  assert.deepEqual(findings.map((f) => [f.kind, f.line, f.fatal]), [['max-steps', 1, true]]);
  assert.equal(findings[0].message, 'no return after 50 instructions (stopped at A)');
});
