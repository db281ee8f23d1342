// Assembling a `.S` or `.s` file into the object model: the C preprocessor (with the bundled
// kernel prelude when no kernel tree is configured), then GNU as semantics, then the same
// ObjectFile the listing loader builds, with every diagnostic mapped back to the line the
// user wrote and the macro expansions that led there.
import { dirname, isAbsolute } from 'node:path';
import { preprocess, type ExpansionStep, type MacroDefinition, type OriginalPosition, type SourceMap } from '../../parse/preprocess';
import { readIncludedText, readSourceBytesIfPresent, readSourceFile, SourceError } from '../../parse/source';
import type { ExpansionLevel, FilePosition, ObjectFile, SourceLocation } from '../object';
import { Assembler } from './assembler';
import { writtenAt, type Origin, type Severity } from './diagnostics';
import { finish, type AssembledObject } from './layout';
import type { MacroDefinition as AsmMacroDefinition } from './macros';
import { toObjectFile } from './model';
import { preludeIncludes, type PreludeNote } from './prelude';
import { collapseUnknownNames } from './unknownNames';

export type { AssembledObject, AssembledSection, AssembledSymbol, AssembledRelocation } from './layout';

export interface AssembleOptions {
  /** `-I DIR`, searched in order. */
  includePaths?: string[];
  /** `-include FILE`: read before the file (a kernel build's kconfig.h). */
  forcedIncludes?: string[];
  /** `-D NAME[=VALUE]` (`-D NAME` is `'1'`). */
  defines?: Record<string, string>;
  /** `-U NAME`, after the defines. */
  undefines?: string[];
  /**
   * Reads a file (unsaved editor buffers, tests); undefined when absent, a SourceError when it is
   * there but cannot be read. Default: the file system, through parse/source.
   */
  readFile?: (path: string) => string | undefined;
  /**
   * Use the bundled kernel prelude: it is read before the file (ppc_asm.h-style macros,
   * asm-offsets constants, `r0`..`r31`), and `<asm/...>`/`<linux/...>` headers it does not
   * have read as empty, each with an info diagnostic. For files outside a built kernel tree.
   */
  prelude?: boolean;
  /** Run the C preprocessor; default: for `.S` and `.sx` files. */
  preprocess?: boolean;
  /** Told each statement the assembler runs, with the line it was written on. */
  onStatement?: (statement: WrittenStatement) => void;
  /** The CPU GNU as was told (`-mpower8`...): picks the alignment nops. Default power8. */
  machine?: string;
}

export interface AsmLocation {
  path: string;
  /** 0-based. */
  line: number;
  column: number;
}

export interface AssemblyDiagnostic extends AsmLocation {
  severity: Severity;
  code: string;
  message: string;
  /** Where the text was spelled when a macro produced it (a `#define` body, a `.macro` body). */
  spelling: AsmLocation;
  /** C preprocessor expansions, innermost first; the last one is written in the source. */
  expansions: ExpansionStep[];
  /** GNU as macro, `.rept` and `.irp` expansions, innermost first. */
  macros: (AsmLocation & { name: string })[];
}

/** A statement as the assembler ran it, after the C preprocessor and GNU as macros. */
export interface WrittenStatement {
  text: string;
  /** The line the user wrote that produced it. */
  written: AsmLocation;
  /** The GNU as macros (`.macro` names, `.rept`, `.irp`) it came out of, innermost first. */
  macros: string[];
}

export interface AssembleResult {
  object: ObjectFile;
  /** The ELF-level result: section types, flags and alignment, the symbol table in order. */
  assembled: AssembledObject;
  diagnostics: AssemblyDiagnostic[];
  /** The C macro table after the file (`#define`s of the file, its headers and the prelude), for the editor. */
  macros: Map<string, MacroDefinition>;
  /** The C preprocessor's output and its map back to the sources, for a `.S` file. */
  preprocessed?: { text: string; map: SourceMap };
  /** The GNU as macros after the file, where their `.macro` line was written, for the editor. */
  asMacros: AsMacro[];
  /** Lines of the file in skipped `#if` groups, as pairs of first and last line (0-based). */
  inactive: number[];
}

export interface AsMacro extends AsmLocation {
  name: string;
  /** As `.macro` declares them: `b=1`, `c:req`, `d:vararg`. */
  parameters: string[];
}

