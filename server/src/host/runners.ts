// Where a document is analysed: in the server's own thread (small documents, where an
// analysis takes milliseconds) or in a worker thread of its own (large listings), so that a
// long analysis never holds up requests and diagnostics for other documents. A worker dies
// with its document, and its memory with it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextChange } from '../parse/document';
import type { GrammarName } from '../parse/runtime';
import { Superseded, type AnalysisInput, type EarlyFindings } from './analyze';
import { DocumentAnalysis } from './documentAnalysis';
import type { Finding, Snapshot } from './snapshot';

/** The snapshot's long lists, sent in slices of SLICE items after the rest. */
export const SLICED = ['definitions', 'functions', 'calls', 'symbols', 'instructions'] as const;
export const SLICE = 2000;
/** Quiet time that ends a burst of edits to a large document. */
const BURST_MS = 100;
type SlicedKey = (typeof SLICED)[number];

export type WorkerRequest =
  | { type: 'open'; version: number; grammar: GrammarName; text: string }
  | { type: 'analyze'; input: AnalysisInput }
  /** The server has taken the last slice: send the next. */
  | { type: 'next' };

export type WorkerReply =
  | { type: 'syntax'; version: number; findings: Finding[] }
  /** The findings, as soon as they are known: enough to publish diagnostics. */
  | { type: 'findings'; findings: EarlyFindings }
  /** The snapshot without its long lists. */
  | { type: 'core'; snapshot: Snapshot }
  | { type: 'part'; version: number; key: SlicedKey; items: unknown[] }
  /** The last slice has been sent: the snapshot is whole. */
  | { type: 'snapshot'; version: number }
  | { type: 'superseded'; version: number }
  | { type: 'failed'; version: number; message: string };

export interface RunnerEvents {
  syntax(version: number, findings: Finding[]): void;
  failed(version: number, message: string): void;
}

export interface Runner {
  open(version: number, text: string): void;
  apply(version: number, changes: TextChange[]): void;
  /**
   * Resolves with the snapshot, or undefined when superseded or cancelled. `early` gets the
   * findings when they are known before the whole snapshot.
   */
  analyze(input: AnalysisInput, early?: (f: EarlyFindings) => void): Promise<Snapshot | undefined>;
  /**
   * An analysis is running that `version` makes pointless: drop it now. The runner then holds
   * the text as it is at `version` (changes up to it need not be applied).
   */
  cancel(version: number): void;
  readonly analysing: boolean;
  dispose(): void;
}

export class InlineRunner implements Runner {
  private document: Promise<DocumentAnalysis | undefined> = Promise.resolve(undefined);
  /** The latest version given: an analysis of an older one stops before its index. */
  private latest = 0;
  analysing = false;

  constructor(private readonly grammar: GrammarName, private readonly events: RunnerEvents) {}

  open(version: number, text: string): void {
    this.latest = version;
    this.document = DocumentAnalysis.open(this.grammar, text);
    void this.document.then((d) => d && this.events.syntax(version, d.syntaxErrors()), (err) => this.events.failed(version, String(err?.stack ?? err)));
  }

  apply(version: number, changes: TextChange[]): void {
    this.latest = Math.max(this.latest, version);
    this.document = this.document.then((d) => {
      if (!d) return d;
      d.apply(changes);
      this.events.syntax(version, d.syntaxErrors());
      return d;
    });
  }

  /**
   * The findings go out first: the index is built a turn later, once their notification is
   * written. An edit in between is applied meanwhile (the analysis holds its own copy of the
   * syntax and text), and makes the index pointless.
   */
  async analyze(input: AnalysisInput, early?: (f: EarlyFindings) => void): Promise<Snapshot | undefined> {
    const d = await this.document;
    if (!d) return undefined;
    try {
      const analysis = d.analyzeInPhases(input, () => this.latest <= input.version);
      early?.(analysis.findings);
      await new Promise((resolve) => setImmediate(resolve));
      return analysis.finish();
    } catch (err) {
      if (err instanceof Superseded) return undefined;
      throw err;
    }
  }

  cancel(): void {
    // Each phase runs within one turn: a change never finds one running.
  }

  dispose(): void {
    void this.document.then((d) => d?.dispose());
  }
}

