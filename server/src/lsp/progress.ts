// LSP work-done progress for long work: a server-initiated progress the user can cancel in the
// editor, also cancelled with the request that started it. A client without the capability
// gets no progress messages and the work runs the same.
import { basename } from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { AnalysisHost } from '../host/analysisHost';
import { documentPath } from '../host/uris';

export interface Progress {
  /** `done` of `total` items, with what is being done now. */
  report(done: number, total: number, message?: string): void;
  cancelled(): boolean;
}

export async function withProgress<T>(connection: Connection, title: string, work: (progress: Progress) => Promise<T>, token?: CancellationToken, cancellable = true): Promise<T> {
  const reporter = await connection.window.createWorkDoneProgress();
  reporter.begin(title, 0, undefined, cancellable);
  let lastPercent = -1;
  const progress: Progress = {
    report(done, total, message) {
      const percent = total ? Math.floor((done * 100) / total) : 0;
      if (percent === lastPercent && !message) return;
      lastPercent = percent;
      reporter.report(percent, message ?? `${done}/${total}`);
    },
    cancelled: () => reporter.token.isCancellationRequested || !!token?.isCancellationRequested,
  };
  try {
    return await work(progress);
  } finally {
    reporter.done();
  }
}

/** A large document's analysis (in a worker) as cancellable progress: cancelling stops it until the next edit. */
export function reportLongAnalyses(connection: Connection, host: AnalysisHost): void {
  host.onLongAnalysis(({ uri, lines, finished }) => {
    void withProgress(connection, `Tocsin: analysing ${basename(documentPath(uri))} (${lines.toLocaleString('en')} lines)`, async (progress) => {
      const poll = setInterval(() => {
        if (progress.cancelled()) host.cancelAnalysis(uri);
      }, 100);
      await finished;
      clearInterval(poll);
    });
  });
}
