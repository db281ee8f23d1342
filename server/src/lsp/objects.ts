// Built objects (.o, .ko, vmlinux) over the protocol: the client asks for an object's parts and
// for a part's listing with its findings (features/objectListing.ts); an unreadable or damaged
// file answers with its one-line error instead.
import { basename } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { CheckTarget } from '../analysis/tocRules';
import { objectListing, objectOverview, type ObjectPart } from '../features/objectListing';
import { withProgress } from './progress';

function answer<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function registerObjectRequests(connection: Connection, target: () => CheckTarget | undefined): void {
  connection.onRequest('tocsin/objectOverview', ({ file }: { file: string }) => answer(() => objectOverview(file)));
  // Disassembling and checking a vmlinux section takes seconds: shown as progress. The work is
  // one synchronous step, so a cancel is honoured only before it starts.
  connection.onRequest('tocsin/objectListing', ({ file, part }: { file: string; part?: ObjectPart }, token) =>
    withProgress(connection, `Tocsin: disassembling ${basename(file)}${part && part.kind !== 'whole' ? ` ${part.name}` : ''}`, async (progress) =>
      progress.cancelled() ? { error: 'cancelled' } : answer(() => objectListing(file, part, target())), token, false));
}
