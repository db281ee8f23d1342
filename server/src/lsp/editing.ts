// The requests of typing and reading: completion, signature help, rename, semantic tokens,
// folding and inlay hints. Completion and signature help read the line as it is now; the
// others answer from the latest snapshot, moved through the edits since.
import {
  CompletionItemKind,
  FoldingRangeKind,
  InlayHintKind,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type FoldingRange,
  type InlayHint,
  type Range,
  type ServerCapabilities,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { AnalysisHost, DocumentView } from '../host/analysisHost';
import { completion, signatureHelp, type CompletionKind } from '../features/completion';
import { foldingRanges } from '../features/folding';
import { inlayHints } from '../features/inlayHints';
import { definesName, invalidName, renameRanges, renameTarget, type RenameTarget } from '../features/rename';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
import type { SettingsStore } from './settings';
import { current, fromPosition } from './convert';

export const editingCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: ['.', '@', '%', '#'] },
  signatureHelpProvider: { triggerCharacters: [' ', ',', '('], retriggerCharacters: [','] },
  renameProvider: { prepareProvider: true },
  semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: true },
  foldingRangeProvider: true,
  inlayHintProvider: true,
};

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  mnemonic: CompletionItemKind.Keyword,
  register: CompletionItemKind.Variable,
  directive: CompletionItemKind.Keyword,
  macro: CompletionItemKind.Function,
  constant: CompletionItemKind.Constant,
  function: CompletionItemKind.Function,
  label: CompletionItemKind.Reference,
  symbol: CompletionItemKind.Variable,
  relocation: CompletionItemKind.Operator,
  preprocessor: CompletionItemKind.Keyword,
};

/**
 * Registers the handlers; the returned function takes the client's capabilities at initialize.
 * `moreHints` gives the inlay hints of other sources (a scenario run's readouts) for the same request.
 */
