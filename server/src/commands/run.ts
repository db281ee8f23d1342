// `tocsin run`: runs a scenario (kernel and module inputs linked as the kernel would, a call,
// runtime checks, expectations) or a static ppc64 ELF program in the emulator, and reports how
// it ended, what the checks found, the final registers and, with --trace, every instruction.
import { CliError, optionValue, parseArgs, readRequired, type Command, type CommandIo } from './args.js';
import { readSourceBytes, readSourceFile } from '../parse/source.js';
import { Cpu, type Stop } from '../emu/cpu.js';
import { ElfError, isElf, loadElf } from '../emu/elf.js';
import { JSON_REGISTERS, registersJson, RETURN_SENTINEL, type Machine } from '../emu/machine.js';
import { addressText } from '../isa/address.js';
import { runPrepared, type ScenarioResult } from '../emu/scenario/result.js';
import { ScenarioError } from '../emu/scenario/scenario.js';
import { CLEAN_ENDS, prepareScenario } from '../emu/scenario/session.js';
const SYS_EXIT = 1n;
const SYS_EXIT_GROUP = 234n;
const DEFAULT_STEPS = 1_000_000;
const DEFAULT_TRACE_STEPS = 100_000;

/** Statuses that end a run as the program meant to. */
const CLEAN = new Set(['exited', 'returned']);

interface TraceEntry {
  pc: string;
  text: string;
  regs: Record<string, string>;
}

