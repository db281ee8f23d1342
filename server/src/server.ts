// Tocsin language server: wiring only. The analysis host keeps one analysis per document
// (host/), features answer from it (features/), lsp/ speaks the protocol.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AnalysisHost, type HostOptions } from './host/analysisHost';
import { WorkspaceIndex } from './host/workspace';
import { registerDiagnostics } from './lsp/diagnostics';
import { registerDocuments, syncCapabilities } from './lsp/documents';
import { featureCapabilities, registerRequests } from './lsp/requests';
import { SettingsStore } from './lsp/settings';

/** Serves one client on `connection` (in-process tests pass their own); returns the host. */
export function startServer(connection: Connection, options: HostOptions = {}): AnalysisHost {
  const host = new AnalysisHost(options);
  const workspace = new WorkspaceIndex();
  const settings = new SettingsStore(connection);
  settings.onDidChange(() => host.setSettings(settings.current));
  registerDocuments(connection, host);
  registerDiagnostics(connection, host);
  registerRequests(connection, host, workspace);
  connection.onDidChangeWatchedFiles(() => workspace.invalidate());
  connection.onInitialize((params) => {
    settings.initialize(params);
    host.setSettings(settings.current);
    workspace.setRoots(settings.roots);
    return {
      capabilities: { ...syncCapabilities, ...featureCapabilities },
      serverInfo: { name: 'tocsin', version: '0.1.0' },
    };
  });
  connection.onShutdown(() => host.dispose());
  connection.listen();
  return host;
}

/** Over stdio a frame that cannot be read (`Content-Length: abc`) ends the server with a message: a client restarts it. */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((err) => {
    console.error(`tocsin: unreadable message from the client, exiting: ${err.message}`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

/** The runtime's full collection, reachable without starting node with --expose-gc. */
function garbageCollector(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? () => gc() : undefined;
}

if (require.main === module) {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection, { collectGarbage: garbageCollector() });
}
