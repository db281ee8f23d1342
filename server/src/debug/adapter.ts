// The Debug Adapter: DAP requests translated onto the session engine, nothing more. The engine
// runs, steps, goes back and keeps the checks; this file maps source lines and symbols to
// addresses, registers to variables, findings to exceptions, and the shadow call stack and
// the livepatch stack to frames.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  Breakpoint, InitializedEvent, DebugSession, OutputEvent, Scope, Source, StackFrame, StoppedEvent, TerminatedEvent, Thread,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { isLinkBranch } from '../emu/cpu.js';
import type { Pause, RunFinding } from '../emu/engine.js';
import { formatRegister, getRegister, JSON_REGISTERS, RETURN_SENTINEL, SPRS } from '../emu/machine.js';
import type { ScenarioSession } from '../emu/scenario/session.js';
import { ScenarioError } from '../emu/scenario/scenario.js';
import { livepatchStack, unwind } from '../emu/unwind.js';
import { addressText, parseAddress } from '../isa/address.js';
import { evaluate, EvaluateError, operandAddress, registerName } from './evaluate.js';
import { launchProgram } from './launch.js';

const THREAD = 1;
/** Steps a continue runs before it looks for a pause request. */
const SLICE = 2_000_000;
const DEFAULT_MAX_STEPS = 100_000_000;
const STALE_CHECK_MS = 1000;

/** Runtime findings as exception filters: each kind can be turned on or off. */
export const FINDING_FILTERS: DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: 'toc-not-restored', label: 'TOC not restored', description: 'r2 differs from the caller\'s after a call returns', default: true },
  { filter: 'stack-unbalanced', label: 'Unbalanced stack', description: 'r1 differs from the caller\'s after a call returns', default: true },
  { filter: 'stack-argument-misread', label: 'Stack argument misread', default: true },
  { filter: 'livepatch-stack', label: 'Livepatch stack overflow or trashed marker', default: true },
  { filter: 'bug', label: 'BUG / WARN and traps', default: true },
  { filter: 'fault', label: 'Faults (memory, illegal or privileged instruction, wild jump)', default: true },
];

function filterOf(kind: string): string {
  if (kind.startsWith('livepatch-stack')) return 'livepatch-stack';
  if (kind === 'bug' || kind === 'trap') return 'bug';
  if (['toc-not-restored', 'stack-unbalanced', 'stack-argument-misread'].includes(kind)) return kind;
  return 'fault';
}

interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  program: string;
  stopOnEntry?: boolean;
  maxSteps?: number;
  /** Files a scenario names must lie under this folder (VS Code passes the workspace folder). */
  root?: string;
}

interface SourceBreakpointSpec {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

/** One breakpoint address with what decides whether a hit stops. */
interface Armed {
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
  hits: number;
}

enum Ref {
  Registers = 1,
  Special,
  Cr,
  Xer,
  Livepatch,
}

export class TocsinDebugSession extends DebugSession {
  private session?: ScenarioSession;
  private launchArgs?: LaunchArguments;
  private launchedAt = 0;
  private watchedFiles: string[] = [];
  private stale = false;
  private staleCheckedAt = -Infinity;
  private configured!: Promise<void>;
  private configurationDone!: () => void;
  private sourceBreakpoints = new Map<string, SourceBreakpointSpec[]>();
  private functionBreakpoints: DebugProtocol.FunctionBreakpoint[] = [];
  private instructionBreakpoints: DebugProtocol.InstructionBreakpoint[] = [];
  private armed = new Map<bigint, Armed>();
  private exceptionFilters = new Set(FINDING_FILTERS.filter((f) => f.default).map((f) => f.filter));
  private lastException?: RunFinding;
  private pauseRequested = false;
  private running = false;
  private ended = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.configured = new Promise((done) => (this.configurationDone = done));
  }

  // ---- Set-up ----------------------------------------------------------------------------

