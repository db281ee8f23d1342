// Tocsin language server: wiring only. Features live in features/, one file each.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DocumentStore } from './features/documentSync';
import { registerCheckDiagnostics } from './features/checkDiagnostics';
import { SettingsStore } from './features/settings';
import { registerSyntaxDiagnostics } from './features/syntaxDiagnostics';
import { objectListing, objectOverview, type ObjectPart } from './features/objectListing';

const connection = createConnection(ProposedFeatures.all);
const documents = new DocumentStore(connection);
const settings = new SettingsStore(connection);
registerSyntaxDiagnostics(connection, documents);
registerCheckDiagnostics(connection, documents, settings);

// Built objects (.o, .ko, vmlinux): the client asks for their parts and listings; an unreadable
// or damaged file answers with its one-line error.
const answer = <T>(f: () => T): T | { error: string } => {
  try {
    return f();
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
};
connection.onRequest('tocsin/objectOverview', ({ file }: { file: string }) => answer(() => objectOverview(file)));
connection.onRequest('tocsin/objectListing', ({ file, part }: { file: string; part?: ObjectPart }) => answer(() => objectListing(file, part, settings.current.target)));

connection.onInitialize((params) => {
  settings.initialize(params);
  return {
    capabilities: { ...DocumentStore.capabilities },
    serverInfo: { name: 'tocsin', version: '0.1.0' },
  };
});

connection.listen();
