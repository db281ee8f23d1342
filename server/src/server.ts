// Tocsin language server: wiring only. Features live in features/, one file each.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DocumentStore } from './features/documentSync';
import { registerCheckDiagnostics } from './features/checkDiagnostics';
import { SettingsStore } from './features/settings';
import { registerSyntaxDiagnostics } from './features/syntaxDiagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new DocumentStore(connection);
const settings = new SettingsStore(connection);
registerSyntaxDiagnostics(connection, documents);
registerCheckDiagnostics(connection, documents, settings);

connection.onInitialize((params) => {
  settings.initialize(params);
  return {
    capabilities: { ...DocumentStore.capabilities },
    serverInfo: { name: 'tocsin', version: '0.1.0' },
  };
});

connection.listen();
