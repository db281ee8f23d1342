// The analysis host and the features in-process, as the language server wires them.
import { AnalysisHost, type DocumentView } from '../../server/src/host/analysisHost';
import type { AnalysisSettings } from '../../server/src/host/analyze';

export async function analysed(uri: string, languageId: string, text: string, settings: AnalysisSettings = { includePaths: [], defines: {} }): Promise<{ host: AnalysisHost; view: DocumentView }> {
  const host = new AnalysisHost({ debounceMs: 0 });
  host.setSettings(settings);
  host.open(uri, languageId, 1, text);
  await host.analysed(uri, 1);
  return { host, view: (await host.view(uri))! };
}

/** The position of the `n`th occurrence of `needle` on the first line that contains `lineNeedle`. */
export function positionOf(text: string, lineNeedle: string | RegExp, needle: string, offset = 0): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => (typeof lineNeedle === 'string' ? l.includes(lineNeedle) : lineNeedle.test(l)));
  if (line < 0) throw new Error(`no line with ${lineNeedle}`);
  const column = lines[line].indexOf(needle);
  if (column < 0) throw new Error(`no ${needle} on line ${line}`);
  return { line, column: column + offset };
}
