// The call stack as the kernel's unwinder and gdb find it: from the back chain and LR, not from
// what the run saw. The innermost frame's prologue is read up to the pc (as gdb's prologue
// analysis does) to know whether it has pushed its frame and where its return address is (LR,
// the register mflr copied it to, or the LR save slot); every outer frame's position is the LR
// save doubleword at 16 of the frame its function runs on (as the kernel's show_stack reads it).
// A hand-written trampoline that runs without a frame of its own reads the same slot as the
// frame outside it; when the same slot would be read twice (livepatch_handler after its bctrl,
// whose return address into A lives only on the livepatch stack), the livepatch stack's next
// entry supplies the position, as livepatch_handler itself finds it on the way back.
import type { Decoded } from '../isa/disasm.js';
import { effectsOf } from '../isa/effects.js';
import { MFLR_R0, MTLR, RT_FIELD_MASK } from '../isa/words.js';
import { isLinkBranch } from './cpu.js';
import type { Machine } from './machine.js';
import type { Program } from './program.js';

export type FrameSource =
  /** The innermost frame: the pc itself. */
  | 'pc'
  /** Its caller from LR (or the register mflr copied LR to): the innermost frame has saved nothing. */
  | 'lr'
  /** From the LR save slot of the back chain. */
  | 'back-chain'
  /** From an entry of the task's livepatch stack. */
  | 'livepatch-stack';

export interface UnwoundFrame {
  /** The innermost frame's pc; for the others the call instruction (the return address - 4). */
  pc: bigint;
  /** Where execution goes on in this frame: the pc, or the return address. */
  resume: bigint;
  /** r1 as this frame's function has it at that point. */
  sp: bigint;
  source: FrameSource;
  /** A livepatch stack entry's saved r2. */
  toc?: bigint;
  /** The position came from an LR save slot that nothing of this call stored (or that a later call overwrote). */
  unreliable?: boolean;
}

/** One 24-byte livepatch stack entry (saved r2, LR, STACK_END_MAGIC), top first. */
export interface LivepatchEntry {
  at: bigint;
  toc: bigint;
  lr: bigint;
}

export interface LivepatchLayout {
  /** Where thread_info keeps the livepatch stack pointer. */
  spAddress: bigint;
  /** Its lowest entry (just above the task stack's end marker) and the stack's top. */
  base: bigint;
  limit: bigint;
}

export const LIVEPATCH_ENTRY = 24n;
export const STACK_END_MAGIC = 0x57ac6e9dn;
const LR_SAVE = 16n;
const MAX_FRAMES = 64;

export interface UnwindOptions {
  /** The address that ends the walk (the scenario's LR sentinel: its caller). */
  outermost?: bigint;
  /** The livepatch stack, when the task has one. */
  livepatch?: LivepatchLayout;
}

export function readU64(machine: Machine, address: bigint): bigint | undefined {
  const b = machine.mem.peek(address, 8);
  return b && new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, !machine.bigEndian);
}

/** The livepatch stack's pointer and its entries, top first (up to the first missing marker). */
export function livepatchStack(machine: Machine, layout: LivepatchLayout): { sp: bigint; entries: LivepatchEntry[] } | undefined {
  const sp = readU64(machine, layout.spAddress);
  if (sp === undefined) return undefined;
  const entries: LivepatchEntry[] = [];
  for (let top = sp; top - LIVEPATCH_ENTRY >= layout.base && entries.length < MAX_FRAMES; top -= LIVEPATCH_ENTRY) {
    const at = top - LIVEPATCH_ENTRY;
    const toc = readU64(machine, at), lr = readU64(machine, at + 8n), marker = readU64(machine, at + 16n);
    if (toc === undefined || lr === undefined || marker !== STACK_END_MAGIC) break;
    entries.push({ at, toc, lr });
  }
  return { sp, entries };
}

