// Publishes tree-sitter ERROR and MISSING nodes as diagnostics while the user types.
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { SyntaxError } from '../parse/syntax';
import { addDiagnosticSource } from './diagnostics';
import type { DocumentStore } from './documentSync';

export function toDiagnostic(error: SyntaxError): Diagnostic {
  return {
    range: {
      start: { line: error.range.start.line, character: error.range.start.column },
      end: { line: error.range.end.line, character: error.range.end.column },
    },
    severity: DiagnosticSeverity.Error,
    source: 'tocsin',
    code: error.kind === 'ERROR' ? 'syntax-error' : 'syntax-missing',
    message: error.kind === 'ERROR' ? 'syntax error' : `syntax error: missing ${error.expected}`,
  };
}

export function registerSyntaxDiagnostics(connection: Connection, documents: DocumentStore): void {
  addDiagnosticSource(connection, documents, (doc) => doc.syntax.errors.map(toDiagnostic));
}
