// Builds a document's snapshot in stages: syntax (already parsed), then the object model
// (assembled from a `.S`, or loaded from a listing), then entries, TOC values and call
// classes, then findings. Between stages it asks whether the version is still wanted, so
// superseded work stops early.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { inferTarget } from '../analysis/linkTarget';
import { commandBesideObject } from '../model/kbuild';
import { editorFileSetup } from './fileSetup';
import { performance } from 'node:perf_hooks';
import { analyzeCalls, type CallSite, type ObjectCalls } from '../analysis/calls';
import { CHECK_TARGETS, checkObjects, RULES, type CheckDiagnostic, type CheckTarget, type RuleCode } from '../analysis/tocRules';
import { assembleSource, type AssembleResult, type AssemblyDiagnostic } from '../model/assembler/index';
import { preludeDir } from '../model/assembler/prelude';
import { loadListing } from '../model/listing';
import { relocationsIn, wordOf, type ExpansionLevel, type FilePosition, type ObjectFile, type SourceLocation } from '../model/object';
import type { SyntaxDocument } from '../parse/document';
import type { AsmFile, AsmStatement, Expr, ListingFile, SyntaxError } from '../parse/syntax';
import type {
  AssembledInstruction,
  CallInfo,
  Definition,
  ExpansionStep,
  FileLine,
  Finding,
  FunctionInfo,
  Include,
  MacroInfo,
  Place,
  Snapshot,
  SymbolInfo,
  TextRange,
} from './snapshot';
import { FileCache } from './files';
import { LineIndex } from './lines';
import { ReferenceBuilder } from './references';
import { REGISTER, TokenBuilder } from './tokens';
import { documentPath, toUri } from './uris';

export { CHECK_TARGETS, type CheckTarget };

export interface AnalysisSettings {
  includePaths: string[];
  /** Read before each assembly file, as kbuild's `-include linux/kconfig.h`. */
  forcedIncludes?: string[];
  defines: Record<string, string>;
  target?: CheckTarget;
  /** `tocsin.buildDirectory`: the kbuild output tree; unset, the nearest one above each file in a workspace folder. */
  buildDirectory?: string;
  /** The workspace folders. */
  roots?: string[];
}

export interface AnalysisInput {
  uri: string;
  version: number;
  settings: AnalysisSettings;
  /** Open editor buffers by file path: `#include`s read them before the disk. */
  buffers: Record<string, string>;
}

/** Thrown between stages when a newer version has made this analysis pointless. */
export class Superseded extends Error {}

/** Headers and prelude files, read once per change on disk rather than once per analysis. */
const files = new FileCache();

const KLP_SYMBOL = /^\.klp\.sym\.([^.]+)\.(.+),(\d+)$/;

export function syntaxFindings(errors: SyntaxError[]): Finding[] {
  return errors.map((e) => ({
    code: e.kind === 'ERROR' ? 'syntax-error' : 'syntax-missing',
    severity: 'error',
    message: e.kind === 'ERROR' ? 'syntax error' : `syntax error: missing ${e.expected}`,
    range: { start: e.range.start, end: e.range.end },
    related: [],
  }));
}

/** The findings alone, known before the snapshot's index is built: enough to publish diagnostics. */
export type EarlyFindings = Pick<Snapshot, 'version' | 'findings' | 'syntaxErrors'>;

export function analyzeDocument(doc: SyntaxDocument, input: AnalysisInput, wanted: () => boolean, early?: (f: EarlyFindings) => void): Snapshot {
  const analysis = analyzeInPhases(doc, input, wanted);
  early?.(analysis.findings);
  return analysis.finish();
}

/** An analysis whose findings are known and whose index (for hover, definition, ...) is still to build. */
export interface PhasedAnalysis {
  findings: EarlyFindings;
  /** Builds the rest of the snapshot; throws Superseded when no longer wanted. */
  finish(): Snapshot;
}

