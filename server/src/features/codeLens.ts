// CodeLens: above each function its entries, TOC and callers
// (`global entry 0x… · local entry +8 · TOC 0x… · N callers (k local, m via stub)`); in a
// kernel module's listing, above each external call what the module loader does with it.
import type { CallInfo, Snapshot, TextRange } from '../host/snapshot';
import { entryLine } from './hover';

export const SHOW_CALLERS = 'tocsin.showCallers';

export interface Lens {
  range: TextRange;
  title: string;
  command?: { id: string; arguments: unknown[] };
}

export function codeLenses(snapshot: Snapshot): Lens[] {
  const lenses: Lens[] = [];
  for (const fn of snapshot.functions) {
    const c = fn.callers;
    const how = [c.local && `${c.local} local`, c.global && `${c.global} global`, c.stub && `${c.stub} via stub`, c.sibling && `${c.sibling} sibling`].filter(Boolean).join(', ');
    const callers = `${c.total} caller${c.total === 1 ? '' : 's'}${how ? ` (${how})` : ''}`;
    lenses.push({
      range: fn.range,
      title: `${entryLine(fn)} · ${callers}`,
      command: c.total ? { id: SHOW_CALLERS, arguments: [snapshot.uri, fn.name] } : undefined,
    });
  }
  if (snapshot.objectKind === 'module') {
    for (const call of snapshot.calls) {
      const title = loaderTitle(call);
      if (title) lenses.push({ range: { start: { line: call.line, column: 0 }, end: { line: call.line, column: 0 } }, title });
    }
  }
  return lenses;
}

function loaderTitle(call: CallInfo): string | undefined {
  switch (call.kind) {
    case 'module-stub':
      return `module loader: ${call.target} through a stub that saves r2 at 24(r1) · ${call.after === 'nop' ? 'nop → ld r2,24(r1)' : `no nop after it: the module is refused`}`;
    case 'sibling':
      return `module loader: tail call to ${call.target} through a stub: r2 is not restored on return`;
    case 'mcount':
      return `module loader: ${call.target} through the module's ftrace trampoline`;
    default:
      return undefined;
  }
}