export function registerEditing(connection: Connection, host: AnalysisHost, settings: SettingsStore, moreHints: (uri: string, range: Range) => InlayHint[] = () => []): (client: ClientCapabilities) => void {
  const inlayOptions = () => settings.inlayHints;
  let refreshTokens = false;
  let refreshHints = false;
  // A new analysis may colour and annotate differently: clients that can ask again are told to.
  host.onSnapshot(() => {
    if (refreshTokens) void connection.languages.semanticTokens.refresh();
    if (refreshHints) void connection.languages.inlayHint.refresh();
  });
  settings.onDidChangeInlayHints(() => {
    if (refreshHints) void connection.languages.inlayHint.refresh();
  });

  /** The latest snapshot and the current text's line at the cursor (what was just typed). */
  const typing = async (uri: string, line: number) => {
    const view = await host.view(uri);
    const text = host.currentLine(uri, line);
    return view && text !== undefined ? { view, text } : undefined;
  };

  connection.onCompletion(async ({ textDocument, position }): Promise<CompletionList> => {
    const found = await typing(textDocument.uri, position.line);
    if (!found) return { isIncomplete: false, items: [] };
    const list = completion(found.view.snapshot, found.text, fromPosition(position));
    // The order given is kept: clients sort by sortText, which defaults to the label.
    return { isIncomplete: list.incomplete, items: list.items.map((c, i): CompletionItem => ({
      label: c.label,
      sortText: String(i).padStart(4, '0'),
      kind: COMPLETION_KINDS[c.kind],
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
      ...(c.insertText ? { insertText: c.insertText } : {}),
      ...(c.replace ? { textEdit: { range: { start: { line: position.line, character: c.replace.start }, end: { line: position.line, character: c.replace.end } }, newText: c.insertText ?? c.label } } : {}),
    })) };
  });

  connection.onSignatureHelp(async ({ textDocument, position }) => {
    const found = await typing(textDocument.uri, position.line);
    const help = found && signatureHelp(found.view.snapshot, found.text, fromPosition(position));
    if (!help) return null;
    return {
      signatures: help.signatures.map((s) => ({
        label: s.label,
        parameters: s.parameters.map((p) => ({ label: p })),
        ...(s.documentation ? { documentation: { kind: MarkupKind.Markdown, value: s.documentation } } : {}),
      })),
      activeSignature: help.activeSignature,
      activeParameter: help.activeParameter,
    };
  });

  /** The rename target under the cursor, or the reason there is none (as an LSP error). */
  const target = async (uri: string, position: { line: number; character: number }): Promise<{ view: DocumentView; target: RenameTarget }> => {
    const view = await host.view(uri);
    const at = view?.toSnapshot(fromPosition(position));
    if (!view || !at) throw new ResponseError(ErrorCodes.InvalidRequest, 'the document is being analysed: try again');
    const others = await Promise.all(host.openUris().filter((u) => u !== uri).map((u) => host.view(u)));
    const found = renameTarget(view, at, (name) => others.some((o) => o && definesName(o.snapshot, name)), (u) => host.isOpen(u));
    if ('refusal' in found) throw new ResponseError(ErrorCodes.InvalidRequest, found.refusal);
    return { view, target: found };
  };

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const { view, target: t } = await target(textDocument.uri, position);
    const range = current(view, t.range);
    if (!range) throw new ResponseError(ErrorCodes.InvalidRequest, 'the name was edited since the last analysis: try again');
    return { range, placeholder: t.name.name };
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const { target: t } = await target(textDocument.uri, position);
    const invalid = invalidName(t, newName);
    if (invalid) throw new ResponseError(ErrorCodes.InvalidParams, invalid);
    const changes: Record<string, TextEdit[]> = {};
    for (const uri of host.openUris()) {
      const view = await host.view(uri);
      if (!view) continue;
      const edits: TextEdit[] = [];
      for (const r of renameRanges(view.snapshot, t, uri === textDocument.uri)) {
        const range = current(view, r);
        if (!range) throw new ResponseError(ErrorCodes.InvalidRequest, `a use in ${uri} was edited since the last analysis: try again`);
        edits.push({ range, newText: newName });
      }
      if (edits.length) changes[uri] = edits;
    }
    return { changes };
  });

  /** Tokens moved into the current text, as LSP's relative encoding. */
  const encodeTokens = (view: DocumentView, tokens: number[]): number[] => {
    const data: number[] = [];
    let line = 0;
    let column = 0;
    for (let i = 0; i < tokens.length; i += 5) {
      const r = view.toCurrent({ start: { line: tokens[i], column: tokens[i + 1] }, end: { line: tokens[i], column: tokens[i + 1] + tokens[i + 2] } });
      if (!r || r.start.line !== r.end.line) continue;
      const { line: l, column: c } = r.start;
      // Edits may move a token before the previous one: keep the order LSP requires.
      if (l < line || (l === line && c < column)) continue;
      data.push(l - line, l === line ? c - column : c, r.end.column - c, tokens[i + 3], tokens[i + 4]);
      line = l;
      column = c;
    }
    return data;
  };

  connection.languages.semanticTokens.on(async ({ textDocument }) => {
    const view = await host.view(textDocument.uri);
    return { data: view ? encodeTokens(view, semanticTokens(view.snapshot, view.lines)) : [] };
  });

  connection.languages.semanticTokens.onRange(async ({ textDocument, range }) => {
    const view = await host.view(textDocument.uri);
    if (!view) return { data: [] };
    const [from, to] = lineSpan(view, range);
    return { data: encodeTokens(view, semanticTokens(view.snapshot, view.lines, from, to)) };
  });

  connection.onFoldingRanges(async ({ textDocument }): Promise<FoldingRange[]> => {
    const view = await host.view(textDocument.uri);
    if (!view) return [];
    const out: FoldingRange[] = [];
    for (const f of foldingRanges(view.snapshot, view.lines)) {
      const r = view.toCurrent({ start: { line: f.start, column: 0 }, end: { line: f.end, column: 0 } });
      if (!r || r.end.line <= r.start.line) continue;
      out.push({ startLine: r.start.line, endLine: r.end.line, ...(f.kind === 'region' || f.kind === 'inactive' ? { kind: FoldingRangeKind.Region } : {}) });
    }
    return out;
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }): Promise<InlayHint[]> => {
    const others = moreHints(textDocument.uri, range);
    const view = await host.view(textDocument.uri);
    if (!view) return others;
    const [from, to] = lineSpan(view, range);
    const out: InlayHint[] = others;
    for (const h of inlayHints(view.snapshot, view.lines, from, to, inlayOptions())) {
      const r = current(view, { start: h.position, end: h.position });
      if (r) out.push({ position: r.start, label: h.label, kind: InlayHintKind.Type, paddingLeft: true, ...(h.tooltip ? { tooltip: h.tooltip } : {}) });
    }
    return out;
  });

  return (client) => {
    refreshTokens = !!client.workspace?.semanticTokens?.refreshSupport;
    refreshHints = !!client.workspace?.inlayHint?.refreshSupport;
  };
}

/** A range of the current text as snapshot lines (all lines where its ends were edited since). */
function lineSpan(view: DocumentView, range: { start: { line: number; character: number }; end: { line: number; character: number } }): [number, number] {
  const from = view.toSnapshot({ line: range.start.line, column: 0 })?.line ?? 0;
  const to = view.toSnapshot({ line: range.end.line, column: 0 })?.line ?? view.lines.count - 1;
  return [from, to];
}
