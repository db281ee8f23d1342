// Publishes what the host finds, one publishDiagnostics per document and version: syntax
// errors at once, the analysis's findings when it is done, and with them the diagnostics
// others add (a scenario run's findings). Returns how to publish a document's again.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { AnalysisHost, PublishedDiagnostics } from '../host/analysisHost';
import { toDiagnostic } from './convert';

export function registerDiagnostics(connection: Connection, host: AnalysisHost, more: (uri: string) => Diagnostic[] = () => []): (uri: string) => void {
  const latest = new Map<string, PublishedDiagnostics>();
  const publish = (uri: string) => {
    const d = latest.get(uri);
    const diagnostics = [...(d?.findings.map((f) => toDiagnostic(uri, f)) ?? []), ...more(uri)];
    void connection.sendDiagnostics({ uri, version: d && host.isOpen(uri) ? d.version : undefined, diagnostics });
  };
  host.onDiagnostics((d) => {
    if (host.isOpen(d.uri)) latest.set(d.uri, d);
    else latest.delete(d.uri);
    publish(d.uri);
  });
  return publish;
}