/** The analysis up to its findings, so that they can be published before the index is built. */
export function analyzeInPhases(doc: SyntaxDocument, input: AnalysisInput, wanted: () => boolean): PhasedAnalysis {
  const timings: Record<string, number> = {};
  const stage = <T>(name: string, run: () => T): T => {
    if (!wanted()) throw new Superseded();
    const started = performance.now();
    const result = run();
    timings[name] = performance.now() - started;
    return result;
  };
  const syntax = stage('syntax', () => doc.syntax);
  const lines = new LineIndex(doc.text);
  const base = { uri: input.uri, version: input.version, target: input.settings.target, syntaxErrors: syntaxFindings(doc.errors), timings };
  const phases = syntax.language === 'objdump'
    ? analyzeListing(syntax, doc.text, lines, input, stage, base)
    : analyzeAssembly(syntax, doc.text, lines, input, stage, base);
  return { findings: { version: input.version, findings: phases.findings, syntaxErrors: base.syntaxErrors }, finish: phases.finish };
}

interface Phases {
  findings: Finding[];
  finish(): Snapshot;
}

type Stage = <T>(name: string, run: () => T) => T;
type Base = Pick<Snapshot, 'uri' | 'version' | 'target' | 'syntaxErrors' | 'timings'>;

function rangeOf(location: { range: TextRange }): TextRange {
  return { start: location.range.start, end: location.range.end };
}

function wholeLine(lines: LineIndex, n: number): TextRange {
  return { start: { line: n, column: 0 }, end: { line: n, column: lines.line(n).length } };
}

// ---- listings ----

/** A listing's target: the setting's; else its object's from the build (its `.cmd` file beside it); else what the object shows. */
function listingTarget(objects: ObjectFile[], input: AnalysisInput): { target?: CheckTarget; setup: string } {
  if (input.settings.target) return { target: input.settings.target, setup: `target ${input.settings.target} (setting)` };
  const object = objects[0];
  if (!object) return { setup: 'no target' };
  const listing = input.uri.startsWith('file:') ? documentPath(input.uri) : undefined;
  const named = listing && !isAbsolute(object.name) ? resolve(dirname(listing), object.name) : object.name;
  const command = commandBesideObject(named);
  if (command) return { target: command.flags.target, setup: `target ${command.flags.target} from ${command.from}` };
  const inferred = inferTarget(object);
  return inferred ? { target: inferred, setup: `target ${inferred} (from the object)` } : { setup: 'no target: the object stands alone (set tocsin.target)' };
}

