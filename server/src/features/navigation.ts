// What a name under the cursor refers to, shared by definition, references and highlight:
// a written reference (resolved to its definition for `1b`/`1f`), else the word itself.
import type { AnalysisView } from './hover';
import { referenceAt, referenceName, referenceRange, type Definition, type Position, type TextRange } from '../host/snapshot';
import { wordAt } from './text';

export interface NameAt {
  name: string;
  range: TextRange;
  /** The definition a local label reference resolves to, by index. */
  definition?: number;
}

export function nameAt(view: AnalysisView, position: Position): NameAt | undefined {
  const refs = view.snapshot.references;
  const ref = referenceAt(refs, position);
  if (ref !== undefined) {
    const target = refs.targets[ref];
    return { name: referenceName(refs, ref), range: referenceRange(refs, ref), definition: target >= 0 ? target : undefined };
  }
  const own = view.snapshot.definitions.findIndex((d) => !d.uri && contains(d.nameRange, position));
  if (own >= 0) {
    const d = view.snapshot.definitions[own];
    return { name: d.name, range: d.nameRange, definition: d.kind === 'local-label' ? own : undefined };
  }
  const word = wordAt(view.lines.line(position.line), position);
  return word && { name: word.text, range: word.range };
}

/** Definitions of a name in one snapshot; local labels only by their resolved index. */
export function definitionsNamed(definitions: Definition[], name: string): Definition[] {
  return definitions.filter((d) => d.name === name && d.kind !== 'local-label');
}

export function contains(r: TextRange, p: Position): boolean {
  return p.line === r.start.line && p.column >= r.start.column && p.column <= r.end.column;
}
