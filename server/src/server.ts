// Tocsin language server: wiring only. Features live in features/, one file each.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DocumentStore } from './features/documentSync';
import { registerCheckDiagnostics } from './features/checkDiagnostics';
import { registerSyntaxDiagnostics } from './features/syntaxDiagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new DocumentStore(connection);
registerSyntaxDiagnostics(connection, documents);
registerCheckDiagnostics(connection, documents);

connection.onInitialize(() => ({
  capabilities: { ...DocumentStore.capabilities },
  serverInfo: { name: 'tocsin', version: '0.1.0' },
}));

connection.listen();
