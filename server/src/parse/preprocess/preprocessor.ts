// The C preprocessor as gcc runs it on kernel `.S` files (`-x assembler-with-cpp`):
// directives, includes, conditionals and the printer that lays the expanded tokens out
// one output line per physical source line, spaced the way `gcc -E` spaces them.
import { dirname, isAbsolute } from 'node:path';
import { evaluateExpression, ExpressionError } from './expression';
import { Lexer, Token, TokenFlag } from './lexer';
import {
  definitionsDiffer,
  Expander,
  parseDefine,
  type ExpansionEnvironment,
  type MacroDefinition,
  type SourcePosition,
  type TokenSource,
} from './macros';
import { SourceMapBuilder, type SourceMap } from './source-map';
import { predefinedMacros } from './predefined';
import { readIncludedText, SourceError } from '../source';

const { BOL, PREV_WHITE } = TokenFlag;

export interface PreprocessInput {
  path: string;
  text: string;
}

export interface PreprocessOptions {
  /** Searched in order for `<...>`, and after the including file's directory for `"..."`. */
  includePaths: string[];
  /** `-D NAME=VALUE`; an empty value is written `''`, `-D NAME` is `'1'`. */
  defines?: Record<string, string>;
  /** `-U NAME`, applied after the defines. */
  undefines?: string[];
  /** `-include FILE`: read before the input, as if included at its top. */
  forcedIncludes?: string[];
  /**
   * Reads a file (tests, unsaved editor buffers); undefined when absent, a SourceError when it
   * is there but cannot be read. Default: the file system, through parse/source.
   */
  readFile?: (path: string) => string | undefined;
  /** Default 'ppc64le-kernel': what powerpc64le-linux-gnu-gcc predefines, plus __KERNEL__ and __ASSEMBLY__. */
  predefined?: 'ppc64le-kernel' | 'none';
  /** Include nesting limit (gcc: 200). */
  maxIncludeDepth?: number;
  /** Budget of macro expansions plus substituted tokens before expansion stops. */
  maxExpansionSteps?: number;
}

export interface PreprocessDiagnostic {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface PreprocessResult {
  /** Expanded text: one line per physical line of every file read, in reading order. */
  text: string;
  map: SourceMap;
  diagnostics: PreprocessDiagnostic[];
  /** Files read, in order (a file skipped by its include guard or `#pragma once` is not read again). */
  includes: string[];
  /** Macro table at the end, with each definition's location. */
  macros: Map<string, MacroDefinition>;
  /** Lines of the input file in skipped `#if` groups, as pairs of first and last line (0-based). */
  inactive: number[];
}

const DEFAULT_MAX_INCLUDE_DEPTH = 200;
const DEFAULT_MAX_EXPANSION_STEPS = 16_000_000;
const BUILTIN_NAMES = ['__LINE__', '__FILE__', '__BASE_FILE__', '__COUNTER__', '__INCLUDE_LEVEL__'];
const CONDITIONALS = new Set(['if', 'ifdef', 'ifndef', 'elif', 'elifdef', 'elifndef', 'else', 'endif']);

/** Include-guard detection: a file that is one `#ifndef X` ... `#endif` block is skipped later while X is defined. */
const enum Guard {
  Start,
  Inside,
  After,
  Invalid,
}

interface Conditional {
  directive: Token;
  skipping: boolean;
  /** A branch was taken (or the whole group sits in skipped text): later branches are skipped. */
  taken: boolean;
  sawElse: boolean;
  /** The group began inside skipped text. */
  nested: boolean;
  /** In the input file: the first line of the skipped text this group is in now. */
  inactiveFrom?: number;
}

interface OpenFile {
  path: string;
  file: number;
  lexer: Lexer;
  /** Output line of this file's line 0. */
  base: number;
  /** The includer's line that follows the #include: it comes right after this file's lines. */
  resumeLine: number;
  /** Index in the include path list where the file was found (for #include_next), or -1. */
  foundAt: number;
  /** `#line`: presumed name and the offset from physical to presumed 1-based line. */
  presumedName: string;
  lineDelta: number;
  conditionals: Conditional[];
  line: Token[];
  linePos: number;
  guard: Guard;
  guardMacro: string;
}

/** An Eof that ends the current file; the next read pops it (so arguments cannot run past it). */
const END_OF_FILE = new Token('eof', '', 0, -1, 0, 0, -1);

export function preprocess(input: PreprocessInput, options: PreprocessOptions): PreprocessResult {
  return new Preprocessor(options).run(input);
}

class Preprocessor implements TokenSource, ExpansionEnvironment {
  readonly macros = new Map<string, MacroDefinition>();
  readonly disabled = new Set<MacroDefinition>();
  private readonly diagnostics: PreprocessDiagnostic[] = [];
  private readonly includes: string[] = [];
  private readonly inactive: number[] = [];
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private readonly stack: OpenFile[] = [];
  private readonly pushedBack: Token[] = [];
  /** Forced includes, then the input: each is opened when the previous one is done. */
  private readonly queued: { path: string; text: string; foundAt: number }[] = [];
  private readonly guards = new Map<string, string>();
  private readonly onceFiles = new Set<string>();
  private readonly pushedMacros = new Map<string, (MacroDefinition | undefined)[]>();
  private readonly readCache = new Map<string, string | undefined | SourceError>();
  private readonly readFile: (path: string) => string | undefined;
  private readonly maxIncludeDepth: number;
  private readonly stepBudget: number;
  private steps = 0;
  private counter = 0;
  private basePath = '';
  private readonly out = new Printer(new SourceMapBuilder());

