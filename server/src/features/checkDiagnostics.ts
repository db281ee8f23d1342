// Publishes the TOC check's findings for open listings and assembly files as the user types,
// with the rule code, the related places (relocation line, callee, symbol-table line) and
// quick-fix data. Assembly is assembled first, with the user's include paths and defines (or
// the bundled kernel prelude), and the assembler's own errors on this file are published too.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { checkObjects, type CheckDiagnostic } from '../analysis/tocRules';
import { assembleSource, type AssemblyDiagnostic } from '../model/assembler/index';
import { loadListing } from '../model/listing';
import type { SourceLocation } from '../model/object';
import { addDiagnosticSource } from './diagnostics';
import type { DocumentStore, OpenDocument } from './documentSync';
import type { SettingsStore } from './settings';

/** What a client needs to offer a finding's fix: text to insert after a range of the document. */
export interface CheckFixData {
  title: string;
  insert: string;
  after: Range;
}

function toRange(location: SourceLocation): Range {
  const { start, end } = location.range;
  return { start: { line: start.line, character: start.column }, end: { line: end.line, character: end.column } };
}

/** Model locations name files by path (assembly) or by the document's URI (listings). */
function toUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : pathToFileURL(file).href;
}

export function toLspDiagnostic(d: CheckDiagnostic): Diagnostic {
  const data: { fix: CheckFixData } | undefined = d.fix && { fix: { title: d.fix.title, insert: d.fix.insert, after: toRange(d.fix.after) } };
  return {
    range: toRange(d.location),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'tocsin',
    code: d.code,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri: toUri(r.location.file), range: toRange(r.location) }, message: r.message })),
    ...(data ? { data } : {}),
  };
}

const assemblySeverity = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function assemblyDiagnostic(d: AssemblyDiagnostic): Diagnostic {
  const at = { line: d.line, character: d.column };
  return {
    range: { start: at, end: at },
    severity: assemblySeverity[d.severity as keyof typeof assemblySeverity] ?? DiagnosticSeverity.Error,
    source: 'tocsin',
    code: d.code,
    message: d.message,
    // The macro expansions that produced the line: where to look when the error is inside one.
    relatedInformation: [...d.macros.map((m) => ({ ...m, what: `in expansion of ${m.name}` })), ...d.expansions.map((e) => ({ ...e, what: `in expansion of macro '${e.macro}'` }))]
      .map((m) => ({ location: { uri: toUri(m.path), range: { start: { line: m.line, character: m.column }, end: { line: m.line, character: m.column } } }, message: m.what })),
  };
}

function checkAssembly(doc: OpenDocument, settings: SettingsStore): Diagnostic[] {
  const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : doc.uri;
  const { includePaths, defines, target } = settings.current;
  const result = assembleSource(path, doc.syntax.text, { includePaths, defines, prelude: includePaths.length === 0 });
  // Only what lies in this document: findings in included headers belong to those files.
  const own = (file: string) => file === path;
  return [
    ...result.diagnostics.filter((d) => own(d.path) && d.severity !== 'info').map(assemblyDiagnostic),
    ...checkObjects([result.object], { target }).filter((d) => own(d.location.file)).map(toLspDiagnostic),
  ];
}

export function registerCheckDiagnostics(connection: Connection, documents: DocumentStore, settings: SettingsStore): void {
  addDiagnosticSource(connection, documents, (doc) => {
    const syntax = doc.syntax.syntax;
    if (syntax.language === 'ppc64asm') return checkAssembly(doc, settings);
    return checkObjects(loadListing(syntax, doc.syntax.text, doc.uri), { target: settings.current.target }).map(toLspDiagnostic);
  });
  // New include paths, defines or target change every finding: check the open documents again.
  settings.onDidChange(() => documents.reanalyze());
}