function readRegs(path: string): Record<string, bigint> {
  let json: unknown;
  const text = readRequired(path, readSourceFile);
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`cannot read registers from ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CliError(`${path}: registers must be a JSON object`);
  const out: Record<string, bigint> = {};
  for (const [name, value] of Object.entries(json)) {
    if (!JSON_REGISTERS.includes(name)) throw new CliError(`${path}: unknown register '${name}' (expected ${JSON_REGISTERS[0]}..r31, cr, lr, ctr, xer, msr)`);
    if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{1,16}$/.test(value)) throw new CliError(`${path}: ${name} must be a hex string like "0x1f" (got ${JSON.stringify(value)})`);
    out[name] = BigInt(value);
  }
  return out;
}

function exitOnSyscall(cpu: Cpu): void {
  const m = cpu.machine;
  const nr = m.get('r0');
  if (nr === SYS_EXIT || nr === SYS_EXIT_GROUP) {
    const code = Number(m.get('r3') & 0xffn);
    cpu.finish('exited', `exit(${code})`, code);
  } else {
    cpu.halt('system-call', `system call ${nr} is not emulated`);
  }
}

function describe(stop: Stop, steps: number): string {
  const after = `after ${steps} instruction${steps === 1 ? '' : 's'}`;
  if (stop.kind === 'exited') return `exited with code ${stop.exitCode} ${after}`;
  if (stop.kind === 'returned') return `returned ${after}`;
  return `${stop.kind} at ${addressText(stop.pc)} ${after}: ${stop.message}`;
}

function registerLines(regs: Record<string, string>): string {
  const names = Object.keys(regs);
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 4) {
    lines.push(names.slice(i, i + 4).map((n) => `${n.padEnd(4)}${regs[n]}`).join('  '));
  }
  return lines.join('\n') + '\n';
}

export const runCommand: Command = {
  name: 'run',
  usage: 'run SCENARIO [--root DIR] [--max-steps N] [--trace] [--format text|json]  |  run --elf FILE [--regs REGS.json] [--max-steps N] [--trace] [--format text|json]',
  summary: 'run a scenario (kernel, modules, live patches, runtime checks) or a static ppc64 ELF program in the emulator',
  async run(argv, io) {
    const args = parseArgs(argv, {
      elf: { value: true }, regs: { value: true }, 'max-steps': { value: true }, trace: {}, root: { value: true },
      format: { value: true, choices: ['text', 'json'] },
    });
    let file = optionValue(args, 'elf');
    for (const p of args.positional) {
      if (file) throw new CliError(`give one scenario or program (got ${p} besides ${file})`);
      file = p;
    }
    if (!file) throw new CliError('give a SCENARIO file or --elf FILE');
    const trace = args.flags.has('trace');
    const stepsText = optionValue(args, 'max-steps');
    const givenSteps = stepsText === undefined ? undefined : Number(stepsText);
    if (givenSteps !== undefined && (!Number.isSafeInteger(givenSteps) || givenSteps < 0)) throw new CliError(`option --max-steps must be a whole number (got '${stepsText}')`);
    // Read once, under the guards every input has: an ELF program runs, anything else is a scenario.
    const bytes = readRequired(file, readSourceBytes);
    if (!optionValue(args, 'elf') && !isElf(bytes.subarray(0, 4))) {
      if (optionValue(args, 'regs')) throw new CliError('--regs is for --elf programs; a scenario sets registers itself');
      return runScenarioFile(file, givenSteps, trace, optionValue(args, 'format') === 'json', io, optionValue(args, 'root') ?? process.cwd());
    }
    if (optionValue(args, 'root')) {
      throw new CliError('--root is for scenarios: it bounds the files a scenario names');
    }
    const maxSteps = givenSteps ?? (trace ? DEFAULT_TRACE_STEPS : DEFAULT_STEPS);
    const regsPath = optionValue(args, 'regs');
    const regs = regsPath ? readRegs(regsPath) : {};

    let machine: Machine;
    let cpu: Cpu;
    try {
      const loaded = loadElf(bytes);
      machine = loaded.machine;
      machine.set('lr', RETURN_SENTINEL);
      for (const [name, value] of Object.entries(regs)) machine.set(name, value);
      cpu = new Cpu(machine, { returnAddress: RETURN_SENTINEL, onSystemCall: exitOnSyscall, symbols: loaded.symbols });
    } catch (e) {
      if (e instanceof ElfError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }

    const entries: TraceEntry[] = [];
    const initial = registersJson(machine.s);
    let stop: Stop;
    if (trace) {
      stop = { kind: 'max-steps', message: `stopped after ${maxSteps} instructions`, pc: machine.pc };
      for (let i = 0; i < maxSteps; i++) {
        const pc = machine.pc;
        const text = cpu.decodedAt(pc)?.text.replace(/\s+/g, ' ') ?? '';
        const one = cpu.run(1);
        const completed = one.kind === 'max-steps' || one.kind === 'exited';
        if (completed) entries.push({ pc: addressText(pc), text, regs: registersJson(machine.s) });
        if (one.kind !== 'max-steps') {
          stop = one;
          break;
        }
        stop = { ...one, message: `stopped after ${maxSteps} instructions` };
      }
    } else {
      stop = cpu.run(maxSteps);
    }

    const steps = cpu.steps;
    const source = cpu.sourceOf?.(stop.pc);
    const findings = CLEAN.has(stop.kind) ? [] : [{
      kind: stop.kind, message: stop.message, file: source?.file ?? file, line: source?.line ?? null, pc: addressText(stop.pc),
    }];
    const registers = registersJson(machine.s);
    if (optionValue(args, 'format') === 'json') {
      const out: Record<string, unknown> = { status: stop.kind, steps };
      if (stop.exitCode !== undefined) out.exitCode = stop.exitCode;
      Object.assign(out, { findings, registers });
      if (trace) out.trace = entries;
      io.stdout(JSON.stringify(out) + '\n');
    } else {
      let text = '';
      let before = initial;
      for (const e of entries) {
        const changed = Object.keys(e.regs).filter((n) => e.regs[n] !== before[n]).map((n) => `${n}=${e.regs[n]}`);
        text += `${e.pc}  ${e.text.padEnd(32)} ${changed.join(' ')}\n`;
        before = e.regs;
      }
      text += `${file}: ${describe(stop, steps)}\n`;
      for (const f of findings) text += `${f.file}${f.line === null ? '' : ':' + f.line}: ${f.kind}: ${f.message}\n`;
      io.stdout(text + registerLines(registers));
    }
    return CLEAN.has(stop.kind) ? 0 : 1;
  },
};

async function runScenarioFile(file: string, maxSteps: number | undefined, trace: boolean, json: boolean, io: CommandIo, root: string): Promise<number> {
  let result: ScenarioResult;
  try {
    result = runPrepared(await prepareScenario(file, { maxSteps, root }), file, trace);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
  if (json) {
    io.stdout(JSON.stringify(result) + '\n');
  } else {
    let text = '';
    let before = result.initialRegisters ?? {};
    for (const row of result.trace ?? []) {
      const changed = Object.keys(row.regs).filter((n) => row.regs[n] !== before[n]).map((n) => `${n}=${row.regs[n]}`);
      const where = row.file ? `${row.file}:${row.line}` : '';
      text += `${row.pc}  ${where.padEnd(28)} ${row.text.padEnd(32)} ${changed.join(' ')}\n`;
      before = row.regs;
    }
    text += `${result.name ? result.name + ': ' : ''}${result.status} after ${result.steps} instruction${result.steps === 1 ? '' : 's'}\n`;
    for (const f of result.findings) text += `${f.file ?? file}${f.line === null ? '' : ':' + f.line}: ${f.kind}: ${f.message}\n`;
    if (result.expectations) {
      text += result.expectations.met ? 'expectations met\n' : result.expectations.failures.map((f) => `expectation failed: ${f}\n`).join('');
    }
    if (Object.keys(result.registers).length > 0) text += registerLines(result.registers);
    io.stdout(text);
  }
  if (result.expectations) return result.expectations.met ? 0 : 1;
  return CLEAN_ENDS.has(result.status) && result.findings.length === 0 ? 0 : 1;
}