  constructor(private readonly options: PreprocessOptions) {
    this.readFile = options.readFile ?? readIncludedText;
    this.maxIncludeDepth = options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH;
    this.stepBudget = options.maxExpansionSteps ?? DEFAULT_MAX_EXPANSION_STEPS;
  }

  run(input: PreprocessInput): PreprocessResult {
    this.basePath = input.path;
    for (const name of BUILTIN_NAMES) this.macros.set(name, { name, functionLike: false, params: [], variadic: false, body: [], builtin: true });
    if ((this.options.predefined ?? 'ppc64le-kernel') === 'ppc64le-kernel') {
      this.defineFromText('<built-in>', predefinedMacros());
    }
    const commandLine = Object.entries(this.options.defines ?? {}).map(([name, value]) => `#define ${name} ${value}`);
    this.defineFromText('<command-line>', commandLine);
    for (const name of this.options.undefines ?? []) this.macros.delete(name);

    const expander = new Expander(this, this, false);
    for (const forced of this.options.forcedIncludes ?? []) {
      // Like gcc, a forced include is looked for in the working directory before the include paths.
      try {
        const text = this.read(forced);
        const found = text !== undefined ? { path: forced, text, index: -1 } : this.resolveInclude(forced, false, undefined);
        if (found) this.queued.push({ path: found.path, text: found.text, foundAt: found.index });
        else this.report(this.basePath, 0, 0, 'error', 'include-not-found', `${forced}: No such file or directory`);
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        this.report(this.basePath, 0, 0, 'error', 'include-unreadable', err.message);
      }
    }
    this.queued.push({ path: input.path, text: input.text, foundAt: -1 });
    this.openQueued();
    for (;;) {
      const token = expander.next();
      if (token.kind === 'eof') {
        if (this.stack.length === 0) break;
        continue;
      }
      this.out.print(token);
    }
    return {
      text: this.out.text(),
      map: this.out.map.finish(this.files),
      diagnostics: this.diagnostics,
      includes: this.includes,
      macros: this.macros,
      inactive: this.inactive,
    };
  }

  // ---- TokenSource: the file stack, with directives handled as lines are reached ----

