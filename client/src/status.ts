// The status bar item of the active assembly file or listing: whether it is read with its
// kbuild flags or the bundled prelude, and the target it is judged for; the tooltip says where
// the flags came from.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface FileStatus {
  setup: string;
  target: string | null;
}

export function registerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('tocsin.fileStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Tocsin file status';
  context.subscriptions.push(item);
  let asked = 0;
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || (document.languageId !== 'ppc64-asm' && document.languageId !== 'ppc64-objdump')) {
      item.hide();
      return;
    }
    const ask = ++asked;
    const status = await client.sendRequest<FileStatus | null>('tocsin/fileStatus', { uri: document.uri.toString() });
    if (ask !== asked || !status) return;
    const flags = status.setup.startsWith('kbuild flags') ? 'kbuild flags' : status.setup.startsWith('bundled kernel prelude') ? 'prelude' : document.languageId === 'ppc64-objdump' ? 'listing' : 'given flags';
    item.text = `$(tools) Tocsin: ${flags} · ${status.target ?? 'no target'}`;
    item.tooltip = status.setup;
    item.show();
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) void update();
    }),
  );
  void update();
}
