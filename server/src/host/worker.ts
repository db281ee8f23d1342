// An analysis worker: parses one large document, reports its syntax errors, and analyses it
// when asked, off the language server's thread.
import { parentPort } from 'node:worker_threads';
import { Superseded } from './analyze';
import { DocumentAnalysis } from './documentAnalysis';
import { SLICE, SLICED, type WorkerReply, type WorkerRequest } from './runners';
import type { Snapshot } from './snapshot';

let document: Promise<DocumentAnalysis> | undefined;

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

/** Slices waiting for the server's go-ahead: it takes one per turn of its event loop. */
let queued: WorkerReply[] = [];

/**
 * The snapshot without its long lists (the findings went ahead of it); then the long lists
 * in slices, each sent when the server has taken the one before, so that deserialising a
 * million-line listing's snapshot never holds up its other requests for long.
 */
function sendSnapshot(snapshot: Snapshot): void {
  const core = { ...snapshot };
  for (const key of SLICED) (core[key] as unknown[]) = [];
  const { spans, targets } = snapshot.references;
  parentPort!.postMessage({ type: 'core', snapshot: core } satisfies WorkerReply, [spans.buffer as ArrayBuffer, targets.buffer as ArrayBuffer]);
  queued = [];
  for (const key of SLICED) {
    const items = snapshot[key] as unknown[];
    for (let i = 0; i < items.length; i += SLICE) queued.push({ type: 'part', version: snapshot.version, key, items: items.slice(i, i + SLICE) });
  }
  queued.push({ type: 'snapshot', version: snapshot.version });
  reply(queued.shift()!);
}

parentPort!.on('message', (message: WorkerRequest) => {
  switch (message.type) {
    case 'next': {
      const next = queued.shift();
      if (next) reply(next);
      break;
    }
    case 'open':
      document = DocumentAnalysis.open(message.grammar, message.text);
      void document.then((d) => reply({ type: 'syntax', version: message.version, findings: d.syntaxErrors() }), (err) => reply({ type: 'failed', version: message.version, message: String(err?.stack ?? err) }));
      break;
    case 'analyze':
      queued = [];
      void document!.then((d) => {
        try {
          sendSnapshot(d.analyze(message.input, undefined, (findings) => reply({ type: 'findings', findings })));
        } catch (err) {
          if (err instanceof Superseded) reply({ type: 'superseded', version: message.input.version });
          else reply({ type: 'failed', version: message.input.version, message: String((err as Error)?.stack ?? err) });
        }
      });
      break;
  }
});
