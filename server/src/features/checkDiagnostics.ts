// Publishes the TOC check's findings for open listings as the user types, with the rule code,
// the related places (relocation line, callee, symbol-table line) and quick-fix data.
import { DiagnosticSeverity, type Connection, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { checkObjects, type CheckDiagnostic } from '../analysis/tocRules';
import { loadListing } from '../model/listing';
import type { SourceLocation } from '../model/object';
import { addDiagnosticSource } from './diagnostics';
import type { DocumentStore } from './documentSync';

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

export function toLspDiagnostic(d: CheckDiagnostic): Diagnostic {
  const data: { fix: CheckFixData } | undefined = d.fix && { fix: { title: d.fix.title, insert: d.fix.insert, after: toRange(d.fix.after) } };
  return {
    range: toRange(d.location),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'tocsin',
    code: d.code,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri: r.location.file, range: toRange(r.location) }, message: r.message })),
    ...(data ? { data } : {}),
  };
}

export function registerCheckDiagnostics(connection: Connection, documents: DocumentStore): void {
  addDiagnosticSource(connection, documents, (doc) => {
    const syntax = doc.syntax.syntax;
    if (syntax.language !== 'objdump') return [];
    return checkObjects(loadListing(syntax, doc.syntax.text, doc.uri)).map(toLspDiagnostic);
  });
}
