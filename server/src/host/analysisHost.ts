// The analysis host: one analysis per open document, keyed by document, version and
// settings. Syntax errors come with every edit; the full analysis (object model, entries,
// TOC values, call classes, findings) runs when the edits pause, only for the latest
// version (an edit cancels a running analysis of an older one), and requests in between are
// answered from the latest finished snapshot, its positions mapped through the edits since.
import type { GrammarName } from '../parse/runtime';
import type { AnalysisSettings, EarlyFindings } from './analyze';
import { mapBack, mapRangeForward, TextBuffer, type Move, type TextChange } from './edits';
import { expandLines, type LineExpansion } from './expansion';
import { LineIndex } from './lines';
import { InlineRunner, WorkerRunner, type Runner } from './runners';
import type { Finding, Position, Snapshot, TextRange } from './snapshot';
import { documentPath } from './uris';

export interface HostOptions {
  /** Quiet time after an edit before the analysis runs, in ms. */
  debounceMs?: number;
  /** Documents longer than this (UTF-16 units) are analysed in a worker thread of their own. */
  workerThreshold?: number;
  /** Runs a full garbage collection, if the runtime allows: after a large document closes. */
  collectGarbage?: () => void;
}

/** What a feature reads: the latest snapshot, its text, and the way to and from today's text. */
export interface DocumentView {
  snapshot: Snapshot;
  /** The text the snapshot was made from, by line. */
  lines: LineIndex;
  /** Where a position of the current text is in the snapshot's; undefined in text typed since. */
  toSnapshot(p: Position): Position | undefined;
  /** Where a range of the snapshot is in the current text; undefined when edited away. */
  toCurrent(r: TextRange): TextRange | undefined;
}

export interface LongAnalysis {
  uri: string;
  version: number;
  lines: number;
  /** Resolves when the analysis ends: done, superseded, failed or cancelled. */
  finished: Promise<void>;
}

export interface PublishedDiagnostics {
  uri: string;
  version: number;
  findings: Finding[];
}

const lineIndexes = new WeakMap<Snapshot, LineIndex>();

function linesOf(snapshot: Snapshot, text: string): LineIndex {
  let lines = lineIndexes.get(snapshot);
  if (!lines) lineIndexes.set(snapshot, (lines = new LineIndex(text)));
  return lines;
}

const GRAMMARS: Record<string, GrammarName> = { 'ppc64-asm': 'ppc64asm', 'ppc64-objdump': 'objdump' };

interface OpenDocument {
  uri: string;
  grammar: GrammarName;
  version: number;
  text: TextBuffer;
  runner: Runner;
  /** Syntax errors of the latest version whose parse finished. */
  syntax?: { version: number; findings: Finding[] };
  snapshot?: Snapshot;
  snapshotText?: string;
  /** The latest analysis's findings: they may come before its whole snapshot. */
  results?: EarlyFindings;
  /** Edits after the snapshot's version, by version. */
  history: { version: number; moves: Move[] }[];
  timer?: NodeJS.Timeout;
  /** The syntax errors last published, as text: an edit that leaves them alone publishes nothing until its analysis. */
  publishedSyntax?: string;
  settingsVersion: number;
  snapshotSettings?: number;
  /** Why the next analysis runs, for the log. */
  why: string;
  /** The user cancelled the running analysis: the document waits for its next edit. */
  cancelled?: boolean;
  waiters: (() => void)[];
}

export class InvalidChange extends Error {}

export class AnalysisHost {
  private readonly docs = new Map<string, OpenDocument>();
  private settings: AnalysisSettings = { includePaths: [], defines: {} };
  private settingsVersion = 0;
  private readonly diagnosticsListeners: ((d: PublishedDiagnostics) => void)[] = [];
  private readonly snapshotListeners: ((s: Snapshot, why: string) => void)[] = [];
  private readonly longListeners: ((work: LongAnalysis) => void)[] = [];
  private readonly debounceMs: number;
  private readonly workerThreshold: number;
  private readonly collectGarbage?: () => void;

  constructor(options: HostOptions = {}) {
    this.debounceMs = options.debounceMs ?? 200;
    this.workerThreshold = options.workerThreshold ?? 1_000_000;
    this.collectGarbage = options.collectGarbage;
  }

  static grammarOf(languageId: string): GrammarName | undefined {
    return GRAMMARS[languageId];
  }

  onDiagnostics(listener: (d: PublishedDiagnostics) => void): void {
    this.diagnosticsListeners.push(listener);
  }

  /** Each new snapshot, and why its analysis ran (`opened`, `edited`, `settings changed`). */
  onSnapshot(listener: (s: Snapshot, why: string) => void): void {
    this.snapshotListeners.push(listener);
  }

  /** Analyses of large documents (in a worker) as they start: long work to report. */
  onLongAnalysis(listener: (work: LongAnalysis) => void): void {
    this.longListeners.push(listener);
  }

