// Tocsin extension: starts the language server over node IPC, claims extra `.S` files
// as ppc64-asm by the user's glob patterns (`.S` is shared with other architectures), and
// claims objdump output saved under any name by its header, which objdump prints after a
// blank first line (so the manifest's firstLine alone misses it).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEBUG_SCENARIO, registerDebugger } from './debugger';
import { registerExpansion } from './expansion';
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
  const output = vscode.window.createOutputChannel('Tocsin');
  context.subscriptions.push(output);
  const clientOptions: LanguageClientOptions = {
    outputChannel: output,
    initializationOptions: { ...tocsinSettings(), trusted: vscode.workspace.isTrusted },
    // Saved and created sources update the workspace index file by file.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{S,s,h,inc}') },
    documentSelector: [
      { scheme: 'file', language: 'ppc64-asm' },
      { scheme: 'file', language: 'ppc64-objdump' },
      { scheme: 'untitled', language: 'ppc64-asm' },
      { scheme: 'untitled', language: 'ppc64-objdump' },
      // Scenario files get their run and debug lenses from the server.
      { scheme: 'file', pattern: '**/*.scenario.json' },
    ],
  };
  client = new LanguageClient('tocsin', 'Tocsin', serverOptions, clientOptions);
  await client.start();
  registerObjects(context, client);
  registerStatus(context, client);
  registerExpansion(context, client);
  const sendSettings = () => void client?.sendNotification('workspace/didChangeConfiguration', { settings: { tocsin: tocsinSettings() } });
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tocsin')) sendSettings();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine('workspace trusted: the workspace\'s include paths, forced includes, defines and build directory now apply');
      void client?.sendNotification('tocsin/trusted');
      sendSettings();
    }),
  );

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(claimDocument),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tocsin.asmFilePatterns')) vscode.workspace.textDocuments.forEach(claimDocument);
    }),
  );
  vscode.workspace.textDocuments.forEach(claimDocument);
}

const objdumpHeader = /^\S.*:\s+file format elf(32|64)-powerpc/;
/** What only ppc64 assembly says: the ELF ABI version, the kernel's ppc macros, TOC operators. */
const ppc64Marker = /^\s*\.(abiversion|localentry)\b|#include\s*<asm\/ppc_asm\.h>|^\s*_GLOBAL(_TOC)?\(|@toc(base)?\b/m;
/** How far into a `.S` file the marker is looked for (the includes and first function). */
const MARKER_LINES = 200;

function claimDocument(document: vscode.TextDocument): void {
  if (document.languageId === 'plaintext') {
    for (let line = 0; line < Math.min(3, document.lineCount); line++) {
      if (objdumpHeader.test(document.lineAt(line).text)) {
        void vscode.languages.setTextDocumentLanguage(document, 'ppc64-objdump');
        return;
      }
    }
    // A .S outside arch/powerpc (VS Code knows no assembly language of its own) that says it is ppc64.
    if (/\.[sS]$/.test(document.fileName)) {
      const head = document.getText(new vscode.Range(0, 0, Math.min(MARKER_LINES, document.lineCount), 0));
      if (ppc64Marker.test(head)) {
        void vscode.languages.setTextDocumentLanguage(document, 'ppc64-asm');
        return;
      }
    }
  }
  claimByUserPatterns(document);
}

/**
 * The settings the server reads, as plain values. Settings that name files to read or text to
 * preprocess (`#include MACRO`) take only the user's own values in an untrusted workspace, as
 * the manifest's `restrictedConfigurations` declares.
 */
function tocsinSettings(): object {
  const config = vscode.workspace.getConfiguration('tocsin');
  const restricted = (key: string) => {
    if (vscode.workspace.isTrusted) return config.get(key);
    const values = config.inspect(key);
    return values?.globalValue ?? values?.defaultValue;
  };
  return {
    includePaths: restricted('includePaths'), forcedIncludes: restricted('forcedIncludes'), defines: restricted('defines'), target: config.get('target'), buildDirectory: restricted('buildDirectory'),
    inlayHints: config.get('inlayHints'),
    runReadouts: config.get('runReadouts'),
    // The server offers a Debug lens only to clients that run this command.
    clientCommands: [DEBUG_SCENARIO],
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
