// The task's livepatch stack: livepatch_handler pushes 24 bytes (r2, the real LR and the
// STACK_END_MAGIC marker) by bumping TI_livepatch_sp, and the stack grows upward toward the
// regular stack. Watched through the step's stores only: TI_livepatch_sp leaving
// [base, limit] or passing r1 is an overflow; a store that changes a marker word while its
// frame is still pushed (below the livepatch sp) is a trashed marker, which the kernel's `tdne`
// turns into a BUG on the way back.

import type { Cpu, StepResult } from '../cpu.js';
import { hex, type CheckOptions, type Finding, type Where } from './finding.js';
import { gprValue, word64 } from './registers.js';
import { STACK_END_MAGIC } from '../unwind.js';

type Options = NonNullable<CheckOptions['livepatchStack']>;

export class LivepatchStack {
  private sp: bigint;
  /** Live markers: address → the instruction that stored it. */
  private readonly markers = new Map<bigint, bigint>();
  private overflowed = false;

  constructor(private readonly cpu: Cpu, private readonly where: Where, private readonly o: Options) {
    this.sp = this.word(o.spAddress) ?? o.base;
  }

  /** The livepatch stack pointer's word and the stack it moves in. */
  get watches(): { start: bigint; end: bigint }[] {
    return [{ start: this.o.spAddress, end: this.o.spAddress + 8n }, { start: this.o.base, end: this.o.limit }];
  }

  save(): unknown {
    return { sp: this.sp, markers: new Map(this.markers), overflowed: this.overflowed };
  }

  load(state: unknown): void {
    const c = state as { sp: bigint; markers: Map<bigint, bigint>; overflowed: boolean };
    this.sp = c.sp;
    this.markers.clear();
    for (const [k, v] of c.markers) this.markers.set(k, v);
    this.overflowed = c.overflowed;
  }

  private word(address: bigint): bigint | undefined {
    const b = this.cpu.machine.mem.peek(address, 8);
    return b && word64(b, this.cpu.machine.bigEndian);
  }

  after(step: StepResult, out: Finding[]): void {
    const { spAddress, base, limit } = this.o;
    let moved = false;
    for (const m of step.memory) {
      if (m.address < spAddress + 8n && m.address + BigInt(m.old.length) > spAddress) {
        this.sp = this.word(spAddress) ?? this.sp;
        moved = true;
      }
    }
    for (const m of step.memory) {
      const end = m.address + BigInt(m.old.length);
      if (this.markers.size > 0) this.checkMarkers(m.address, end, step.pc, out);
      if (m.new.length === 8 && m.address >= base && m.address < limit && word64(m.new, this.cpu.machine.bigEndian) === STACK_END_MAGIC) {
        this.markers.set(m.address, step.pc);
      }
    }
    if (this.overflowed || (!moved && !step.registers.some((r) => r.name === 'r1'))) return;
    const r1 = gprValue(this.cpu.s, 1);
    let what: string | undefined;
    if (this.sp > limit) what = `past its limit ${hex(limit)}`;
    else if (this.sp < base) what = `below its base ${hex(base)}`;
    // Only when r1 lies in the same stack: the kernel puts both in the task's THREAD_SIZE area.
    else if (r1 >= base && this.sp > r1) what = `into the regular stack (r1 ${hex(r1)})`;
    if (!what) return;
    this.overflowed = true;
    out.push(this.where.finding('livepatch-stack-overflow', step.pc,
      `the livepatch stack pointer (at ${hex(spAddress)}) is ${hex(this.sp)} after ${this.where.symbolic(step.pc)}: the livepatch stack [${hex(base)}, ${hex(limit)}) runs ${what}`, true));
  }

  private checkMarkers(start: bigint, end: bigint, pc: bigint, out: Finding[]): void {
    for (const [at, by] of this.markers) {
      if (at >= end || at + 8n <= start) continue;
      const now = this.word(at);
      if (now === STACK_END_MAGIC) continue;
      this.markers.delete(at);
      // Above the livepatch sp the frame was popped: the slot is free for reuse.
      if (at + 8n > this.sp) continue;
      out.push(this.where.finding('livepatch-stack-marker', pc,
        `${this.where.symbolic(pc)} overwrote the livepatch stack marker at ${hex(at)} (STACK_END_MAGIC, stored at ${this.where.line(by)}) with ${hex(now ?? 0n)} while its frame is pushed (livepatch sp ${hex(this.sp)})`));
    }
  }
}
