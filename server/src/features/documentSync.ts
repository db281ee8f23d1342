// Incremental text synchronisation: keeps one SyntaxDocument per open document and
// re-parses only what an edit touched. Other features subscribe to parsed documents.
import {
  TextDocumentSyncKind,
  type Connection,
  type ServerCapabilities,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { SyntaxDocument, type TextChange } from '../parse/document';
import type { GrammarName } from '../parse/runtime';

const grammarByLanguageId: Record<string, GrammarName> = {
  'ppc64-asm': 'ppc64asm',
  'ppc64-objdump': 'objdump',
};

function toTextChange(change: TextDocumentContentChangeEvent): TextChange {
  if (!('range' in change)) return { text: change.text };
  const { start, end } = change.range;
  return {
    range: { start: { line: start.line, column: start.character }, end: { line: end.line, column: end.character } },
    text: change.text,
  };
}

export interface OpenDocument {
  uri: string;
  version: number;
  syntax: SyntaxDocument;
}

type Listener = (doc: OpenDocument) => void;

export class DocumentStore {
  private readonly docs = new Map<string, Promise<OpenDocument | undefined>>();
  private readonly changeListeners: Listener[] = [];
  private readonly closeListeners: ((uri: string) => void)[] = [];

  static readonly capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  };

  constructor(connection: Connection) {
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
      const grammar = grammarByLanguageId[languageId];
      if (!grammar) return;
      this.update(uri, async () => ({ uri, version, syntax: await SyntaxDocument.parse(grammar, text) }));
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      this.update(uri, async (previous) => {
        if (!previous) return undefined;
        previous.syntax.applyChanges(contentChanges.map(toTextChange));
        return { ...previous, version };
      });
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      const pending = this.docs.get(uri);
      this.docs.delete(uri);
      void pending?.then((doc) => doc?.syntax.dispose());
      for (const l of this.closeListeners) l(uri);
    });
  }

  /** Resolves to the document once every change sent so far has been applied. */
  get(uri: string): Promise<OpenDocument | undefined> {
    return this.docs.get(uri) ?? Promise.resolve(undefined);
  }

  /** Runs the parse listeners again for every open document, e.g. after a settings change. */
  reanalyze(): void {
    for (const pending of this.docs.values()) {
      void pending.then((doc) => {
        if (doc) for (const l of this.changeListeners) l(doc);
      });
    }
  }

  onDidParse(listener: Listener): void {
    this.changeListeners.push(listener);
  }

  onDidClose(listener: (uri: string) => void): void {
    this.closeListeners.push(listener);
  }

  /** Changes to one document apply in the order they arrived, even across the async first parse. */
  private update(uri: string, step: (previous: OpenDocument | undefined) => Promise<OpenDocument | undefined>): void {
    const next = (this.docs.get(uri) ?? Promise.resolve(undefined)).then(step).catch((err) => {
      console.error(`tocsin: failed to parse ${uri}: ${err instanceof Error ? err.stack : err}`);
      return undefined;
    });
    this.docs.set(uri, next);
    void next.then((doc) => {
      if (doc && this.docs.get(uri) === next) for (const l of this.changeListeners) l(doc);
    });
  }
}
