// Folding: in assembly each branch of an `#if` group, `.macro`/`.rept`/`.irp`/`.if` bodies and
// functions; in listings each section and each function (symbol header) up to the next.
import type { LineIndex } from '../host/lines';
import type { Snapshot } from '../host/snapshot';

export interface Fold {
  /** Both lines are folded away but the first. */
  start: number;
  end: number;
  kind: 'region' | 'function' | 'section' | 'inactive';
}

const OPEN = /^\s*(?:#\s*(if|ifdef|ifndef)\b|#\s*(elif|else)\b|#\s*(endif)\b|\.(macro|rept|irpc?|if\w*)\b|\.(endm|endmacro|endr|endif)\b|\.(else|elseif)\b)/;

export function foldingRanges(snapshot: Snapshot, lines: LineIndex): Fold[] {
  return snapshot.language === 'objdump' ? listingFolds(snapshot, lines) : assemblyFolds(snapshot, lines);
}

function assemblyFolds(snapshot: Snapshot, lines: LineIndex): Fold[] {
  const out: Fold[] = [];
  const inactive = new Set<number>();
  for (let i = 0; i < snapshot.inactive.length; i += 2) inactive.add(snapshot.inactive[i] - 1);
  const cpp: number[] = [];
  const gas: number[] = [];
  const close = (stack: number[], line: number, reopen: boolean) => {
    const start = stack.pop();
    if (start !== undefined && line - 1 > start) out.push({ start, end: line - 1, kind: inactive.has(start) ? 'inactive' : 'region' });
    if (reopen) stack.push(line);
  };
  for (let n = 0; n < lines.count; n++) {
    const text = lines.line(n);
    // Cheap test first: most lines open nothing.
    const first = text.trimStart()[0];
    if (first !== '#' && first !== '.') continue;
    const m = OPEN.exec(text);
    if (!m) continue;
    if (m[1]) cpp.push(n);
    else if (m[2]) close(cpp, n, true);
    else if (m[3]) close(cpp, n, false);
    else if (m[4]) gas.push(n);
    else if (m[5]) close(gas, n, false);
    else if (m[6]) close(gas, n, true);
  }
  // A function runs over its size, or without one up to the next function of its section.
  const limits = snapshot.functions.map((f) => {
    const next = snapshot.functions.filter((g) => g.section === f.section && g.globalEntry > f.globalEntry).reduce<bigint | undefined>((m, g) => (m === undefined || g.globalEntry < m ? g.globalEntry : m), undefined);
    return { f, end: f.size !== undefined && f.size > 0n ? f.globalEntry + f.size : next };
  });
  const endOf = new Map<string, number>();
  for (const i of snapshot.instructions) {
    const hit = limits.find(({ f, end }) => f.section === i.section && i.address >= f.globalEntry && (end === undefined || i.address < end));
    if (hit) endOf.set(hit.f.name, Math.max(endOf.get(hit.f.name) ?? 0, i.line));
  }
  for (const f of snapshot.functions) {
    const end = endOf.get(f.name);
    if (end !== undefined && end > f.range.start.line) out.push({ start: f.range.start.line, end, kind: 'function' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function listingFolds(snapshot: Snapshot, lines: LineIndex): Fold[] {
  const heads = snapshot.definitions
    .filter((d) => (d.kind === 'section' || d.kind === 'symbol' || d.kind === 'function') && !d.uri && /^(?:Disassembly of section |[0-9a-f]+ <)/.test(lines.line(d.range.start.line)))
    .map((d) => ({ line: d.range.start.line, section: d.kind === 'section' }))
    .sort((a, b) => a.line - b.line);
  const out: Fold[] = [];
  const lastText = (end: number, start: number) => {
    while (end > start && !lines.line(end).trim()) end--;
    return end;
  };
  // A section runs to the next section; a function to the next header of either kind.
  let nextSection = lines.count;
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    const next = h.section ? nextSection : heads[i + 1]?.line ?? lines.count;
    const end = lastText(next - 1, h.line);
    if (end > h.line) out.push({ start: h.line, end, kind: h.section ? 'section' : 'function' });
    if (h.section) nextSection = h.line;
  }
  return out.reverse();
}
