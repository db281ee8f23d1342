// Tocsin language server: wiring only. The analysis host keeps one analysis per document
// (host/), features answer from it (features/), lsp/ speaks the protocol.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve, type SessionOptions } from './lsp/session';

/** Serves one client on `connection` (in-process tests pass their own); returns the analysis host. */
export function startServer(connection: Connection, options: SessionOptions = {}): ReturnType<typeof serve> {
  return serve(connection, options);
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
