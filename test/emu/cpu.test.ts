import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, encode, EXIT, machineWith, program, TEXT, wordsToBytes } from './helpers.js';
import { Engine } from '../../server/src/emu/engine.js';
import { STATE_SIZE } from '../../server/src/emu/machine.js';

const exitHook = { onSystemCall: (cpu: import('../../server/src/emu/cpu.js').Cpu) => cpu.finish('exited', 'exit', Number(cpu.machine.get('r3'))) };

test('an infinite loop stops at the step limit', () => {
  const { cpu } = machineWith(program(['b', 0]));
  const stop = cpu.run(1000);
  assert.equal(stop.kind, 'max-steps');
  assert.equal(cpu.steps, 1000);
  assert.equal(stop.pc, TEXT);
});

test('jumping into data faults on execute, naming the region and its permissions', () => {
  const { m, cpu } = machineWith(program(['lis', 3, 0x1001], ['mtctr', 3], ['bctr']));
  const stop = cpu.run(10);
  assert.equal(stop.kind, 'fault');
  assert.equal(stop.access, 'execute');
  assert.equal(stop.pc, DATA);
  assert.match(stop.message, /execute at 0x10010000: data is rw-/);
  assert.equal(m.pc, DATA, 'PC stays on the instruction that could not be fetched');
});

test('a load from unmapped memory faults with the address; the instruction does not complete', () => {
  const { m, cpu } = machineWith(program(['li', 4, 0x100], ['ld', 3, 8, 4]));
  m.set('r3', 77n);
  const stop = cpu.run(10);
  assert.equal(stop.kind, 'fault');
  assert.equal(stop.address, 0x108n);
  assert.equal(stop.access, 'read');
  assert.equal(stop.pc, TEXT + 4n);
  assert.equal(m.get('r3'), 77n);
  assert.equal(cpu.steps, 1);
});

test('a store with update that faults leaves RA alone', () => {
  const { m, cpu } = machineWith(program(['stdu', 3, -8, 1]));
  m.set('r1', 0x2000n);
  assert.equal(cpu.run(1).kind, 'fault');
  assert.equal(m.get('r1'), 0x2000n);
});

test('an undefined word stops as an illegal instruction; a known one without semantics as unimplemented', () => {
  let { cpu } = machineWith([0x00000000]);
  let stop = cpu.run(5);
  assert.equal(stop.kind, 'illegal-instruction');
  assert.equal(stop.message, 'illegal instruction 0x00000000 at 0x10000000');
  ({ cpu } = machineWith(encode('fadd', 1, 2, 3)));
  stop = cpu.run(5);
  assert.equal(stop.kind, 'unimplemented');
  assert.match(stop.message, /unimplemented instruction 0x[0-9a-f]{8} at 0x10000000 \(fadd\)/);
});

test('privileged instructions stop in problem state and run when modelled', () => {
  const code = program(['mfmsr', 3], ['li', 4, 0x1234], ['mtspr', 272, 4], ['mfspr', 5, 272], ['mtspr', 26, 4], ['mtspr', 27, 3], ['rfid']);
  let { cpu } = machineWith(code);
  let stop = cpu.run(10);
  assert.equal(stop.kind, 'privileged');
  assert.match(stop.message, /privileged instruction mfmsr r3 at 0x10000000/);
  ({ cpu } = machineWith(program(['mfspr', 5, 272])));
  assert.equal(cpu.run(1).kind, 'privileged', 'SPRG0 is a privileged SPR');
  const kernel = machineWith(code, { cpu: { modelPrivileged: true } });
  stop = kernel.cpu.run(7);
  assert.equal(stop.kind, 'max-steps');
  assert.equal(kernel.m.get('r5'), 0x1234n);
  assert.equal(kernel.m.get('sprg0'), 0x1234n);
  assert.equal(kernel.m.pc, 0x1234n, 'rfid went to SRR0');
  assert.equal(kernel.m.get('msr'), kernel.m.get('r3'));
});

test('a trap stops with its condition and operands', () => {
  const { m, cpu } = machineWith(program(['tdne', 12, 2]));
  m.set('r12', 1n);
  m.set('r2', 2n);
  const stop = cpu.run(5);
  assert.equal(stop.kind, 'trap');
  assert.match(stop.message, /tdne r12,r2: trap condition lt\|gt holds for 0x0000000000000001 and 0x0000000000000002/);
  m.set('r2', 1n);
  assert.equal(cpu.run(1).kind, 'max-steps', 'equal values do not trap');
});

