// Execution: a decode cache of closures per 4 KiB code page, and single steps that report what
// they changed. Each instruction is decoded once per address by the ISA table (decodeAt) and
// bound to its base entry's semantics. The run loop goes by blocks: the closures from an
// address up to the next control transfer, called in a row with no per-instruction PC upkeep.
// A store into a code page drops its decoded entries and blocks, so patched code (also the
// rest of the running block) is decoded again.

import { decodeAt, type Decoded, type SymbolLookup } from '../isa/disasm.js';
import { Machine, PC, REGISTER_NAMES, STATE_SIZE, getRegister, slotsOf } from './machine.js';
import { MemoryFault, PAGE_SIZE, WatchHit, type Access, type CodeCache, type Page } from './memory.js';
import type { Ctx, Exec, Host, StopKind } from './semantics/context.js';
import { semanticsFor } from './semantics/index.js';
import { operandValues, resolve } from './semantics/resolve.js';
import { halves, toBig } from './u64.js';
import { addAddress } from '../isa/address.js';

export type { StopKind } from './semantics/context.js';

export interface Stop {
  kind: StopKind;
  message: string;
  /** The instruction the run stopped at (not executed unless the kind says it completed: exited). */
  pc: bigint;
  /** Faults: the address and access that failed. */
  address?: bigint;
  access?: Access;
  exitCode?: number;
  /**
   * Kind `event`: `call`, a branch-and-link about to run (pc); `target`, a branch just taken
   * into a watched address (pc, from the branch); `store`, a store into a watched range about to
   * run (pc, address).
   */
  event?: 'call' | 'target' | 'store';
  from?: bigint;
}

/**
 * What a checked fast run stops for, so the observer sees those instructions one by one and
 * everything between them runs as blocks.
 */
export interface RunEvents {
  /** Branch-and-link instructions that end a block. */
  calls: boolean;
  /** Addresses whose arrival by a taken branch is reported (after the branch). */
  targets: Set<bigint>;
}

export interface SourceLocation {
  file: string;
  line: number;
}

export interface CpuOptions {
  /** Run supervisor and hypervisor instructions (kernel code) instead of stopping at them. */
  modelPrivileged?: boolean;
  /** Branching here ends the run as "returned" (put it in LR before calling a function). */
  returnAddress?: bigint;
  /** `sc`: continue, or stop through cpu.finish / cpu.halt. Without a hook, sc stops the run. */
  onSystemCall?: (cpu: Cpu, level: number) => void;
  /** Names for branch targets in instruction text. */
  symbols?: SymbolLookup;
  /** Source line of an instruction address, for findings and traces. */
  sourceOf?: (pc: bigint) => SourceLocation | undefined;
}

interface Entry {
  exec: Exec;
  decoded: Decoded;
  /** Writes PC (branches, interrupt returns, sc, prefixed instructions): the end of a block. */
  control: boolean;
}

/** Straight-line closures from one address: the last may transfer control. */
interface Block {
  fns: Exec[];
  /** Address after the last instruction, where PC goes unless that instruction branches. */
  endLo: number;
  endHi: number;
  /** The last instruction is a branch-and-link. */
  link: boolean;
}

/** bl, bcl, bclrl, bcctrl, bctarl: opcode 18 or 16, or 19 with XO 16, 528, 560; LK set. */
export function isLinkBranch(word: number): boolean {
  if ((word & 1) === 0) return false;
  const op = word >>> 26;
  if (op === 18 || op === 16) return true;
  const xo = (word >>> 1) & 0x3ff;
  return op === 19 && (xo === 16 || xo === 528 || xo === 560);
}

const SLOTS = PAGE_SIZE / 4;
const MAX_BLOCK = 64;
/** Keys of the semantics that write PC besides the prefixed instructions. */
const CONTROL = new Set(['b', 'bc', 'bclr', 'bcctr', 'bctar', 'sc', 'rfid', 'hrfid']);

/**
 * The decoded instructions of one page; `fns` may hold breakpoint stubs in place of `entries`'
 * closures, and `blocks` are built from `fns`.
 */
class CodePage implements CodeCache {
  readonly fns: (Exec | undefined)[] = new Array(SLOTS).fill(undefined);
  readonly entries: (Entry | undefined)[] = new Array(SLOTS).fill(undefined);
  readonly blocks: (Block | undefined)[] = new Array(SLOTS).fill(undefined);

