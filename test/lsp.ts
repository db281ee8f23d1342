// A real LSP client over stdio against the bundled server (dist/server.js).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { repoRoot } from './helpers';

/** A process's resident memory in bytes. */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number } }; code?: string; message: string }[];
}

export class LspSession {
  readonly published: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async start(): Promise<LspSession> {
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    return new LspSession(child, connection);
  }

  /**
   * Waits until diagnostics for `uri` (at `version`, if given, and for which `until` holds)
   * arrive; fails after `ms`. Syntax errors come at once and the analysis's findings after it,
   * so a test of findings passes `until`.
   */
  async diagnosticsFor(uri: string, version?: number, ms = 10_000, until: (p: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = [...this.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version) && until(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} version ${version} within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    await new Promise((resolve) => this.process.once('exit', resolve));
  }
}
