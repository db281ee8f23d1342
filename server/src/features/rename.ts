// Rename of labels, functions, symbols, constants and macros defined in an open document
// (a header the user has not opened is not renamed: its definition would go unchanged).
import type { Definition, Position, Snapshot, TextRange } from '../host/snapshot';
import type { AnalysisView } from './hover';
import { nameAt, type NameAt } from './navigation';
import { usesIn } from './references';
import { REGISTER } from '../host/tokens';

const RENAMEABLE = new Set<Definition['kind']>(['label', 'local-label', 'function', 'symbol', 'constant', 'macro', 'c-macro']);

export interface RenameTarget {
  name: NameAt;
  /** The name as written under the cursor. */
  range: TextRange;
  kind: Definition['kind'];
}

/**
 * What the cursor names, if it may be renamed: `openElsewhere` tells whether another open
 * document defines a name; a definition in a file that is not open refuses the rename.
 */
export function renameTarget(view: AnalysisView, position: Position, openElsewhere: (name: string) => boolean, isOpen: (uri: string) => boolean): RenameTarget | { refusal: string } {
  const name = nameAt(view, position);
  if (!name) return { refusal: 'nothing to rename here' };
  if (REGISTER.test(name.name)) return { refusal: `${name.name} is a register` };
  const defs = name.definition !== undefined ? [view.snapshot.definitions[name.definition]] : view.snapshot.definitions.filter((d) => d.name === name.name && d.kind !== 'local-label');
  const renameable = defs.filter((d) => RENAMEABLE.has(d.kind));
  const elsewhere = renameable.find((d) => d.uri && !isOpen(d.uri));
  if (elsewhere) return { refusal: `${name.name} is defined in ${decodeURIComponent(elsewhere.uri!.replace(/^file:\/\//, ''))}, which is not open` };
  const here = renameable.find((d) => !d.uri);
  if (here) return { name, range: name.range, kind: here.kind };
  if (renameable.length || openElsewhere(name.name)) return { name, range: name.range, kind: renameable[0]?.kind ?? 'symbol' };
  return { refusal: `${name.name} is not defined in an open file` };
}

/** Why `newName` cannot replace the target's name, if it cannot. */
export function invalidName(target: RenameTarget, newName: string): string | undefined {
  if (target.kind === 'local-label') return /^\d+$/.test(newName) ? undefined : 'a local label is a number';
  const pattern = target.kind === 'c-macro' ? /^[A-Za-z_]\w*$/ : /^[A-Za-z_.$][\w.$]*$/;
  if (!pattern.test(newName)) return `'${newName}' is not a ${target.kind === 'c-macro' ? 'C identifier' : 'symbol name'}`;
  if (REGISTER.test(newName)) return `'${newName}' is a register`;
  return undefined;
}

/** The ranges of one snapshot that the rename changes (`own`: the document the rename started in). */
export function renameRanges(snapshot: Snapshot, target: RenameTarget, own: boolean): TextRange[] {
  return usesIn(snapshot, target.name, own, true).map((u) => u.range);
}

/** Whether a snapshot defines `name` itself (a label or macro of another open document). */
export function definesName(snapshot: Snapshot, name: string): boolean {
  return snapshot.definitions.some((d) => d.name === name && !d.uri && RENAMEABLE.has(d.kind) && d.kind !== 'local-label');
}