function analyzeListing(syntax: ListingFile, text: string, lines: LineIndex, input: AnalysisInput, stage: Stage, base: Base): Phases {
  const objects = stage('model', () => loadListing(syntax, text, input.uri));
  const analyses = stage('calls', () => objects.map((o) => analyzeCalls(o)));
  const { target, setup } = listingTarget(objects, input);
  const findings = stage('findings', () => checkObjects(objects, { target }, analyses)
    .filter((c) => c.location.file === input.uri).map((c) => checkFinding(c, lines, input.uri, false)));
  return { findings, finish: () => stage('index', () => {
    const definitions: Definition[] = [];
    const refs = new ReferenceBuilder();
    const tokens = new TokenBuilder();
    const fileLines: FileLine[] = [];
    for (const line of syntax.lines) {
      const n = line.range.start.line;
      switch (line.kind) {
        case 'symbolHeader': {
          const at = lines.line(n).indexOf('<' + line.name) + 1;
          const nameRange = at > 0 ? { start: { line: n, column: at }, end: { line: n, column: at + line.name.length } } : rangeOf(line);
          definitions.push({ name: line.name, kind: 'symbol', range: rangeOf(line), nameRange });
          tokens.add(nameRange, 'label');
          break;
        }
        case 'symbolTableEntry': {
          const nameRange = lines.find(n, line.name, 0, true) ?? rangeOf(line);
          definitions.push({ name: line.name, kind: line.type === 'FUNC' ? 'function' : line.type === 'OBJECT' ? 'object' : line.type === 'SECTION' ? 'section' : 'symbol', range: rangeOf(line), nameRange, detail: [line.type, line.bind, line.visibility, line.section].filter(Boolean).join(' ') });
          break;
        }
        case 'sectionHeader':
          definitions.push({ name: line.name, kind: 'section', range: rangeOf(line), nameRange: lines.find(n, line.name) ?? rangeOf(line) });
          break;
        case 'instruction':
          tokens.add(line.mnemonicRange, 'mnemonic');
          for (const e of line.operands) if (e.kind === 'register') tokens.add(e.range, 'register');
          if (line.target) {
            const at = lines.line(n).indexOf('<' + line.target.name);
            const range = { start: { line: n, column: at + 1 }, end: { line: n, column: at + 1 + line.target.name.length } };
            if (at >= 0) {
              refs.add(line.target.name, range);
              tokens.add(range, 'symbol');
            }
          }
          break;
        case 'relocation': {
          const type = lines.find(n, line.type);
          if (type) tokens.add(type, 'relocation');
          if (line.symbol) {
            const at = lines.find(n, line.symbol, 0, true);
            if (at) {
              refs.add(line.symbol, at);
              tokens.add(at, 'symbol');
            }
          }
          break;
        }
        case 'fileLine':
          fileLines.push({ line: n, path: line.path, sourceLine: line.line - 1 });
          break;
      }
    }
    // A function's header defines it; mark those headers as functions.
    const functionNames = new Set(analyses.flatMap((a) => a.functions.map((f) => f.symbol.name)));
    for (const d of definitions) if (d.kind === 'symbol' && functionNames.has(d.name)) d.kind = 'function';
    return {
      ...base,
      target,
      setup,
      language: 'objdump',
      objectKind: objects[0]?.kind,
      objectName: objects[0]?.name,
      bigEndian: objects[0]?.bigEndian ?? false,
      findings,
      definitions,
      references: refs.build(),
      includes: [],
      functions: analyses.flatMap((a) => functionInfos(a, input.uri, lines)),
      calls: analyses.flatMap((a) => callInfos(a, input.uri)),
      instructions: [],
      symbols: objects.flatMap((o) => symbolInfos(o, input.uri)),
      fileLines,
      tokens: tokens.build(),
      inactive: [],
      macros: [],
    };
  }) };
}

// ---- assembly ----

