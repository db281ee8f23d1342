// Tocsin extension: starts the language server over node IPC, claims extra `.S` files
// as ppc64-asm by the user's glob patterns (`.S` is shared with other architectures), and
// claims objdump output saved under any name by its header, which objdump prints after a
// blank first line (so the manifest's firstLine alone misses it).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDebugger } from './debugger';
import { registerObjects } from './objects';
import { registerStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerDebugger(context);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    initializationOptions: tocsinSettings(),
    // Sends the `tocsin` settings to the server whenever they change.
    synchronize: { configurationSection: 'tocsin' },
    documentSelector: [
      { scheme: 'file', language: 'ppc64-asm' },
      { scheme: 'file', language: 'ppc64-objdump' },
      { scheme: 'untitled', language: 'ppc64-asm' },
      { scheme: 'untitled', language: 'ppc64-objdump' },
    ],
  };
  client = new LanguageClient('tocsin', 'Tocsin', serverOptions, clientOptions);
  await client.start();
  registerObjects(context, client);
  registerStatus(context, client);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(claimDocument),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tocsin.asmFilePatterns')) vscode.workspace.textDocuments.forEach(claimDocument);
    }),
  );
  vscode.workspace.textDocuments.forEach(claimDocument);
}

const objdumpHeader = /^\S.*:\s+file format elf(32|64)-powerpc/;

function claimDocument(document: vscode.TextDocument): void {
  if (document.languageId === 'plaintext') {
    for (let line = 0; line < Math.min(3, document.lineCount); line++) {
      if (objdumpHeader.test(document.lineAt(line).text)) {
        void vscode.languages.setTextDocumentLanguage(document, 'ppc64-objdump');
        return;
      }
    }
  }
  claimByUserPatterns(document);
}

/** The settings the server reads, as plain values (the same shape synchronisation sends). */
function tocsinSettings(): object {
  const config = vscode.workspace.getConfiguration('tocsin');
  return {
    includePaths: config.get('includePaths'), forcedIncludes: config.get('forcedIncludes'), defines: config.get('defines'), target: config.get('target'), buildDirectory: config.get('buildDirectory'),
    inlayHints: config.get('inlayHints'),
  };
}

function claimByUserPatterns(document: vscode.TextDocument): void {
  if (document.languageId === 'ppc64-asm' || document.uri.scheme !== 'file') return;
  const patterns = vscode.workspace.getConfiguration('tocsin').get<string[]>('asmFilePatterns', []);
  if (patterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) {
    void vscode.languages.setTextDocumentLanguage(document, 'ppc64-asm');
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
