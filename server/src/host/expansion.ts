// What the C preprocessor and GNU as make of some lines of a `.S` document: the preprocessor's
// output lines that stand for them, and the statements the assembler ran for them (`.macro`,
// `.rept` and `.irp` expanded). Computed on demand by assembling the document again: the
// preprocessed text is too large to keep in every snapshot.
import { assembleDocument, type AnalysisInput } from './analyze';

export interface LineExpansion {
  /** 0-based line of the document. */
  line: number;
  source: string;
  /** The preprocessor's output lines for it. */
  cpp: string[];
  /** Statements as the assembler ran them, with the GNU as macros they came out of (innermost first). */
  statements: { text: string; macros: string[] }[];
}

export function expandLines(path: string, text: string, input: Pick<AnalysisInput, 'settings' | 'buffers'>, first: number, last: number): LineExpansion[] {
  const sourceLines = text.split('\n');
  last = Math.min(last, sourceLines.length - 1);
  const out: LineExpansion[] = [];
  for (let line = first; line <= last; line++) out.push({ line, source: sourceLines[line].replace(/\r$/, ''), cpp: [], statements: [] });
  const at = (path2: string, line: number) => (path2 === path && line >= first && line <= last ? out[line - first] : undefined);
  const { result } = assembleDocument(path, text, input, (s) => at(s.written.path, s.written.line)?.statements.push({ text: s.text, macros: s.macros }));
  const preprocessed = result.preprocessed;
  if (preprocessed) {
    const outputLines = preprocessed.text.split('\n');
    for (let i = 0; i < outputLines.length; i++) {
      const origin = preprocessed.map.lineOrigin(i);
      if (origin && outputLines[i].trim()) at(origin.path, origin.line)?.cpp.push(outputLines[i]);
    }
  }
  return out;
}
