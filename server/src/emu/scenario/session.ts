// One scenario made ready to run: inputs linked as the kernel and its module loader would,
// the paca, task stack and thread_info set up, ftrace turned on for the patched functions,
// stand-ins in place, and the call made. Runs step by step under the runtime checks with a
// trace that can be walked backwards; the CLI and the debugger drive the same session.
import { BL_SELF as BL } from '../../isa/words';
import { readSourceFile, SourceError } from '../../parse/source';
import { dirname, resolve } from 'node:path';
import { RuntimeChecks } from '../checks/index';
import { Cpu } from '../cpu';
import { Engine, type HistoryLimits, type RunFinding } from '../engine';
import { link, loadImage, type LinkedImage, type LinkInput } from '../link/index';
import { Machine, registersJson, RETURN_SENTINEL } from '../machine';
import { PERM_R, PERM_W, PERM_X } from '../memory';
import type { ProgramFunction } from '../program';
import type { LivepatchLayout } from '../unwind';
import { readInputs, inputName } from './inputs';
import { kernelOffsets } from '../kernelOffsets';
import { parseScenario, ScenarioError, type Scenario } from './scenario';
import { checkStandIns, runStandIn, standInObject, standInSource, type ActiveStandIn } from './standins';
import { evaluateValue } from './values';

export const DEFAULT_MAX_STEPS = 100_000;
export { CLEAN_ENDS, type RunFinding } from '../engine';
/** SF, HV, ME, IR, DR, RI, LE: a 64-bit little-endian kernel with translation on. */
const KERNEL_MSR = 0x9000000000001033n;
const MSR_LE = 1n;
const DEFAULT_STACK = { address: 0xc000000003000000n, size: 0x4000n };
const PAGE = 0x1000n;
const ADDRESS_SPACE = 1n << 64n;
/** A task stack larger than this is no kernel's (THREAD_SIZE is 16 KiB): a typo, not a scenario. */
const MAX_STACK = 64n * 1024n * 1024n;
/** Extra regions: the memory they may span (pages are made as they are touched). */
const MAX_REGION = 1n << 40n;
const BL_MASK = 0xfc000003;

export interface TraceRow {
  pc: bigint;
  text: string;
  file?: string;
  line?: number;
  regs: Record<string, string>;
}

/** A scenario's run: the engine with the runtime checks as its observer. */
export class ScenarioSession extends Engine {
  readonly checks: RuntimeChecks;
  /** The task's livepatch stack, when the scenario gives a thread_info and a stack. */
  readonly livepatch?: LivepatchLayout;

  constructor(
    readonly scenario: Scenario,
    readonly file: string,
    machine: Machine,
    cpu: Cpu,
    readonly program: LinkedImage,
    maxSteps: number,
    patches: { old: ProgramFunction; new: ProgramFunction }[],
    /** Addresses where the run stops (the scenario's stopAt). */
    stopAt: Set<bigint> = new Set(),
    history?: HistoryLimits,
  ) {
    const livepatch = livepatchStack(scenario);
    const checks = new RuntimeChecks(cpu, program, { patches, returnAddress: RETURN_SENTINEL, livepatchStack: livepatch });
    super(machine, cpu, { maxSteps, stopAt, observer: checks, history });
    this.checks = checks;
    this.livepatch = livepatch;
  }

  /** Runs to the end (or the step limit), with a row per instruction when asked. */
  runRows(onRow?: (row: TraceRow) => void): void {
    this.run(onRow && ((r) => {
      const where = this.program.sourceOf(r.pc);
      onRow({ pc: r.pc, text: (r.decoded?.text ?? '').replace(/\s+/g, ' '), file: where?.file, line: where?.line, regs: registersJson(this.machine.s) });
    }));
  }
}

function livepatchStack(scenario: Scenario): LivepatchLayout | undefined {
  const k = scenario.kernel;
  if (!k?.threadInfo || !k.stack) return undefined;
  const offsets = kernelOffsets(k.offsets);
  const base = BigInt(k.stack.address);
  return { spAddress: BigInt(k.threadInfo) + BigInt(offsets.TI_livepatch_sp), base: base + 8n, limit: base + BigInt(k.stack.size) };
}

