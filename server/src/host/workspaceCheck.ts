// Checking files that are not open (the "check workspace" command): each is read, parsed and
// analysed as an open document would be, and only its findings are kept.
import { detectGrammar, readSourceFile } from '../parse/source';
import type { AnalysisInput } from './analyze';
import { DocumentAnalysis } from './documentAnalysis';
import type { Finding } from './snapshot';
import { toUri } from './uris';

/** A file's findings (syntax errors first), or the one reason it could not be read. */
export async function checkFile(path: string, input: Pick<AnalysisInput, 'settings' | 'buffers'>): Promise<{ uri: string; findings: Finding[] }> {
  const uri = toUri(path);
  let text: string;
  try {
    text = input.buffers[path] ?? readSourceFile(path);
  } catch (err) {
    const at = { line: 0, column: 0 };
    return { uri, findings: [{ code: 'io', severity: 'error', message: err instanceof Error ? err.message : String(err), range: { start: at, end: at }, related: [] }] };
  }
  const document = await DocumentAnalysis.open(detectGrammar(path, text), text);
  try {
    const snapshot = document.analyze({ ...input, uri, version: 0 });
    return { uri, findings: [...snapshot.syntaxErrors, ...snapshot.findings] };
  } finally {
    document.dispose();
  }
}