  constructor(private readonly changed: () => void) {}

  invalidate(offset: number, length: number): void {
    // A prefixed instruction just before the range has its suffix inside it.
    const first = Math.max(0, (offset >> 2) - 1);
    const last = (offset + length - 1) >> 2;
    for (let i = first; i <= last; i++) {
      if (i === first && i !== offset >> 2 && this.entries[i]?.decoded.length !== 8) continue;
      this.fns[i] = undefined;
      this.entries[i] = undefined;
    }
    this.dropBlocks();
    this.changed();
  }

  dropBlocks(): void {
    this.blocks.fill(undefined);
  }
}

export interface RegisterChange {
  name: string;
  old: bigint;
  new: bigint;
}

export interface MemoryChange {
  address: bigint;
  old: Uint8Array;
  new: Uint8Array;
}

export interface StepResult {
  pc: bigint;
  decoded?: Decoded;
  registers: RegisterChange[];
  memory: MemoryChange[];
  /** Every state slot that changed, as (slot, old, new) triples: what stepping back restores. */
  slots: number[];
  /** Whether the instruction ran to completion (false: it stopped the run where it stands). */
  completed: boolean;
  /** Set when the instruction stopped the run. */
  stop?: Stop;
}

interface Pending {
  kind: StopKind;
  message: string;
  completed: boolean;
  exitCode?: number;
}

/** Not a stop: code changed under the running block, which must end after this instruction. */
const REDECODE: Pending = { kind: 'max-steps', message: '', completed: true };

/**
 * Address of the i-th instruction of a block starting at (hi, lo): blocks hold 4-byte
 * instructions before their last one. Written to PC when `s` is given.
 */
function blockPc(lo: number, hi: number, i: number, s?: Int32Array): [number, number] {
  const l = (lo >>> 0) + 4 * i;
  const out: [number, number] = [l | 0, l > 0xffffffff ? (hi + 1) | 0 : hi];
  if (s) {
    s[PC] = out[0];
    s[PC + 1] = out[1];
  }
  return out;
}

export class Cpu implements Host {
  readonly s: Int32Array;
  readonly modelPrivileged: boolean;
  readonly breakpoints = new Set<bigint>();
  sourceOf?: (pc: bigint) => SourceLocation | undefined;
  /** Instructions completed over the CPU's life. */
  steps = 0;
  /** Set for a checked fast run: where block runs stop for the observer. */
  events: RunEvents | null = null;
  /** Low halves of events.targets, checked before the full address. */
  private targetLows = new Set<number>();
  private pending: Pending | null = null;
  private readonly returnLo: number;
  private readonly returnHi: number;
  private readonly hasReturn: boolean;

  constructor(readonly machine: Machine, private readonly opts: CpuOptions = {}) {
    this.s = machine.s;
    this.modelPrivileged = opts.modelPrivileged ?? false;
    this.sourceOf = opts.sourceOf;
    this.hasReturn = opts.returnAddress !== undefined;
    [this.returnLo, this.returnHi] = halves(opts.returnAddress ?? 0n);
  }

  // ---- Host: what instruction semantics may ask for ---------------------------------------

  halt(kind: StopKind, message: string): void {
    this.pending = { kind, message, completed: false };
  }

  finish(kind: StopKind, message: string, exitCode?: number): void {
    this.pending = { kind, message, completed: true, exitCode };
  }

  systemCall(level: number): void {
    if (this.opts.onSystemCall) this.opts.onSystemCall(this, level);
    else this.halt('system-call', `sc (system call ${this.machine.get('r0')})`);
  }

  invalidateCode(hi: number, lo: number, length: number): void {
    for (let off = 0; off < length; off += PAGE_SIZE) {
      const a = (lo >>> 0) + off;
      try {
        this.machine.mem.fetchPage(a > 0xffffffff ? (hi + 1) | 0 : hi, a | 0).code?.invalidate(a & 0xfff, Math.min(length - off, PAGE_SIZE - (a & 0xfff)));
      } catch (e) {
        if (!(e instanceof MemoryFault)) throw e;
      }
    }
  }

  // ---- Decoding ----------------------------------------------------------------------------