  next(expander: Expander): Token {
    for (;;) {
      let token = this.pushedBack.pop();
      const file = this.stack[this.stack.length - 1];
      if (!token) {
        if (!file) return END_OF_FILE;
        if (file.linePos < file.line.length) {
          token = file.line[file.linePos++];
        } else {
          const line = file.lexer.nextLine();
          if (line === null) {
            // Arguments may not run past the end of a file: gcc ends them there.
            if (expander.parsingArgs) return END_OF_FILE;
            this.closeFile();
            if (this.stack.length === 0 && !this.openQueued()) return END_OF_FILE;
            continue;
          }
          if (line.length === 0) continue;
          file.line = line;
          file.linePos = 0;
          if (line[0].kind !== 'hash') {
            if (this.skipping(file)) {
              file.linePos = line.length;
              continue;
            }
            if (file.guard !== Guard.Inside) file.guard = Guard.Invalid;
          }
          continue;
        }
      }
      if (token.flags & BOL) {
        // A line break inside macro arguments is whitespace.
        if (expander.parsingArgs === 2) token.flags |= PREV_WHITE;
        // A `#` met while looking for a macro's `(` is handled once it is read again.
        if (token.kind === 'hash' && file && expander.parsingArgs !== 1 && this.directive(file, token)) continue;
        if (expander.parsingArgs === 0 && file) this.out.lineChange(token, file);
      }
      return token;
    }
  }

  pushBack(token: Token): void {
    if (token !== END_OF_FILE) this.pushedBack.push(token);
  }

  // ---- ExpansionEnvironment ----

  recordExpansion(macro: string, at: Token): number {
    return this.out.map.addExpansion(macro, at.file, at.line, at.column, at.expansion);
  }

  builtin(name: string, at: Token, line: number): Token {
    const file = this.stack[this.stack.length - 1];
    let text: string;
    let kind: 'number' | 'string' = 'number';
    switch (name) {
      case '__LINE__':
        text = String(line + 1 + (file?.lineDelta ?? 0));
        break;
      case '__COUNTER__':
        text = String(this.counter++);
        break;
      case '__INCLUDE_LEVEL__':
        text = String(Math.max(this.stack.length - 1, 0));
        break;
      default:
        kind = 'string';
        text = JSON.stringify(name === '__FILE__' ? file?.presumedName ?? this.basePath : this.basePath);
    }
    return new Token(kind, text, 0, at.file, at.line, at.column, at.expansion);
  }

  error(at: Token, code: string, message: string): void {
    this.reportAt(at, 'error', code, message);
  }

  charge(at: Token, cost: number): boolean {
    if (this.steps > this.stepBudget) return false;
    this.steps += cost;
    if (this.steps <= this.stepBudget) return true;
    this.reportAt(at, 'error', 'expansion-limit',
      `macro expansion stopped after ${this.stepBudget} steps (a macro that expands without bound?); the rest is left unexpanded`);
    return false;
  }

  // ---- files ----

  private fileId(path: string): number {
    let id = this.fileIds.get(path);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(path);
      this.fileIds.set(path, id);
    }
    return id;
  }

  private openQueued(): boolean {
    const file = this.queued.shift();
    if (file) this.openFile(file.path, file.text, file.foundAt, undefined);
    return file !== undefined;
  }

  private openFile(path: string, text: string, foundAt: number, from: Token | undefined): void {
    const file = this.fileId(path);
    const lexer = new Lexer(text, file);
    const parent = this.stack[this.stack.length - 1];
    let base = this.out.lineCount;
    if (parent && from) {
      // The directive's own line comes first; the parent resumes after the included lines.
      this.out.advanceTo(parent.base + from.line, parent);
      base = parent.base + from.line + 1;
    }
    this.includes.push(path);
    this.stack.push({
      path, file, lexer, base, foundAt, resumeLine: from ? from.line + 1 : 0,
      presumedName: path, lineDelta: 0, conditionals: [], line: [], linePos: 0,
      guard: Guard.Start, guardMacro: '',
    });
  }

  private closeFile(): void {
    const file = this.stack.pop()!;
    for (const problem of file.lexer.problems) this.report(file.path, problem.line, problem.column, problem.severity, problem.code, problem.message);
    for (const open of file.conditionals) {
      this.reportAt(open.directive, 'error', 'unterminated-conditional', `unterminated #${open.directive.text}`);
    }
    if (file.lexer.physicalLines > 0) this.out.advanceTo(file.base + file.lexer.physicalLines - 1, file);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.base = this.out.lineCount - file.resumeLine;
    if (file.guard === Guard.After && file.guardMacro) this.guards.set(file.path, file.guardMacro);
  }

