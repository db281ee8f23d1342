// The shadow call stack. A taken branch-and-link pushes a frame; a control transfer to the
// return address of a pending frame pops it and everything above it: ftrace's path never comes
// back to B's `bl _mcount` site, and the live-patch return goes from F straight into A, so
// frames may be abandoned. On the pop r1 and r2 must be what they were at the call. Calls to a
// global entry that sets up its own TOC may change r2 (the caller restores it, as
// livepatch_handler does from its own stack); a TOC restore `ld r2,24(r1)` at the return
// address is checked after it runs.

import { LD_R2_24_R1 } from '../../isa/words';
import { isLinkBranch, type Cpu, type StepResult } from '../cpu.js';
import { hex, type Finding, type Where } from './finding.js';
import { gprValue, pcValue } from './registers.js';
import { addAddress } from '../../isa/address.js';

export interface Frame {
  returnAddress: bigint;
  /** r1 and r2 at the call. */
  r1: bigint;
  r2: bigint;
  /** The branch-and-link; undefined for the scenario's own call of its entry point. */
  callPc?: bigint;
  target: bigint;
  /** The new function of a live patch that took this call over. */
  divertedTo?: string;
}



export class CallStack {
  readonly frames: Frame[] = [];
  /** A popped frame whose TOC is checked once the restore at its return address ran. */
  private restore?: { frame: Frame; returner: string };
  // Wrong values already reported: outer frames returning with the same one add nothing.
  private staleR1?: bigint;
  private staleR2?: bigint;

  constructor(private readonly cpu: Cpu, private readonly where: Where, returnAddress?: bigint) {
    // The runner put the sentinel in LR and called the entry: the outermost pending call.
    const s = cpu.s;
    if (returnAddress !== undefined) this.frames.push({ returnAddress, r1: gprValue(s, 1), r2: gprValue(s, 2), target: pcValue(s) });
  }

  /** A TOC restore at a return address waits to be checked after it runs. */
  get restorePending(): boolean {
    return this.restore !== undefined;
  }

  /**
   * A copy of the check's state, for stepping back: a copy of each frame (a frame changes only
   * its own fields), taken every step, so no deep clone (a deep recursion made that quadratic).
   */
  save(): unknown {
    return { frames: this.frames.map((f) => ({ ...f })), restore: this.restore && { ...this.restore }, staleR1: this.staleR1, staleR2: this.staleR2 };
  }

  load(state: unknown): void {
    const c = state as { frames: Frame[]; restore?: { frame: Frame; returner: string }; staleR1?: bigint; staleR2?: bigint };
    this.frames.length = 0;
    for (const f of c.frames) this.frames.push({ ...f });
    this.restore = c.restore && { ...c.restore };
    this.staleR1 = c.staleR1;
    this.staleR2 = c.staleR2;
  }

  after(step: StepResult, next: bigint, out: Finding[]): void {
    const s = this.cpu.s;
    if (this.restore) {
      const { frame, returner } = this.restore;
      this.restore = undefined;
      if (step.pc === frame.returnAddress) this.checkToc(frame, step.pc, returner, true, out);
    }
    const d = step.decoded;
    if (!d || next === addAddress(step.pc, d.length)) return;
    if (isLinkBranch(d.word)) {
      // Branches write no GPRs: r1 and r2 now are those at the call.
      this.frames.push({ returnAddress: addAddress(step.pc, 4), r1: gprValue(s, 1), r2: gprValue(s, 2), callPc: step.pc, target: next });
      this.staleR1 = this.staleR2 = undefined;
      return;
    }
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      if (frame.returnAddress !== next) continue;
      this.frames.length = i;
      // The sentinel has no source line: the scenario's own call is blamed on the return branch.
      const at = frame.callPc === undefined ? step.pc : next;
      this.checkR1(frame, at, out);
      const returner = this.where.fn(step.pc);
      if (this.cpu.decodedAt(next)?.word === LD_R2_24_R1) this.restore = { frame, returner };
      else if (!this.ownToc(frame.target)) this.checkToc(frame, at, returner, false, out);
      return;
    }
  }

  /** Whether a call went to the global entry of a function with a TOC prologue. */
  private ownToc(target: bigint): boolean {
    const f = this.where.program.functionAt(target);
    return f !== undefined && f.localEntry > 0 && target === f.address;
  }

  private returnText(frame: Frame): string {
    const w = this.where;
    return frame.callPc === undefined
      ? `on return from ${w.symbolic(frame.target)} to the scenario's caller`
      : `on return to ${w.fn(frame.callPc)} from the call to ${w.symbolic(frame.target)} at ${w.line(frame.callPc)}`;
  }

  private checkToc(frame: Frame, pc: bigint, returner: string, restored: boolean, out: Finding[]): void {
    const r2 = gprValue(this.cpu.s, 2);
    if (r2 === frame.r2 || r2 === this.staleR2) return;
    this.staleR2 = r2;
    const callee = frame.divertedTo ?? this.where.fn(frame.target);
    const via = returner === callee ? callee : `${callee} via ${returner}`;
    const why = restored
      ? `the TOC save slot 24(r1) at ${hex(gprValue(this.cpu.s, 1) + 24n)} did not hold it (not saved, or overwritten by ${via})`
      : `the callee (${via}) did not restore the caller's TOC`;
    const when = restored ? `after ld r2,24(r1) ${this.returnText(frame)}` : this.returnText(frame);
    out.push(this.where.finding('toc-not-restored', pc, `r2 is ${hex(r2)} ${when} (was ${hex(frame.r2)} at the call): ${why}`));
  }

  private checkR1(frame: Frame, pc: bigint, out: Finding[]): void {
    const r1 = gprValue(this.cpu.s, 1);
    if (r1 === frame.r1 || r1 === this.staleR1) return;
    this.staleR1 = r1;
    const n = frame.r1 - r1;
    const what = n > 0n ? `${n} bytes of stack are still allocated` : `${-n} bytes more than were allocated have been popped`;
    out.push(this.where.finding('stack-unbalanced', pc, `r1 is ${hex(r1)} ${this.returnText(frame)} (was ${hex(frame.r1)} at the call): ${what}`));
  }
}
