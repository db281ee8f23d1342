// Readouts of scenario runs in the editor, as plain data: `▶ Run scenario` / `Debug` lenses on
// scenario files and on the functions of the files they run; after a run, what each traced
// line changed (a lens above it or a hint at its end), a register's values at a line for its
// hover, the run's findings as diagnostics; and while the debugger is stopped, the registers
// and operands of the lines run so far in the function, for the client to look up in the
// debug session (LSP inline values).
import type { ScenarioSummary } from '../host/scenarios';
import type { Definition, Finding, Position, TextRange } from '../host/snapshot';
import type { LineTrace, TracedLine, TracedValue } from '../emu/scenario/lineTrace';
import type { Lens } from './codeLens';

/** Runs a scenario in the server and shows its readouts (workspace/executeCommand). */
export const RUN_SCENARIO = 'tocsin.runScenario';
/** Starts the client's debugger on a scenario: only clients that have it get this lens. */
export const DEBUG_SCENARIO = 'tocsin.debugScenario';

export type ReadoutMode = 'inlayHints' | 'codeLens' | 'off';
export const READOUT_MODES: ReadoutMode[] = ['inlayHints', 'codeLens', 'off'];

const at = (line: number, column = 0): TextRange => ({ start: { line, column }, end: { line, column } });

function runLenses(range: TextRange, s: ScenarioSummary, debug: boolean, label: string): Lens[] {
  const lenses: Lens[] = [{ range, title: `▶ Run ${label}`, command: { id: RUN_SCENARIO, arguments: [s.file] } }];
  if (debug) lenses.push({ range, title: 'Debug', command: { id: DEBUG_SCENARIO, arguments: [s.file] } });
  return lenses;
}

function scenarioLabel(s: ScenarioSummary): string {
  return s.name ?? s.file.split('/').pop()!.replace(/\.scenario\.json$/, '');
}

/** On a scenario file: run it, debug it. */
export function scenarioFileLenses(s: ScenarioSummary, debug: boolean): Lens[] {
  return runLenses(at(0), s, debug, 'scenario');
}

/** Above each function of this file that a scenario runs: run that scenario, debug it. */
export function trampolineLenses(definitions: Definition[], scenarios: ScenarioSummary[], debug: boolean): Lens[] {
  const lenses: Lens[] = [];
  for (const d of definitions) {
    if (d.uri || (d.kind !== 'function' && d.kind !== 'label')) continue;
    for (const s of scenarios) {
      if (s.symbols.includes(d.name)) lenses.push(...runLenses(d.range, s, debug, `scenario ${scenarioLabel(s)}`));
    }
  }
  return lenses;
}

function shown(v: TracedValue): string {
  return v.note ? `${v.value} (${v.note})` : v.value;
}

/** `r2 = 0xc000000000ea8c00 (kernel TOC), lr = … · ×3`: what a traced line's last run changed. */
export function changeText(line: TracedLine): string {
  const what = line.changes.length ? line.changes.map((c) => `${c.name} = ${shown(c)}`).join(', ') : 'no register or memory changed';
  return line.runs > 1 ? `${what} · ran ${line.runs}×` : what;
}

export interface Readout {
  /** 0-based line of the document. */
  line: number;
  text: string;
}

/** One readout per traced line of a file, in line order. */
export function lineReadouts(lines: TracedLine[]): Readout[] {
  return lines.map((l) => ({ line: l.line - 1, text: changeText(l) }));
}

/** A register's values at a line of a run, for its hover; undefined when the line did not name it. */
export function registerValuesAt(lines: TracedLine[], line: number, register: string): string | undefined {
  const traced = lines.find((l) => l.line === line + 1);
  const kept = traced?.registers[register];
  if (!kept) return undefined;
  if (kept.count === 1) return `**${register}** at this line in the last run: \`${shown(kept.values[0])}\``;
  const older = kept.count - kept.values.length;
  return [
    `**${register}** at this line in the last run, ${kept.count} times${older > 0 ? ` (the last ${kept.values.length})` : ''}:`,
    '',
    ...kept.values.map((v, i) => `${older + i + 1}. \`${shown(v)}\``),
  ].join('\n');
}

const REGISTER_ALIASES: Record<string, string> = { sp: 'r1', toc: 'r2' };

/** A register name as the debugger's Variables view has it, or undefined for other words. */
export function registerOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/^%/, '');
  if (/^r([12]?\d|3[01])$/.test(w)) return w;
  if (REGISTER_ALIASES[w]) return REGISTER_ALIASES[w];
  return /^(lr|ctr|cr|xer|msr)$/.test(w) ? w : undefined;
}

/** The run's findings in one file, each with the scenario as its related place. */
export function runFindings(trace: LineTrace, file: string, scenarioUri: string): Finding[] {
  return trace.findings.filter((f) => f.file === file && f.line !== undefined).map((f) => ({
    code: f.kind,
    severity: 'error' as const,
    message: `${f.message} (run of ${trace.scenario.split('/').pop()})`,
    range: { start: { line: f.line! - 1, column: 0 }, end: { line: f.line! - 1, column: 1000 } },
    related: [{ place: { uri: scenarioUri, range: at(0) }, message: `the scenario run (${trace.status} after ${trace.steps} instructions)` }],
  }));
}

export type InlineValue =
  /** The client looks the register up in the stopped frame's variables. */
  | { kind: 'lookup'; range: TextRange; name: string }
  /** The client evaluates the operand (`24(r1)`) in the stopped frame. */
  | { kind: 'expression'; range: TextRange; expression: string };

const OPERAND = /(-?(?:0x[0-9a-fA-F]+|\d+))\((r(?:[12]?\d|3[01])|sp)\)|\b(r(?:[12]?\d|3[01])|sp|toc|lr|ctr)\b/g;

/**
 * The registers and `D(rA)` operands of the lines from the start of the function holding the
 * stopped line up to it (within `visible`), for the client to fill in from the debug session.
 */
export function inlineValues(lineText: (n: number) => string, definitions: Definition[], visible: TextRange, stopped: Position): InlineValue[] {
  const starts = definitions.filter((d) => !d.uri && (d.kind === 'function' || d.kind === 'label') && d.range.start.line <= stopped.line);
  const first = Math.max(visible.start.line, stopped.line - 200, ...starts.map((d) => d.range.start.line));
  const last = Math.min(visible.end.line, stopped.line);
  const out: InlineValue[] = [];
  for (let n = first; n <= last; n++) {
    const text = lineText(n).replace(/(#|\/\*|\/\/).*$/, (m) => ' '.repeat(m.length));
    const statement = /^\s*(?:[\w.$]+:\s*)*[A-Za-z_.][\w.]*\s+/.exec(text);
    if (!statement || statement[0].trim().startsWith('.')) continue;
    for (const m of text.slice(statement[0].length).matchAll(OPERAND)) {
      const column = statement[0].length + m.index!;
      const range = { start: { line: n, column }, end: { line: n, column: column + m[0].length } };
      if (m[1]) out.push({ kind: 'expression', range, expression: `${m[1]}(${registerOf(m[2])})` });
      else out.push({ kind: 'lookup', range, name: registerOf(m[3])! });
    }
  }
  return out;
}
