// "Tocsin: Show expansion": the current line or selection of a `.S` file as the C preprocessor
// and GNU as expand it, in a read-only document beside the source. The server expands; this
// file asks and shows.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'tocsin-expansion';

export function registerExpansion(context: vscode.ExtensionContext, client: LanguageClient): void {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' };
  const show = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'ppc64-asm') {
      void vscode.window.showInformationMessage('Tocsin: Show expansion works on an assembly (.S) file');
      return;
    }
    const { document, selection } = editor;
    const answer = await client.sendRequest<{ text?: string; error?: string }>('tocsin/expansion', {
      textDocument: { uri: document.uri.toString() },
      range: client.code2ProtocolConverter.asRange(selection),
    });
    if (answer.error !== undefined || answer.text === undefined) {
      void vscode.window.showErrorMessage(`Tocsin: ${answer.error}`);
      return;
    }
    // One view per source file, refreshed by each use of the command.
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `${document.uri.path}.expansion.S` });
    texts.set(uri.toString(), answer.text);
    changed.fire(uri);
    const view = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(view, 'ppc64-asm');
    await vscode.window.showTextDocument(view, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand('tocsin.showExpansion', show),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === SCHEME) texts.delete(d.uri.toString());
    }),
  );
}