  /** Stops a document's running analysis; the next edit or settings change analyses it again. */
  cancelAnalysis(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc?.runner.analysing) return;
    doc.cancelled = true;
    doc.runner.cancel(doc.version);
  }

  setSettings(settings: AnalysisSettings): void {
    this.settings = settings;
    this.settingsVersion++;
    for (const doc of this.docs.values()) {
      doc.why = 'settings changed';
      this.schedule(doc, 0);
    }
  }

  open(uri: string, languageId: string, version: number, text: string): boolean {
    const grammar = GRAMMARS[languageId];
    if (!grammar) return false;
    this.close(uri);
    const doc: OpenDocument = {
      uri, grammar, version, text: new TextBuffer(text), history: [], settingsVersion: this.settingsVersion, waiters: [], why: 'opened',
      runner: undefined as unknown as Runner,
    };
    const events = {
      syntax: (v: number, findings: Finding[]) => this.onSyntax(doc, v, findings),
      failed: (v: number, message: string) => console.error(`tocsin: analysis of ${uri} (version ${v}) failed: ${message}`),
    };
    doc.runner = text.length > this.workerThreshold ? new WorkerRunner(grammar, events, () => doc.text.text) : new InlineRunner(grammar, events);
    this.docs.set(uri, doc);
    doc.runner.open(version, text);
    this.schedule(doc, 0);
    return true;
  }

  /**
   * Applies a client's changes. A malformed change throws InvalidChange before anything is
   * applied, and the document stays as it was.
   */
  change(uri: string, version: number, changes: readonly unknown[]): void {
    const doc = this.docs.get(uri);
    if (!doc) throw new InvalidChange(`${uri} is not open`);
    const valid = changes.map(validChange);
    const moves = doc.text.apply(valid);
    doc.version = version;
    doc.history.push({ version, moves });
    if (doc.runner.analysing) doc.runner.cancel(version);
    else doc.runner.apply(version, valid);
    doc.why = 'edited';
    this.schedule(doc, this.debounceMs);
  }

  close(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    clearTimeout(doc.timer);
    doc.runner.dispose();
    this.docs.delete(uri);
    for (const w of doc.waiters.splice(0)) w();
    for (const l of this.diagnosticsListeners) l({ uri, version: doc.version, findings: [] });
    // A large document's texts are garbage now; without a collection the process keeps their pages.
    if (doc.runner instanceof WorkerRunner && this.collectGarbage) setImmediate(this.collectGarbage);
  }

  isOpen(uri: string): boolean {
    return this.docs.has(uri);
  }

  openUris(): string[] {
    return [...this.docs.keys()];
  }

  /** An open document's text as it is now. */
  text(uri: string): string | undefined {
    return this.docs.get(uri)?.text.text;
  }

  /** Open documents' texts by file path, for `#include`s and the workspace index. */
  buffers(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.docs.values()) if (d.grammar === 'ppc64asm' && d.uri.startsWith('file:')) out[documentPath(d.uri)] = d.text.text;
    return out;
  }

  /** Lines `first`..`last` of an open `.S` document as the preprocessor and the assembler expand them, with the current text and settings. */
  expansion(uri: string, first: number, last: number): LineExpansion[] | undefined {
    const doc = this.docs.get(uri);
    if (!doc || doc.grammar !== 'ppc64asm') return undefined;
    return expandLines(documentPath(uri), doc.text.text, { settings: this.settings, buffers: this.buffers() }, first, last);
  }

  /** A line of the document as it is now, typing included (completion reads what was just typed). */
  /** Whether the current text of `uri` has line `line` (0-based). */
  holdsLine(uri: string, line: number): boolean {
    const doc = this.docs.get(uri);
    return !!doc && line >= 0 && line < doc.text.lineCount;
  }

  currentLine(uri: string, line: number): string | undefined {
    return this.docs.get(uri)?.text.line(line);
  }

  /** The latest finished snapshot; waits for the first one of a document just opened. */
  async view(uri: string): Promise<DocumentView | undefined> {
    let doc = this.docs.get(uri);
    if (doc && !doc.snapshot) {
      await new Promise<void>((resolve) => doc!.waiters.push(resolve));
      doc = this.docs.get(uri);
    }
    if (!doc?.snapshot) return undefined;
    const snapshotVersion = doc.snapshot.version;
    const moves = doc.history.filter((h) => h.version > snapshotVersion).flatMap((h) => h.moves);
    return {
      snapshot: doc.snapshot,
      lines: linesOf(doc.snapshot, doc.snapshotText!),
      toSnapshot: (p) => mapBack(p, moves),
      toCurrent: (r) => mapRangeForward(r, moves),
    };
  }

  /** Resolves once a snapshot of `version` (or a later one) with the current settings exists. */
  async analysed(uri: string, version?: number): Promise<Snapshot | undefined> {
    for (;;) {
      const doc = this.docs.get(uri);
      if (!doc) return undefined;
      const want = version ?? doc.version;
      if (doc.snapshot && doc.snapshot.version >= want && doc.snapshotSettings === this.settingsVersion) return doc.snapshot;
      await new Promise<void>((resolve) => doc.waiters.push(resolve));
    }
  }

  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.close(uri);
  }

  private schedule(doc: OpenDocument, delay: number): void {
    clearTimeout(doc.timer);
    doc.timer = setTimeout(() => void this.run(doc), delay);
  }

  private async run(doc: OpenDocument): Promise<void> {
    const version = doc.version;
    const settingsVersion = this.settingsVersion;
    const why = doc.why;
    // The text this run analyses, kept for its snapshot: runs of one version may overlap (a
    // settings change while analysing), so it is held here, not in a table the other run empties.
    const text = doc.text.text;
    let snapshot: Snapshot | undefined;
    const current = () => this.docs.get(doc.uri) === doc && (!doc.results || doc.results.version <= version);
    let publishedEarly = false;
    const early = (findings: EarlyFindings) => {
      if (!current()) return;
      doc.results = findings;
      publishedEarly = true;
      this.publish(doc);
    };
    let finished: (() => void) | undefined;
    if (doc.runner instanceof WorkerRunner) {
      const work = { uri: doc.uri, version, lines: doc.text.lineCount, finished: new Promise<void>((resolve) => (finished = resolve)) };
      for (const l of this.longListeners) l(work);
    }
    doc.cancelled = false;
    try {
      snapshot = await doc.runner.analyze({ uri: doc.uri, version, settings: this.settings, buffers: this.buffers() }, early);
    } catch (err) {
      console.error(`tocsin: analysis of ${doc.uri} (version ${version}) failed: ${err instanceof Error ? err.stack : err}`);
      // Requests waiting for a first snapshot get none rather than waiting for ever.
      for (const w of doc.waiters.splice(0)) w();
    } finally {
      finished?.();
    }
    if (!snapshot && doc.cancelled) {
      for (const w of doc.waiters.splice(0)) w();
      return;
    }
    if (!snapshot || this.docs.get(doc.uri) !== doc) return;
    if (doc.snapshot && doc.snapshot.version > snapshot.version) return;
    doc.snapshot = snapshot;
    doc.snapshotText = text;
    doc.snapshotSettings = settingsVersion;
    doc.results = snapshot;
    doc.history = doc.history.filter((h) => h.version > snapshot!.version);
    for (const l of this.snapshotListeners) l(snapshot, why);
    if (!publishedEarly) this.publish(doc);
    for (const w of doc.waiters.splice(0)) w();
  }

  private onSyntax(doc: OpenDocument, version: number, findings: Finding[]): void {
    if (this.docs.get(doc.uri) !== doc || (doc.syntax && doc.syntax.version > version)) return;
    doc.syntax = { version, findings };
    // The client keeps the findings it has and moves them with the edits; only changed syntax errors need sending now.
    if (JSON.stringify(findings) === (doc.publishedSyntax ?? '[]')) return;
    this.publish(doc);
  }

  /** Syntax errors of the newest parse, with the latest analysis's findings mapped onto it. */
  private publish(doc: OpenDocument): void {
    const syntax = doc.syntax;
    const snapshot = doc.results;
    if (!syntax && !snapshot) return;
    const version = Math.max(syntax?.version ?? -Infinity, snapshot?.version ?? -Infinity);
    let findings: Finding[] = [];
    if (snapshot) {
      const moves = doc.history.filter((h) => h.version > snapshot.version && h.version <= version).flatMap((h) => h.moves);
      // Lines an edit touched may have lost their findings: those wait for the analysis.
      const touched = (line: number) => moves.some((m) => m.whole || (line >= m.start.line && line <= m.newEnd.line));
      for (const f of snapshot.findings) {
        const range = mapRangeForward(f.range, moves);
        if (range && !touched(range.start.line)) findings.push(range === f.range ? f : { ...f, range, fix: undefined });
      }
    }
    const syntaxFindings = syntax && syntax.version >= (snapshot?.version ?? -Infinity) ? syntax.findings : snapshot?.syntaxErrors ?? [];
    doc.publishedSyntax = JSON.stringify(syntaxFindings);
    findings = [...syntaxFindings, ...findings];
    for (const l of this.diagnosticsListeners) l({ uri: doc.uri, version, findings });
  }
}

/** A content change as LSP allows it: `{text}` for the whole document or `{range, text}`. */
function validChange(raw: unknown): TextChange {
  const c = raw as { range?: unknown; text?: unknown };
  if (!c || typeof c !== 'object' || typeof c.text !== 'string') throw new InvalidChange('a content change needs a text string');
  if (!('range' in c) || c.range === undefined) return { text: c.text };
  const r = c.range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  const pos = (p: { line?: unknown; character?: unknown } | undefined) =>
    p && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0
      ? { line: p.line as number, column: p.character as number } : undefined;
  const start = pos(r?.start ?? undefined);
  const end = pos(r?.end ?? undefined);
  if (!start || !end) throw new InvalidChange(`malformed range ${JSON.stringify(c.range)}`);
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) throw new InvalidChange(`range ends before it starts: ${JSON.stringify(c.range)}`);
  return { range: { start, end }, text: c.text };
}
