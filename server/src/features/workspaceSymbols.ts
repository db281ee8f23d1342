// Workspace symbols: definitions of the open documents and of the workspace's files,
// matched by the query's characters in order (as editors filter), best matches first.
import type { Definition } from '../host/snapshot';

const LIMIT = 500;

export function workspaceSymbols(query: string, definitions: Iterable<Definition & { uri: string }>): (Definition & { uri: string })[] {
  const q = query.toLowerCase();
  const scored: { d: Definition & { uri: string }; score: number }[] = [];
  const seen = new Set<string>();
  for (const d of definitions) {
    if (d.kind === 'local-label') continue;
    const score = match(d.name.toLowerCase(), q);
    if (score < 0) continue;
    const key = `${d.uri}#${d.nameRange.start.line}:${d.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scored.push({ d, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.d.name.localeCompare(b.d.name)).slice(0, LIMIT).map((s) => s.d);
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
