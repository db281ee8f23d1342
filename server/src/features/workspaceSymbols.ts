// Workspace symbols: definitions of the open documents and of the workspace's files,
// matched by the query's characters in order (as editors filter), best matches first.
import type { Definition } from '../host/snapshot';

const LIMIT = 500;

/** Lower-case names per list of definitions: the workspace's list lives until a file changes, and is searched at every keystroke. */
const lowered = new WeakMap<readonly Definition[], string[]>();

/** A list of definitions, less those of the files in `hide` (open documents, whose own definitions come first). */
export interface DefinitionSource {
  list: readonly (Definition & { uri: string })[];
  hide?: ReadonlySet<string>;
}

export function workspaceSymbols(query: string, sources: readonly DefinitionSource[]): (Definition & { uri: string })[] {
  const q = query.toLowerCase();
  // By score: a kernel tree has some 40,000 definitions, and a short query matches most of them
  // in order; only the best buckets are sorted, and by code unit (localeCompare is slower by far).
  const buckets: (Definition & { uri: string })[][] = [[], [], [], []];
  for (const { list, hide } of sources) {
    let names = lowered.get(list);
    if (!names) lowered.set(list, (names = list.map((d) => d.name.toLowerCase())));
    for (let i = 0; i < list.length; i++) {
      if (list[i].kind === 'local-label' || hide?.has(list[i].uri)) continue;
      const score = match(names[i], q);
      if (score >= 0) buckets[score].push(list[i]);
    }
  }
  const out: (Definition & { uri: string })[] = [];
  const seen = new Set<string>();
  for (const bucket of buckets) {
    bucket.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of bucket) {
      const key = `${d.uri}#${d.nameRange.start.line}:${d.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
      if (out.length === LIMIT) return out;
    }
  }
  return out;
}

/** 0 for an exact match, 1 for a prefix, 2 for a substring, 3 for characters in order, -1 for none. */
function match(name: string, q: string): number {
  if (!q) return 3;
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length ? 3 : -1;
}
