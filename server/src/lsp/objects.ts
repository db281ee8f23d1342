// Built objects (.o, .ko, vmlinux) over the protocol: the client asks for an object's parts and
// for a part's listing with its findings (features/objectListing.ts); an unreadable or damaged
// file answers with its one-line error instead.
import type { Connection } from 'vscode-languageserver/node';
import type { CheckTarget } from '../analysis/tocRules';
import { objectListing, objectOverview, type ObjectPart } from '../features/objectListing';

function answer<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function registerObjectRequests(connection: Connection, target: () => CheckTarget | undefined): void {
  connection.onRequest('tocsin/objectOverview', ({ file }: { file: string }) => answer(() => objectOverview(file)));
  connection.onRequest('tocsin/objectListing', ({ file, part }: { file: string; part?: ObjectPart }) => answer(() => objectListing(file, part, target())));
}