  protected initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsFunctionBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsInstructionBreakpoints: true,
      supportsDataBreakpoints: true,
      supportsDataBreakpointBytes: true,
      supportsStepBack: true,
      supportsSteppingGranularity: true,
      supportsRestartRequest: true,
      supportsSetVariable: true,
      supportsEvaluateForHovers: true,
      supportsReadMemoryRequest: true,
      supportsWriteMemoryRequest: true,
      supportsDisassembleRequest: true,
      supportsExceptionInfoRequest: true,
      supportsTerminateRequest: true,
      exceptionBreakpointFilters: FINDING_FILTERS,
    };
    this.sendResponse(response);
  }

  protected configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    this.configurationDone();
  }

  protected async launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): Promise<void> {
    this.launchArgs = args;
    const failure = await this.load(args);
    if (failure) {
      this.sendErrorResponse(response, { id: 1, format: failure, showUser: true });
      return;
    }
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
    await this.configured;
    if (args.stopOnEntry) this.pausedAt('entry');
    else this.resume(() => this.session!.advance(this.advanceOptions()));
  }

  /** Prepares the program; a message when it cannot run (the adapter stays up for another launch). */
  private async load(args: LaunchArguments): Promise<string | undefined> {
    if (!args.program) return 'launch needs a "program": a scenario file, a .S file, a listing or an object';
    try {
      const launched = await launchProgram(args.program, args.maxSteps ?? DEFAULT_MAX_STEPS, args.root);
      const { prepared } = launched;
      if (!prepared.session) {
        const f = prepared.findings[0];
        return `${basename(args.program)} does not load: ${f ? `${f.file ? basename(f.file) + ':' + (f.line ?? '?') + ': ' : ''}${f.message}` : 'unknown reason'}`;
      }
      this.session = prepared.session;
      this.session.pauseOnFinding = (f) => this.exceptionFilters.has(filterOf(f.kind));
      this.watchedFiles = launched.inputs;
      this.launchedAt = Date.now();
      this.stale = false;
      this.ended = false;
      this.lastException = undefined;
      if (launched.note) this.output(launched.note + '\n');
      this.rearm();
      return undefined;
    } catch (e) {
      if (e instanceof ScenarioError) return e.message;
      return `${basename(args.program)}: ${(e as Error).message}`;
    }
  }

  protected async restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): Promise<void> {
    const launch = (args.arguments as LaunchArguments | undefined) ?? this.launchArgs!;
    const failure = await this.load(launch);
    if (failure) {
      this.sendErrorResponse(response, { id: 2, format: failure, showUser: true });
      return;
    }
    this.sendResponse(response);
    if (launch.stopOnEntry) this.pausedAt('entry');
    else this.resume(() => this.session!.advance(this.advanceOptions()));
  }

  protected terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.sendResponse(response);
    this.sendEvent(new TerminatedEvent());
  }

  protected disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.pauseRequested = true;
    this.sendResponse(response);
  }

  protected threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD, this.session ? basename(this.session.scenario.name ?? this.session.file) : 'ppc64le')] };
    this.sendResponse(response);
  }

  // ---- Breakpoints -------------------------------------------------------------------------

  protected setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const path = resolve(args.source.path ?? '');
    const given: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
    const specs = given.map((b) => ({
      line: b.line, condition: b.condition, hitCondition: b.hitCondition, logMessage: b.logMessage,
    }));
    this.sourceBreakpoints.set(path, specs);
    const verdicts = this.rearm();
    response.body = { breakpoints: specs.map((b) => verdicts.get(`${path}:${b.line}`) ?? new Breakpoint(false, b.line)) };
    this.sendResponse(response);
  }

  protected setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.functionBreakpoints = args.breakpoints;
    const verdicts = this.rearm();
    response.body = { breakpoints: args.breakpoints.map((b) => verdicts.get(`fn:${b.name}`) ?? new Breakpoint(false)) };
    this.sendResponse(response);
  }

  protected setInstructionBreakpointsRequest(response: DebugProtocol.SetInstructionBreakpointsResponse, args: DebugProtocol.SetInstructionBreakpointsArguments): void {
    this.instructionBreakpoints = args.breakpoints;
    const verdicts = this.rearm();
    response.body = { breakpoints: args.breakpoints.map((b) => verdicts.get(`insn:${b.instructionReference}:${b.offset ?? 0}`) ?? new Breakpoint(false)) };
    this.sendResponse(response);
  }

  /**
   * Places every kind of breakpoint on the engine again (after a change or a rebuild). A source
   * line stops where each run of its addresses starts, so a macro's line stops once per
   * expansion, not at every instruction.
   */
  private rearm(): Map<string, DebugProtocol.Breakpoint> {
    const verdicts = new Map<string, DebugProtocol.Breakpoint>();
    const armed = new Map<bigint, Armed>();
    const s = this.session;
    const arm = (address: bigint, spec: Omit<Armed, 'hits'>) => armed.set(address, { ...spec, hits: this.armed.get(address)?.hits ?? 0 });
    for (const [path, specs] of this.sourceBreakpoints) {
      for (const b of specs) {
        const addresses = s ? s.program.addressesOf(path, b.line) : [];
        const starts = addresses.filter((a, i) => i === 0 || addresses[i - 1] !== a - 4n);
        const bp = new Breakpoint(starts.length > 0, b.line, undefined, new Source(basename(path), path)) as DebugProtocol.Breakpoint;
        if (starts.length === 0) bp.message = s ? `no instruction of the running program comes from line ${b.line} of ${basename(path)}` : 'not running';
        else bp.instructionReference = addressText(starts[0]);
        verdicts.set(`${path}:${b.line}`, bp);
        for (const a of starts) arm(a, b);
      }
    }
    for (const b of this.functionBreakpoints) {
      const f = s?.program.functions.find((x) => x.name === b.name);
      const address = f?.address ?? s?.program.symbol(b.name);
      const bp = new Breakpoint(address !== undefined) as DebugProtocol.Breakpoint;
      if (address === undefined) bp.message = `no function '${b.name}' in the running program`;
      else {
        bp.instructionReference = addressText(address);
        arm(address, b);
        // A local call enters past the TOC set-up.
        if (f && f.localEntry > 0) arm(address + BigInt(f.localEntry), b);
      }
      verdicts.set(`fn:${b.name}`, bp);
    }
    for (const b of this.instructionBreakpoints) {
      const base = parseAddress(b.instructionReference);
      const bp = new Breakpoint(base !== undefined) as DebugProtocol.Breakpoint;
      if (base === undefined) bp.message = `'${b.instructionReference}' is not an address`;
      else {
        const address = BigInt.asUintN(64, base + BigInt(b.offset ?? 0));
        bp.instructionReference = addressText(address);
        arm(address, b);
      }
      verdicts.set(`insn:${b.instructionReference}:${b.offset ?? 0}`, bp);
    }
    this.armed = armed;
    s?.setBreakpoints(armed.keys());
    return verdicts;
  }

  /** Conditions, hit counts and logpoints: whether a breakpoint hit stops. */
  private shouldStop = (pc: bigint): boolean => {
    const a = this.armed.get(pc);
    if (!a) return true;
    if (a.condition) {
      try {
        if (this.eval(a.condition) === 0n) return false;
      } catch (e) {
        this.output(`breakpoint condition '${a.condition}': ${(e as Error).message}\n`, 'stderr');
        return true;
      }
    }
    a.hits++;
    if (a.hitCondition && !hitMatches(a.hitCondition, a.hits)) return false;
    if (a.logMessage) {
      this.output(a.logMessage.replace(/\{([^}]*)\}/g, (_, e: string) => {
        try {
          return addressText(this.eval(e)).replace(/^0x0+(?=[0-9a-f])/, '0x');
        } catch (err) {
          return `<${(err as Error).message}>`;
        }
      }) + '\n');
      return false;
    }
    return true;
  };

  protected dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    let address: bigint | undefined;
    let description = args.name;
    try {
      if (args.asAddress) address = this.eval(args.name);
      else address = operandAddress(args.name, this.context()) ?? (args.variablesReference === undefined ? this.eval(args.name) : undefined);
    } catch {
      address = undefined;
    }
    if (address === undefined) {
      response.body = { dataId: null, description: `'${args.name}' names no memory: give an address, a symbol or an operand like 24(r1)` };
    } else {
      const bytes = args.bytes ?? 8;
      description = `${bytes} bytes at ${addressText(address)}`;
      response.body = { dataId: `${addressText(address)}/${bytes}`, description, accessTypes: ['write'], canPersist: false };
    }
    this.sendResponse(response);
  }

  protected setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    const ranges = args.breakpoints.map((b) => {
      const [at, n] = b.dataId.split('/');
      const start = parseAddress(at);
      return start === undefined ? undefined : { start, end: start + BigInt(Number(n) || 8) };
    });
    this.session?.setDataWatches(ranges.filter((r): r is { start: bigint; end: bigint } => r !== undefined));
    response.body = { breakpoints: ranges.map((r) => ({ verified: r !== undefined })) };
    this.sendResponse(response);
  }

  protected setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.exceptionFilters = new Set(args.filters);
    response.body = { breakpoints: args.filters.map(() => ({ verified: true })) };
    this.sendResponse(response);
  }

  // ---- Running ---------------------------------------------------------------------------

  private advanceOptions(until?: number) {
    return { until, shouldStop: this.shouldStop };
  }

  /**
   * Runs a forward movement in slices, so a pause request gets through between them, and
   * reports how it stopped.
   */
  private resume(move: () => Pause, reason = 'step'): void {
    const s = this.session;
    if (!s) return;
    if (s.done) {
      this.finish();
      return;
    }
    this.pauseRequested = false;
    this.running = true;
    const slice = () => {
      const limit = s.steps + SLICE;
      s.sliceLimit = limit;
      let pause: Pause;
      try {
        pause = move();
      } finally {
        s.sliceLimit = undefined;
      }
      if (pause.reason === 'step' && s.steps >= limit && !this.pauseRequested && !s.done) {
        setImmediate(slice);
        return;
      }
      this.running = false;
      this.report(pause, reason);
    };
    slice();
  }

  private report(pause: Pause, reason: string): void {
    const s = this.session!;
    this.checkStale();
    switch (pause.reason) {
      case 'breakpoint':
        return this.pausedAt('breakpoint');
      case 'data':
        return this.pausedAt('data breakpoint', `store to ${addressText(pause.address)} (${pause.length} bytes)`);
      case 'finding':
        this.lastException = pause.finding;
        return this.pausedAt('exception', `${pause.finding.kind}: ${pause.finding.message}`);
      case 'end': {
        const fatal = s.findings[s.findings.length - 1];
        if (fatal && !['returned', 'exited', 'breakpoint'].includes(s.status) && this.exceptionFilters.has(filterOf(fatal.kind))) {
          this.lastException = fatal;
          return this.pausedAt('exception', `${fatal.kind}: ${fatal.message}`);
        }
        this.output(`run ended: ${s.status} after ${s.steps} instructions${s.findings.length ? `, ${s.findings.length} finding(s)` : ''}\n`);
        return this.pausedAt('end', `run ended: ${s.status}`);
      }
      default:
        return this.pausedAt(this.pauseRequested ? 'pause' : reason);
    }
  }

  private pausedAt(reason: string, text?: string): void {
    const e = new StoppedEvent(reason, THREAD) as DebugProtocol.StoppedEvent;
    if (text) e.body.text = text;
    if (reason === 'exception' && text) e.body.description = text;
    this.sendEvent(e);
  }

  /** Continue past the end of the run: the session terminates. */
  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.sendEvent(new TerminatedEvent());
  }

  private checkStale(): void {
    // Looked at once a second at most: a stop every instruction would otherwise stat every input.
    if (this.stale || performance.now() - this.staleCheckedAt < STALE_CHECK_MS) return;
    this.staleCheckedAt = performance.now();
    const changed = this.watchedFiles.find((f) => existsSync(f) && statSync(f).mtimeMs > this.launchedAt);
    if (!changed) return;
    this.stale = true;
    this.output(`${basename(changed)} changed since the program was built: restart to rebuild it (breakpoints move with the edit)\n`, 'important');
  }

  protected continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.sendResponse(response);
    this.resume(() => this.session!.advance(this.advanceOptions()));
  }

  protected pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.pauseRequested = true;
    this.sendResponse(response);
    if (!this.running) this.pausedAt('pause');
  }

  protected nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.sendResponse(response);
    this.stepForward(args.granularity ?? 'line', true);
  }

  protected stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.sendResponse(response);
    this.stepForward(args.granularity ?? 'line', false);
  }

  protected stepOutRequest(response: DebugProtocol.StepOutResponse): void {
    this.sendResponse(response);
    const s = this.session;
    if (!s) return;
    const frames = s.checks.callFrames;
    const top = frames[frames.length - 1];
    if (!top) return this.resume(() => s.advance(this.advanceOptions()));
    this.resume(() => this.runTo(top.returnAddress, frames.length - 1), 'step');
  }

  /** Runs until `target` is reached with the call stack at `depth` (or a breakpoint, a finding, the end). */
  private runTo(target: bigint, depth: number): Pause {
    const s = this.session!;
    const user = [...this.armed.keys()];
    s.setBreakpoints([...user, target]);
    try {
      for (;;) {
        const p = s.advance({ shouldStop: (pc) => (pc === target ? s.checks.callFrames.length <= depth : this.shouldStop(pc)) });
        if (p.reason !== 'breakpoint') return p;
        if (p.pc !== target || s.checks.callFrames.length <= depth || this.armed.has(p.pc)) return p;
      }
    } finally {
      s.setBreakpoints(user);
    }
  }

  private stepForward(granularity: DebugProtocol.SteppingGranularity, over: boolean): void {
    const s = this.session;
    if (!s) return;
    if (s.done) return this.finish();
    const stepInstruction = (): Pause => {
      const pc = s.machine.pc;
      const word = s.cpu.decodedAt(pc)?.word;
      if (over && word !== undefined && isLinkBranch(word) && s.cpu.decodedAt(pc)?.length === 4) {
        return this.runTo(pc + 4n, s.checks.callFrames.length);
      }
      const p = s.advance({ until: s.steps + 1, shouldStop: () => false });
      return p;
    };
    if (granularity === 'instruction') return this.resume(stepInstruction);
    const line = this.lineAt(s.machine.pc);
    this.resume(() => {
      for (let n = 0; n < 1_000_000; n++) {
        const p = stepInstruction();
        if (p.reason !== 'step' || s.done) return p;
        const now = this.lineAt(s.machine.pc);
        if (!now || !line || now.file !== line.file || now.line !== line.line) return p;
        if (this.armed.has(s.machine.pc) && this.shouldStop(s.machine.pc)) return { reason: 'breakpoint', pc: s.machine.pc };
      }
      return { reason: 'step' };
    });
  }

  protected stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.sendResponse(response);
    const s = this.session;
    if (!s) return;
    if (s.steps <= s.historyStart) return this.atHistoryStart();
    if (args.granularity === 'instruction') {
      s.back();
      return this.pausedAt('step');
    }
    // The reverse of stepping over by line: back to where the previous line of this frame (or
    // of a caller) began, over any call in between.
    const depth = s.checks.callFrames.length;
    const sameLine = (a?: { file: string; line: number }, b?: { file: string; line: number }) => !!a && !!b && a.file === b.file && a.line === b.line;
    const here = this.lineAt(s.machine.pc);
    const from = s.steps;
    const found = s.findBack(() => s.checks.callFrames.length <= depth && !sameLine(this.lineAt(s.machine.pc), here), from);
    if (found === undefined) {
      s.goTo(s.historyStart);
      return this.atHistoryStart();
    }
    s.goTo(found);
    const previous = this.lineAt(s.machine.pc);
    const level = s.checks.callFrames.length;
    const before = s.findBack(() => !(s.checks.callFrames.length >= level && sameLine(this.lineAt(s.machine.pc), previous)) || s.checks.callFrames.length < level, found);
    s.goTo(before === undefined ? s.historyStart : before + 1);
    this.pausedAt('step');
  }

  protected reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.sendResponse(response);
    const s = this.session;
    if (!s) return;
    const from = s.steps;
    const found = s.findBreakpointBack((pc) => this.condition(pc));
    if (found === undefined || found >= from) {
      s.goTo(s.historyStart);
      return this.atHistoryStart();
    }
    s.goTo(found);
    this.pausedAt('breakpoint');
  }

  private atHistoryStart(): void {
    const s = this.session!;
    this.output(s.historyStart === 0
      ? 'at the start of the run: there is nothing earlier to go back to\n'
      : `at the start of the step-back history (step ${s.historyStart}): earlier steps are no longer kept\n`, 'important');
    this.pausedAt('step', 'start of history');
  }

  /** Conditions only (no hit counts or logpoints): for searching backwards. */
  private condition(pc: bigint): boolean {
    const a = this.armed.get(pc);
    if (!a?.condition) return !a?.logMessage;
    try {
      return this.eval(a.condition) !== 0n;
    } catch {
      return true;
    }
  }

  // ---- Inspecting ------------------------------------------------------------------------

  private lineAt(pc: bigint) {
    return this.session?.program.sourceOf(pc);
  }

  private context() {
    return { machine: this.session!.machine, program: this.session!.program };
  }

  private eval(text: string): bigint {
    if (!this.session) throw new EvaluateError('not running');
    return evaluate(text, this.context());
  }

  private symbolic(address: bigint): string {
    const f = this.session?.program.functionAt(address);
    if (!f) return addressText(address);
    return address === f.address ? f.name : `${f.name}+0x${(address - f.address).toString(16)}`;
  }

  private frame(id: number, pc: bigint, name?: string): DebugProtocol.StackFrame {
    const where = this.lineAt(pc);
    const frame = new StackFrame(id, name ?? this.symbolic(pc), where ? new Source(basename(where.file), where.file) : undefined, where?.line ?? 0, 1) as DebugProtocol.StackFrame;
    frame.instructionPointerReference = addressText(pc);
    if (!where) frame.presentationHint = 'subtle';
    return frame;
  }

  /**
   * The stack as the kernel's unwinder and gdb see it (back chain and LR, the livepatch stack's
   * entries where the ordinary stack no longer holds a return address), with the calls the
   * runtime checks saw pending that the back chain does not show (a trampoline that left
   * without returning, as ftrace_caller leaves B's profiling call) as frames of their own.
   */
  protected stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    const s = this.session;
    const frames: DebugProtocol.StackFrame[] = [];
    if (s) {
      const unwound = unwind(s.machine, s.program, (a) => s.cpu.decodedAt(a), { outermost: RETURN_SENTINEL, livepatch: s.livepatch });
      const pending = s.checks.callFrames.filter((c) => c.callPc !== undefined);
      const byReturn = new Map(pending.map((c) => [c.returnAddress, c]));
      const shown = new Set<bigint>();
      const named = unwound.map((f, i) => {
        const call = i > 0 ? byReturn.get(f.resume) : undefined;
        if (call) shown.add(call.returnAddress);
        let name = this.symbolic(f.pc);
        if (call?.divertedTo) name += ` (call diverted to ${call.divertedTo})`;
        if (f.source === 'livepatch-stack') name += ` [return address and r2 ${addressText(f.toc!)} from the livepatch stack]`;
        if (f.unreliable) name += ' (unreliable: LR save slot not written by this call)';
        return { pc: f.pc, name, call };
      });
      const abandoned = (c: (typeof pending)[number]) => ({
        pc: c.callPc!, subtle: true,
        name: `${this.symbolic(c.callPc!)}: call to ${this.symbolic(c.target)} not on the back chain (pending for the runtime checks: left without returning)`,
      });
      // Pending calls the back chain does not show go just outside the frame of the next call
      // made after them that it does show.
      const out: { pc: bigint; name: string; subtle?: boolean }[] = [];
      let next = pending.length - 1;
      for (const f of named) {
        if (f.call) {
          const at = pending.indexOf(f.call);
          for (; next > at; next--) {
            const c = pending[next];
            if (!shown.has(c.returnAddress)) out.push(abandoned(c));
          }
          next = at - 1;
        }
        out.push(f);
      }
      for (; next >= 0; next--) if (!shown.has(pending[next].returnAddress)) out.push(abandoned(pending[next]));
      for (const f of out) {
        const frame = this.frame(frames.length, f.pc, f.name);
        if (f.subtle) frame.presentationHint = 'subtle';
        frames.push(frame);
      }
      const lp = s.livepatch && livepatchStack(s.machine, s.livepatch);
      const consumed = unwound.filter((f) => f.source === 'livepatch-stack').length;
      for (const e of lp?.entries.slice(consumed) ?? []) {
        frames.push(this.frame(frames.length, e.lr, `livepatch stack: return to ${this.symbolic(e.lr)} with r2 ${addressText(e.toc)}`));
      }
    }
    const start = args.startFrame ?? 0;
    const count = args.levels || frames.length;
    response.body = { stackFrames: frames.slice(start, start + count), totalFrames: frames.length };
    this.sendResponse(response);
  }

  protected scopesRequest(response: DebugProtocol.ScopesResponse): void {
    const scopes: DebugProtocol.Scope[] = [new Scope('Registers', Ref.Registers, false), new Scope('Special registers', Ref.Special, false)];
    if (this.session?.livepatch) scopes.push(new Scope('Livepatch stack', Ref.Livepatch, false));
    response.body = { scopes };
    this.sendResponse(response);
  }

  private value(name: string, value: bigint, variablesReference = 0): DebugProtocol.Variable {
    const v: DebugProtocol.Variable = { name, value: addressText(value), variablesReference, evaluateName: name };
    const mem = this.session?.machine.mem;
    if (mem?.regionAt(value)) v.memoryReference = addressText(value);
    const f = this.session?.program.functionAt(value);
    if (f) v.value += ` <${this.symbolic(value)}>`;
    return v;
  }

  protected variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    const s = this.session;
    let variables: DebugProtocol.Variable[] = [];
    if (s) {
      const st = s.machine.s;
      switch (args.variablesReference) {
        case Ref.Registers:
          variables = JSON_REGISTERS.slice(0, 32).map((r) => this.value(r, getRegister(st, r)));
          break;
        case Ref.Special:
          variables = [
            this.value('pc', s.machine.pc), this.value('lr', getRegister(st, 'lr')), this.value('ctr', getRegister(st, 'ctr')),
            { name: 'xer', value: formatRegister(st, 'xer'), variablesReference: Ref.Xer, evaluateName: 'xer' },
            { name: 'cr', value: formatRegister(st, 'cr').replace(/^0x0{8}/, '0x'), variablesReference: Ref.Cr, evaluateName: 'cr' },
            this.value('msr', getRegister(st, 'msr')), this.value('tar', getRegister(st, 'tar')),
            ...SPRS.map((r) => this.value(r.name, getRegister(st, r.name))),
          ];
          break;
        case Ref.Xer: {
          const xer = getRegister(st, 'xer');
          variables = ([['so', 31n], ['ov', 30n], ['ca', 29n], ['ov32', 19n], ['ca32', 18n]] as const)
            .map(([n, bit]) => ({ name: n, value: String((xer >> bit) & 1n), variablesReference: 0 }));
          break;
        }
        case Ref.Cr: {
          const cr = Number(getRegister(st, 'cr'));
          variables = Array.from({ length: 8 }, (_, i) => {
            const field = (cr >>> (28 - 4 * i)) & 0xf;
            const set = ['lt', 'gt', 'eq', 'so'].filter((_, b) => field & (8 >> b));
            return { name: `cr${i}`, value: set.length ? set.join(' ') : '-', variablesReference: 0 };
          });
          break;
        }
        case Ref.Livepatch: {
          const layout = s.livepatch!;
          const lp = livepatchStack(s.machine, layout);
          variables = [this.value('livepatch_sp', lp?.sp ?? 0n), this.value('base', layout.base)];
          lp?.entries.forEach((e, i) => {
            variables.push(this.value(`[${i}] r2`, e.toc), this.value(`[${i}] lr`, e.lr));
          });
          break;
        }
      }
    }
    response.body = { variables };
    this.sendResponse(response);
  }

  protected setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    const name = args.variablesReference === Ref.Registers || args.variablesReference === Ref.Special ? registerName(args.name) : undefined;
    if (!this.session || !name) {
      this.sendErrorResponse(response, { id: 3, format: `${args.name} cannot be set: only registers can`, showUser: true });
      return;
    }
    try {
      const value = this.eval(args.value);
      this.session.machine.set(name, value);
      this.session.snapshot();
      response.body = { value: formatRegister(this.session.machine.s, name) };
      this.sendResponse(response);
    } catch (e) {
      this.sendErrorResponse(response, { id: 4, format: (e as Error).message, showUser: true });
    }
  }

  protected evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    try {
      const value = this.eval(args.expression);
      const v = this.value(args.expression, value);
      const at = operandAddress(args.expression, this.context());
      response.body = { result: at === undefined ? v.value : `${v.value} (at ${addressText(at)})`, variablesReference: 0, memoryReference: at !== undefined ? addressText(at) : v.memoryReference };
      this.sendResponse(response);
    } catch (e) {
      // Hovers over words that are no expression say nothing.
      if (args.context === 'hover') {
        this.sendErrorResponse(response, { id: 5, format: (e as Error).message, showUser: false });
        return;
      }
      this.sendErrorResponse(response, { id: 5, format: (e as Error).message, showUser: true });
    }
  }

  protected readMemoryRequest(response: DebugProtocol.ReadMemoryResponse, args: DebugProtocol.ReadMemoryArguments): void {
    const base = parseAddress(args.memoryReference);
    const s = this.session;
    if (base === undefined || !s) {
      this.sendErrorResponse(response, { id: 6, format: `'${args.memoryReference}' is not an address`, showUser: true });
      return;
    }
    const start = BigInt.asUintN(64, base + BigInt(args.offset ?? 0));
    const count = Math.min(args.count, 1 << 20);
    const bytes: number[] = [];
    let unreadable = 0;
    for (let i = 0; i < count; i++) {
      const b = s.machine.mem.peek(start + BigInt(i), 1);
      if (!b) {
        unreadable = count - i;
        break;
      }
      bytes.push(b[0]);
    }
    response.body = { address: addressText(start), data: Buffer.from(bytes).toString('base64'), unreadableBytes: unreadable || undefined };
    this.sendResponse(response);
  }

  protected writeMemoryRequest(response: DebugProtocol.WriteMemoryResponse, args: DebugProtocol.WriteMemoryArguments): void {
    const base = parseAddress(args.memoryReference);
    const s = this.session;
    if (base === undefined || !s) {
      this.sendErrorResponse(response, { id: 7, format: `'${args.memoryReference}' is not an address`, showUser: true });
      return;
    }
    const start = BigInt.asUintN(64, base + BigInt(args.offset ?? 0));
    const data = Buffer.from(args.data, 'base64');
    try {
      s.machine.mem.poke(start, data);
      s.snapshot();
      response.body = { bytesWritten: data.length };
      this.sendResponse(response);
    } catch (e) {
      this.sendErrorResponse(response, { id: 8, format: (e as Error).message, showUser: true });
    }
  }

  protected disassembleRequest(response: DebugProtocol.DisassembleResponse, args: DebugProtocol.DisassembleArguments): void {
    const s = this.session;
    const base = parseAddress(args.memoryReference);
    if (!s || base === undefined) {
      this.sendErrorResponse(response, { id: 9, format: `'${args.memoryReference}' is not an address`, showUser: true });
      return;
    }
    const first = BigInt.asUintN(64, base + BigInt(args.offset ?? 0) + 4n * BigInt(args.instructionOffset ?? 0));
    const instructions: DebugProtocol.DisassembledInstruction[] = [];
    let lastFile: string | undefined;
    for (let i = 0; i < Math.min(args.instructionCount, 4096); i++) {
      const address = BigInt.asUintN(64, first + 4n * BigInt(i));
      const d = s.cpu.decodedAt(address);
      const insn: DebugProtocol.DisassembledInstruction = { address: addressText(address), instruction: d ? d.text.replace(/\s+/g, ' ') : '(not mapped or not executable)' };
      if (d) insn.instructionBytes = (d.word >>> 0).toString(16).padStart(8, '0');
      const f = s.program.functionAt(address);
      if (f && f.address === address) insn.symbol = f.name;
      const where = this.lineAt(address);
      if (where) {
        insn.line = where.line;
        if (where.file !== lastFile) insn.location = new Source(basename(where.file), where.file);
        lastFile = where.file;
      } else {
        insn.presentationHint = 'invalid';
      }
      instructions.push(insn);
    }
    response.body = { instructions };
    this.sendResponse(response);
  }

  protected exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const f = this.lastException;
    if (!f) {
      this.sendErrorResponse(response, { id: 10, format: 'no exception', showUser: false });
      return;
    }
    response.body = {
      exceptionId: f.kind,
      description: f.message,
      breakMode: 'always',
      details: { message: f.message, typeName: f.kind, stackTrace: f.file ? `${f.file}:${f.line ?? 0}${f.pc !== undefined ? ` (${addressText(f.pc)})` : ''}` : undefined },
    };
    this.sendResponse(response);
  }

  private output(text: string, category: string = 'console'): void {
    this.sendEvent(new OutputEvent(text, category));
  }
}

/** `5`, `== 5`, `>= 5`, `> 5`, `% 5`: whether the hit count `n` satisfies it. */
function hitMatches(condition: string, n: number): boolean {
  const m = /^\s*(==|>=|>|%|<=|<)?\s*(\d+)\s*$/.exec(condition);
  if (!m) return true;
  const k = Number(m[2]);
  switch (m[1]) {
    case '>=': return n >= k;
    case '>': return n > k;
    case '<': return n < k;
    case '<=': return n <= k;
    case '%': return k > 0 && n % k === 0;
    default: return n === k;
  }
}

/** Serves the adapter on standard input and output (`tocsin dap`, the extension's debugger). */
export function serveDebugAdapter(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): void {
  const session = new TocsinDebugSession();
  session.setRunAsServer(false);
  session.start(input, output);
}
