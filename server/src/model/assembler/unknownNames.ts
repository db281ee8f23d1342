// Files read with the bundled prelude instead of their kernel tree: a kernel macro or constant
// the prelude lacks makes errors wherever its expansions go (once per `.rept` pass, once per
// operand, on the label before it). They become one diagnostic per name, where the user wrote
// the name, saying how to give Tocsin the tree; identical errors of one written line repeated by
// GNU as macro expansions are reported once.
import type { MacroDefinition } from '../../parse/preprocess';
import type { AsmLocation, AssemblyDiagnostic } from './index';

/** The spelling of kernel constants and C macros: `THREAD`, `SPRN_SRR0`, `PPC_BCCTR_FLUSH`. */
const KERNEL_CONSTANT = /^[A-Z_][A-Z0-9_]*$/;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;

export const UNKNOWN_NAME_HINT = 'give Tocsin the kernel build directory (check/asm -p BUILD_DIR, or the tocsin.buildDirectory setting) to read the kernel headers';

export interface UnknownNameContext {
  /** Every file the preprocessor read, by path. */
  texts: Map<string, string>;
  /** C macros defined after the file: a name here is known. */
  macros: Map<string, MacroDefinition>;
  /** Symbols the file defines (labels, `.set`) and its GNU as macros (lower case, as GNU as looks them up). */
  defined: Set<string>;
  /** Undefined symbols the object references, with where the first reference was written when known. */
  undefinedSymbols: { name: string; at?: AsmLocation }[];
}

export function collapseUnknownNames(diagnostics: AssemblyDiagnostic[], context: UnknownNameContext): AssemblyDiagnostic[] {
  const out: AssemblyDiagnostic[] = [];
  const reported = new Set<string>();
  const seen = new Set<string>();
  const firstWritten = firstPlaces(context.texts);
  const unknown = (name: string, anyCase: boolean) =>
    (anyCase || (KERNEL_CONSTANT.test(name) && /[A-Z]/.test(name))) && !context.macros.has(name) && !context.defined.has(name) && !context.defined.has(name.toLowerCase());
  const report = (name: string, near: AsmLocation[], fallback: AsmLocation | undefined, severity: AssemblyDiagnostic['severity'], what: string) => {
    if (reported.has(name)) return;
    reported.add(name);
    const at = near.map((l) => writtenIn(context.texts, l, name)).find((l) => l) ?? firstWritten(name) ?? fallback;
    if (!at) return;
    out.push({ ...at, severity, code: 'prelude-unknown', message: `'${name}' ${what}: the bundled kernel prelude does not define it; ${UNKNOWN_NAME_HINT}`, spelling: at, expansions: [], macros: [] });
  };
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.code === 'prelude-unknown') {
      out.push(d);
      continue;
    }
    const near = [d.spelling, d as AsmLocation];
    const lines = near.map((l) => lineText(context.texts, l));
    const instruction = /^unknown instruction '([^']+)'/.exec(d.message)?.[1];
    const names: { name: string; what: string }[] = [];
    if (instruction) {
      // The assembler names the mnemonic in lower case: take the user's spelling from the line.
      const written = lines.flatMap((t) => t.match(WORD) ?? []).find((w) => w.toLowerCase() === instruction) ?? instruction;
      if (unknown(written, true)) names.push({ name: written, what: 'is not an instruction or a known macro' });
    } else {
      const inMessage = [...d.message.matchAll(/'([^']*)'/g)].map((m) => m[1]).join(' ') + ' ' +
        (/(?:cannot combine symbols|: )([A-Za-z0-9_, ]+?) (?:is not a constant|in one expression)/.exec(d.message)?.[1] ?? '');
      let candidates = (inMessage.match(WORD) ?? []).filter((w) => unknown(w, false));
      // Else the line that spelled the statement (a macro body), then the line that invoked it.
      for (const text of lines) if (candidates.length === 0) candidates = (text.match(WORD) ?? []).filter((w) => unknown(w, false));
      for (const name of new Set(candidates)) names.push({ name, what: 'is not a known constant or macro' });
    }
    if (names.length) {
      for (const { name, what } of names) report(name, near, d, 'error', what);
      continue;
    }
    const key = `${d.path}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  // A constant used only where a symbol may stand (an offset, an immediate) assembles to a
  // relocation against it: GNU as accepts that, the kernel would not link it.
  for (const { name, at } of context.undefinedSymbols) {
    if (unknown(name, false)) report(name, at ? [at] : [], at, 'warning', 'is assembled as an undefined symbol');
  }
  return out;
}

/** Line start offsets per file, computed once: diagnostics may be many and files long. */
const lineStarts = new WeakMap<Map<string, string>, Map<string, number[]>>();

/** The line's text (with the lines a trailing backslash continues it onto) without comments. */
function lineText(texts: Map<string, string>, at: AsmLocation): string {
  const text = texts.get(at.path);
  if (text === undefined) return '';
  let byPath = lineStarts.get(texts);
  if (!byPath) lineStarts.set(texts, (byPath = new Map()));
  let starts = byPath.get(at.path);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    byPath.set(at.path, starts);
  }
  const start = starts[at.line];
  if (start === undefined) return '';
  let end = text.indexOf('\n', start);
  while (end > 0 && text[end - 1] === '\\') end = text.indexOf('\n', end + 1);
  return withoutComments(text.slice(start, end < 0 ? undefined : end));
}

/** Comments blanked out, columns kept. */
function withoutComments(line: string): string {
  return line.replace(/\/\*.*?(\*\/|$)|\/\/.*$/g, (m) => ' '.repeat(m.length));
}

/** `at`'s line with the column of `name` on it, when the name is written there. */
function writtenIn(texts: Map<string, string>, at: AsmLocation, name: string): AsmLocation | undefined {
  const column = wordIndex(lineText(texts, at).split('\n')[0], name);
  return column < 0 ? undefined : { path: at.path, line: at.line, column };
}

/** Where each word is first written in the files read (the file first), built once when needed. */
function firstPlaces(texts: Map<string, string>): (name: string) => AsmLocation | undefined {
  let places: Map<string, AsmLocation> | undefined;
  return (name) => {
    if (!places) {
      places = new Map();
      for (const [path, text] of texts) {
        const lines = text.split('\n');
        for (let line = 0; line < lines.length; line++) {
          for (const m of withoutComments(lines[line]).matchAll(WORD)) if (!places.has(m[0])) places.set(m[0], { path, line, column: m.index! });
        }
      }
    }
    return places.get(name);
  };
}

function wordIndex(text: string, name: string): number {
  for (const m of text.matchAll(WORD)) if (m[0] === name) return m.index!;
  return -1;
}