  /** A file's text; undefined when there is none; a SourceError thrown when it cannot be read. */
  private read(path: string): string | undefined {
    let text = this.readCache.get(path);
    if (!this.readCache.has(path)) {
      try {
        text = this.readFile(path);
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        text = err;
      }
      this.readCache.set(path, text);
    }
    if (text instanceof SourceError) throw text;
    return text;
  }

  private resolveInclude(name: string, angled: boolean, next: OpenFile | undefined): { path: string; text: string; index: number } | undefined {
    if (isAbsolute(name)) {
      const text = this.read(name);
      return text === undefined ? undefined : { path: name, text, index: -1 };
    }
    const current = this.stack[this.stack.length - 1];
    let start = 0;
    if (next && next.foundAt >= 0) {
      start = next.foundAt + 1;
    } else if (!angled && current) {
      const dir = dirname(current.path);
      const path = dir === '.' && !current.path.startsWith('./') ? name : `${dir}/${name}`;
      const text = this.read(path);
      if (text !== undefined) return { path, text, index: -1 };
    }
    const paths = this.options.includePaths;
    for (let i = start; i < paths.length; i++) {
      const path = `${paths[i].replace(/\/+$/, '')}/${name}`;
      const text = this.read(path);
      if (text !== undefined) return { path, text, index: i };
    }
    return undefined;
  }

  private defineFromText(path: string, lines: string[]): void {
    const file = this.fileId(path);
    const lexer = new Lexer(lines.join('\n'), file);
    for (let tokens = lexer.nextLine(); tokens; tokens = lexer.nextLine()) {
      if (tokens.length >= 2) this.define(tokens[1], tokens.slice(2));
    }
  }

  // ---- directives ----

  private skipping(file: OpenFile): boolean {
    const top = file.conditionals[file.conditionals.length - 1];
    return top !== undefined && top.skipping;
  }