function analyzeAssembly(syntax: AsmFile, text: string, lines: LineIndex, input: AnalysisInput, stage: Stage, base: Base): Phases {
  const path = documentPath(input.uri);
  const setup = editorFileSetup(path, input.settings);
  const { target } = setup;
  const { includePaths = [] } = setup.options;
  const result = stage('model', () => assembleSource(path, text, {
    ...setup.options,
    readFile: (file) => input.buffers[file] ?? files.read(file),
  }));
  const calls = stage('calls', () => analyzeCalls(result.object));
  const own = (location: SourceLocation) => location.file === path;
  const findings = stage('findings', () => [
    ...result.diagnostics.filter((d) => d.path === path && d.severity !== 'info').map((d) => assemblyFinding(d, path)),
    ...checkObjects([result.object], { target }, [calls]).filter((c) => own(c.location)).map((c) => checkFinding(c, lines, path, true, calls)),
  ]);
  return { findings, finish: () => stage('index', () => {
    const definitions: Definition[] = [];
    const refs = new ReferenceBuilder();
    const tokens = new TokenBuilder();
    const includes: Include[] = [];
    const numericLabels = new Map<string, number[]>();
    const labelLines = new Set<number>();
    for (const s of syntax.statements) {
      const n = s.range.start.line;
      switch (s.kind) {
        case 'label':
          labelLines.add(n);
          if (s.numeric) {
            const list = numericLabels.get(s.name) ?? [];
            list.push(definitions.length);
            numericLabels.set(s.name, list);
          }
          definitions.push({ name: s.name, kind: s.numeric ? 'local-label' : 'label', range: rangeOf(s), nameRange: rangeOf({ range: s.nameRange }) });
          tokens.add(s.nameRange, 'label');
          break;
        case 'assignment':
          definitions.push({ name: s.name, kind: 'constant', range: rangeOf(s), nameRange: rangeOf({ range: s.nameRange }), detail: lines.line(n).trim() });
          tokens.add(s.nameRange, 'symbol');
          tokens.expression(s.value);
          break;
        case 'directive':
          directive(s, lines, definitions, refs);
          tokens.add(s.nameRange, 'directive');
          for (const e of s.args) tokens.expression(e);
          break;
        case 'instruction':
          for (const e of s.operands) exprReferences(e, refs);
          tokens.add(s.mnemonicRange, 'mnemonic');
          for (const e of s.operands) tokens.expression(e);
          break;
        case 'macroCall': {
          refs.add(s.name, rangeOf({ range: s.nameRange }));
          tokens.add(s.nameRange, 'macro');
          const text = lines.line(n);
          tokens.words(text, n, s.nameRange.end.column, argumentsEnd(text, s.nameRange.end.column));
          argumentReferences(lines, n, s.nameRange.end.column, refs);
          break;
        }
        case 'preprocessor':
          if (s.directive === 'include' && s.text) {
            const name = s.text.trim().replace(/^[<"]|[>"]$/g, '');
            includes.push({ range: rangeOf(s), name, path: resolveInclude(name, s.text.trim().startsWith('"'), path, includePaths, setup.options.prelude === true, input.buffers) });
          } else if (s.name && s.directive !== 'define') {
            const at = lines.find(n, s.name);
            if (at) refs.add(s.name, at);
          }
          if (s.name && s.directive === 'define') {
            const at = lines.find(n, s.name);
            if (at) tokens.add(at, 'macro');
          }
          break;
      }
    }
    // Symbols the macros made (`_GLOBAL(f)` defines f): defined at the line the user wrote.
    const labelNames = new Set(definitions.filter((d) => d.kind === 'label').map((d) => d.name));
    for (const s of result.object.symbols) {
      if (s.section.kind !== 'defined' || !own(s.source) || labelNames.has(s.name) || s.type === 'section' || s.type === 'file') continue;
      const n = s.source.range.start.line;
      if (labelLines.has(n) && !lines.find(n, s.name)) continue;
      definitions.push({ name: s.name, kind: s.type === 'func' ? 'function' : 'symbol', range: wholeLine(lines, n), nameRange: lines.find(n, s.name) ?? wholeLine(lines, n), detail: [s.type?.toUpperCase(), s.binding?.toUpperCase()].filter(Boolean).join(' ') });
    }
    const functionNames = new Set(calls.functions.map((f) => f.symbol.name));
    for (const d of definitions) if (d.kind === 'label' && functionNames.has(d.name)) d.kind = 'function';
    definitions.push(...macroDefinitions(result, refs, path, input.buffers));
    return {
      ...base,
      target,
      setup: setup.status,
      language: 'ppc64asm',
      objectKind: result.object.kind,
      objectName: result.object.name,
      bigEndian: result.object.bigEndian,
      findings,
      definitions,
      references: refs.build((name, line, column) => resolveNumeric(numericLabels, definitions, name, line, column)),
      includes,
      functions: functionInfos(calls, path, lines, result),
      calls: callInfos(calls, path),
      instructions: assembledInstructions(result.object, path),
      symbols: symbolInfos(result.object, path),
      fileLines: [],
      tokens: tokens.build(),
      inactive: result.inactive,
      macros: macroInfos(result, path),
    };
  }) };
}