/** Reads and assembles a file; I/O problems (missing, binary, too large) become one diagnostic. */
export function assembleFile(path: string, options: AssembleOptions = {}): AssembleResult {
  let text: string | undefined;
  let failure: string | undefined;
  if (options.readFile) {
    text = options.readFile(path);
    if (text === undefined) failure = `${path}: no such file`;
  } else {
    try {
      text = readSourceFile(path);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      failure = err.message;
    }
  }
  if (text === undefined) {
    const result = assembleSource(path, '', { ...options, preprocess: false });
    const at = { path, line: 0, column: 0 };
    result.diagnostics.unshift({ ...at, severity: 'error', code: 'io', message: failure!, spelling: at, expansions: [], macros: [] });
    return result;
  }
  return assembleSource(path, text, options);
}

/** Assembles `text` as the contents of `path`. */
export function assembleSource(path: string, text: string, options: AssembleOptions = {}): AssembleResult {
  const texts = new Map<string, string>([[path, text]]);
  const read = (file: string): string | undefined => {
    if (texts.has(file)) return texts.get(file);
    const content = options.readFile ? options.readFile(file) : readIncludedText(file);
    if (content !== undefined) texts.set(file, content);
    return content;
  };
  const diagnostics: AssemblyDiagnostic[] = [];
  const runCpp = options.preprocess ?? /\.(S|sx)$/.test(path);
  let input = text;
  let map: SourceMap | undefined;
  let macros = new Map<string, MacroDefinition>();
  let inactive: number[] = [];
  const notes: PreludeNote[] = [];
  if (runCpp) {
    const prelude = options.prelude ? preludeIncludes(read, notes) : undefined;
    const result = preprocess({ path, text }, {
      includePaths: [...(options.includePaths ?? []), ...(prelude?.includePaths ?? [])],
      defines: options.defines,
      undefines: options.undefines,
      forcedIncludes: [...(prelude?.forcedIncludes ?? []), ...(options.forcedIncludes ?? [])],
      readFile: prelude?.readFile ?? read,
    });
    input = result.text;
    map = result.map;
    macros = result.macros;
    inactive = result.inactive;
    for (const d of result.diagnostics) {
      const at = { path: d.path, line: d.line, column: d.column };
      diagnostics.push({ ...at, severity: d.severity, code: 'cpp-' + d.code, message: d.message, spelling: at, expansions: [], macros: [] });
    }
    for (const note of notes) {
      const at = locateInclude(texts, note.header) ?? { path, line: 0, column: 0 };
      diagnostics.push({ ...at, severity: 'info', code: 'prelude-header', message: `<${note.header}> is not in the bundled prelude: read as empty`, spelling: at, expansions: [], macros: [] });
    }
  }

  const locate = locator(path, map);
  const onStatement = options.onStatement;
  const assembler = new Assembler({
    machine: options.machine,
    onStatement: onStatement && ((s) => {
      const w = writtenAt(s.origin);
      onStatement({ text: s.text, written: locate(w.line, w.column, s.origin.macros.length ? undefined : s.origin.file).at, macros: s.origin.macros.map((m) => m.name) });
    }),
    include: (name) => {
      try {
        const candidates = isAbsolute(name) ? [name] : [dirname(path), ...(options.includePaths ?? [])].map((dir) => `${dir}/${name}`);
        for (const file of candidates) {
          const content = read(file);
          if (content !== undefined) return { path: file, text: content };
        }
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        return { error: err.message };
      }
      return undefined;
    },
    // GNU as looks for an .incbin file as named, then in each -I directory.
    includeBinary: (name) => {
      try {
        for (const file of [name, ...(options.includePaths ?? []).map((dir) => `${dir}/${name}`)]) {
          const bytes = readSourceBytesIfPresent(file);
          if (bytes) return { path: file, bytes };
        }
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        return { error: err.message };
      }
      return undefined;
    },
  });
  assembler.run(input);
  const assembled = finish(assembler);
  const lines = lineTables(texts);
  const inputLines = lineTables(new Map([['', input]]));
  const inputLine = (n: number) => lineText(inputLines(''), n);
  for (const d of assembler.diagnostics) {
    const diagnostic = describe(d.severity, d.code, d.message, d.origin, locate);
    if (map && !d.origin.file && !d.origin.macros.length) diagnostic.message = quoteWritten(diagnostic.message, d.origin.line, inputLine(d.origin.line), map, diagnostic, lineText(lines(diagnostic.path), diagnostic.line));
    diagnostics.push(diagnostic);
  }
  const reported = options.prelude && runCpp ? collapseUnknownNames(diagnostics, {
    texts,
    macros,
    defined: new Set([...assembled.symbols.filter((s) => s.section !== 'undefined').map((s) => s.name), ...assembler.macros.keys()]),
    undefinedSymbols: assembled.symbols.filter((s) => s.section === 'undefined').map((s) => ({ name: s.name, at: s.origin && describe('warning', '', '', s.origin, locate) })),
  }) : diagnostics;
  // Statements repeated by `.rept` or a macro share their origin: located once.
  const located = new Map<Origin | undefined, SourceLocation>();
  const at = (origin: Origin | undefined) => {
    let location = located.get(origin);
    if (!location) located.set(origin, (location = sourceLocation(origin, locate, lines)));
    return location;
  };
  const chain = expansionChains(locate, macros, assembler.macros);
  const object = toObjectFile(path, assembled, at, (origin) => {
    if (origin.macros.length === 0 && origin.file) return undefined;
    const { spelling, expansions } = locate(origin.line, origin.column, origin.file);
    if (origin.macros.length === 0 && expansions.length === 0) return undefined;
    const source = at(origin);
    const spelled = spelling.path !== source.file || spelling.line !== source.range.start.line ? { file: spelling.path, line: spelling.line } : undefined;
    return { ...(spelled ? { spelled } : {}), expansion: chain(origin) };
  });
  const asMacros = [...assembler.macros.values()].map((m) => ({
    name: m.name,
    parameters: m.parameters.map((p) => `${p.name}${p.defaultValue !== undefined ? `=${p.defaultValue}` : ''}${p.required ? ':req' : ''}${p.vararg ? ':vararg' : ''}`),
    ...locate(m.origin.line, m.origin.column, m.origin.file).spelling,
  }));
  return { object, assembled, diagnostics: reported, macros, asMacros, inactive, preprocessed: map && { text: input, map } };
}