  /** Handles the directive at `hash`; false when it is an assembler `#` line to pass through. */
  private directive(file: OpenFile, hash: Token): boolean {
    const line = file.line;
    const nameToken = line[file.linePos];
    const rest = line.slice(file.linePos + 1);
    const name = nameToken?.kind === 'name' ? nameToken.text : '';
    const skipping = this.skipping(file);
    if (skipping && !CONDITIONALS.has(name)) {
      file.linePos = line.length;
      return true;
    }
    if (!nameToken) {
      file.linePos = line.length;
      return true;
    }
    const known = CONDITIONALS.has(name) || DIRECTIVES.has(name);
    if (!known) {
      // Assembler mode: an unknown `#word` (a comment, `# 1 "file"`) is ordinary text.
      if (file.guard !== Guard.Inside) file.guard = Guard.Invalid;
      return false;
    }
    file.linePos = line.length;
    const depth = file.conditionals.length;
    if (depth === 0 && file.guard === Guard.Start && (name === 'ifndef' || name === 'if')) {
      const guardMacro = name === 'ifndef' ? (rest.length === 1 && rest[0].kind === 'name' ? rest[0].text : '') : guardFromIf(rest);
      file.guard = guardMacro ? Guard.Inside : Guard.Invalid;
      file.guardMacro = guardMacro;
    } else if (depth === 0 && file.guard !== Guard.Inside) {
      file.guard = Guard.Invalid;
    } else if (depth === 1 && file.guard === Guard.Inside && name !== 'endif' && CONDITIONALS.has(name) && !name.startsWith('if')) {
      file.guard = Guard.Invalid;
    }
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef':
        this.openConditional(file, nameToken, name, rest, skipping);
        break;
      case 'elif':
      case 'elifdef':
      case 'elifndef':
      case 'else':
        this.alternative(file, nameToken, name, rest);
        break;
      case 'endif':
        if (!file.conditionals.length) {
          this.reportAt(nameToken, 'error', 'unbalanced-conditional', '#endif without #if');
          break;
        }
        this.checkEndOfLine(file, nameToken, rest);
        this.inactiveBoundary(file, lastLine(nameToken, rest), true);
        file.conditionals.pop();
        if (file.conditionals.length === 0 && file.guard === Guard.Inside) file.guard = Guard.After;
        break;
      case 'define':
        this.define(nameToken, rest);
        break;
      case 'undef':
        this.undefine(nameToken, rest);
        break;
      case 'include':
      case 'include_next':
      case 'import':
        this.include(file, nameToken, rest);
        break;
      case 'line':
        this.lineDirective(file, nameToken, rest);
        break;
      case 'error':
      case 'warning':
        this.reportAt(hash, name === 'error' ? 'error' : 'warning', name === 'error' ? 'error-directive' : 'warning-directive',
          `#${name} ${spell(rest)}`.trimEnd());
        break;
      case 'pragma':
        this.pragma(file, rest);
        break;
      default:
        // #ident, #sccs, #assert, #unassert: nothing in assembler output.
        break;
    }
    return true;
  }

  private openConditional(file: OpenFile, directive: Token, name: string, rest: Token[], skipping: boolean): void {
    if (skipping) {
      file.conditionals.push({ directive, skipping: true, taken: true, sawElse: false, nested: true });
      return;
    }
    const value = name === 'if' ? this.evaluate(directive, rest) : this.ifdef(file, directive, name, rest);
    file.conditionals.push({ directive, skipping: !value, taken: value, sawElse: false, nested: false });
    this.inactiveBoundary(file, lastLine(directive, rest));
  }

  /** At a directive of the input file that starts, switches or ends a group: where skipped text stops and starts. */
  private inactiveBoundary(file: OpenFile, line: number, closing = false): void {
    const top = file.conditionals[file.conditionals.length - 1];
    if (!top || top.nested || file.path !== this.basePath) return;
    const from = top.inactiveFrom;
    if (from !== undefined && line > from) this.inactive.push(from, line - 1);
    top.inactiveFrom = !closing && top.skipping ? line + 1 : undefined;
  }

  private ifdef(file: OpenFile, directive: Token, name: string, rest: Token[]): boolean {
    const macro = rest[0];
    if (!macro) {
      this.reportAt(directive, 'error', 'directive-syntax', `no macro name given in #${name} directive`);
      return false;
    }
    if (macro.kind !== 'name') {
      this.reportAt(macro, 'error', 'directive-syntax', 'macro names must be identifiers');
      return false;
    }
    this.checkEndOfLine(file, directive, rest.slice(1));
    return this.macros.has(macro.text) === (name === 'ifdef' || name === 'elifdef');
  }

  private alternative(file: OpenFile, directive: Token, name: string, rest: Token[]): void {
    const top = file.conditionals[file.conditionals.length - 1];
    if (!top) {
      this.reportAt(directive, 'error', 'unbalanced-conditional', `#${name} without #if`);
      return;
    }
    if (top.sawElse) {
      this.reportAt(directive, 'error', 'unbalanced-conditional', `#${name} after #else`);
    }
    if (name === 'else') {
      if (!top.nested) this.checkEndOfLine(file, directive, rest);
      top.sawElse = true;
      top.skipping = top.taken;
      top.taken = true;
    } else if (top.taken) {
      top.skipping = true;
    } else {
      const value = name === 'elif' ? this.evaluate(directive, rest) : this.ifdef(file, directive, name, rest);
      top.skipping = !value;
      top.taken = value;
    }
    this.inactiveBoundary(file, lastLine(directive, rest));
  }

  private checkEndOfLine(file: OpenFile, directive: Token, rest: Token[]): void {
    const parentSkipping = file.conditionals.length > 1 && file.conditionals[file.conditionals.length - 2].skipping;
    if (rest.length && !parentSkipping) {
      this.reportAt(rest[0], 'warning', 'extra-tokens', `extra tokens at end of #${directive.text} directive`);
    }
  }

  private evaluate(directive: Token, rest: Token[]): boolean {
    const expander = new Expander(this, new LineSource(rest, directive), true);
    try {
      return evaluateExpression(expander, {
        isDefined: (name) => this.macros.has(name) || name === '__has_include' || name === '__has_include_next',
        hasInclude: (name, angled, next) => {
          try {
            return this.resolveInclude(name, angled, next ? this.stack[this.stack.length - 1] : undefined) !== undefined;
          } catch (err) {
            // It is there, though it cannot be read.
            if (err instanceof SourceError) return true;
            throw err;
          }
        },
      });
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      const at = err.at && err.at.kind !== 'eof' ? err.at : directive;
      this.reportAt(at, 'error', 'if-expression', err.message);
      return false;
    }
  }

  private define(directive: Token, rest: Token[]): void {
    const result = parseDefine(rest, (token) => this.position(token));
    if (!('name' in result)) {
      // `#define` alone has no token after it to point at: the directive's name stands in.
      this.reportAt(result.at ?? rest[0] ?? directive, 'error', result.code, result.message);
      return;
    }
    const old = this.macros.get(result.name);
    if (old?.builtin) {
      this.reportAt(rest[0], 'warning', 'builtin-redefined', `redefining builtin macro "${result.name}"`);
    } else if (old && definitionsDiffer(old, result)) {
      const where = old.location ? ` (previous definition at ${old.location.path}:${old.location.line + 1})` : '';
      this.reportAt(rest[0], 'warning', 'macro-redefined', `"${result.name}" redefined${where}`);
    }
    this.macros.set(result.name, result);
  }

  private undefine(directive: Token, rest: Token[]): void {
    const name = rest[0];
    if (!name || name.kind !== 'name') {
      this.reportAt(name ?? directive, 'error', 'directive-syntax', name ? 'macro names must be identifiers' : 'no macro name given in #undef directive');
      return;
    }
    if (this.macros.get(name.text)?.builtin) this.reportAt(name, 'warning', 'builtin-redefined', `undefining "${name.text}"`);
    this.macros.delete(name.text);
  }

  private include(file: OpenFile, directive: Token, rest: Token[]): void {
    let tokens = rest;
    if (!(tokens[0]?.kind === 'string' || (tokens[0]?.kind === 'punct' && tokens[0].text === '<'))) {
      tokens = this.expandLine(rest, directive);
    }
    const header = headerName(tokens);
    if (!header) {
      this.reportAt(directive, 'error', 'include-syntax', `#${directive.text} expects "FILENAME" or <FILENAME>`);
      return;
    }
    const next = directive.text === 'include_next' && this.stack.length > 1 ? file : undefined;
    let found: ReturnType<Preprocessor['resolveInclude']>;
    try {
      found = this.resolveInclude(header.name, header.angled, next);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      this.reportAt(tokens[0] ?? directive, 'error', 'include-unreadable', err.message);
      return;
    }
    if (!found) {
      const searched = [...(header.angled ? [] : [`${dirname(file.path)} (the including file's directory)`]), ...this.options.includePaths];
      this.reportAt(tokens[0] ?? directive, 'error', 'include-not-found',
        `${header.name}: No such file or directory (searched: ${searched.join(', ') || 'no include paths'})`);
      return;
    }
    if (this.onceFiles.has(found.path) || (directive.text === 'import' && this.includes.includes(found.path))) return;
    const guard = this.guards.get(found.path);
    if (guard && this.macros.has(guard)) return;
    if (this.stack.length >= this.maxIncludeDepth) {
      const chain = this.stack.map((open) => open.path).join(' -> ');
      this.reportAt(directive, 'error', 'include-depth',
        `#include nested depth ${this.stack.length} exceeds maximum of ${this.maxIncludeDepth} (include chain: ${chain} -> ${found.path})`);
      return;
    }
    this.openFile(found.path, found.text, found.index, directive);
  }

  private lineDirective(file: OpenFile, directive: Token, rest: Token[]): void {
    const tokens = this.expandLine(rest, directive);
    const number = tokens[0];
    if (!number || number.kind !== 'number' || !/^\d+$/.test(number.text)) {
      this.reportAt(number ?? directive, 'error', 'directive-syntax', `"${number?.text ?? ''}" after #line is not a positive integer`);
      return;
    }
    file.lineDelta = Number(number.text) - directive.line - 2;
    const name = tokens[1];
    if (name?.kind === 'string') file.presumedName = JSON.parse(name.text.replace(/\\(?!["\\])/g, '\\\\')) as string;
  }

  private pragma(file: OpenFile, rest: Token[]): void {
    const first = rest[0]?.text;
    if (first === 'once') {
      this.onceFiles.add(file.path);
      return;
    }
    if ((first === 'push_macro' || first === 'pop_macro') && rest[2]?.kind === 'string') {
      const name = rest[2].text.slice(1, -1);
      const saved = this.pushedMacros.get(name) ?? [];
      this.pushedMacros.set(name, saved);
      if (first === 'push_macro') {
        saved.push(this.macros.get(name));
      } else if (saved.length) {
        const macro = saved.pop();
        if (macro) this.macros.set(name, macro);
        else this.macros.delete(name);
      }
    }
  }

  private expandLine(tokens: Token[], directive: Token): Token[] {
    const expander = new Expander(this, new LineSource(tokens, directive), true);
    const out: Token[] = [];
    for (let token = expander.nextReal(); token.kind !== 'eof'; token = expander.nextReal()) out.push(token);
    return out;
  }

  // ---- diagnostics ----

  private position(token: Token): SourcePosition {
    return { path: this.files[token.file] ?? this.basePath, line: token.line, column: token.column };
  }

  /** Reports at a token; inside an expansion, at the outermost invocation, which is in real source. */
  private reportAt(token: Token, severity: 'error' | 'warning', code: string, message: string): void {
    let at: { file: number; line: number; column: number } = token;
    for (let i = token.expansion; i >= 0;) {
      const site = this.out.map.expansionSite(i);
      at = site;
      i = site.parent;
    }
    this.report(this.files[at.file] ?? this.basePath, at.line, at.column, severity, code, message);
  }

  private report(path: string, line: number, column: number, severity: 'error' | 'warning', code: string, message: string): void {
    this.diagnostics.push({ path, line, column, severity, code, message });
  }
}

const DIRECTIVES = new Set(['define', 'undef', 'include', 'include_next', 'import', 'line', 'error', 'warning', 'pragma', 'ident', 'sccs', 'assert', 'unassert']);

/** The tokens of one directive line, then Eof for ever. */
class LineSource implements TokenSource {
  private pos = 0;
  private readonly pushed: Token[] = [];
  private readonly end: Token;

  constructor(private readonly tokens: Token[], directive: Token) {
    this.end = new Token('eof', '', 0, directive.file, directive.line, directive.column, directive.expansion);
  }

  next(): Token {
    return this.pushed.pop() ?? this.tokens[this.pos++] ?? this.end;
  }

  pushBack(token: Token): void {
    if (token !== this.end) this.pushed.push(token);
  }
}

/** `#if !defined X` / `#if !defined(X)` as an include guard: the macro name, else ''. */
function guardFromIf(rest: Token[]): string {
  const texts = rest.map((t) => t.text);
  if (texts.length === 3 && texts[0] === '!' && texts[1] === 'defined' && rest[2].kind === 'name') return texts[2];
  if (texts.length === 5 && texts[0] === '!' && texts[1] === 'defined' && texts[2] === '(' && rest[3].kind === 'name' && texts[4] === ')') return texts[3];
  return '';
}

function headerName(tokens: Token[]): { name: string; angled: boolean } | undefined {
  const first = tokens[0];
  if (first?.kind === 'string' && !first.text.startsWith('L')) return { name: first.text.slice(1, -1), angled: false };
  if (first?.kind === 'punct' && first.text === '<') {
    let name = '';
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].kind === 'punct' && tokens[i].text === '>') return name ? { name, angled: true } : undefined;
      name += (name && tokens[i].flags & PREV_WHITE ? ' ' : '') + tokens[i].text;
    }
  }
  return undefined;
}

