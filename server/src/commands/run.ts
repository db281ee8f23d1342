// `tocsin run`: runs a scenario (kernel and module inputs linked as the kernel would, a call,
// runtime checks, expectations) or a static ppc64 ELF program in the emulator, and reports how
// it ended, what the checks found, the final registers and, with --trace, every instruction.
import { CliError, optionValue, parseArgs, readRequired, type Command, type CommandIo } from './args.js';
import { readSourceBytes, readSourceFile } from '../parse/source.js';
import type { Stop } from '../emu/cpu.js';
import { ElfError, isElf } from '../emu/elf.js';
import { prepareElf } from '../emu/elfSession.js';
import type { Engine } from '../emu/engine.js';
import { JSON_REGISTERS, registersJson } from '../emu/machine.js';
import { addressText } from '../isa/address.js';
import { runPrepared, type ScenarioResult, type TraceJsonRow } from '../emu/scenario/result.js';
import { ScenarioError } from '../emu/scenario/scenario.js';
import { CLEAN_ENDS, prepareScenario } from '../emu/scenario/session.js';
const DEFAULT_STEPS = 1_000_000;
const DEFAULT_TRACE_STEPS = 100_000;
/** A run that will not be stepped back keeps one snapshot: enough to find its end again. */
const NO_HISTORY = { latestOnly: true };

/** Statuses that end a run as the program meant to. */
const CLEAN = new Set(['exited', 'returned']);

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

    let engine: Engine;
    try {
      engine = prepareElf(bytes, { registers: regs, maxSteps, history: NO_HISTORY });
    } catch (e) {
      if (e instanceof ElfError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
    const { machine, cpu } = engine;
    const json = optionValue(args, 'format') === 'json';
    // Trace rows go out as they run, so a long trace takes no memory.
    const rows = traceWriter(io, json, registersJson(machine.s), false);
    engine.run(trace ? (r) => rows.row({ pc: addressText(r.pc), text: r.decoded?.text.replace(/\s+/g, ' ') ?? '', file: null, line: null, regs: registersJson(machine.s) }) : undefined);
    const last = engine.lastStop;
    const stop: Stop = last && last.kind !== 'max-steps' ? last : { kind: 'max-steps', message: `stopped after ${maxSteps} instructions`, pc: machine.pc };
    const steps = cpu.steps;
    const source = cpu.sourceOf?.(stop.pc);
    const findings = CLEAN.has(stop.kind) ? [] : [{
      kind: stop.kind, message: stop.message, file: source?.file ?? file, line: source?.line ?? null, pc: addressText(stop.pc),
    }];
    const registers = registersJson(machine.s);
    if (json) {
      const out: Record<string, unknown> = { status: stop.kind, steps };
      if (stop.exitCode !== undefined) out.exitCode = stop.exitCode;
      Object.assign(out, { findings, registers });
      rows.close(out);
    } else {
      let text = `${file}: ${describe(stop, steps)}\n`;
      for (const f of findings) text += `${f.file}${f.line === null ? '' : ':' + f.line}: ${f.kind}: ${f.message}\n`;
      io.stdout(text + registerLines(registers));
    }
    return CLEAN.has(stop.kind) ? 0 : 1;
  },
};

/**
 * Trace rows as they come: text lines with what changed, or the JSON result's `trace` array,
 * opened before the first row and closed with the result's other fields after the last.
 */
function traceWriter(io: CommandIo, json: boolean, initial: Record<string, string>, withSource: boolean) {
  let before = initial;
  let count = 0;
  let opened = false;
  const open = () => {
    if (!opened && json) io.stdout(`{"initialRegisters":${JSON.stringify(initial)},"trace":[`);
    opened = true;
  };
  return {
    row(row: TraceJsonRow): void {
      open();
      if (json) {
        io.stdout((count > 0 ? ',' : '') + JSON.stringify(withSource ? row : { pc: row.pc, text: row.text, regs: row.regs }));
      } else {
        const changed = Object.keys(row.regs).filter((n) => row.regs[n] !== before[n]).map((n) => `${n}=${row.regs[n]}`);
        const where = row.file ? `${row.file}:${row.line}` : '';
        io.stdout(withSource ? `${row.pc}  ${where.padEnd(28)} ${row.text.padEnd(32)} ${changed.join(' ')}\n` : `${row.pc}  ${row.text.padEnd(32)} ${changed.join(' ')}\n`);
        before = row.regs;
      }
      count++;
    },
    /** Ends the JSON document with the result's other fields (a plain object when nothing was traced). */
    close(rest: object): void {
      if (!opened) {
        io.stdout(JSON.stringify(rest) + '\n');
        return;
      }
      io.stdout(`],${JSON.stringify(rest).slice(1)}\n`);
    },
  };
}

async function runScenarioFile(file: string, maxSteps: number | undefined, trace: boolean, json: boolean, io: CommandIo, root: string): Promise<number> {
  let result: ScenarioResult;
  let rows: ReturnType<typeof traceWriter> | undefined;
  try {
    const prepared = await prepareScenario(file, { maxSteps, root, history: NO_HISTORY });
    rows = trace && prepared.session ? traceWriter(io, json, registersJson(prepared.session.machine.s), true) : undefined;
    result = runPrepared(prepared, file, rows && ((row) => rows!.row(row)));
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
  if (json) {
    if (rows) rows.close(result);
    else io.stdout(JSON.stringify(result) + '\n');
  } else {
    let text = '';
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