/** What a function's code from its start up to (not including) `pc` did to its frame and return address. */
interface Prologue {
  /** Bytes of stack it has pushed and not popped. */
  pushed: bigint;
  /** LR still holds the return address (no call since, or restored by mtlr). */
  lrLive: boolean;
  /** The GPR mflr copied LR to, while nothing has written it since. */
  lrIn?: number;
  /** The return address is in the LR save slot of the caller's frame. */
  saved: boolean;
  /** GPRs it wrote (a call counts as writing the volatile ones), as a bit mask. */
  written: number;
}

/** r0 and r3..r12: a call may change them (ELFv2). */
const VOLATILE = 0x1ff9;

/**
 * Reads the straight-line code of the function from its global entry up to `pc`, as gdb's
 * prologue analysis does: stdu/addi of r1, mflr/mtlr, the std of LR into 16(r1), calls, and
 * which GPRs were written.
 */
function analyse(decodedAt: (a: bigint) => Decoded | undefined, start: bigint, pc: bigint): Prologue {
  const p: Prologue = { pushed: 0n, lrLive: true, saved: false, written: 0 };
  let restoredIn: number | undefined;
  /** A register holding r1 as it was with `fpPushed` bytes pushed (mr r31,r1). */
  let fp: number | undefined;
  let fpPushed = 0n;
  // Beyond 16 K instructions before the pc there is no prologue to read.
  for (let a = start, n = 0; a < pc && n < 16384; n++) {
    const d = decodedAt(a);
    if (!d) break;
    a += BigInt(d.length);
    const w = d.word >>> 0;
    const op = w >>> 26, rt = (w >>> 21) & 31, ra = (w >>> 16) & 31;
    const ds = BigInt(((w & 0xfffc) << 16) >> 16);
    if ((w & RT_FIELD_MASK) === MFLR_R0) {
      p.written |= 1 << rt;
      if (p.lrLive) p.lrIn = rt;
      if (restoredIn === rt) restoredIn = undefined;
      continue;
    }
    if ((w & RT_FIELD_MASK) === MTLR) {
      if (rt === p.lrIn || rt === restoredIn) p.lrLive = true;
      continue;
    }
    if (op === 62 && (w & 3) === 1 && rt === 1 && ra === 1) {
      p.pushed -= ds; // stdu r1,-N(r1)
      continue;
    }
    if (op === 62 && (w & 3) === 0 && ra === 1 && rt === p.lrIn && p.pushed === 0n && ds === LR_SAVE) {
      p.saved = true; // std rX,16(r1) with rX = LR, before the frame is pushed
      continue;
    }
    if (op === 14 && rt === 1 && (ra === 1 || ra === fp)) {
      // addi r1,r1,N, or addi r1,r31,N from a frame pointer
      p.pushed = (ra === 1 ? p.pushed : fpPushed) - BigInt((w << 16) >> 16);
      if (p.pushed < 0n) p.pushed = 0n;
      continue;
    }
    if (op === 31 && ((w >>> 1) & 0x3ff) === 444 && rt === (w >>> 11 & 31)) {
      // mr rA,rS: a frame pointer taken from r1, or r1 put back from one
      if (rt === 1) {
        fp = ra;
        fpPushed = p.pushed;
        p.written |= 1 << ra;
        continue;
      }
      if (ra === 1 && rt === fp) p.pushed = fpPushed;
    }
    if (op === 58 && (w & 3) === 0 && rt === 1 && ra === 1 && ds === 0n) {
      p.pushed = 0n; // ld r1,0(r1): back along the chain
      continue;
    }
    if (isLinkBranch(w)) {
      p.lrLive = false;
      p.written |= VOLATILE;
      if (p.lrIn !== undefined && (VOLATILE >> p.lrIn) & 1) p.lrIn = undefined;
      continue;
    }
    const mask = gprsWritten(d);
    p.written |= mask;
    if (p.lrIn !== undefined && (mask >> p.lrIn) & 1) p.lrIn = undefined;
    if (restoredIn !== undefined && (mask >> restoredIn) & 1) restoredIn = undefined;
    if (fp !== undefined && (mask >> fp) & 1) fp = undefined;
    // ld rX,16(r1) in an epilogue, once the frame is popped: LR's value back in rX.
    if (op === 58 && (w & 3) === 0 && ra === 1 && ds === LR_SAVE && p.pushed === 0n && p.saved) restoredIn = rt;
  }
  return p;
}