function directive(s: Extract<AsmStatement, { kind: 'directive' }>, lines: LineIndex, definitions: Definition[], refs: ReferenceBuilder): void {
  const n = s.range.start.line;
  const first = s.args[0];
  if (s.name === '.macro' && first) {
    const name = first.text.split(/[\s,]/)[0];
    const nameRange = lines.find(n, name) ?? rangeOf(s);
    definitions.push({ name, kind: 'macro', range: rangeOf(s), nameRange, detail: lines.line(n).trim() });
    return;
  }
  if ((s.name === '.set' || s.name === '.equ') && first?.kind === 'symbol') {
    definitions.push({ name: first.name, kind: 'constant', range: rangeOf(s), nameRange: rangeOf(first), detail: lines.line(n).trim() });
    for (const e of s.args.slice(1)) exprReferences(e, refs);
    return;
  }
  for (const e of s.args) exprReferences(e, refs);
}

function exprReferences(e: Expr, refs: ReferenceBuilder): void {
  switch (e.kind) {
    case 'symbol':
      refs.add(e.name, rangeOf(e));
      break;
    case 'localLabelRef':
      refs.add(e.label + e.direction, rangeOf(e));
      break;
    case 'call':
      refs.add(e.name, { start: e.range.start, end: { line: e.range.start.line, column: e.range.start.column + e.name.length } });
      break;
    case 'binary':
      exprReferences(e.left, refs);
      exprReferences(e.right, refs);
      break;
    case 'unary':
      exprReferences(e.argument, refs);
      break;
    case 'paren':
      exprReferences(e.inner, refs);
      break;
    case 'relocated':
      exprReferences(e.expression, refs);
      break;
    case 'memory':
      if (e.offset) exprReferences(e.offset, refs);
      exprReferences(e.base, refs);
      break;
  }
}

/** Where a macro call's arguments end: at a comment or the end of the line. */
function argumentsEnd(text: string, from: number): number {
  const comment = text.search(/\/\*|#(?![a-z])|;/);
  return comment >= from ? comment : text.length;
}

/** Names inside a macro call's arguments (`_GLOBAL(ftrace_stub)`, `LOAD_REG_ADDR(r3, sym)`). */
function argumentReferences(lines: LineIndex, n: number, from: number, refs: ReferenceBuilder): void {
  const text = lines.line(n);
  const end = argumentsEnd(text, from);
  const identifier = /[A-Za-z_.$][\w.$]*/g;
  identifier.lastIndex = from;
  for (let m = identifier.exec(text); m && m.index < end; m = identifier.exec(text)) {
    if (REGISTER.test(m[0])) continue;
    refs.add(m[0], { start: { line: n, column: m.index }, end: { line: n, column: m.index + m[0].length } });
  }
}

/** `1b`: the last `1:` at or before the reference; `1f`: the first after it. */
function resolveNumeric(numeric: Map<string, number[]>, definitions: Definition[], name: string, line: number, column: number): number | undefined {
  const m = /^(\d+)([bf])$/.exec(name);
  if (!m) return undefined;
  const candidates = numeric.get(m[1]) ?? [];
  const before = (d: Definition) => d.range.start.line < line || (d.range.start.line === line && d.range.start.column < column);
  if (m[2] === 'b') {
    for (let i = candidates.length - 1; i >= 0; i--) if (before(definitions[candidates[i]])) return candidates[i];
    return undefined;
  }
  return candidates.find((i) => !before(definitions[i]));
}

/** The C macros this file defines or uses, with their `#define` line (in a header or the prelude). */
function macroDefinitions(result: AssembleResult, refs: ReferenceBuilder, path: string, buffers: Record<string, string>): Definition[] {
  const used = refs.nameSet();
  const out: Definition[] = [];
  const open = new Map<string, LineIndex>();
  for (const [name, m] of result.macros) {
    if (!m.location || m.builtin) continue;
    if (m.location.path !== path && !used.has(name)) continue;
    const buffer = buffers[m.location.path];
    let file = open.get(m.location.path);
    if (!file) open.set(m.location.path, (file = buffer !== undefined ? new LineIndex(buffer) : files.lines(m.location.path)));
    const { line, column } = m.location;
    const at = { line, column };
    out.push({
      name,
      kind: 'c-macro',
      uri: m.location.path === path ? undefined : toUri(m.location.path),
      range: { start: at, end: { line, column: column + name.length } },
      nameRange: { start: at, end: { line, column: column + name.length } },
      detail: defineText(file, line),
    });
  }
  return out;
}

/** Every C macro (but the built-in ones) and GNU as macro known after the file. */
function macroInfos(result: AssembleResult, path: string): MacroInfo[] {
  const out: MacroInfo[] = [];
  const where = (file: string) => (file === path ? undefined : toUri(file));
  for (const m of result.macros.values()) {
    if (!m.location || m.builtin) continue;
    const value = m.functionLike ? undefined : m.body.map((t) => t.text).join(' ').slice(0, 80);
    out.push({ name: m.name, kind: 'c', parameters: m.functionLike ? m.params : undefined, value, uri: where(m.location.path), line: m.location.line });
  }
  for (const m of result.asMacros) out.push({ name: m.name, kind: 'as', parameters: m.parameters, uri: where(m.path), line: m.line });
  return out;
}

/** A `#define` with its continuation lines. */
function defineText(file: LineIndex, line: number): string {
  const parts: string[] = [];
  for (let n = line; n < file.count && parts.length < 40; n++) {
    const text = file.line(n);
    parts.push(text);
    if (!text.endsWith('\\')) break;
  }
  return parts.join('\n');
}

function resolveInclude(name: string, quoted: boolean, from: string, includePaths: string[], prelude: boolean, buffers: Record<string, string>): string | undefined {
  const dirs = [...(quoted ? [dirname(from)] : []), ...includePaths, ...(prelude ? [preludeDir()] : [])];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (candidate in buffers || existsSync(candidate)) return candidate;
  }
  return undefined;
}

