// The editor requests: each takes the document's latest snapshot from the host, moves the
// cursor into the snapshot's text, asks a feature, and converts its answer to LSP.
import {
  CodeActionKind,
  MessageType,
  type CancellationToken,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Location,
  type ServerCapabilities,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { AnalysisHost, DocumentView } from '../host/analysisHost';
import type { Definition, Position } from '../host/snapshot';
import type { WorkspaceIndex } from '../host/workspace';
import { documentPath } from '../host/uris';
import { codeActions } from '../features/codeActions';
import { codeLenses, SHOW_CALLERS } from '../features/codeLens';
import { callersOf, COMMANDS, explain, type CommandResult } from '../features/commands';
import { definition } from '../features/definition';
import { documentHighlight } from '../features/documentHighlight';
import { documentSymbols } from '../features/documentSymbols';
import { hover } from '../features/hover';
import { nameAt } from '../features/navigation';
import { usesIn } from '../features/references';
import { workspaceSymbols, type DefinitionSource } from '../features/workspaceSymbols';
import { EXPLAIN } from '../features/codeActions';
import { RUN_SCENARIO } from '../features/runReadouts';
import type { Readouts } from './readouts';
import { current, fromPosition, fromRange, symbolKind, toDiagnostic, toDocumentSymbol, toHighlight, toLocation, toRange, toTextEdit } from './convert';

export const featureCapabilities: ServerCapabilities = {
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  codeLensProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  executeCommandProvider: { commands: [...COMMANDS, RUN_SCENARIO] },
};

/** Server commands whose work lives outside the features: the command's arguments and the request's cancellation. */
export type CommandHandlers = Record<string, (args: unknown[], token: CancellationToken) => Promise<{ message: string }>>;

export function registerRequests(connection: Connection, host: AnalysisHost, workspace: WorkspaceIndex, readouts: Readouts, handlers: CommandHandlers = {}): void {
  /** The snapshot and the cursor in its text; undefined where the text was typed since. */
  const at = async (uri: string, position: { line: number; character: number }): Promise<[DocumentView, Position] | undefined> => {
    // A place outside the document (a stale or wrong position from the client) answers nothing.
    if (!host.holdsLine(uri, position.line)) return undefined;
    const view = await host.view(uri);
    const p = view?.toSnapshot(fromPosition(position));
    return view && p ? [view, p] : undefined;
  };

  // How a document is read (kbuild flags or the prelude) and judged (its target), for the status bar.
  connection.onRequest('tocsin/fileStatus', async ({ uri }: { uri: string }) => {
    const snapshot = await host.analysed(uri);
    return snapshot ? { setup: snapshot.setup ?? '', target: snapshot.target ?? null } : null;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const found = await at(textDocument.uri, position);
    if (!found) return null;
    const result = hover(found[0], found[1]);
    const range = result && current(found[0], result.range);
    // A register's values at this line in the latest scenario run come after what it is.
    const values = readouts.hover(textDocument.uri, position);
    const markdown = [result?.markdown, values].filter(Boolean).join('\n\n');
    return markdown ? { contents: { kind: 'markdown', value: markdown }, ...(range ? { range } : {}) } : null;
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const found = await at(textDocument.uri, position);
    if (!found) return null;
    const [view] = found;
    const result = definition(view, found[1]);
    const locations = result.places.map((p) => toLocation(view, p)).filter((l): l is Location => !!l);
    if (!locations.length && result.unresolved) {
      for (const d of await allDefinitions()) if (d.name === result.unresolved && d.kind !== 'local-label') locations.push({ uri: d.uri, range: toRange(d.nameRange) });
    }
    return locations;
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const found = await at(textDocument.uri, position);
    const name = found && nameAt(found[0], found[1]);
    if (!found || !name) return [];
    const out: Location[] = [];
    for (const uri of host.openUris()) {
      const view = uri === textDocument.uri ? found[0] : await host.view(uri);
      if (!view) continue;
      for (const use of usesIn(view.snapshot, name, uri === textDocument.uri, context.includeDeclaration)) {
        const range = current(view, use.range);
        if (range) out.push({ uri, range });
      }
    }
    return out;
  });

  connection.onDocumentHighlight(async ({ textDocument, position }) => {
    const found = await at(textDocument.uri, position);
    if (!found) return [];
    return documentHighlight(found[0], found[1]).map((u) => toHighlight(found[0], u)).filter((h) => !!h);
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const view = await host.view(textDocument.uri);
    if (!view) return [];
    return documentSymbols(view.snapshot).map((i) => toDocumentSymbol(view, i)).filter((s) => !!s);
  });

  /** Definitions of the open documents, then those of the workspace's other files (that array as the index keeps it). */
  const definitionLists = async (): Promise<DefinitionSource[]> => {
    const open: (Definition & { uri: string })[] = [];
    const openUris = new Set<string>();
    for (const uri of host.openUris()) {
      const view = await host.view(uri);
      if (!view) continue;
      openUris.add(uri);
      for (const d of view.snapshot.definitions) {
        if (d.uri) continue;
        const range = view.toCurrent(d.range);
        const nameRange = view.toCurrent(d.nameRange);
        if (range && nameRange) open.push({ ...d, uri, range, nameRange });
      }
    }
    const onDisk = await workspace.definitions() as (Definition & { uri: string })[];
    return [{ list: open }, { list: onDisk, hide: openUris }];
  };
  const allDefinitions = async () => (await definitionLists()).flatMap(({ list, hide }) => (hide ? list.filter((d) => !hide.has(d.uri)) : list));

  connection.onWorkspaceSymbol(async ({ query }): Promise<SymbolInformation[]> =>
    workspaceSymbols(query, await definitionLists()).map((d) => ({ name: d.name, kind: symbolKind(d.kind), location: { uri: d.uri, range: toRange(d.nameRange) }, containerName: documentPath(d.uri).split('/').pop() })));

  connection.onCodeLens(async ({ textDocument }): Promise<CodeLens[]> => {
    const out = readouts.currentLenses(textDocument.uri);
    const view = host.isOpen(textDocument.uri) ? await host.view(textDocument.uri) : undefined;
    if (!view) return out;
    for (const lens of [...codeLenses(view.snapshot), ...readouts.snapshotLenses(view)]) {
      const range = current(view, lens.range);
      if (!range) continue;
      // A lens without a command still needs one to show its title: an empty command id.
      out.push({ range, command: { title: lens.title, command: lens.command?.id ?? '', arguments: lens.command?.arguments } });
    }
    return out;
  });

  connection.onCodeAction(async ({ textDocument, range, context }): Promise<CodeAction[]> => {
    const view = await host.view(textDocument.uri);
    const start = view?.toSnapshot(fromPosition(range.start));
    const end = view?.toSnapshot(fromPosition(range.end));
    if (!view || !start || !end) return [];
    return codeActions(view.snapshot, { start, end }).flatMap((a) => {
      const diagnosticRange = current(view, a.finding.range);
      if (!diagnosticRange) return [];
      const client = context.diagnostics.filter((d) => d.code === a.finding.code && d.range.start.line === diagnosticRange.start.line);
      const edits = a.edits?.map((e) => view.toCurrent(e.range) && { ...toTextEdit(e), range: current(view, e.range)! }).filter((e) => !!e);
      if (a.edits && edits?.length !== a.edits.length) return [];
      return [{
        title: a.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: client.length ? client : [toDiagnostic(textDocument.uri, { ...a.finding, range: fromRange(diagnosticRange) })],
        isPreferred: a.preferred,
        ...(edits ? { edit: { changes: { [textDocument.uri]: edits } } } : {}),
        ...(a.command ? { command: { title: a.title, command: a.command.id, arguments: a.command.arguments } } : {}),
      }];
    });
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }, token) => {
    let result: CommandResult | undefined;
    if (handlers[command]) {
      result = await handlers[command](args, token);
    } else if (command === SHOW_CALLERS) {
      const [uri, name] = args as [string, string];
      const view = await host.view(uri);
      result = view ? callersOf(view.snapshot, name) : { message: `${uri} is not open` };
      if (view && result.places) {
        const locations = result.places.map((p) => toLocation(view, p)).filter((l) => !!l);
        void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: result.message });
        return { message: result.message, locations };
      }
    } else if (command === RUN_SCENARIO) {
      return readouts.run(String(args[0]));
    } else if (command === EXPLAIN) {
      const [code, text] = args as [string, string];
      result = explain(String(code), String(text));
    }
    if (!result) return null;
    void connection.sendNotification('window/showMessage', { type: MessageType.Info, message: result.message });
    return { message: result.message };
  });
}
