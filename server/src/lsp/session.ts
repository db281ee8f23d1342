// One client's session: the analysis host, the workspace index and every handler on one
// connection.
import type { Connection } from 'vscode-languageserver/node';
import { AnalysisHost, type HostOptions } from '../host/analysisHost';
import { Cancelled, WorkspaceIndex } from '../host/workspace';
import { documentPath } from '../host/uris';
import { CHECK_WORKSPACE } from '../features/commands';
import { checkWorkspace } from './checkWorkspace';
import { reportLongAnalyses, withProgress } from './progress';
import { registerDiagnostics } from './diagnostics';
import { registerDocuments, syncCapabilities } from './documents';
import { registerExpansion } from './expansion';
import { describeIndex, describeSettings, logAnalyses, serverLog } from './log';
import { editingCapabilities, registerEditing } from './editing';
import { registerObjectRequests } from './objects';
import { featureCapabilities, registerRequests } from './requests';
import { SettingsStore, TRUST_NOTIFICATION } from './settings';
import { readoutCapabilities, Readouts, registerReadouts } from './readouts';
import { DEBUG_SCENARIO } from '../features/runReadouts';

export type SessionOptions = HostOptions;

export function serve(connection: Connection, options: SessionOptions = {}): AnalysisHost {
  const host = new AnalysisHost(options);
  const settings = new SettingsStore(connection);
  const log = serverLog(connection);
  const workspace = new WorkspaceIndex((stats) => log(describeIndex(stats)));
  settings.onDidChange(() => {
    log(`settings changed: ${describeSettings(settings.current, settings.trusted)}`);
    host.setSettings(settings.current);
  });
  connection.onNotification(TRUST_NOTIFICATION, () => settings.trust());
  logAnalyses(host, log);
  reportLongAnalyses(connection, host);
  registerDocuments(connection, host);
  const readouts = new Readouts(connection, host);
  readouts.republish = registerDiagnostics(connection, host, (uri) => readouts.diagnostics(uri));
  // The readouts' mode decides between inlay hints and lenses; editing asks for the hints again.
  settings.onDidChangeInlayHints(() => {
    readouts.mode = settings.runReadouts;
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  registerRequests(connection, host, workspace, readouts, {
    [CHECK_WORKSPACE]: (_args, token) => checkWorkspace(connection, host, workspace, () => settings.current, log, token),
  });
  const editingClient = registerEditing(connection, host, settings, (uri, range) => readouts.inlayHints(uri, range));
  registerReadouts(connection, host, readouts);
  registerObjectRequests(connection, () => settings.current.target);
  registerExpansion(connection, host);
  connection.onDidChangeWatchedFiles(({ changes }) => {
    void workspace.update(changes.map((c) => c.uri).filter((u) => u.startsWith('file:')).map(documentPath));
    readouts.scenarios.invalidate();
  });
  // The index is built as soon as the client is ready, so that the first search finds it done.
  connection.onInitialized(() => {
    withProgress(connection, 'Tocsin: indexing the workspace', (progress) => workspace.definitions(progress)).catch((err) => {
      log(err instanceof Cancelled ? 'indexing cancelled: the next search indexes again' : `indexing failed: ${err instanceof Error ? err.stack : err}`);
    });
  });
  connection.onInitialize((params) => {
    settings.initialize(params);
    editingClient(params.capabilities);
    host.setSettings(settings.current);
    workspace.setRoots(settings.roots);
    readouts.scenarios.setRoots(settings.roots);
    readouts.mode = settings.runReadouts;
    readouts.debugCommand = settings.clientCommands.includes(DEBUG_SCENARIO);
    log(`started for ${settings.roots.join(', ') || 'no workspace folder'}: ${describeSettings(settings.current, settings.trusted)}`);
    return {
      capabilities: { ...syncCapabilities, ...featureCapabilities, ...editingCapabilities, ...readoutCapabilities },
      serverInfo: { name: 'tocsin', version: '0.1.0' },
    };
  });
  connection.onShutdown(() => host.dispose());
  connection.listen();
  return host;
}
