// One client's session: the analysis host, the workspace index and every handler on one
// connection.
import type { Connection } from 'vscode-languageserver/node';
import { AnalysisHost, type HostOptions } from '../host/analysisHost';
import { WorkspaceIndex } from '../host/workspace';
import { registerDiagnostics } from './diagnostics';
import { registerDocuments, syncCapabilities } from './documents';
import { editingCapabilities, registerEditing } from './editing';
import { registerObjectRequests } from './objects';
import { featureCapabilities, registerRequests } from './requests';
import { SettingsStore } from './settings';

export type SessionOptions = HostOptions;

export function serve(connection: Connection, options: SessionOptions = {}): AnalysisHost {
  const host = new AnalysisHost(options);
  const workspace = new WorkspaceIndex();
  const settings = new SettingsStore(connection);
  settings.onDidChange(() => host.setSettings(settings.current));
  registerDocuments(connection, host);
  registerDiagnostics(connection, host);
  registerRequests(connection, host, workspace);
  const editingClient = registerEditing(connection, host, settings);
  registerObjectRequests(connection, () => settings.current.target);
  connection.onDidChangeWatchedFiles(() => workspace.invalidate());
  connection.onInitialize((params) => {
    settings.initialize(params);
    editingClient(params.capabilities);
    host.setSettings(settings.current);
    workspace.setRoots(settings.roots);
    return {
      capabilities: { ...syncCapabilities, ...featureCapabilities, ...editingCapabilities },
      serverInfo: { name: 'tocsin', version: '0.1.0' },
    };
  });
  connection.onShutdown(() => host.dispose());
  connection.listen();
  return host;
}