/** The GPRs an instruction writes (targets and update forms' base registers), as a bit mask. */
function gprsWritten(d: Decoded): number {
  const insn = d.insn;
  if (!insn) return 0;
  const [word, prefix] = d.suffix === undefined ? [d.word, 0] : [d.suffix, d.word];
  const effects = effectsOf(insn).operands;
  let mask = 0;
  insn.operands.forEach((k, i) => {
    if ((k.cls === 'gpr' || k.cls === 'gpr0') && effects[i].access !== 'read') mask |= 1 << k.get(word, prefix);
  });
  return mask;
}

/**
 * The frames of the stopped machine, innermost first, ending before the `outermost` return
 * address (or where the chain leaves readable memory, stops growing, or repeats). A frame
 * whose function has not saved LR yet holds its return address in the register mflr copied it
 * to: that register's value is the innermost frame's as long as no frame inside it wrote it
 * (gdb's "same value" rule).
 */
export function unwind(machine: Machine, program: Program, decodedAt: (a: bigint) => Decoded | undefined, options: UnwindOptions = {}): UnwoundFrame[] {
  const pc = machine.pc;
  const r1 = machine.get('r1');
  const frames: UnwoundFrame[] = [{ pc, resume: pc, sp: r1, source: 'pc' }];
  const lp = options.livepatch && livepatchStack(machine, options.livepatch);
  const livepatch = lp ? [...lp.entries] : [];
  const readSlots = new Set<bigint>();
  /** GPRs whose innermost values still hold in the frame being unwound. */
  let clobbered = 0;

  type Position = { resume: bigint; source: FrameSource; unreliable?: boolean; toc?: bigint };
  const fromSlot = (sp: bigint, unreliable: boolean): Position | undefined => {
    const slot = sp + LR_SAVE;
    if (readSlots.has(slot)) {
      const e = livepatch.shift();
      return e && { resume: e.lr, source: 'livepatch-stack', toc: e.toc };
    }
    readSlots.add(slot);
    const resume = readU64(machine, slot);
    return resume === undefined ? undefined : { resume, source: 'back-chain', unreliable: unreliable || undefined };
  };
  const step = (p: Prologue, sp: bigint, innermost: boolean): { callerSp?: bigint; position?: Position } => {
    const callerSp = p.pushed > 0n ? readU64(machine, sp) : sp;
    // The stack grows down: a caller's frame is never below its callee's.
    if (callerSp === undefined || callerSp === 0n || callerSp < sp) return {};
    let position: Position | undefined;
    if (innermost && p.lrLive) position = { resume: machine.get('lr'), source: 'lr' };
    else if (!p.saved && p.lrIn !== undefined && !((clobbered >> p.lrIn) & 1)) position = { resume: machine.get(`r${p.lrIn}`), source: 'lr' };
    else position = fromSlot(callerSp, !p.saved);
    clobbered |= p.written;
    return { callerSp, position };
  };

  const fn0 = program.functionAt(pc);
  let { callerSp, position } = step(analyse(decodedAt, fn0?.address ?? pc, pc), r1, true);
  while (position && callerSp !== undefined && frames.length < MAX_FRAMES) {
    const { resume } = position;
    const at = resume - 4n;
    if (resume === options.outermost || !decodedAt(at)) break;
    frames.push({ pc: at, resume, sp: callerSp, source: position.source, toc: position.toc, unreliable: position.unreliable });
    const fn = program.functionAt(at);
    ({ callerSp, position } = step(analyse(decodedAt, fn?.address ?? at, at), callerSp, false));
  }
  return frames;
}