  private codeOf(page: Page): CodePage {
    if (page.code === null) page.code = new CodePage(this.codeChanged);
    return page.code as CodePage;
  }

  /** A running block must not go on with closures of code that was just overwritten. */
  private readonly codeChanged = () => {
    if (this.pending === null) this.pending = REDECODE;
  };

  /** The block starting at an address of a page (built on first use). */
  private blockAt(page: Page, hi: number, lo: number): Block {
    const code = this.codeOf(page);
    const first = (lo & 0xfff) >>> 2;
    const fns: Exec[] = [];
    let idx = first;
    let length = 0;
    let link = false;
    while (idx < SLOTS && fns.length < MAX_BLOCK) {
      const at = (lo & ~0xfff) + 4 * idx;
      const entry = this.entryAt(page, hi, at | 0);
      fns.push(code.fns[idx]!);
      length += entry.decoded.length;
      idx += entry.decoded.length >> 2;
      if (entry.control) {
        link = entry.decoded.length === 4 && isLinkBranch(entry.decoded.word);
        break;
      }
    }
    const [endLo, endHi] = halves(toBig(lo, hi) + BigInt(length));
    const block = { fns, endLo, endHi, link };
    code.blocks[first] = block;
    return block;
  }

  /** Decoded instruction at an address (decoding it on first use). */
  private entryAt(page: Page, hi: number, lo: number): Entry {
    const code = this.codeOf(page);
    const idx = (lo & 0xfff) >>> 2;
    let entry = code.entries[idx];
    if (!entry) {
      entry = this.decode(page, hi, lo);
      code.entries[idx] = entry;
      const pc = toBig(lo, hi);
      code.fns[idx] = this.breakpoints.has(pc) ? this.breakpointStub(pc) : entry.exec;
    }
    return entry;
  }

  private breakpointStub(pc: bigint): Exec {
    return () => this.halt('breakpoint', `breakpoint at 0x${pc.toString(16)}`);
  }

  private decode(page: Page, hi: number, lo: number): Entry {
    const off = lo & 0xfff;
    const pc = toBig(lo, hi);
    const decoded = decodeAt(page.bytes.subarray(off, Math.min(PAGE_SIZE, off + 8)), 0, pc, { bigEndian: this.machine.bigEndian, symbols: this.opts.symbols });
    const word = (decoded.word >>> 0).toString(16).padStart(8, '0');
    const where = `0x${pc.toString(16)}`;
    const stop = (kind: StopKind, message: string): Entry => ({ decoded, exec: () => this.halt(kind, message), control: false });
    if (!decoded.insn) return stop('illegal-instruction', `illegal instruction 0x${word} at ${where}`);
    const r = resolve(decoded.insn);
    if (r.base.privilege !== 'problem' && !this.modelPrivileged) {
      return stop('privileged', `privileged instruction ${decoded.text.replace(/\s+/g, ' ')} at ${where}`);
    }
    const factory = semanticsFor(r.key);
    const unimplemented = () => stop('unimplemented', `unimplemented instruction 0x${word} at ${where} (${decoded.mnemonic})`);
    if (!factory) return unimplemented();
    const [nextLo, nextHi] = halves(addAddress(pc, decoded.length));
    const ctx: Ctx = {
      host: this, s: this.s, mem: this.machine.mem, insn: decoded.insn, base: r.base, key: r.key,
      f: operandValues(r.base, decoded.suffix ?? decoded.word, decoded.suffix === undefined ? 0 : decoded.word),
      rc: r.rc, oe: r.oe, lk: r.lk, aa: r.aa, pcLo: lo, pcHi: hi,
      nextLo, nextHi, decoded,
    };
    try {
      return { decoded, exec: factory(ctx), control: decoded.length === 8 || CONTROL.has(r.key) };
    } catch {
      // A table entry whose operands the semantics do not expect: report it, never crash.
      return unimplemented();
    }
  }

  /** The decoded instruction at an address, or undefined when it cannot be fetched. */
  decodedAt(pc: bigint): Decoded | undefined {
    const [lo, hi] = halves(pc);
    try {
      return this.entryAt(this.machine.mem.fetchPage(hi, lo), hi, lo).decoded;
    } catch (e) {
      if (e instanceof MemoryFault) return undefined;
      throw e;
    }
  }

