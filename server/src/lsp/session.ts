// One client's session: the analysis host, the workspace index and every handler on one
// connection.
import type { Connection } from 'vscode-languageserver/node';
import { AnalysisHost, type HostOptions } from '../host/analysisHost';
import { WorkspaceIndex } from '../host/workspace';
import { registerDiagnostics } from './diagnostics';
import { registerDocuments, syncCapabilities } from './documents';
import { registerExpansion } from './expansion';
import { describeSettings, logAnalyses, serverLog } from './log';
import { registerObjectRequests } from './objects';
import { featureCapabilities, registerRequests } from './requests';
import { SettingsStore, TRUST_NOTIFICATION } from './settings';

export type SessionOptions = HostOptions;

export function serve(connection: Connection, options: SessionOptions = {}): AnalysisHost {
  const host = new AnalysisHost(options);
  const workspace = new WorkspaceIndex();
  const settings = new SettingsStore(connection);
  const log = serverLog(connection);
  settings.onDidChange(() => {
    log(`settings changed: ${describeSettings(settings.current, settings.trusted)}`);
    host.setSettings(settings.current);
  });
  connection.onNotification(TRUST_NOTIFICATION, () => settings.trust());
  logAnalyses(host, log);
  registerDocuments(connection, host);
  registerDiagnostics(connection, host);
  registerRequests(connection, host, workspace);
  registerObjectRequests(connection, () => settings.current.target);
  registerExpansion(connection, host);
  connection.onDidChangeWatchedFiles(() => workspace.invalidate());
  connection.onInitialize((params) => {
    settings.initialize(params);
    host.setSettings(settings.current);
    workspace.setRoots(settings.roots);
    log(`started for ${settings.roots.join(', ') || 'no workspace folder'}: ${describeSettings(settings.current, settings.trusted)}`);
    return {
      capabilities: { ...syncCapabilities, ...featureCapabilities },
      serverInfo: { name: 'tocsin', version: '0.1.0' },
    };
  });
  connection.onShutdown(() => host.dispose());
  connection.listen();
  return host;
}
