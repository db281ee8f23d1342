// Between the features' plain data and LSP's types: positions (line, column) ↔ (line,
// character), places ↔ locations, findings ↔ diagnostics, outline kinds ↔ symbol kinds.
import {
  DiagnosticSeverity,
  DocumentHighlightKind,
  SymbolKind,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type Location,
  type Position as LspPosition,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { DocumentView } from '../host/analysisHost';
import type { DefinitionKind, Finding, Place, Position, TextEdit, TextRange } from '../host/snapshot';
import type { OutlineItem } from '../features/documentSymbols';
import type { Use } from '../features/references';

export function fromPosition(p: LspPosition): Position {
  return { line: p.line, column: p.character };
}

export function toRange(r: TextRange): Range {
  return { start: { line: r.start.line, character: r.start.column }, end: { line: r.end.line, character: r.end.column } };
}

export function fromRange(r: Range): TextRange {
  return { start: fromPosition(r.start), end: fromPosition(r.end) };
}

/** A range of the snapshot in the current text (ranges in other files are not moved). */
export function current(view: DocumentView, r: TextRange): Range | undefined {
  const moved = view.toCurrent(r);
  return moved && toRange(moved);
}

export function toLocation(view: DocumentView, place: Place): Location | undefined {
  if (place.uri && place.uri !== view.snapshot.uri) return { uri: place.uri, range: toRange(place.range) };
  const range = current(view, place.range);
  return range && { uri: view.snapshot.uri, range };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Findings are already in the current text's positions (the host maps them when it publishes). */
export function toDiagnostic(uri: string, f: Finding): Diagnostic {
  return {
    range: toRange(f.range),
    severity: SEVERITY[f.severity],
    source: 'tocsin',
    code: f.code,
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: r.place.uri ?? uri, range: toRange(r.place.range) }, message: r.message })),
    ...(f.fix ? { data: { fix: { title: f.fix.title, edits: f.fix.edits.map(toTextEdit) } } } : {}),
  };
}

export function toTextEdit(e: TextEdit): LspTextEdit {
  return { range: toRange(e.range), newText: e.newText };
}

const SYMBOL_KINDS: Record<DefinitionKind, SymbolKind> = {
  function: SymbolKind.Function,
  label: SymbolKind.Key,
  'local-label': SymbolKind.Key,
  object: SymbolKind.Variable,
  symbol: SymbolKind.Field,
  section: SymbolKind.Namespace,
  macro: SymbolKind.Method,
  'c-macro': SymbolKind.Constant,
  constant: SymbolKind.Constant,
};

export function symbolKind(kind: DefinitionKind): SymbolKind {
  return SYMBOL_KINDS[kind];
}

export function toDocumentSymbol(view: DocumentView, item: OutlineItem): DocumentSymbol | undefined {
  const range = current(view, item.range);
  const selection = current(view, item.selectionRange);
  if (!range || !selection) return undefined;
  return {
    name: item.name,
    kind: symbolKind(item.kind),
    detail: item.detail,
    range,
    // LSP wants the selection inside the range.
    selectionRange: selection.start.line === range.start.line ? selection : range,
    children: item.children.map((c) => toDocumentSymbol(view, c)).filter((c): c is DocumentSymbol => !!c),
  };
}

export function toHighlight(view: DocumentView, use: Use): DocumentHighlight | undefined {
  const range = current(view, use.range);
  return range && { range, kind: use.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read };
}