/** The bundled worker: beside the server bundle, or in the build output when run from source. */
function workerScript(): string {
  const beside = join(__dirname, 'analysisWorker.js');
  return existsSync(beside) ? beside : join(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');
}

/**
 * A large document in a worker thread of its own. Edits do not reach the worker one by one:
 * re-parsing a tree whose root holds a million lines costs nearly what a fresh parse does,
 * so when a burst of edits pauses the worker is started again on the text as it is, and
 * its parse gives the syntax errors; the analysis then runs there as usual.
 */
export class WorkerRunner implements Runner {
  private worker: Worker | undefined;
  private pending: {
    version: number;
    resolve: (s: Snapshot | undefined) => void;
    reject: (e: Error) => void;
    early?: (f: EarlyFindings) => void;
    /** The findings are in: what is left is the index and the transfer. */
    computed?: boolean;
    core?: Snapshot;
    parts: Map<SlicedKey, unknown[][]>;
  } | undefined;
  /** The version the worker was started on, and the text it was given. */
  private latest: { version: number; text: string } | undefined;
  private burst: NodeJS.Timeout | undefined;

  /** `currentText` gives the document's text now, to start a worker over after edits. */
  constructor(private readonly grammar: GrammarName, private readonly events: RunnerEvents, private readonly currentText: () => string) {}

  /** Computing, as opposed to sending a finished analysis: only then is cancelling worth it. */
  get analysing(): boolean {
    return this.pending !== undefined && !this.pending.computed;
  }

  open(version: number, text: string): void {
    this.restart(version, text);
  }

  apply(version: number): void {
    clearTimeout(this.burst);
    this.burst = setTimeout(() => this.restart(version, this.currentText()), BURST_MS);
  }

  analyze(input: AnalysisInput, early?: (f: EarlyFindings) => void): Promise<Snapshot | undefined> {
    this.pending?.resolve(undefined);
    this.pending = undefined;
    if (!this.worker || this.latest?.version !== input.version) this.restart(input.version, this.currentText());
    return new Promise((resolve, reject) => {
      this.pending = { version: input.version, resolve, reject, early, parts: new Map() };
      this.worker!.postMessage({ type: 'analyze', input } satisfies WorkerRequest);
    });
  }

  /** The worker is inside a long synchronous analysis: ending it is the only way to stop it. */
  cancel(version: number): void {
    const pending = this.pending;
    this.pending = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    pending?.resolve(undefined);
    this.apply(version);
  }

  dispose(): void {
    clearTimeout(this.burst);
    this.pending?.resolve(undefined);
    this.pending = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private restart(version: number, text: string): void {
    clearTimeout(this.burst);
    if (this.worker && this.latest?.version === version) return;
    void this.worker?.terminate();
    this.latest = { version, text };
    this.start();
  }

  private start(): void {
    const worker = new Worker(workerScript());
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (worker !== this.worker) return;
      switch (reply.type) {
        case 'syntax':
          this.events.syntax(reply.version, reply.findings);
          break;
        case 'findings':
          if (this.pending?.version === reply.findings.version) {
            this.pending.computed = true;
            this.pending.early?.(reply.findings);
          }
          break;
        case 'core':
          if (this.pending?.version === reply.snapshot.version) this.pending.core = reply.snapshot;
          break;
        case 'part': {
          const pending = this.pending;
          if (pending?.version === reply.version) {
            const list = pending.parts.get(reply.key) ?? [];
            list.push(reply.items);
            pending.parts.set(reply.key, list);
          }
          // One slice per turn: requests waiting behind it go first.
          setImmediate(() => worker === this.worker && worker.postMessage({ type: 'next' } satisfies WorkerRequest));
          break;
        }
        case 'snapshot': {
          const pending = this.pending;
          if (pending?.version !== reply.version || !pending.core) break;
          const snapshot = pending.core;
          for (const [key, slices] of pending.parts) (snapshot[key] as unknown[]) = slices.flat();
          this.settle(reply.version, snapshot);
          break;
        }
        case 'superseded':
          this.settle(reply.version, undefined);
          break;
        case 'failed':
          if (this.pending?.version === reply.version) {
            const p = this.pending;
            this.pending = undefined;
            p.reject(new Error(reply.message));
          } else this.events.failed(reply.version, reply.message);
          break;
      }
    });
    worker.on('error', (err) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      const p = this.pending;
      this.pending = undefined;
      if (p) p.reject(err);
      else this.events.failed(this.latest?.version ?? 0, String(err.stack ?? err));
    });
    worker.postMessage({ type: 'open', version: this.latest!.version, grammar: this.grammar, text: this.latest!.text } satisfies WorkerRequest);
  }

  private settle(version: number, snapshot: Snapshot | undefined): void {
    if (this.pending?.version !== version) return;
    const p = this.pending;
    this.pending = undefined;
    p.resolve(snapshot);
  }
}
