// The session engine: runs a loaded program forward and backward for `tocsin run`, the debug
// adapter and the editor's readouts alike. Forward, code runs as blocks of closures and stops
// only where an observer (the runtime checks) must see single steps: branch-and-links, arrivals
// at watched addresses, stores into watched ranges; everything else goes at the CPU's full
// speed. Backward, nothing is recorded per step: the engine keeps snapshots of the registers
// and the pages written since each one, and replays from the nearest snapshot (the emulator is
// deterministic), so memory stays bounded however long the run.

import type { Cpu, StepResult, Stop } from './cpu.js';
import type { Machine } from './machine.js';
import type { UndoLog, WatchRange } from './memory.js';

/** What the runtime checks offer the engine; without one, every run goes as blocks. */
export interface Observer {
  before(): void;
  after(step: StepResult): { kind: string; message: string; file?: string; line?: number; pc: bigint; fatal: boolean }[];
  stopFinding(stop: Stop): { kind: string; message: string; file?: string; line?: number; pc: bigint };
  snapshot(): unknown;
  restore(state: unknown): void;
  needsStepping(): boolean;
  targets(): bigint[];
  watches(): WatchRange[];
}

export interface RunFinding {
  kind: string;
  message: string;
  file?: string;
  line?: number;
  pc?: bigint;
}

/** Ends that are what the run asked for, not findings. */
export const CLEAN_ENDS = new Set(['returned', 'exited', 'breakpoint']);

/**
 * The step-back history's bounds. Snapshots are taken every `interval` steps; when there are
 * `maxSnapshots`, every second one goes (its pages merge into the one before) and the interval
 * doubles, so any step back to the start stays reachable. Past `maxBytes` of saved pages the
 * oldest snapshots go, and the history's start moves forward.
 */
export interface HistoryLimits {
  interval?: number;
  maxSnapshots?: number;
  maxBytes?: number;
  /** Keep only the latest snapshot (a run that will not be stepped back). */
  latestOnly?: boolean;
}

export const HISTORY_DEFAULTS = { interval: 1024, maxSnapshots: 2048, maxBytes: 256 * 1024 * 1024 };

interface Snapshot {
  steps: number;
  state: Int32Array;
  checks: unknown;
  findings: number;
  /** Pages as they were at this snapshot, for those written before the next one. */
  undo: UndoLog;
  bytes: number;
}

/** Why a forward or backward movement paused. */
export type Pause =
  | { reason: 'step' }
  | { reason: 'breakpoint'; pc: bigint }
  | { reason: 'data'; pc: bigint; address: bigint; length: number }
  /** The run is over: see `status` and `findings`. */
  | { reason: 'end' }
  /** A finding that pauseOnFinding asked to stop at (the run goes on unless it was fatal). */
  | { reason: 'finding'; finding: RunFinding };

export interface RunRow {
  step: StepResult;
}

export interface AdvanceOptions {
  /** Absolute step count to stop at. */
  until?: number;
  /** Stop at the engine's breakpoints (false: replays pass over them). */
  breakpoints?: boolean;
  /** Decides whether a breakpoint hit stops (conditions, hit counts, logpoints); default yes. */
  shouldStop?: (pc: bigint) => boolean;
  /** Every instruction single-stepped and handed here (traces). */
  onStep?: (step: StepResult) => void;
}

export interface EngineOptions {
  maxSteps: number;
  /** Addresses that end the run as `breakpoint` when reached (after the first instruction). */
  stopAt?: Set<bigint>;
  observer?: Observer;
  history?: HistoryLimits;
}

export class Engine {
  readonly findings: RunFinding[] = [];
  status = 'ready';
  /** How the CPU stopped at the end of the run. */
  lastStop?: Stop;
  private stopped = false;
  private readonly userBreakpoints = new Set<bigint>();
  private dataWatches: WatchRange[] = [];
  private readonly snapshots: Snapshot[] = [];
  private interval: number;
  private readonly limits: Required<Omit<HistoryLimits, 'latestOnly'>> & { latestOnly: boolean };
  private historyBytes = 0;
  /** After a run ended in a block, the end is found again step by step for the checks. */
  private replayingEnd = false;
  /** Pauses forward movements at the findings it accepts (exception breakpoints). */
  pauseOnFinding?: (f: RunFinding) => boolean;
  private findingPause?: RunFinding;
  /** Replays go to known states: they pause for nothing. */
  private replaying = false;
  /** Forward movements pause (reason `step`) here, so a caller can look for requests between slices. */
  sliceLimit?: number;

  constructor(readonly machine: Machine, readonly cpu: Cpu, private readonly o: EngineOptions) {
    this.limits = { ...HISTORY_DEFAULTS, latestOnly: false, ...o.history };
    this.interval = this.limits.interval;
    for (const a of o.stopAt ?? []) cpu.addBreakpoint(a);
    this.snapshot();
  }