function spell(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.flags & PREV_WHITE ? ' ' : '') + t.text).join('');
}

/** cpp_avoid_paste: whether printing `b` right after `a` would lex differently. */
function wouldPaste(a: Token, b: Token): boolean {
  const c = b.kind === 'punct' || b.kind === 'hash' || b.kind === 'paste' ? b.text[0] : '';
  if (a.kind === 'punct') {
    if (c === '=' && EQ_PASTERS.has(a.text)) return true;
    switch (a.text) {
      case '>': return c === '>';
      case '<': return c === '<' || c === '%' || c === ':';
      case '+': return c === '+';
      case '-': return c === '-' || c === '>';
      case '/': return c === '/' || c === '*';
      case '%': return c === ':' || c === '%';
      case '&': return c === '&';
      case '|': return c === '|';
      case ':': return c === ':' || c === '>';
      case '->': return c === '*';
      case '.': return c === '.' || c === '%' || b.kind === 'number';
      case '<=': return c === '>';
    }
    return false;
  }
  switch (a.kind) {
    case 'hash': return c === '#' || c === '%';
    case 'name': return b.kind === 'name' || (b.kind === 'char' && !b.text.startsWith('L')) || b.kind === 'string';
    case 'number': return b.kind === 'number' || b.kind === 'name' || (b.kind === 'char' && !b.text.startsWith('L')) || c === '.' || c === '+' || c === '-';
    case 'other': return a.text[0] === '\\' && b.kind === 'name';
  }
  return false;
}

