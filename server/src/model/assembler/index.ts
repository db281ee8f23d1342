// Assembling a `.S` or `.s` file into the object model: the C preprocessor (with the bundled
// kernel prelude when no kernel tree is configured), then GNU as semantics, then the same
// ObjectFile the listing loader builds, with every diagnostic mapped back to the line the
// user wrote and the macro expansions that led there.
import { dirname, isAbsolute } from 'node:path';
import { preprocess, type ExpansionStep, type MacroDefinition, type SourceMap } from '../../parse/preprocess';
import { readIncludedText, readSourceBytesIfPresent, readSourceFile, SourceError } from '../../parse/source';
import type { ExpansionLevel, FilePosition, ObjectFile, SourceLocation } from '../object';
import { Assembler } from './assembler';
import { writtenAt, type Origin, type Severity } from './diagnostics';
import { finish, type AssembledObject } from './layout';
import type { MacroDefinition as AsmMacroDefinition } from './macros';
import { toObjectFile } from './model';
import { preludeIncludes, type PreludeNote } from './prelude';

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

export interface AssembleResult {
  object: ObjectFile;
  /** The ELF-level result: section types, flags and alignment, the symbol table in order. */
  assembled: AssembledObject;
  diagnostics: AssemblyDiagnostic[];
  /** The C macro table after the file (`#define`s of the file, its headers and the prelude), for the editor. */
  macros: Map<string, MacroDefinition>;
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

  const assembler = new Assembler({
    machine: options.machine,
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
  const locate = locator(path, map);
  for (const d of assembler.diagnostics) diagnostics.push(describe(d.severity, d.code, d.message, d.origin, locate));
  const lines = lineTables(texts);
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
  return { object, assembled, diagnostics, macros, asMacros, inactive };
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
