// One publishDiagnostics per document and parse, gathering what every diagnostic feature
// (syntax errors, the TOC check) contributes: a feature that published on its own would
// replace the others' diagnostics in the editor.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { DocumentStore, OpenDocument } from './documentSync';

export type DiagnosticSource = (doc: OpenDocument) => Diagnostic[];

class DiagnosticsPublisher {
  private readonly sources: DiagnosticSource[] = [];

  constructor(connection: Connection, documents: DocumentStore) {
    documents.onDidParse((doc) => {
      const diagnostics: Diagnostic[] = [];
      for (const source of this.sources) {
        try {
          diagnostics.push(...source(doc));
        } catch (err) {
          // One failing feature must not take the others' diagnostics with it.
          console.error(`tocsin: diagnostics for ${doc.uri} failed: ${err instanceof Error ? err.stack : err}`);
        }
      }
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    });
    documents.onDidClose((uri) => void connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  add(source: DiagnosticSource): void {
    this.sources.push(source);
  }
}

const publishers = new WeakMap<DocumentStore, DiagnosticsPublisher>();

/** Adds a diagnostic source to the document store's single publisher, creating it on first use. */
export function addDiagnosticSource(connection: Connection, documents: DocumentStore, source: DiagnosticSource): void {
  let publisher = publishers.get(documents);
  if (!publisher) publishers.set(documents, (publisher = new DiagnosticsPublisher(connection, documents)));
  publisher.add(source);
}