const EQ_PASTERS = new Set(['=', '!', '>', '<', '+', '-', '*', '/', '%', '&', '|', '^', '>>', '<<']);

/** cpp's printer (scan_translation_unit), writing one output line per source line. */
class Printer {
  private readonly finished: string[] = [];
  /** The line being written, in pieces (joined once: a macro can make a line of megabytes). */
  private current: string[] = [];
  private column = 0;
  private lines = 0;
  private previous: Token | null = null;
  private source: Token | null = null;
  private avoidPaste = false;

  constructor(readonly map: SourceMapBuilder) {}

  /** Output lines started so far. */
  get lineCount(): number {
    return this.lines;
  }

  /** Starts output lines up to `target` (0-based), attributing each to its line in `file`. */
  advanceTo(targetLine: number, file: { file: number; base: number }): void {
    while (this.lines <= targetLine) {
      if (this.lines > 0) this.finished.push(this.current.join(''));
      this.current = [];
      this.column = 0;
      this.map.addLine(file.file, this.lines - file.base);
      this.lines++;
    }
  }

  /** First token of a source line (cb_line_change): a new output line, indented to its column. */
  lineChange(token: Token, file: { file: number; base: number }): void {
    const target = file.base + token.line;
    if (target >= this.lines) {
      this.advanceTo(target, file);
      if (token.column > 1) this.put(' '.repeat(token.column - 1));
    }
    this.previous = null;
    this.source = null;
  }

