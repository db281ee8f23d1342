// Quick fixes: the edit that removes a finding (a nop after a call, a TOC setup and
// .localentry, `_GLOBAL` → `_GLOBAL_TOC`), or, where no edit can fix it (a tail call in
// live-patched code, anything in a listing), an action that explains the fix.
import type { Finding, Snapshot, TextEdit, TextRange } from '../host/snapshot';

export const EXPLAIN = 'tocsin.explain';

export interface Action {
  title: string;
  finding: Finding;
  edits?: TextEdit[];
  command?: { id: string; arguments: unknown[] };
  preferred?: boolean;
}

export function codeActions(snapshot: Snapshot, range: TextRange): Action[] {
  const actions: Action[] = [];
  for (const f of snapshot.findings) {
    if (f.range.end.line < range.start.line || f.range.start.line > range.end.line) continue;
    if (f.fix) actions.push({ title: f.fix.title, finding: f, edits: f.fix.edits, preferred: true });
    else if (f.explanation) actions.push({ title: `How to fix ${f.code}`, finding: f, command: { id: EXPLAIN, arguments: [f.code, f.explanation] } });
  }
  return actions;
}