  get steps(): number {
    return this.cpu.steps;
  }

  get done(): boolean {
    return this.stopped;
  }

  get maxSteps(): number {
    return this.o.maxSteps;
  }

  /** The oldest step the history can go back to. */
  get historyStart(): number {
    return this.snapshots[0].steps;
  }

  /** Bytes the history holds (saved pages and register snapshots). */
  get historySize(): number {
    return this.historyBytes;
  }

  // ---- Breakpoints ---------------------------------------------------------------------------

  setBreakpoints(addresses: Iterable<bigint>): void {
    const next = new Set(addresses);
    for (const a of this.userBreakpoints) {
      if (!next.has(a) && !this.o.stopAt?.has(a)) this.cpu.removeBreakpoint(a);
    }
    this.userBreakpoints.clear();
    for (const a of next) {
      this.userBreakpoints.add(a);
      this.cpu.addBreakpoint(a);
    }
  }

  /** Memory ranges whose stores pause a run (data breakpoints), after the storing instruction. */
  setDataWatches(ranges: WatchRange[]): void {
    this.dataWatches = ranges;
  }

  // ---- Forward ---------------------------------------------------------------------------------

  /** One instruction forward with the checks, or undefined when the run is over. */
  step(): StepResult | undefined {
    if (this.stopped) return undefined;
    this.maybeSnapshot();
    const pc = this.machine.pc;
    if (this.o.stopAt?.has(pc) && this.steps > 0) {
      this.end({ kind: 'breakpoint', message: `reached stopAt 0x${pc.toString(16)}`, pc });
      return undefined;
    }
    if (this.steps >= this.o.maxSteps) {
      this.end({ kind: 'max-steps', message: `no return after ${this.o.maxSteps} instructions`, pc });
      return undefined;
    }
    const observer = this.o.observer;
    observer?.before();
    this.cpu.setEvents(null);
    this.machine.mem.watchArmed = false;
    const r = this.cpu.step();
    if (r.completed && observer) {
      for (const f of observer.after(r)) {
        this.record(f);
        if (f.fatal) this.end(undefined, f.kind);
      }
    }
    if (r.stop && !this.stopped) this.end(r.stop);
    return r;
  }

  /**
   * Runs forward until `until`, a breakpoint or data watch (when asked), or the end. Runs as
   * blocks where nothing needs single steps.
   */
  advance(opts: AdvanceOptions = {}): Pause {
    const until = Math.min(opts.until ?? Number.POSITIVE_INFINITY, this.replaying ? Number.POSITIVE_INFINITY : this.sliceLimit ?? Number.POSITIVE_INFINITY);
    const breakpoints = opts.breakpoints ?? true;
    // The instruction the movement starts on runs even when a breakpoint sits on it.
    let fresh = true;
    this.findingPause = undefined;
    while (!this.stopped) {
      if (this.findingPause) {
        const finding = this.findingPause;
        this.findingPause = undefined;
        return { reason: 'finding', finding };
      }
      if (this.steps >= until) return { reason: 'step' };
      const pc = this.machine.pc;
      if (!fresh && breakpoints && this.userBreakpoints.has(pc) && (opts.shouldStop?.(pc) ?? true)) return { reason: 'breakpoint', pc };
      if (opts.onStep || this.replayingEnd || this.o.observer?.needsStepping()) {
        const paused = this.stepChecked(opts, breakpoints);
        fresh = false;
        if (paused) return paused;
        continue;
      }
      this.maybeSnapshot();
      const before = this.steps;
      const stop = this.runBlocks(Math.min(until, this.o.maxSteps, this.nextSnapshotAt) - this.steps, fresh);
      if (this.steps > before) fresh = false;
      if (stop.kind === 'max-steps') {
        if (this.steps >= this.o.maxSteps && this.steps < until) this.stepChecked(opts, breakpoints);
        continue;
      }
      if (stop.kind === 'event') {
        if (stop.event === 'target') {
          this.observeBranch(stop.from!);
          fresh = false;
          continue;
        }
        if (!fresh && breakpoints && this.userBreakpoints.has(stop.pc) && (opts.shouldStop?.(stop.pc) ?? true)) return { reason: 'breakpoint', pc: stop.pc };
        const paused = this.stepChecked(opts, breakpoints);
        fresh = false;
        if (paused) return paused;
        continue;
      }
      if (stop.kind === 'breakpoint' && this.cpu.breakpoints.has(stop.pc)) {
        if (this.o.stopAt?.has(stop.pc) && this.steps > 0) {
          this.endInBlocks(stop);
          break;
        }
        if (breakpoints && this.userBreakpoints.has(stop.pc) && (opts.shouldStop?.(stop.pc) ?? true)) return { reason: 'breakpoint', pc: stop.pc };
        // A breakpoint that does not stop this movement: run its instruction and go on.
        const paused = this.stepChecked(opts, breakpoints);
        fresh = false;
        if (paused) return paused;
        continue;
      }
      this.endInBlocks(stop);
    }
    return { reason: 'end' };
  }