  print(token: Token): void {
    if (token.kind === 'padding') {
      this.avoidPaste = true;
      if (!this.source || (!(this.source.flags & PREV_WHITE) && !token.source)) this.source = token.source;
      return;
    }
    let space: boolean;
    if (this.avoidPaste) {
      this.source ??= token;
      space = (this.source.flags & PREV_WHITE) !== 0
        || (this.previous !== null && wouldPaste(this.previous, token))
        || (this.previous === null && token.kind === 'hash');
    } else {
      space = (token.flags & PREV_WHITE) !== 0;
    }
    this.avoidPaste = false;
    this.source = null;
    this.previous = token;
    if (this.lines === 0) return;
    if (space) this.put(' ');
    this.map.addSegment(this.column, token.text.length, token.file, token.line, token.column, token.expansion);
    this.put(token.text);
  }

  private put(text: string): void {
    this.current.push(text);
    this.column += text.length;
  }

  text(): string {
    if (this.lines === 0) return '';
    this.finished.push(this.current.join(''));
    this.current = [];
    this.column = 0;
    return this.finished.join('\n') + '\n';
  }
}

/** The line a directive ends on (after its continuation lines). */
function lastLine(directive: Token, rest: Token[]): number {
  return rest.length ? rest[rest.length - 1].line : directive.line;
}
