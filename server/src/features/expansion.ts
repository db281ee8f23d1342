// The expansion view: a line or selection of a `.S` file as the C preprocessor and GNU as see
// it, as a read-only document (GAS comments, so that it highlights as assembly).
import type { LineExpansion } from '../host/expansion';

export function expansionText(file: string, expansions: LineExpansion[]): string {
  const out: string[] = [];
  const lines = expansions.length === 1 ? `line ${expansions[0].line + 1}` : `lines ${expansions[0]?.line + 1}-${expansions[expansions.length - 1]?.line + 1}`;
  out.push(`# ${file}, ${lines}: the C preprocessor's output, then the statements GNU as runs`);
  for (const e of expansions) {
    if (!e.source.trim() && !e.cpp.length && !e.statements.length) continue;
    out.push('', `# ${e.line + 1}: ${e.source.trim()}`);
    out.push(e.cpp.length ? '#   cpp:' : '#   cpp: (no output)');
    for (const line of e.cpp) out.push(line);
    out.push(e.statements.length ? '#   as:' : '#   as: (no statements)');
    for (const s of e.statements) out.push(s.macros.length ? `\t${s.text}\t# in ${s.macros.join(' < ')}` : `\t${s.text}`);
  }
  return out.join('\n') + '\n';
}
