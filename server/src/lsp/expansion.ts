// The expansion view over the protocol: `tocsin/expansion` with a document and a range answers
// the read-only text of features/expansion.ts, or an error for a document that is not `.S`.
import { basename } from 'node:path';
import type { Connection, Range } from 'vscode-languageserver/node';
import type { AnalysisHost } from '../host/analysisHost';
import { documentPath } from '../host/uris';
import { expansionText } from '../features/expansion';

export const EXPANSION_REQUEST = 'tocsin/expansion';

export function registerExpansion(connection: Connection, host: AnalysisHost): void {
  connection.onRequest(EXPANSION_REQUEST, ({ textDocument, range }: { textDocument: { uri: string }; range: Range }) => {
    const { uri } = textDocument;
    // A selection that ends at column 0 of a line leaves that line out, as editors show it.
    const last = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
    const expansions = host.expansion(uri, range.start.line, last);
    if (!expansions) return { error: `${uri}: not an open assembly document` };
    return { text: expansionText(basename(documentPath(uri)), expansions) };
  });
}