  // ---- Breakpoints -------------------------------------------------------------------------

  addBreakpoint(pc: bigint): void {
    this.breakpoints.add(pc);
    this.refreshBreakpoint(pc);
  }

  removeBreakpoint(pc: bigint): void {
    this.breakpoints.delete(pc);
    this.refreshBreakpoint(pc);
  }

  private refreshBreakpoint(pc: bigint): void {
    const [lo, hi] = halves(pc);
    let page: Page;
    try {
      page = this.machine.mem.fetchPage(hi, lo);
    } catch {
      return;
    }
    const code = page.code as CodePage | null;
    const entry = code?.entries[(lo & 0xfff) >>> 2];
    if (code && entry) {
      code.fns[(lo & 0xfff) >>> 2] = this.breakpoints.has(pc) ? this.breakpointStub(pc) : entry.exec;
      code.dropBlocks();
    }
  }

  // ---- Running -----------------------------------------------------------------------------

  /** Sets (or clears) the events a run stops for. */
  setEvents(events: RunEvents | null): void {
    this.events = events;
    this.targetLows = new Set([...(events?.targets ?? [])].map((a) => halves(a)[0]));
  }

  /**
   * Runs up to maxSteps instructions. The first one runs even when a breakpoint sits on it
   * (unless `resume` is false), so a run resumes from the breakpoint that stopped the last one.
   */
  run(maxSteps = Number.POSITIVE_INFINITY, resume = true): Stop {
    const s = this.s;
    const mem = this.machine.mem;
    this.pending = null;
    let steps = 0;
    let lo = s[PC], hi = s[PC + 1];
    /** Index in the running block, for the PC of a faulting instruction. */
    let at = 0;
    let codeHi = 0, codePn = -1;
    let page: Page | null = null;
    let blocks: (Block | undefined)[] = [];
    let resuming = resume && this.breakpoints.size > 0;
    const events = this.events;
    const targetLows = this.targetLows;
    try {
      while (steps < maxSteps) {
        lo = s[PC];
        hi = s[PC + 1];
        at = 0;
        if ((lo >>> 12) !== codePn || hi !== codeHi) {
          if (this.hasReturn && lo === this.returnLo && hi === this.returnHi) {
            return this.stopped(steps, { kind: 'returned', message: 'returned to the caller', completed: false }, lo, hi);
          }
          page = mem.fetchPage(hi, lo);
          blocks = this.codeOf(page).blocks;
          codePn = lo >>> 12;
          codeHi = hi;
        }
        const block = blocks[(lo & 0xfff) >>> 2] ?? this.blockAt(page!, hi, lo);
        if (resuming || block.fns.length > maxSteps - steps) {
          // One instruction on its own: past a breakpoint being resumed from, or near the step limit.
          const entry = this.entryAt(page!, hi, lo);
          if (events !== null && events.calls && entry.decoded.length === 4 && isLinkBranch(entry.decoded.word)) return this.event('call', steps, lo, hi);
          const next = (lo + entry.decoded.length) | 0;
          s[PC] = next;
          if ((next >>> 0) < (lo >>> 0)) s[PC + 1] = (hi + 1) | 0;
          (resuming ? entry.exec : this.codeOf(page!).fns[(lo & 0xfff) >>> 2]!)();
          resuming = false;
          if (this.pending !== null) {
            if (this.pending === REDECODE) this.pending = null;
            else return this.stopped(steps, this.pending, lo, hi);
          }
          steps++;
          if (events !== null && targetLows.has(s[PC])) {
            const to = toBig(s[PC], s[PC + 1]);
            if (events.targets.has(to)) {
              this.steps += steps;
              return { kind: 'event', event: 'target', message: 'branch to a watched address', pc: to, from: toBig(lo, hi) };
            }
          }
          continue;
        }
        const fns = block.fns;
        let n = fns.length;
        if (events !== null && block.link && events.calls) {
          // Up to the branch-and-link, which the observer single-steps.
          n--;
          if (n === 0) return this.event('call', steps, lo, hi);
        }
        s[PC] = block.endLo;
        s[PC + 1] = block.endHi;
        for (; at < n; at++) {
          fns[at]();
          if (this.pending !== null) break;
        }
        if (this.pending !== null) {
          const p = this.pending;
          const here = blockPc(lo, hi, at);
          if (p === REDECODE) {
            // The instruction completed; go on after it with freshly decoded code.
            this.pending = null;
            steps += at + 1;
            if (at < fns.length - 1) blockPc(lo, hi, at + 1, s);
            continue;
          }
          return this.stopped(steps + at, p, here[0], here[1]);
        }
        steps += n;
        if (n < fns.length) {
          const [clo, chi] = blockPc(lo, hi, n, s);
          return this.event('call', steps, clo, chi);
        }
        if (events !== null && targetLows.has(s[PC])) {
          const to = toBig(s[PC], s[PC + 1]);
          if (events.targets.has(to)) {
            this.steps += steps;
            return { kind: 'event', event: 'target', message: 'branch to a watched address', pc: to, from: toBig(...blockPc(lo, hi, n - 1)) };
          }
        }
      }
    } catch (e) {
      if (e instanceof WatchHit) {
        const [flo, fhi] = blockPc(lo, hi, at);
        s[PC] = flo;
        s[PC + 1] = fhi;
        this.steps += steps + at;
        return { kind: 'event', event: 'store', message: e.message, pc: toBig(flo, fhi), address: e.address };
      }
      if (!(e instanceof MemoryFault)) throw e;
      const [flo, fhi] = blockPc(lo, hi, at);
      s[PC] = flo;
      s[PC + 1] = fhi;
      this.steps += steps + at;
      return { kind: 'fault', message: e.message, pc: toBig(flo, fhi), address: e.address, access: e.access };
    }
    this.steps += steps;
    return { kind: 'max-steps', message: `stopped after ${steps} instructions`, pc: toBig(s[PC], s[PC + 1]) };
  }

