// An analysis worker: holds one large document, re-parses it as edits arrive, reports its
// syntax errors at once and analyses it when asked, off the language server's thread.
import { parentPort } from 'node:worker_threads';
import { Superseded } from './analyze';
import { DocumentAnalysis } from './documentAnalysis';
import type { WorkerReply, WorkerRequest } from './runners';

let document: Promise<DocumentAnalysis> | undefined;

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

parentPort!.on('message', (message: WorkerRequest) => {
  switch (message.type) {
    case 'open':
      document = DocumentAnalysis.open(message.grammar, message.text);
      void document.then((d) => reply({ type: 'syntax', version: message.version, findings: d.syntaxErrors() }), (err) => reply({ type: 'failed', version: message.version, message: String(err?.stack ?? err) }));
      break;
    case 'apply':
      void document!.then((d) => {
        d.apply(message.changes);
        reply({ type: 'syntax', version: message.version, findings: d.syntaxErrors() });
      });
      break;
    case 'analyze':
      void document!.then((d) => {
        try {
          reply({ type: 'snapshot', snapshot: d.analyze(message.input) });
        } catch (err) {
          if (err instanceof Superseded) reply({ type: 'superseded', version: message.input.version });
          else reply({ type: 'failed', version: message.input.version, message: String((err as Error)?.stack ?? err) });
        }
      });
      break;
  }
});