test('sc goes to the hook; without one it stops', () => {
  let { m, cpu } = machineWith(program(['li', 3, 5], ...EXIT), { cpu: exitHook });
  const stop = cpu.run(100);
  assert.equal(stop.kind, 'exited');
  assert.equal(stop.exitCode, 5);
  assert.equal(cpu.steps, 3, 'the exiting sc counts as executed');
  ({ m, cpu } = machineWith(program(...EXIT)));
  assert.equal(cpu.run(10).kind, 'system-call');
  assert.equal(m.pc, TEXT + 4n);
});

test('blr to the return address ends the run as returned', () => {
  const { m, cpu } = machineWith(program(['li', 3, 1], ['blr']), { cpu: { returnAddress: 0xfffffffffffff000n } });
  m.set('lr', 0xfffffffffffff000n);
  const stop = cpu.run(10);
  assert.equal(stop.kind, 'returned');
  assert.equal(cpu.steps, 2);
});

test('self-modifying code: a store into the code page runs the new instruction', () => {
  // Overwrite the instruction at +12 (li r3,1) with li r3,2, then execute it.
  const patched = encode('li', 3, 2)[0];
  const code = program(['lis', 4, patched >>> 16], ['ori', 4, 4, patched & 0xffff], ['stw', 4, 12, 31], ['li', 3, 1], ...EXIT);
  const { m, cpu } = machineWith(code, { writableText: true, cpu: exitHook });
  m.set('r31', TEXT);
  cpu.decodedAt(TEXT + 12n); // decoded before the store: the store must drop it
  assert.equal(cpu.run(100).kind, 'exited');
  assert.equal(m.get('r3'), 2n);
});

test('icbi and patching through poke also drop decoded instructions', () => {
  const { m, cpu } = machineWith(program(['li', 3, 1], ['b', -4]));
  cpu.run(2);
  m.mem.poke(TEXT, wordsToBytes(encode('li', 3, 7)));
  m.pc = TEXT;
  cpu.run(1);
  assert.equal(m.get('r3'), 7n);
});

test('breakpoints stop before the instruction, and running again resumes past them', () => {
  const { m, cpu } = machineWith(program(['li', 3, 1], ['li', 4, 2], ['li', 5, 3], ['b', -12]));
  cpu.addBreakpoint(TEXT + 8n);
  let stop = cpu.run(100);
  assert.equal(stop.kind, 'breakpoint');
  assert.equal(stop.pc, TEXT + 8n);
  assert.equal(m.get('r5'), 0n);
  stop = cpu.run(100);
  assert.equal(stop.kind, 'breakpoint', 'stops again one loop later');
  assert.equal(cpu.steps, 6);
  cpu.removeBreakpoint(TEXT + 8n);
  assert.equal(cpu.run(100).kind, 'max-steps');
});

test('step reports changed registers and memory bytes', () => {
  const { m, cpu } = machineWith(program(['stdu', 4, -16, 31], ['addic.', 5, 4, 2]));
  m.set('r31', DATA + 0x100n);
  m.set('r4', 0xffffffffffffffffn);
  const s1 = cpu.step();
  assert.deepEqual(s1.registers.map((r) => r.name).sort(), ['pc', 'r31']);
  assert.deepEqual(s1.memory.map((c) => [c.address, [...c.old], [...c.new]]), [[DATA + 0xf0n, [0, 0, 0, 0, 0, 0, 0, 0], [255, 255, 255, 255, 255, 255, 255, 255]]]);
  const s2 = cpu.step();
  assert.deepEqual(s2.registers.map((r) => r.name).sort(), ['cr', 'pc', 'r5', 'xer']);
  assert.equal(s2.decoded?.mnemonic, 'addic.');
});