  /** Stops before the instruction at (lo, hi), which has not run. */
  private event(event: 'call', steps: number, lo: number, hi: number): Stop {
    this.s[PC] = lo;
    this.s[PC + 1] = hi;
    this.steps += steps;
    return { kind: 'event', event, message: 'branch-and-link', pc: toBig(lo, hi) };
  }

  private stopped(steps: number, p: Pending, lo: number, hi: number): Stop {
    if (p.completed) {
      steps++;
    } else {
      this.s[PC] = lo;
      this.s[PC + 1] = hi;
    }
    this.steps += steps;
    this.pending = null;
    return { kind: p.kind, message: p.message, pc: toBig(lo, hi), exitCode: p.exitCode };
  }

  /** One instruction, with every register and memory byte it changed. */
  step(): StepResult {
    const before = this.s.slice();
    const pc = this.machine.pc;
    const decoded = this.decodedAt(pc);
    const stores: { address: bigint; old: Uint8Array }[] = [];
    const mem = this.machine.mem;
    mem.journal = (address, old) => stores.push({ address, old });
    let stop: Stop;
    try {
      stop = this.run(1);
    } finally {
      mem.journal = null;
    }
    const memory = stores.map(({ address, old }) => ({ address, old, new: mem.peek(address, old.length)! }));
    const slots: number[] = [];
    for (let i = 0; i < STATE_SIZE; i++) if (before[i] !== this.s[i]) slots.push(i, before[i], this.s[i]);
    const completed = stop.kind === 'max-steps' || stop.kind === 'exited';
    return { pc, decoded, registers: diffRegisters(before, this.s, slots), memory, slots, completed, stop: stop.kind === 'max-steps' ? undefined : stop };
  }
}

/** Names owning each state slot (slots of no register, like the reservation, own none). */
const SLOT_OWNERS: string[][] = Array.from({ length: STATE_SIZE }, () => []);
for (const name of REGISTER_NAMES) for (const i of slotsOf(name)) SLOT_OWNERS[i].push(name);

/** Register-level differences between two snapshots, given the (slot, old, new) triples. */
function diffRegisters(before: Int32Array, after: Int32Array, slots: number[]): RegisterChange[] {
  const names = new Set<string>();
  for (let i = 0; i < slots.length; i += 3) for (const n of SLOT_OWNERS[slots[i]]) names.add(n);
  return [...names].map((name) => ({ name, old: getRegister(before, name), new: getRegister(after, name) }));
}
