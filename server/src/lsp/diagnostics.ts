// Publishes what the host finds, one publishDiagnostics per document and version: syntax
// errors at once, the analysis's findings when it is done.
import type { Connection } from 'vscode-languageserver/node';
import type { AnalysisHost } from '../host/analysisHost';
import { toDiagnostic } from './convert';

export function registerDiagnostics(connection: Connection, host: AnalysisHost): void {
  host.onDiagnostics(({ uri, version, findings }) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(uri, f)) });
  });
}