  /** Runs to the end (or the step limit), handing every instruction to onStep when given. */
  run(onStep?: (step: StepResult) => void): void {
    this.advance({ breakpoints: false, onStep });
  }

  private stepChecked(opts: AdvanceOptions, breakpoints: boolean): Pause | undefined {
    const r = this.step();
    if (!r) return undefined;
    if (r.completed) opts.onStep?.(r);
    if (this.stopped) return undefined;
    if (breakpoints && this.dataWatches.length > 0) {
      for (const m of r.memory) {
        const end = m.address + BigInt(m.old.length);
        if (this.dataWatches.some((w) => w.start < end && w.end > m.address)) return { reason: 'data', pc: r.pc, address: m.address, length: m.old.length };
      }
    }
    return undefined;
  }

  private runBlocks(budget: number, resume: boolean): Stop {
    const observer = this.o.observer;
    const mem = this.machine.mem;
    const watches = [...(observer?.watches() ?? []), ...this.dataWatches];
    mem.setWatches(watches);
    mem.watchArmed = watches.length > 0;
    this.cpu.setEvents(observer ? { calls: true, targets: new Set(observer.targets()) } : null);
    try {
      return this.cpu.run(budget, resume);
    } finally {
      mem.watchArmed = false;
      this.cpu.setEvents(null);
    }
  }

  /** A branch that ran inside a block took the run to a watched address: the checks see it. */
  private observeBranch(from: bigint): void {
    const observer = this.o.observer!;
    const step: StepResult = { pc: from, decoded: this.cpu.decodedAt(from), registers: [], memory: [], slots: [], completed: true };
    for (const f of observer.after(step)) {
      this.record(f);
      if (f.fatal) this.end(undefined, f.kind);
    }
  }

  /**
   * A run that ended inside blocks: with checks, the end is reached again step by step from
   * the last snapshot, so the stop's finding knows the instruction before it as a stepped run
   * would.
   */
  private endInBlocks(stop: Stop): void {
    if (this.o.observer && !this.replayingEnd && stop.kind !== 'breakpoint') {
      this.restoreSnapshot(this.snapshots.length - 1);
      this.replayingEnd = true;
      try {
        this.advance({ breakpoints: false });
      } finally {
        this.replayingEnd = false;
      }
      return;
    }
    this.end(stop);
  }

  private record(f: RunFinding): void {
    const { kind, message, file, line, pc } = f;
    this.findings.push({ kind, message, file, line, pc });
    if (!this.replaying && this.pauseOnFinding?.(f)) this.findingPause = f;
  }

  private end(stop: Stop | undefined, fatalKind?: string): void {
    this.stopped = true;
    this.lastStop = stop;
    if (!stop) {
      this.status = fatalKind ?? 'stopped';
      return;
    }
    this.status = stop.kind;
    if (!CLEAN_ENDS.has(stop.kind) && this.o.observer) this.record(this.o.observer.stopFinding(stop));
  }

  // ---- History ---------------------------------------------------------------------------------

  private get nextSnapshotAt(): number {
    return this.snapshots[this.snapshots.length - 1].steps + this.interval;
  }

  private maybeSnapshot(): void {
    if (this.steps >= this.nextSnapshotAt) this.snapshot();
  }

  /** Records the state now; a change made by hand (a register, a memory word) calls this too. */
  snapshot(): void {
    const last = this.snapshots[this.snapshots.length - 1];
    const snap: Snapshot = {
      steps: this.steps, state: this.machine.s.slice(), checks: this.o.observer?.snapshot(), findings: this.findings.length,
      undo: new Map(), bytes: this.machine.s.byteLength + 256,
    };
    if (last) this.historyBytes += pagesBytes(last.undo);
    this.snapshots.push(snap);
    this.historyBytes += snap.bytes;
    this.machine.mem.openUndo(snap.undo);
    if (this.limits.latestOnly) {
      while (this.snapshots.length > 1) this.dropOldest();
      return;
    }
    if (this.snapshots.length > this.limits.maxSnapshots) this.thin();
    while (this.historyBytes > this.limits.maxBytes && this.snapshots.length > 1) this.dropOldest();
  }