export type Prepared =
  | { session: ScenarioSession; findings?: undefined }
  /** Loading failed (assembly errors, undefined symbols, the module loader's refusal). */
  | { session?: undefined; findings: RunFinding[]; scenario: Scenario };

/**
 * Reads, links and sets up a scenario file; ScenarioError for a scenario that cannot be run.
 * Files it names must lie under `root` (default: the working directory; the editor passes its
 * workspace folder). `text`: the scenario's JSON when it is not read from `file` (the debugger's
 * built-in harness).
 */
export async function prepareScenario(file: string, options: { maxSteps?: number; root?: string; history?: HistoryLimits; text?: string } = {}): Promise<Prepared> {
  let text: string;
  try {
    text = options.text ?? readSourceFile(file);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    throw new ScenarioError(`cannot read ${e.message}`);
  }
  const scenario = parseScenario(text, file);
  const where = (path: string) => `${file}: ${path}`;
  const baseDir = dirname(resolve(file));
  const standIns = scenario.standIns ?? [];
  checkStandIns(standIns, file);

  const { loaded, problems } = await readInputs(scenario.inputs, baseDir, file, options.root ?? process.cwd());
  if (problems.length > 0) return { findings: problems.map((p) => ({ ...p })), scenario };

  const defined = new Set(loaded.flatMap((l) => l.objects.flatMap((o) => o.symbols.filter((s) => s.section.kind === 'defined' && s.binding !== 'local').map((s) => s.name))));
  const inputs: LinkInput[] = loaded.flatMap((l) => l.objects.map((object) => ({
    object, role: l.spec.role, name: inputName(l.spec, l.path, l.objects), address: l.spec.address === undefined ? undefined : BigInt(l.spec.address),
  })));
  const specOf = loaded.flatMap((l, i) => l.objects.map(() => i));
  const bigEndianInputs = loaded.some((l) => l.objects.some((o) => o.bigEndian));
  const synthesized = standInObject(standIns.filter((s) => !defined.has(s.symbol)), (s) => standInSource(resolve(file), text, s.symbol), resolve(file), bigEndianInputs);
  if (synthesized) inputs.push({ object: synthesized, role: 'kernel', name: 'vmlinux' });

  const linked = link(inputs, { offsets: scenario.kernel?.offsets });
  const errors = linked.diagnostics.filter((d) => d.severity !== 'warning');
  if (!linked.image || errors.length > 0) {
    return { findings: errors.map((d) => ({ kind: d.kind, message: d.message, file: d.file, line: d.line, pc: d.address })), scenario };
  }
  const image = linked.image;
  for (const s of image.sections) {
    if (s.address + BigInt(s.size) <= ADDRESS_SPACE) continue;
    const i = specOf[s.input];
    const given = i === undefined ? undefined : scenario.inputs[i].address;
    const path = i === undefined ? '/inputs' : given === undefined ? `/inputs/${i}` : `/inputs/${i}/address`;
    throw new ScenarioError(where(`${path}: ${s.name} (${s.size} bytes) ${given ? `placed from ${given}` : `placed at 0x${s.address.toString(16)}`} runs past the end of the 64-bit address space`));
  }

  const bigEndian = inputs.every((input) => input.object.bigEndian);
  if (!bigEndian && inputs.some((input) => input.object.bigEndian)) {
    throw new ScenarioError(`${file}: /inputs: big-endian and little-endian inputs cannot run on one machine`);
  }
  const machine = new Machine({ bigEndian });
  loadImage(machine, image);
  machine.set('msr', bigEndian ? KERNEL_MSR & ~MSR_LE : KERNEL_MSR);
  const offsets = kernelOffsets(scenario.kernel?.offsets);
  const kernelInput = inputs.findIndex((i) => i.role === 'kernel');
  const kernelToc = kernelInput >= 0 ? image.toc(kernelInput) : undefined;

  for (const [i, r] of (scenario.memory ?? []).entries()) {
    const perms = r.perms ?? 'rw-';
    checkRegion(BigInt(r.address), BigInt(r.size), MAX_REGION, where(`/memory/${i}`));
    machine.mem.map(r.name, BigInt(r.address), BigInt(r.size), (perms[0] === 'r' ? PERM_R : 0) | (perms[1] === 'w' ? PERM_W : 0) | (perms[2] === 'x' ? PERM_X : 0));
  }
  const stack = scenario.kernel?.stack ? { address: BigInt(scenario.kernel.stack.address), size: BigInt(scenario.kernel.stack.size) } : DEFAULT_STACK;
  checkRegion(stack.address, stack.size, MAX_STACK, where('/kernel/stack'));
  // The caller's frame: the kernel's STACK_FRAME_OVERHEAD, or more when the arguments past
  // the eighth need a larger parameter save area (it starts at 32(r1)).
  const args = scenario.call.args ?? [];
  const frame = BigInt(Math.max(offsets.STACK_FRAME_OVERHEAD, (32 + 8 * args.length + 15) & ~15));
  if (frame + 16n > stack.size) {
    throw new ScenarioError(where(`/call/args: ${args.length} arguments need a ${frame}-byte caller frame, more than the stack's ${stack.size} bytes hold`));
  }
  machine.mem.map('stack', stack.address, stack.size, PERM_R | PERM_W);
  writeU64(machine, stack.address, BigInt(offsets.STACK_END_MAGIC));
  const sp = stack.address + stack.size - frame;
  machine.set('r1', sp);
  const k = scenario.kernel;
  if (k?.threadInfo) checkRegion(BigInt(k.threadInfo), PAGE, PAGE, where('/kernel/threadInfo'));
  if (k?.paca) checkRegion(BigInt(k.paca), PAGE, PAGE, where('/kernel/paca'));
  if (k?.threadInfo) {
    machine.mem.map('thread_info', BigInt(k.threadInfo), PAGE, PERM_R | PERM_W);
    writeU64(machine, BigInt(k.threadInfo) + BigInt(offsets.TI_livepatch_sp), k.livepatchSp === undefined ? stack.address + 8n : BigInt(k.livepatchSp));
  }
  if (k?.paca) {
    const paca = BigInt(k.paca);
    machine.mapKernelData({ address: paca, size: PAGE });
    if (kernelToc !== undefined) writeU64(machine, paca + BigInt(offsets.PACATOC), kernelToc);
    if (k.threadInfo) writeU64(machine, paca + BigInt(offsets.PACA_THREAD_INFO), BigInt(k.threadInfo));
    machine.mem.poke(paca + BigInt(offsets.PACA_FTRACE_ENABLED), Uint8Array.of(1));
  }

  const fn = (name: string, path: string): ProgramFunction => {
    const f = image.functions.find((x) => x.name === name);
    if (!f) throw new ScenarioError(where(`${path}: no function '${name}' in the inputs`));
    return f;
  };
  const patches = (scenario.livepatch ?? []).map((p, i) => ({ old: fn(p.old, `/livepatch/${i}/old`), new: fn(p.new, `/livepatch/${i}/new`) }));
  // One live patch per function, as one klp_func per old function in a patch.
  patches.forEach((p, i) => {
    const first = patches.findIndex((q) => q.old === p.old);
    if (first < i) throw new ScenarioError(where(`/livepatch/${i}/old: ${p.old.name} is already patched by /livepatch/${first}`));
  });
  const traced = [...new Set([...patches.map((p) => p.old.name), ...(scenario.ftrace?.functions ?? [])])];
  if (traced.length > 0) enableFtrace(machine, image, traced.map((n) => fn(n, '/ftrace/functions')), scenario.ftrace?.caller ?? 'ftrace_caller', where);

  const active: ActiveStandIn[] = standIns.map((spec, i) => {
    const address = image.symbol(spec.symbol);
    if (address === undefined) throw new ScenarioError(where(`/standIns/${i}: no symbol '${spec.symbol}'`));
    return { spec, address };
  });
  const hooked = new Map(active.map((a) => [a.address, a]));
  const cpu = new Cpu(machine, {
    modelPrivileged: scenario.privileged !== 'stop',
    returnAddress: RETURN_SENTINEL,
    sourceOf: (pc) => image.sourceOf(pc),
    symbols: (address) => {
      const f = image.functionAt(address);
      return f && (address === f.address ? f.name : `${f.name}+0x${(address - f.address).toString(16)}`);
    },
    onSystemCall: (c) => {
      const standIn = hooked.get(c.machine.pc - 4n);
      if (standIn) runStandIn(c, standIn, image, patches, offsets);
      else c.halt('system-call', `sc at 0x${(c.machine.pc - 4n).toString(16)}: system calls are not emulated in scenarios`);
    },
  });

  const entry = fn(scenario.call.function, '/call/function');
  machine.pc = entry.address;
  machine.set('r12', entry.address);
  machine.set('lr', RETURN_SENTINEL);
  if (kernelToc !== undefined) machine.set('r2', kernelToc);
  for (const [i, arg] of args.entries()) {
    const value = evaluateValue(arg, image, machine, where(`/call/args/${i}`));
    if (i < 8) machine.set(`r${3 + i}`, value);
    else writeU64(machine, sp + 32n + 8n * BigInt(i), value);
  }
  for (const [name, value] of Object.entries(scenario.registers ?? {})) machine.set(name, BigInt(value));
  const maxSteps = options.maxSteps ?? scenario.maxSteps ?? DEFAULT_MAX_STEPS;
  const stopAt = new Set((scenario.stopAt ?? []).map((v, i) => evaluateValue(v, image, undefined, where(`/stopAt/${i}`))));
  return { session: new ScenarioSession(scenario, file, machine, cpu, image, maxSteps, patches, stopAt, options.history) };
}