/**
 * Each statement's expansion chain, outermost first: for every GNU as expansion (outermost
 * first), the C macros that wrote its invocation and then the expansion itself; last, the C
 * macros that wrote the statement. Statements of one expansion share their chain's levels.
 */
function expansionChains(locate: Locate, cpp: Map<string, MacroDefinition>, gas: Map<string, AsmMacroDefinition>): (origin: Origin) => ExpansionLevel[] {
  const instances = new Map<unknown, number>();
  const instance = (key: unknown) => {
    let id = instances.get(key);
    if (id === undefined) instances.set(key, (id = instances.size));
    return id;
  };
  const chains = new Map<Origin, ExpansionLevel[]>();
  const position = (p: AsmLocation): FilePosition => ({ file: p.path, line: p.line, column: p.column });
  const gasDefinition = (name: string) => {
    const origin = gas.get(name.toLowerCase())?.origin;
    return origin && position(locate(origin.line, origin.column, origin.file).spelling);
  };
  return (origin) => {
    let levels = chains.get(origin);
    if (levels) return levels;
    levels = [];
    let parent = -1;
    const preprocessed = (expansions: ExpansionStep[]) => {
      for (let i = expansions.length - 1; i >= 0; i--) {
        const e = expansions[i];
        const defined = cpp.get(e.macro)?.location;
        parent = instance(`${parent} ${e.macro} ${e.path}:${e.line}:${e.column}`);
        levels!.push({ kind: 'cpp', name: e.macro, at: { file: e.path, line: e.line, column: e.column }, ...(defined ? { definition: { file: defined.path, line: defined.line, column: defined.column } } : {}), instance: parent });
      }
    };
    for (let k = origin.macros.length - 1; k >= 0; k--) {
      const step = origin.macros[k];
      const invoked = locate(step.line, step.column);
      preprocessed(invoked.expansions);
      const repeat = step.name.startsWith('.');
      const definition = repeat ? position(invoked.spelling) : gasDefinition(step.name);
      // A step is made once per expansion: its identity is the expansion's.
      parent = instance(step);
      levels.push({ kind: repeat ? 'repeat' : 'macro', name: step.name, at: position(invoked.spelling), ...(definition ? { definition } : {}), instance: parent });
    }
    preprocessed(locate(origin.line, origin.column, origin.file).expansions);
    chains.set(origin, levels);
    return levels;
  };
}

type Locate = (line: number, column: number, file?: string) => { at: AsmLocation; spelling: AsmLocation; expansions: ExpansionStep[] };

function locator(path: string, map: SourceMap | undefined): Locate {
  return (line, column, file) => {
    if (file || !map) {
      const at = { path: file ?? path, line, column };
      return { at, spelling: at, expansions: [] };
    }
    const original = map.originalPosition(line, column);
    if (!original) {
      const at = { path, line, column };
      return { at, spelling: at, expansions: [] };
    }
    const spelling = { path: original.path, line: original.line, column: original.column };
    const outer = original.expansions[original.expansions.length - 1];
    const at = outer ? { path: outer.path, line: outer.line, column: outer.column } : spelling;
    return { at, spelling, expansions: original.expansions };
  };
}

