// Text synchronisation: open, change and close go to the analysis host. A malformed change
// (a null range, a negative line) is refused with an error message and the document stays
// as it was, so later valid edits go on working.
import { MessageType, TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver/node';
import { AnalysisHost, InvalidChange } from '../host/analysisHost';

export const syncCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
};

export function registerDocuments(connection: Connection, host: AnalysisHost): void {
  connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
    host.open(uri, languageId, version, text);
  });
  connection.onDidChangeTextDocument((params) => {
    const { textDocument, contentChanges } = params ?? {};
    if (!textDocument?.uri || !host.isOpen(textDocument.uri)) return;
    try {
      if (!Array.isArray(contentChanges)) throw new InvalidChange('contentChanges is not an array');
      host.change(textDocument.uri, textDocument.version, contentChanges);
    } catch (err) {
      if (!(err instanceof InvalidChange)) throw err;
      const message = `tocsin: change to ${textDocument.uri} (version ${textDocument.version}) refused: ${err.message}; the document keeps its previous text`;
      console.error(message);
      void connection.sendNotification('window/showMessage', { type: MessageType.Error, message });
    }
  });
  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => host.close(uri));
}