function assemblyFinding(d: AssemblyDiagnostic, path: string): Finding {
  const at = { line: d.line, column: d.column };
  const point = (p: { path: string; line: number; column: number }): Place => ({
    uri: p.path === path ? undefined : toUri(p.path),
    range: { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column } },
  });
  return {
    code: d.code,
    severity: d.severity === 'warning' ? 'warning' : d.severity === 'info' ? 'info' : 'error',
    message: d.message,
    range: { start: at, end: at },
    related: [
      ...d.macros.map((m) => ({ place: point(m), message: `in expansion of ${m.name}` })),
      ...d.expansions.map((e) => ({ place: point(e), message: `in expansion of macro '${e.macro}'` })),
    ],
  };
}

function place(location: SourceLocation, own: string): Place {
  return { uri: location.file === own ? undefined : toUri(location.file), range: rangeOf(location) };
}

function checkFinding(c: CheckDiagnostic, lines: LineIndex, own: string, source: boolean, calls?: ObjectCalls): Finding {
  const finding: Finding = {
    code: c.code,
    severity: c.severity,
    message: c.message,
    range: rangeOf(c.location),
    related: c.related.map((r) => ({ place: place(r.location, own), message: r.message })),
  };
  const fix = source ? sourceFix(c, lines, calls) : undefined;
  if (fix) finding.fix = fix;
  else finding.explanation = RULES[c.code as RuleCode]?.help;
  return finding;
}

