// One client's session: the analysis host, the workspace index and every handler on one
// connection.
import type { Connection } from 'vscode-languageserver/node';
import { AnalysisHost, type HostOptions } from '../host/analysisHost';
import { WorkspaceIndex } from '../host/workspace';
import { registerDiagnostics } from './diagnostics';
import { registerDocuments, syncCapabilities } from './documents';
import { registerObjectRequests } from './objects';
import { featureCapabilities, registerRequests } from './requests';
import { SettingsStore } from './settings';
import { readoutCapabilities, Readouts, registerReadouts } from './readouts';
import { DEBUG_SCENARIO } from '../features/runReadouts';

export type SessionOptions = HostOptions;

export function serve(connection: Connection, options: SessionOptions = {}): AnalysisHost {
  const host = new AnalysisHost(options);
  const workspace = new WorkspaceIndex();
  const settings = new SettingsStore(connection);
  settings.onDidChange(() => host.setSettings(settings.current));
  registerDocuments(connection, host);
  const readouts = new Readouts(connection, host);
  readouts.republish = registerDiagnostics(connection, host, (uri) => readouts.diagnostics(uri));
  settings.onDidChange(() => {
    readouts.mode = settings.runReadouts;
    void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  registerRequests(connection, host, workspace, readouts);
  registerReadouts(connection, host, readouts);
  registerObjectRequests(connection, () => settings.current.target);
  connection.onDidChangeWatchedFiles(() => {
    workspace.invalidate();
    readouts.scenarios.invalidate();
  });
  connection.onInitialize((params) => {
    settings.initialize(params);
    host.setSettings(settings.current);
    workspace.setRoots(settings.roots);
    readouts.scenarios.setRoots(settings.roots);
    readouts.mode = settings.runReadouts;
    readouts.debugCommand = settings.clientCommands.includes(DEBUG_SCENARIO);
    return {
      capabilities: { ...syncCapabilities, ...featureCapabilities, ...readoutCapabilities },
      serverInfo: { name: 'tocsin', version: '0.1.0' },
    };
  });
  connection.onShutdown(() => host.dispose());
  connection.listen();
  return host;
}
