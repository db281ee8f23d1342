// Scenario runs in the editor, over LSP: the run command (workspace/executeCommand), the lenses
// that offer it, and the readouts of the latest run of each file (lenses or inlay hints by the
// `tocsin.runReadouts` setting, register hovers, findings as diagnostics) while the file's text
// is what the run read; inline values for the debugger's stopped frame.
import { existsSync, readFileSync } from 'node:fs';
import { MessageType, type CodeLens, type Connection, type Diagnostic, type InlayHint, type InlineValue as LspInlineValue, type ServerCapabilities } from 'vscode-languageserver/node';
import type { AnalysisHost, DocumentView } from '../host/analysisHost';
import { ScenarioIndex, summarizeScenario } from '../host/scenarios';
import { documentPath, toUri } from '../host/uris';
import { LineIndex } from '../host/lines';
import { prepareScenario } from '../emu/scenario/session';
import { traceLines, type LineTrace, type TracedLine } from '../emu/scenario/lineTrace';
import { ScenarioError } from '../emu/scenario/scenario';
import type { Lens } from '../features/codeLens';
import { wordAt } from '../features/text';
import {
  inlineValues, lineReadouts, registerOf, registerValuesAt, runFindings, scenarioFileLenses, trampolineLenses, type ReadoutMode,
} from '../features/runReadouts';
import { fromRange, toDiagnostic, toRange } from './convert';

// Inlay hints are answered with the editor's own (lsp/editing.ts): one handler per request.
export const readoutCapabilities: ServerCapabilities = { inlineValueProvider: true };

export class Readouts {
  readonly scenarios = new ScenarioIndex();
  mode: ReadoutMode = 'inlayHints';
  /** Whether the client runs DEBUG_SCENARIO (VS Code's extension does). */
  debugCommand = false;
  /** The latest run that traced each file, by path. */
  private readonly byFile = new Map<string, LineTrace>();
  /** Files a run reported findings in, to clear when a later run has none there. */
  private readonly published = new Set<string>();

  /** Publishes a document's diagnostics again (the host's and the runs'). */
  republish: (uri: string) => void = () => undefined;

  constructor(private readonly connection: Connection, private readonly host: AnalysisHost) {}

  /** The traced lines of a file while its text is what the run read. */
  private traced(file: string): { trace: LineTrace; lines: TracedLine[] } | undefined {
    const trace = this.byFile.get(file);
    if (!trace) return undefined;
    const uri = toUri(file);
    const now = this.host.isOpen(uri) ? this.host.text(uri) : existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (now !== trace.texts[file]) return undefined;
    return { trace, lines: trace.files[file] ?? [] };
  }

  /** Runs a scenario to its end and shows what it did; the message says how it ended. */
  async run(file: string): Promise<{ message: string; status?: string; steps?: number; findings?: number }> {
    let trace: LineTrace;
    try {
      const prepared = await prepareScenario(file, { history: { latestOnly: true }, root: this.scenarios.rootOf(file) });
      if (!prepared.session) {
        const f = prepared.findings[0];
        return { message: `${file.split('/').pop()} does not load: ${f ? `${f.file ? `${f.file.split('/').pop()}:${f.line ?? '?'}: ` : ''}${f.message}` : 'unknown reason'}` };
      }
      trace = traceLines(prepared.session, file);
    } catch (e) {
      if (e instanceof ScenarioError) return { message: e.message };
      throw e;
    }
    for (const f of Object.keys(trace.texts)) this.byFile.set(f, trace);
    const touched = new Set([...this.published, ...Object.keys(trace.texts), ...trace.findings.flatMap((f) => (f.file ? [f.file] : []))]);
    this.published.clear();
    for (const f of trace.findings) if (f.file) this.published.add(f.file);
    for (const f of touched) this.republish(toUri(f));
    void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    void this.connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
    const name = file.split('/').pop();
    const message = `${name}: ${trace.status} after ${trace.steps} instructions, ${trace.findings.length} finding${trace.findings.length === 1 ? '' : 's'}`
      + (trace.findings.length ? `: ${trace.findings.map((f) => `${f.kind} at ${f.file?.split('/').pop() ?? '?'}:${f.line ?? '?'}`).join('; ')}` : '');
    void this.connection.sendNotification('window/showMessage', { type: trace.findings.length ? MessageType.Warning : MessageType.Info, message });
    return { message, status: trace.status, steps: trace.steps, findings: trace.findings.length };
  }