  /** Every second snapshot goes; its saved pages join the one before where that lacks them. */
  private thin(): void {
    const kept: Snapshot[] = [];
    for (let i = 0; i < this.snapshots.length; i++) {
      const s = this.snapshots[i];
      if (i % 2 === 0 || i === this.snapshots.length - 1) {
        kept.push(s);
        continue;
      }
      const into = kept[kept.length - 1];
      for (const [key, bytes] of s.undo) if (!into.undo.has(key)) into.undo.set(key, bytes);
    }
    this.snapshots.splice(0, this.snapshots.length, ...kept);
    this.interval *= 2;
    this.recount();
  }

  private dropOldest(): void {
    this.snapshots.shift();
    this.recount();
  }

  private recount(): void {
    const last = this.snapshots.length - 1;
    this.historyBytes = this.snapshots.reduce((n, s, i) => n + s.bytes + (i < last ? pagesBytes(s.undo) : 0), 0);
  }

  /** Back to snapshot k: pages written since it are put back, later snapshots dropped. */
  private restoreSnapshot(k: number): void {
    const mem = this.machine.mem;
    for (let j = this.snapshots.length - 1; j >= k; j--) mem.applyUndo(this.snapshots[j].undo);
    const snap = this.snapshots[k];
    this.snapshots.length = k + 1;
    snap.undo.clear();
    mem.openUndo(snap.undo);
    this.machine.s.set(snap.state);
    this.o.observer?.restore(snap.checks);
    this.findings.length = snap.findings;
    this.cpu.steps = snap.steps;
    this.stopped = false;
    this.status = 'ready';
    this.lastStop = undefined;
    this.recount();
  }

  /**
   * Goes to the state after `step` steps, back by replay from a snapshot or forward by
   * running; false when the history no longer reaches it.
   */
  goTo(step: number): boolean {
    if (step < this.historyStart) return false;
    return this.replay(() => {
      if (step < this.steps || (this.stopped && step <= this.steps)) {
        let k = this.snapshots.length - 1;
        while (this.snapshots[k].steps > step) k--;
        this.restoreSnapshot(k);
      }
      this.advance({ until: step, breakpoints: false });
      return this.steps === step || this.stopped;
    });
  }

  private replay<T>(go: () => T): T {
    const was = this.replaying;
    this.replaying = true;
    try {
      return go();
    } finally {
      this.replaying = was;
    }
  }

  /** One step back; false when the history holds nothing older (or this is the start). */
  back(): boolean {
    const target = this.steps - 1;
    if (target < this.historyStart) return false;
    return this.goTo(target);
  }

  /**
   * The last step count before `before` (exclusive) at which `match` holds for the state just
   * then (the instruction at pc not yet run), searching back through the history interval by
   * interval with single steps; undefined when none is found before the history's start.
   */
  findBack(match: (pc: bigint) => boolean, before = this.steps): number | undefined {
    return this.replay(() => this.searchBack(match, before));
  }

  private searchBack(match: (pc: bigint) => boolean, before: number): number | undefined {
    let end = before;
    for (let k = this.snapshotIndexBelow(end); k >= 0; k--) {
      const from = this.snapshots[k].steps;
      this.restoreSnapshot(k);
      let found: number | undefined;
      while (this.steps < end && !this.stopped) {
        if (match(this.machine.pc)) found = this.steps;
        this.step();
      }
      if (found !== undefined) return found;
      end = from;
    }
    return undefined;
  }

  /**
   * The last breakpoint hit before the current step, found by replaying the history in blocks
   * (breakpoints stop them) from the nearest snapshot backwards.
   */
  findBreakpointBack(shouldStop: (pc: bigint) => boolean = () => true): number | undefined {
    return this.replay(() => this.searchBreakpointBack(shouldStop));
  }

  private searchBreakpointBack(shouldStop: (pc: bigint) => boolean): number | undefined {
    let end = this.steps;
    for (let k = this.snapshotIndexBelow(end); k >= 0; k--) {
      const from = this.snapshots[k].steps;
      this.restoreSnapshot(k);
      let found: number | undefined;
      if (this.userBreakpoints.has(this.machine.pc) && shouldStop(this.machine.pc)) found = this.steps;
      for (;;) {
        const p = this.advance({ until: end, shouldStop });
        if (p.reason === 'breakpoint') found = this.steps;
        else if (p.reason !== 'data') break;
      }
      if (found !== undefined) return found;
      end = from;
    }
    return undefined;
  }

  /** Index of the latest snapshot strictly before `steps` (0 at least). */
  private snapshotIndexBelow(steps: number): number {
    let k = this.snapshots.length - 1;
    while (k > 0 && this.snapshots[k].steps >= steps) k--;
    return k;
  }
}

function pagesBytes(log: UndoLog): number {
  return log.size * (4096 + 64);
}