test('stepping back restores registers and memory exactly, including the reservation', () => {
  const code = program(
    ['li', 3, 7], ['lwarx', 4, 0, 31, 0], ['stwcx.', 3, 0, 31], ['stdu', 3, 8, 31], ['mtvsrdd', 40, 3, 31],
    ['addo.', 5, 3, 3], ['stw', 5, 12, 30], ['bl', 8], ['nop'], ['mtxer', 31], ...EXIT,
  );
  const { m, cpu } = machineWith(code, { writableText: true, cpu: exitHook });
  m.set('r31', DATA);
  m.set('r30', TEXT + 36n); // patches the nop to be stepped over
  // Snapshots every 4 steps: going back replays from one of them.
  const engine = new Engine(m, cpu, { maxSteps: 100, history: { interval: 4 } });
  const states = [m.s.slice()];
  const mem0 = m.mem.peek(DATA, 64)!;
  const text0 = m.mem.peek(TEXT, 64)!;
  for (let i = 0; i < 11; i++) {
    engine.step();
    states.push(m.s.slice());
  }
  assert.equal(engine.steps, 11);
  assert.equal(engine.status, 'exited');
  for (let i = 10; i >= 0; i--) {
    assert.ok(engine.back());
    assert.deepEqual([...m.s], [...states[i]], `after ${i} steps`);
  }
  assert.equal(engine.back(), false);
  assert.equal(m.s.length, STATE_SIZE);
  assert.deepEqual(m.mem.peek(DATA, 64), mem0);
  assert.deepEqual(m.mem.peek(TEXT, 64), text0);
  assert.equal(cpu.steps, 0);
  // And forward again to the same state, through the restored (re-decoded) code.
  engine.run();
  assert.deepEqual([...m.s], [...states[11]]);
});

test('the history thins its snapshots as they fill and still goes back to the first step', () => {
  const { cpu, m } = machineWith(program(['addi', 3, 3, 1], ['b', -4]));
  const engine = new Engine(m, cpu, { maxSteps: 10_000, history: { interval: 8, maxSnapshots: 16 } });
  engine.run();
  assert.equal(engine.status, 'max-steps');
  assert.equal(engine.historyStart, 0);
  assert.ok(engine.goTo(3));
  assert.equal(m.get('r3'), 2n);
  assert.ok(engine.goTo(9_001));
  assert.equal(m.get('r3'), 4501n);
});

test('kernel per-CPU data: r13 points at the paca, ld r2,PACATOC(r13) reads it', () => {
  const { m, cpu } = machineWith(program(['ld', 2, 16, 13], ['ld', 3, 16, 4]), { cpu: { modelPrivileged: true } });
  m.mapKernelData({ address: 0xc000000002000000n, size: 0x1000n }, { address: 0xc000000003000000n, size: 0x4000n });
  m.mem.poke(0xc000000002000010n, new Uint8Array([0x00, 0x81, 0x00, 0x02, 0x00, 0x00, 0x00, 0xc0]));
  m.set('r4', 0xc000000003000000n);
  assert.equal(m.get('r13'), 0xc000000002000000n);
  assert.equal(cpu.run(2).kind, 'max-steps');
  assert.equal(m.get('r2'), 0xc000000002008100n);
  assert.equal(m.get('r3'), 0n, 'thread_info is mapped and reads as zero');
  assert.deepEqual(m.mem.regions.map((r) => r.name), ['text', 'data', 'paca', 'thread_info']);
});

test('pnop steps over its 8 bytes', () => {
  const { m, cpu } = machineWith(program(['pnop'], ['li', 3, 1]));
  assert.equal(cpu.run(2).kind, 'max-steps');
  assert.equal(m.get('r3'), 1n);
  assert.equal(m.pc, TEXT + 12n);
});

test('the history keeps within its memory cap by moving its start forward, and says where it starts', () => {
  const { m, cpu } = machineWith(program(['stdu', 3, 8, 31], ['b', -4]));
  m.set('r31', DATA);
  // Each snapshot costs its registers; the cap leaves room for a few of them.
  const engine = new Engine(m, cpu, { maxSteps: 200, history: { interval: 10, maxBytes: 4 * (m.s.byteLength + 256) + 3 * 4160 } });
  const before: bigint[] = [];
  for (let i = 0; i < 200; i++) {
    before.push(m.get('r31'));
    engine.step();
  }
  const start = engine.historyStart;
  assert.ok(start > 100 && start < 200, `history starts at ${start}`);
  assert.ok(engine.goTo(start));
  assert.equal(m.get('r31'), before[start]);
  assert.equal(engine.goTo(start - 1), false);
});

test('kernel addresses past 2^53 run and print their branch targets', () => {
  const { m, cpu } = machineWith([]);
  const base = 0xc000000000012340n;
  m.mem.map('kernel', base & ~0xfffn, 0x1000n, 5);
  m.mem.poke(base, wordsToBytes(program(['bl', 8], ['nop'], ['mflr', 3])));
  m.pc = base;
  assert.equal(cpu.run(2).kind, 'max-steps');
  assert.equal(m.get('r3'), base + 4n);
  assert.equal(cpu.decodedAt(base)?.text.replace(/\s+/g, ' '), 'bl 0xc000000000012348');
});
