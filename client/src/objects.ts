// Built objects (.o, .ko, vmlinux) open as read-only objdump -dr listings with the findings of
// `tocsin check` on the object itself. The server disassembles and checks; this file only asks
// for the parts, shows them, and opens each as a `tocsin-object:` document. A large object is
// offered per section or per function: VS Code hands no document over 50 MB to extensions.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'tocsin-object';

interface ObjectPart { kind: 'whole' | 'section' | 'function'; section?: string; name: string; start?: string; stop?: string; size: number }
interface ObjectOverview { file: string; listingSize: number; parts: ObjectPart[] }
interface ListingFinding { line: number; column: number; endColumn: number; severity: 'error' | 'warning'; code: string; message: string }
interface ObjectListing { text: string; findings: ListingFinding[] }
type Answer<T> = T | { error: string };

function partUri(file: string, part: ObjectPart): vscode.Uri {
  const label = part.kind === 'whole' ? '' : part.kind === 'section' ? ` ${part.name}` : ` ${part.section} ${part.name}`;
  return vscode.Uri.from({ scheme: SCHEME, path: `${file}${label}.dis`, query: JSON.stringify({ file, part }) });
}

export function registerObjects(context: vscode.ExtensionContext, client: LanguageClient): void {
  const findings = vscode.languages.createDiagnosticCollection('tocsin-object');
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const { file, part } = JSON.parse(uri.query) as { file: string; part: ObjectPart };
      const r = await client.sendRequest<Answer<ObjectListing>>('tocsin/objectListing', { file, part });
      if ('error' in r) return `${file}: ${r.error}\n`;
      findings.set(uri, r.findings.map((f) => {
        const d = new vscode.Diagnostic(new vscode.Range(f.line, f.column, f.line, f.endColumn), f.message,
          f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.code = f.code;
        d.source = 'tocsin';
        return d;
      }));
      return r.text;
    },
  };
  const open = async (file: string, part: ObjectPart) => {
    const document = await vscode.workspace.openTextDocument(partUri(file, part));
    await vscode.languages.setTextDocumentLanguage(document, 'ppc64-objdump');
    await vscode.window.showTextDocument(document, { preview: false });
  };
  /** The object's parts: opened at once when it is one, else offered to pick from. */
  const openObject = async (uri: vscode.Uri | undefined) => {
    const file = uri?.fsPath ?? (await vscode.window.showOpenDialog({ canSelectMany: false, title: 'Open a built object' }))?.[0]?.fsPath;
    if (!file) return;
    const overview = await client.sendRequest<Answer<ObjectOverview>>('tocsin/objectOverview', { file });
    if ('error' in overview) {
      void vscode.window.showErrorMessage(`Tocsin: ${overview.error}`);
      return;
    }
    if (overview.parts.length === 1) return open(file, overview.parts[0]);
    const picked = await vscode.window.showQuickPick(overview.parts.map((p) => ({
      label: p.kind === 'function' ? `$(symbol-function) ${p.name}` : `$(file-binary) ${p.name}`,
      description: p.kind === 'function' ? `${p.section} ${p.start}` : `${Math.round(p.size / 1024)} KiB of listing`,
      part: p,
    })), { title: `${file}: too large for one document; open a section or a function`, matchOnDescription: true });
    if (picked) await open(file, picked.part);
  };

  /** The editor VS Code gives `.o`/`.ko`/vmlinux files: it opens their listing instead. */
  const editor: vscode.CustomReadonlyEditorProvider = {
    openCustomDocument: (uri) => ({ uri, dispose: () => undefined }),
    async resolveCustomEditor(document, panel) {
      panel.webview.html = `<p>${document.uri.fsPath}: opened as its listing.</p>`;
      await openObject(document.uri);
      panel.dispose();
    },
  };
  context.subscriptions.push(
    findings, changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.window.registerCustomEditorProvider('tocsin.object', editor),
    vscode.commands.registerCommand('tocsin.openObject', openObject),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === SCHEME) findings.delete(d.uri);
    }),
  );
}