/** The edit that removes a finding from a `.S` file, where one exists. */
function sourceFix(c: CheckDiagnostic, lines: LineIndex, calls?: ObjectCalls): Finding['fix'] {
  if (c.fix && c.fix.insert === 'nop') {
    const n = c.fix.after.range.start.line;
    const text = lines.line(n);
    // Only where the call is written on that line: a macro's own expansion needs the macro changed.
    if (!/^\s*(?:\d+:\s*)?b[a-z]*\s/.test(text.replace(/^\s*\w+:\s*/, ''))) return undefined;
    const indent = /^\s*/.exec(text)![0] || '\t';
    const end = { line: n, column: text.length };
    return { title: c.fix.title, edits: [{ range: { start: end, end }, newText: `\n${indent}nop` }] };
  }
  if (c.code === 'missing-toc-setup') {
    const n = c.location.range.start.line;
    const text = lines.line(n);
    const fn = calls?.functions.find((f) => f.symbol.source.range.start.line === n);
    const name = fn?.symbol.name;
    if (!name) return undefined;
    const global = /^(\s*)_GLOBAL\(/.exec(text);
    if (global) {
      const at = { line: n, column: global[1].length + '_GLOBAL'.length };
      return { title: `Set up the TOC: _GLOBAL_TOC(${name})`, edits: [{ range: { start: at, end: at }, newText: '_TOC' }] };
    }
    if (new RegExp(`^\\s*${name.replace(/[.$]/g, '\\$&')}:`).test(text)) {
      const end = { line: n, column: text.length };
      const setup = `\n0:\taddis r2,r12,(.TOC.-0b)@ha\n\taddi r2,r2,(.TOC.-0b)@l\n\t.localentry ${name},.-${name}`;
      return { title: `Set up the TOC at ${name}'s global entry and add .localentry`, edits: [{ range: { start: end, end }, newText: setup }] };
    }
  }
  return undefined;
}

const CALLER_KIND: Partial<Record<CallSite['kind'], 'local' | 'global' | 'stub' | 'sibling'>> = {
  local: 'local', global: 'global', stub: 'stub', 'module-stub': 'stub', sibling: 'sibling', notoc: 'local',
};

function functionInfos(a: ObjectCalls, own: string, lines: LineIndex, assembled?: AssembleResult): FunctionInfo[] {
  const counts = new Map<unknown, FunctionInfo['callers']>();
  for (const call of a.calls) {
    const callee = call.target?.callee;
    if (!callee) continue;
    let c = counts.get(callee);
    if (!c) counts.set(callee, (c = { total: 0, local: 0, global: 0, stub: 0, sibling: 0 }));
    c.total++;
    const kind = CALLER_KIND[call.kind];
    if (kind) c[kind]++;
  }
  const out: FunctionInfo[] = [];
  for (const f of a.functions) {
    if (f.symbol.source.file !== own) continue;
    const n = f.symbol.source.range.start.line;
    const text = lines.line(n);
    const macro = assembled && /^\s*([A-Za-z_]\w*)\s*\(/.exec(text)?.[1];
    out.push({
      name: f.symbol.name,
      range: rangeOf(f.symbol.source),
      nameRange: lines.find(n, f.symbol.name) ?? rangeOf(f.symbol.source),
      section: f.section.name,
      globalEntry: f.globalEntry,
      size: f.symbol.size,
      binding: f.symbol.binding,
      localEntryOffset: f.localEntryOffset,
      clobbersToc: f.clobbersToc,
      tocSetup: f.tocSetup && { form: f.tocSetup.form, ha: f.tocSetup.ha, lo: f.tocSetup.lo, lines: f.tocSetup.sites.map((s) => s.source.range.start.line) },
      toc: f.tocBase,
      callers: counts.get(f) ?? { total: 0, local: 0, global: 0, stub: 0, sibling: 0 },
      macro: macro && assembled?.macros.has(macro) ? macro : undefined,
    });
  }
  return out;
}

function callInfos(a: ObjectCalls, own: string): CallInfo[] {
  const module = a.object.kind === 'module';
  const out: CallInfo[] = [];
  for (const c of a.calls) {
    if (c.site.source.file !== own) continue;
    const info: CallInfo = {
      line: c.site.source.range.start.line,
      address: c.address,
      caller: c.caller?.symbol.name,
      kind: c.kind,
      link: c.link,
      target: c.target?.name,
      offset: c.target?.offset ?? 0n,
      after: c.after.kind,
      afterWord: c.after.word,
      relocation: c.relocation && `${c.relocation.type} ${c.relocation.symbolName ?? ''}${c.relocation.addend ? `+0x${c.relocation.addend.toString(16)}` : ''}`.trim(),
    };
    if (module || c.kind === 'module-stub') info.loader = loaderAction(c);
    out.push(info);
  }
  return out;
}

/** What the kernel's module loader does with one call of a module (arch/powerpc/kernel/module_64.c). */
function loaderAction(c: CallSite): string {
  const name = c.target?.name ?? 'the target';
  const klp = KLP_SYMBOL.exec(name);
  switch (c.kind) {
    case 'module-stub': {
      const resolve = klp ? `resolves ${name} (SHN_LIVEPATCH) to ${klp[2]} in ${klp[1]} when the patch is enabled` : `resolves ${name} in the kernel's or another module's symbol table`;
      const after = c.after.kind === 'nop' ? 'rewrites the nop after it to `ld r2,24(r1)`' : `expects a nop after it and refuses the module (it finds ${c.after.word !== undefined ? c.after.word.toString(16).padStart(8, '0') : 'nothing'})`;
      return `${resolve}, sends the bl through a stub that saves r2 at 24(r1) and loads the callee's address into r12, and ${after}`;
    }
    case 'sibling':
      return `sends the tail branch to ${name} through a stub that saves r2 at 24(r1): that slot belongs to the caller's caller, and nothing restores r2 on return`;
    case 'mcount':
      return `points the call at the module's ftrace trampoline (${name}); no TOC restore is needed after it`;
    case 'local':
    case 'notoc':
      return `resolves the branch within the module: no stub, r2 stays the module's TOC`;
    default:
      return `leaves the call as it is (${c.kind})`;
  }
}

function assembledInstructions(obj: ObjectFile, path: string): AssembledInstruction[] {
  const out: AssembledInstruction[] = [];
  obj.sections.forEach((section, index) => {
    for (const site of section.instructions) {
      if (site.source.file !== path) continue;
      const words: number[] = [];
      for (let o = site.offset; o < site.offset + site.length; o += 4) words.push(wordOf(section.bytes, o, obj.bigEndian));
      const insn: AssembledInstruction = {
        line: site.source.range.start.line,
        section: section.name,
        address: section.address + BigInt(site.offset),
        words,
        relocations: relocationsIn(obj, index, site.offset, site.offset + site.length).map((r) => `${r.type} ${r.symbolName ?? ''}${r.addend ? (r.addend > 0n ? '+' : '-') + '0x' + (r.addend < 0n ? -r.addend : r.addend).toString(16) : ''}`.trim()),
      };
      if (site.expansion?.length) insn.expansion = expansionSteps(site.expansion, path);
      if (site.spelled) insn.spelled = filePlace({ ...site.spelled, column: 0 }, path, 0);
      out.push(insn);
    }
  });
  return out.sort((a, b) => a.line - b.line);
}

/** Chains are shared by the instructions of one expansion: converted once each. */
const convertedChains = new WeakMap<ExpansionLevel[], ExpansionStep[]>();

function expansionSteps(levels: ExpansionLevel[], own: string): ExpansionStep[] {
  let steps = convertedChains.get(levels);
  if (!steps) {
    steps = levels.map((l) => ({
      kind: l.kind,
      name: l.name,
      at: filePlace(l.at, own, l.name.length),
      ...(l.definition ? { definition: filePlace(l.definition, own, l.kind === 'macro' ? 0 : l.name.length) } : {}),
      instance: l.instance,
    }));
    convertedChains.set(levels, steps);
  }
  return steps;
}

function filePlace(p: FilePosition, own: string, length: number): Place {
  return { uri: p.file === own ? undefined : toUri(p.file), range: { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column + length } } };
}

function symbolInfos(obj: ObjectFile, own: string): SymbolInfo[] {
  return obj.symbols.map((s) => {
    const klp = KLP_SYMBOL.exec(s.name);
    return {
      name: s.name,
      value: s.value,
      size: s.size,
      type: s.type,
      binding: s.binding,
      section: s.section.kind === 'defined' ? s.section.name ?? 'defined' : s.section.kind,
      localEntry: s.localEntry,
      place: place(s.tableSource ?? s.source, own),
      ...(klp ? { livepatch: { object: klp[1], name: klp[2], position: Number(klp[3]) } } : {}),
    };
  });
}