/** A region the scenario asks for: not empty, not past the end of the address space, not absurdly large. */
function checkRegion(address: bigint, size: bigint, max: bigint, where: string): void {
  const hex = (v: bigint) => `0x${v.toString(16)}`;
  if (size === 0n) throw new ScenarioError(`${where}: size 0`);
  if (size > max) throw new ScenarioError(`${where}: size ${hex(size)} is more than the ${hex(max)} bytes allowed here`);
  if (address + size > ADDRESS_SPACE) throw new ScenarioError(`${where}: ${hex(size)} bytes at ${hex(address)} run past the end of the 64-bit address space`);
}

function writeU64(m: Machine, address: bigint, value: bigint): void {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), !m.bigEndian);
  m.mem.poke(address, b);
}

/**
 * ftrace_make_call: the `bl _mcount` in each function's prologue (within its first 16
 * instructions) becomes a call of the ftrace caller, as the kernel does when tracing is turned
 * on; in a module both go through the loader's ftrace stubs (to `_mcount`, and the module's
 * trampoline to the caller).
 */
function enableFtrace(m: Machine, image: LinkedImage, functions: ProgramFunction[], callerName: string, where: (p: string) => string): void {
  const mcount = image.symbol('_mcount');
  const caller = image.symbol(callerName);
  if (caller === undefined) throw new ScenarioError(where(`/ftrace/caller: no symbol '${callerName}' in the inputs`));
  for (const f of functions) {
    const stubTo = (name: string) => image.stubs.find((s) => s.input === f.input && s.targetName === name)?.address;
    const fromMcount = new Set([mcount, stubTo('_mcount')].filter((a): a is bigint => a !== undefined));
    const to = image.inputs[f.input].role === 'module' ? stubTo(callerName) : caller;
    if (to === undefined) throw new ScenarioError(where(`/ftrace: the module of ${f.name} has no stub to ${callerName}`));
    let patched = false;
    for (let at = f.address; at < f.end && at < f.address + 64n && !patched; at += 4n) {
      const bytes = m.mem.peek(at, 4);
      if (!bytes) break;
      const word = new DataView(bytes.buffer).getUint32(0, !m.bigEndian);
      if ((word & BL_MASK) >>> 0 !== BL) continue;
      if (!fromMcount.has(at + BigInt.asIntN(26, BigInt(word & 0x03fffffc)))) continue;
      const offset = to - at;
      if (offset < -(1n << 25n) || offset >= 1n << 25n) throw new ScenarioError(where(`/ftrace: ${callerName} is out of reach of ${f.name}'s mcount call`));
      const b = new Uint8Array(4);
      new DataView(b.buffer).setUint32(0, (BL | (Number(BigInt.asUintN(26, offset)) & 0x03fffffc)) >>> 0, !m.bigEndian);
      m.mem.poke(at, b);
      patched = true;
    }
    if (!patched) throw new ScenarioError(where(`/ftrace: ${f.name} has no \`bl _mcount\` in its prologue to turn into a call of ${callerName}`));
  }
}
