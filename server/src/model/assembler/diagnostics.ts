// Where a statement came from in the assembler's input, through the GNU as macros that produced
// it, and the diagnostics that point there.

export interface MacroStep {
  /** `.macro` name, or `.rept`/`.irp`/`.irpc`. */
  name: string;
  /** Where it was invoked, in the assembler's input (0-based). */
  line: number;
  column: number;
}

export interface Origin {
  /** Line and column in the assembler's input text (0-based), or in `file` when set. */
  line: number;
  column: number;
  /** The GNU as macro expansions the statement came out of, innermost first. */
  macros: readonly MacroStep[];
  /** A file read by `.include`, whose lines are not in the input text. */
  file?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface RawDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  origin: Origin;
}

/** The line the user wrote: the outermost macro invocation, else the statement itself. */
export function writtenAt(origin: Origin): { line: number; column: number } {
  const outer = origin.macros[origin.macros.length - 1];
  return outer ? { line: outer.line, column: outer.column } : { line: origin.line, column: origin.column };
}
