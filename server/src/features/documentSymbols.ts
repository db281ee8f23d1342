// The outline: functions (with the labels inside them), GNU as and C macros defined here,
// constants and, in listings, sections with their functions.
import type { Definition, DefinitionKind, Snapshot, TextRange } from '../host/snapshot';

export interface OutlineItem {
  name: string;
  kind: DefinitionKind;
  detail?: string;
  range: TextRange;
  selectionRange: TextRange;
  children: OutlineItem[];
}

const SHOWN = new Set<DefinitionKind>(['function', 'label', 'symbol', 'object', 'section', 'macro', 'c-macro', 'constant']);

export function documentSymbols(snapshot: Snapshot): OutlineItem[] {
  const own = snapshot.definitions
    .filter((d) => !d.uri && SHOWN.has(d.kind))
    // A listing names a symbol in its header and again in its table: the outline shows the header.
    .filter(firstOfName())
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  const top: OutlineItem[] = [];
  let section: OutlineItem | undefined;
  let fn: OutlineItem | undefined;
  for (const d of own) {
    const item: OutlineItem = { name: d.name, kind: d.kind, detail: d.detail, range: d.range, selectionRange: d.nameRange, children: [] };
    if (d.kind === 'section' && snapshot.language === 'objdump') {
      section = item;
      fn = undefined;
      top.push(item);
    } else if (d.kind === 'label' && fn) {
      fn.children.push(item);
    } else {
      if (d.kind === 'function' || d.kind === 'symbol') fn = item;
      (section && (d.kind === 'function' || d.kind === 'symbol' || d.kind === 'object') ? section.children : top).push(item);
    }
  }
  return top;
}

function firstOfName(): (d: Definition) => boolean {
  const seen = new Set<string>();
  return (d) => {
    const key = `${d.kind === 'section' ? 's' : 'n'}:${d.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
