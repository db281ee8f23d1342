// The outcome of a scenario run in the CLI's JSON shape, and the scenario's `expect` held
// against it: the status, exactly the expected findings (any order), and register values.
import { relative, resolve, dirname } from 'node:path';
import { registersJson } from '../machine';
import { addressText } from '../../isa/address';
import type { Prepared, RunFinding, TraceRow } from './session';
import type { ExpectedFinding, Scenario } from './scenario';

export interface JsonFinding {
  kind: string;
  message: string;
  file: string | null;
  line: number | null;
  pc: string | null;
}

export interface TraceJsonRow {
  pc: string;
  text: string;
  file: string | null;
  line: number | null;
  regs: Record<string, string>;
}

export interface ScenarioResult {
  name?: string;
  status: string;
  steps: number;
  findings: JsonFinding[];
  registers: Record<string, string>;
  expectations?: { met: boolean; failures: string[] };
}

/** Paths in findings and traces are shown relative to the working directory, as other commands do. */
const shown = (file: string | undefined) => (file === undefined ? null : relative(process.cwd(), file) || file);

/** Runs a prepared scenario to its end, handing each traced row to onRow as it runs. */
export function runPrepared(prepared: Prepared, scenarioFile: string, onRow?: (row: TraceJsonRow) => void): ScenarioResult {
  let result: ScenarioResult;
  if (prepared.session) {
    const s = prepared.session;
    s.runRows(onRow && ((r: TraceRow) => onRow({ pc: addressText(r.pc), text: r.text, file: shown(r.file), line: r.line ?? null, regs: r.regs })));
    result = { status: s.status, steps: s.cpu.steps, findings: s.findings.map(toJson), registers: registersJson(s.machine.s) };
  } else {
    result = { status: 'load-failed', steps: 0, findings: prepared.findings.map(toJson), registers: {} };
  }
  const scenario: Scenario = prepared.session ? prepared.session.scenario : prepared.scenario;
  if (scenario.name) result = { name: scenario.name, ...result };
  if (scenario.expect) result.expectations = judge(scenario, scenarioFile, result, prepared.session ? prepared.session.findings : prepared.findings);
  return result;
}

function toJson(f: RunFinding): JsonFinding {
  const cwd = process.cwd() + '/';
  return { kind: f.kind, message: f.message.split(cwd).join(''), file: shown(f.file), line: f.line ?? null, pc: f.pc === undefined ? null : addressText(f.pc) };
}

function judge(scenario: Scenario, scenarioFile: string, result: ScenarioResult, findings: RunFinding[]): { met: boolean; failures: string[] } {
  const expect = scenario.expect!;
  const failures: string[] = [];
  const baseDir = dirname(resolve(scenarioFile));
  if (expect.status !== undefined && expect.status !== result.status) failures.push(`status is ${result.status}, expected ${expect.status}`);
  if (expect.findings) {
    const left = [...findings];
    for (const want of expect.findings) {
      const at = left.findIndex((f) => matches(f, want, baseDir));
      if (at >= 0) left.splice(at, 1);
      else failures.push(`missing finding ${describe(want)}`);
    }
    for (const f of left) failures.push(`unexpected finding ${f.kind} at ${shown(f.file) ?? '?'}:${f.line ?? '?'}: ${f.message}`);
  }
  for (const [name, value] of Object.entries(expect.registers ?? {})) {
    const got = result.registers[name];
    if (got === undefined) failures.push(`${name} is not available (the run did not start)`);
    else if (BigInt(got) !== BigInt(value)) failures.push(`${name} is ${got}, expected ${addressText(BigInt(value))}`);
  }
  return { met: failures.length === 0, failures };
}

function matches(f: RunFinding, want: ExpectedFinding, baseDir: string): boolean {
  if (f.kind !== want.kind) return false;
  if (want.line !== undefined && f.line !== want.line) return false;
  if (want.file !== undefined && (f.file === undefined || resolve(baseDir, want.file) !== resolve(f.file))) return false;
  return want.message === undefined || f.message.includes(want.message);
}

function describe(want: ExpectedFinding): string {
  return `${want.kind}${want.file || want.line ? ` at ${want.file ?? '?'}:${want.line ?? '?'}` : ''}${want.message ? ` ("${want.message}")` : ''}`;
}
