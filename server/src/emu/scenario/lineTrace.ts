// A scenario run folded by source line, for the editor's readouts: what each traced line
// changed (registers and memory) the last time it ran, every register it named or changed with
// its last values, how often it ran, and the run's findings. Values that are something known
// (the kernel's or a module's TOC, a function, the return sentinel) carry a note saying so.
import { readFileSync } from 'node:fs';
import { RETURN_SENTINEL } from '../machine';
import { STACK_END_MAGIC } from '../unwind';
import { addressText } from '../../isa/address';
import type { RunFinding, ScenarioSession } from './session';

/** Values kept per register and line: the latest ones. */
export const KEPT_VALUES = 16;

export interface TracedValue {
  value: string;
  note?: string;
}

export interface TracedLine {
  /** 1-based. */
  line: number;
  runs: number;
  /** What the line's last run changed: `r2`, `lr`, `cr`, or a memory doubleword as `[0xc000…]`. */
  changes: ({ name: string } & TracedValue)[];
  /** Each register the line named or changed: its value after each run, oldest of the last 16 first, and how many runs there were. */
  registers: Record<string, { values: TracedValue[]; count: number }>;
}

export interface LineTrace {
  scenario: string;
  status: string;
  steps: number;
  findings: RunFinding[];
  /** Traced lines by absolute file path, in line order. */
  files: Record<string, TracedLine[]>;
  /** Each traced file's text as the run read it: the readouts hold until the file changes. */
  texts: Record<string, string>;
}

interface LineState {
  runs: number;
  changes: ({ name: string } & TracedValue)[];
  registers: Map<string, { values: TracedValue[]; count: number }>;
}

/** Names what a value is when it is something the program knows. */
export function valueNotes(session: ScenarioSession): (v: bigint) => string | undefined {
  const p = session.program;
  const tocs = new Map<bigint, string>();
  p.inputs.forEach((input, i) => {
    const toc = p.toc(i);
    if (toc !== undefined && !tocs.has(toc)) tocs.set(toc, input.role === 'module' ? `TOC of ${input.name}` : 'kernel TOC');
  });
  return (v) => {
    const toc = tocs.get(v);
    if (toc) return toc;
    if (v === RETURN_SENTINEL) return "return to the scenario's caller";
    if (v === STACK_END_MAGIC) return 'STACK_END_MAGIC';
    const f = p.functionAt(v);
    return f && (v === f.address ? f.name : `${f.name}+0x${(v - f.address).toString(16)}`);
  };
}

/** Runs the session to its end, single-stepping, and folds what every instruction did by its source line. */
export function traceLines(session: ScenarioSession, scenarioFile: string): LineTrace {
  const lines = new Map<string, Map<number, LineState>>();
  const note = valueNotes(session);
  const value = (v: bigint): TracedValue => {
    const n = note(v);
    return n ? { value: addressText(v), note: n } : { value: addressText(v) };
  };
  const machine = session.machine;
  const bigEndian = machine.bigEndian;
  session.run((r) => {
    const where = session.program.sourceOf(r.pc);
    if (!where) return;
    let byLine = lines.get(where.file);
    if (!byLine) lines.set(where.file, (byLine = new Map()));
    let state = byLine.get(where.line);
    if (!state) byLine.set(where.line, (state = { runs: 0, changes: [], registers: new Map() }));
    state.runs++;
    const changes: LineState['changes'] = [];
    const named = new Set<string>();
    for (const c of r.registers) {
      if (c.name === 'pc' || c.name.startsWith('vs')) continue;
      changes.push({ name: c.name, ...value(c.new) });
      named.add(c.name);
    }
    for (const m of r.memory) {
      const bytes = m.new;
      const v = bytes.length === 8 ? new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, !bigEndian) : BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
      changes.push({ name: `[${addressText(m.address)}]`, ...value(v) });
    }
    state.changes = changes;
    const insn = r.decoded?.insn;
    if (insn) {
      const word = r.decoded!.suffix ?? r.decoded!.word;
      const prefix = r.decoded!.suffix === undefined ? 0 : r.decoded!.word;
      for (const k of insn.operands) {
        if (k.cls !== 'gpr' && k.cls !== 'gpr0') continue;
        const n = k.get(word, prefix);
        if (k.cls === 'gpr0' && n === 0) continue;
        named.add(`r${n}`);
      }
    }
    for (const name of named) {
      let kept = state.registers.get(name);
      if (!kept) state.registers.set(name, (kept = { values: [], count: 0 }));
      kept.count++;
      kept.values.push(value(machine.get(name)));
      if (kept.values.length > KEPT_VALUES) kept.values.shift();
    }
  });
  const files: Record<string, TracedLine[]> = {};
  const texts: Record<string, string> = {};
  for (const [file, byLine] of lines) {
    try {
      texts[file] = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    files[file] = [...byLine].sort((a, b) => a[0] - b[0]).map(([line, s]) => ({ line, runs: s.runs, changes: s.changes, registers: Object.fromEntries(s.registers) }));
  }
  return { scenario: scenarioFile, status: session.status, steps: session.steps, findings: [...session.findings], files, texts };
}
