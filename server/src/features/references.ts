// Find references: every written use of the name under the cursor, in this document and
// in the other open ones; local labels (`1:`) only where `1b`/`1f` resolve to the same one.
import { referenceName, referenceRange, type Definition, type Snapshot, type TextRange } from '../host/snapshot';
import type { NameAt } from './navigation';

export interface Use {
  range: TextRange;
  /** A definition (written) rather than a use (read). */
  definition: boolean;
}

/** Uses of `name` in one snapshot; for a local label, of that one definition (index in `own`). */
export function usesIn(snapshot: Snapshot, name: NameAt, own: boolean, includeDeclaration = true): Use[] {
  const refs = snapshot.references;
  const local = name.definition !== undefined && snapshot.definitions[name.definition]?.kind === 'local-label';
  if (local && !own) return [];
  const out: Use[] = [];
  if (includeDeclaration) {
    snapshot.definitions.forEach((d: Definition, i) => {
      if (d.uri) return;
      if (local ? i === name.definition : d.name === name.name && d.kind !== 'local-label') out.push({ range: d.nameRange, definition: true });
    });
  }
  for (let i = 0; i < refs.targets.length; i++) {
    if (local ? refs.targets[i] === name.definition : referenceName(refs, i) === name.name) out.push({ range: referenceRange(refs, i), definition: false });
  }
  // A name written as a macro's argument (`_GLOBAL(f)`) is both the definition and a use: keep the definition.
  const seen = new Set<string>();
  return out.filter((u) => {
    const key = `${u.range.start.line}:${u.range.start.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}