function describe(severity: Severity, code: string, message: string, origin: Origin, locate: Locate): AssemblyDiagnostic {
  const own = locate(origin.line, origin.column, origin.file);
  const macros = origin.macros.map((m) => ({ name: m.name, ...locate(m.line, m.column).at }));
  const written = origin.macros.length ? locate(writtenAt(origin).line, writtenAt(origin).column) : own;
  return { ...written.at, severity, code, message, spelling: own.spelling, expansions: own.expansions, macros };
}

/** The line the user wrote, as a range over the rest of that line. */
function sourceLocation(origin: Origin | undefined, locate: Locate, lines: (path: string) => { text: string; starts: number[] }): SourceLocation {
  const w = origin ? (origin.macros.length ? writtenAt(origin) : origin) : { line: 0, column: 0 };
  const { at } = locate(w.line, w.column, origin?.macros.length ? undefined : origin?.file);
  const { text, starts } = lines(at.path);
  const lineStart = starts[Math.min(at.line, starts.length - 1)];
  const lineEnd = text.indexOf('\n', lineStart);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const start = Math.min(lineStart + at.column, end);
  return {
    file: at.path,
    range: {
      start: { line: at.line, column: start - lineStart },
      end: { line: at.line, column: end - lineStart },
      startIndex: start,
      endIndex: end,
    },
  };
}

function lineText(file: { text: string; starts: number[] }, n: number): string {
  const start = file.starts[n];
  if (start === undefined) return '';
  const end = file.text.indexOf('\n', start);
  return file.text.slice(start, end < 0 ? file.text.length : end);
}

/**
 * A message's quotes of preprocessed text (`'MTMSRD(%r0)'`) as the user wrote them on the
 * line (`'MTMSRD(r0)'`): each quote is found on the preprocessor's output line and its ends
 * mapped back. An end spelled inside a macro's body stands for the whole invocation. A quote
 * that does not map onto the written line (reordered arguments, text from a header) stays.
 */
function quoteWritten(message: string, outputLine: number, output: string, map: SourceMap, written: AsmLocation, source: string): string {
  return message.replace(/'([^'\n]+)'/g, (quote, quoted: string) => {
    const pattern = new RegExp(quoted.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[ \\t]*'));
    const found = pattern.exec(output);
    if (!found) return quote;
    const first = map.originalPosition(outputLine, found.index);
    const last = map.originalPosition(outputLine, found.index + found[0].length - 1);
    if (!first || !last) return quote;
    const onLine = (p: { path: string; line: number }) => p.path === written.path && p.line === written.line;
    const invocation = (p: OriginalPosition) => p.expansions[p.expansions.length - 1];
    const startStep = onLine(first) ? first : invocation(first);
    const endStep = onLine(last) ? undefined : invocation(last);
    if (!startStep || !onLine(startStep) || (endStep && !onLine(endStep))) return quote;
    const start = startStep.column;
    const end = endStep ? invocationEnd(source, endStep.column) : last.column + 1;
    const text = source.slice(start, end);
    return end > start && text !== quoted ? `'${text}'` : quote;
  });
}

/** Where a macro invocation written at `column` ends: its name, then its parenthesised arguments if any. */
function invocationEnd(line: string, column: number): number {
  let i = column + (/^[A-Za-z_$][\w$]*/.exec(line.slice(column))?.[0].length ?? 0);
  const open = /^[ \t]*\(/.exec(line.slice(i));
  if (!open) return i;
  i += open[0].length;
  for (let depth = 1; i < line.length && depth > 0; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')') depth--;
  }
  return i;
}

/** Line start offsets of each file read, computed once per file. */
function lineTables(texts: Map<string, string>): (path: string) => { text: string; starts: number[] } {
  const cache = new Map<string, { text: string; starts: number[] }>();
  return (path) => {
    let entry = cache.get(path);
    if (!entry) {
      const text = texts.get(path) ?? '';
      const starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      entry = { text, starts };
      cache.set(path, entry);
    }
    return entry;
  };
}

/** Where a file says `#include <header>`, for the note about a header the prelude lacks. */
function locateInclude(texts: Map<string, string>, header: string): AsmLocation | undefined {
  const pattern = new RegExp(`^[ \\t]*#[ \\t]*include[ \\t]*<${header.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}>`, 'm');
  for (const [path, text] of texts) {
    const m = pattern.exec(text);
    if (m) return { path, line: text.slice(0, m.index).split('\n').length - 1, column: 0 };
  }
  return undefined;
}