  /** Diagnostics of the latest run's findings in a document, while its text is the run's. */
  diagnostics(uri: string): Diagnostic[] {
    const file = documentPath(uri);
    const traced = this.traced(file);
    return traced ? runFindings(traced.trace, file, toUri(traced.trace.scenario)).map((f) => toDiagnostic(uri, f)) : [];
  }

  /** Lenses in the snapshot's coordinates: run and debug the scenarios that run this file's functions. */
  snapshotLenses(view: DocumentView): Lens[] {
    return trampolineLenses(view.snapshot.definitions, this.scenarios.naming(documentPath(view.snapshot.uri)), this.debugCommand);
  }

  /** Lenses in the current text: a scenario file's own, and a traced line's readout. */
  currentLenses(uri: string): CodeLens[] {
    const file = documentPath(uri);
    const out: Lens[] = [];
    if (/\.scenario\.json$/.test(file) && existsSync(file)) {
      const summary = summarizeScenario(file, this.host.text(uri) ?? readFileSync(file, 'utf8'));
      if (summary) out.push(...scenarioFileLenses(summary, this.debugCommand));
    }
    const traced = this.mode === 'codeLens' ? this.traced(file) : undefined;
    for (const r of traced ? lineReadouts(traced.lines) : []) out.push({ range: { start: { line: r.line, column: 0 }, end: { line: r.line, column: 0 } }, title: r.text });
    return out.map((l) => ({ range: toRange(l.range), command: { title: l.title, command: l.command?.id ?? '', arguments: l.command?.arguments } }));
  }

  inlayHints(uri: string, range: { start: { line: number }; end: { line: number } }): InlayHint[] {
    if (this.mode !== 'inlayHints') return [];
    const traced = this.traced(documentPath(uri));
    if (!traced) return [];
    const lines = new LineIndex(traced.trace.texts[documentPath(uri)]);
    return lineReadouts(traced.lines)
      .filter((r) => r.line >= range.start.line && r.line <= range.end.line)
      .map((r) => ({ position: { line: r.line, character: lines.line(r.line).length }, label: r.text, paddingLeft: true }));
  }

  /** Markdown for a register under the cursor: its values at this line in the latest run. */
  hover(uri: string, position: { line: number; character: number }): string | undefined {
    const file = documentPath(uri);
    const traced = this.traced(file);
    if (!traced) return undefined;
    const word = wordAt(new LineIndex(traced.trace.texts[file]).line(position.line), { line: position.line, column: position.character });
    const register = word && registerOf(word.text);
    return register ? registerValuesAt(traced.lines, position.line, register) : undefined;
  }

  inlineValues(view: DocumentView | undefined, uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, stopped: { line: number; character: number }): LspInlineValue[] {
    const text = this.host.text(uri);
    if (text === undefined) return [];
    const lines = new LineIndex(text);
    const found = inlineValues((n) => lines.line(n), view?.snapshot.definitions ?? [], fromRange(range), { line: stopped.line, column: stopped.character });
    return found.map((v) => (v.kind === 'lookup'
      ? { range: toRange(v.range), variableName: v.name, caseSensitiveLookup: false }
      : { range: toRange(v.range), expression: v.expression }));
  }
}

export function registerReadouts(connection: Connection, host: AnalysisHost, readouts: Readouts): void {
  connection.languages.inlineValue.on(async ({ textDocument, range, context }) => {
    const view = host.isOpen(textDocument.uri) ? await host.view(textDocument.uri) : undefined;
    return readouts.inlineValues(view, textDocument.uri, range, context.stoppedLocation.start);
  });
}
