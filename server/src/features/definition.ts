// Go to definition: labels (`1b`/`1f` included), C and GNU as macros, `#include` targets and
// symbols; in a listing from `bl … <sym+0x8>` to the instruction at that offset under the
// symbol's header, and from an instruction to the source line `objdump -dl/-dS` names.
import { isAbsolute, join, dirname } from 'node:path';
import type { Place } from '../host/snapshot';
import { documentPath, toUri } from '../host/uris';
import { madeOn, type AnalysisView } from './hover';
import { definitionsNamed, nameAt } from './navigation';
import { listingInstruction } from './text';
import type { Position } from '../host/snapshot';

export interface DefinitionResult {
  places: Place[];
  /** The name looked up, when nothing in this document defines it: the caller may look further. */
  unresolved?: string;
}

export function definition(view: AnalysisView, position: Position): DefinitionResult {
  const { snapshot } = view;
  const include = snapshot.includes.find((i) => i.range.start.line === position.line);
  if (include?.path) return { places: [{ uri: toUri(include.path), range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } }] };
  const name = nameAt(view, position);
  if (name?.definition !== undefined) {
    const d = snapshot.definitions[name.definition];
    return { places: [{ uri: d.uri, range: d.nameRange }] };
  }
  const places: Place[] = [];
  if (name && !/^\d+[bf]$/.test(name.name)) {
    if (snapshot.language === 'objdump') {
      const offsetLine = offsetTarget(view, position, name.name);
      if (offsetLine) places.push(offsetLine);
    }
    for (const d of definitionsNamed(snapshot.definitions, name.name)) places.push({ uri: d.uri, range: d.nameRange });
    if (places.length) places.push(...innerDefinitions(view, position, name.name));
  }
  if (!places.length && snapshot.language === 'objdump') {
    const source = sourceLine(view, position);
    if (source) return { places: [source] };
  }
  if (!places.length && snapshot.language === 'ppc64asm') {
    const invoked = expandedAt(view, position.line);
    if (invoked.length) return { places: invoked };
  }
  return { places, unresolved: places.length || !name ? undefined : name.name };
}

/** `bl c000… <f+0x8>`: the instruction at f + 0x8 under f's header. */
function offsetTarget(view: AnalysisView, position: Position, name: string): Place | undefined {
  const line = view.lines.line(position.line);
  const m = new RegExp(`<${name.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}\\+0x([0-9a-f]+)>`).exec(line);
  if (!m) return undefined;
  const header = view.snapshot.definitions.find((d) => d.name === name && /^[0-9a-f]+ </.test(view.lines.line(d.range.start.line)));
  if (!header) return undefined;
  const base = BigInt('0x' + /^([0-9a-f]+)/.exec(view.lines.line(header.range.start.line))![1]);
  const address = base + BigInt('0x' + m[1]);
  // The function's lines follow its header; stop at the next header.
  for (let n = header.range.start.line + 1; n < view.lines.count; n++) {
    const text = view.lines.line(n);
    if (/^[0-9a-f]+ </.test(text)) break;
    const insn = listingInstruction(text, n);
    if (insn?.address === address) return { range: { start: { line: n, column: 0 }, end: { line: n, column: text.length } } };
  }
  return undefined;
}

/** The nearest `file:line` line objdump -dl printed above this instruction, as a place in that file. */
function sourceLine(view: AnalysisView, position: Position): Place | undefined {
  const lines = view.snapshot.fileLines;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].line <= position.line) lo = mid + 1;
    else hi = mid;
  }
  const at = lines[lo - 1];
  if (!at) return undefined;
  // Only within the same function: a header in between ends the file:line's reach.
  for (let n = at.line + 1; n < Math.min(position.line, view.lines.count); n++) if (/^[0-9a-f]+ </.test(view.lines.line(n))) return undefined;
  const base = dirname(documentPath(view.snapshot.uri));
  const path = isAbsolute(at.path) ? at.path : join(base, at.path);
  return { uri: toUri(path), range: { start: { line: at.sourceLine, column: 0 }, end: { line: at.sourceLine, column: 0 } } };
}

/**
 * A macro asked for on this line: the definitions of the macros its expansion went through,
 * level by level (the macro's own comes first, from the definitions).
 */
function innerDefinitions(view: AnalysisView, position: Position, name: string): Place[] {
  const out = new Map<string, Place>();
  for (const insn of madeOn(view.snapshot, position.line)) {
    const steps = insn.expansion ?? [];
    const at = steps.findIndex((s) => s.name === name && !s.at.uri && s.at.range.start.line === position.line);
    for (const step of steps.slice(at + 1)) {
      if (at < 0 || !step.definition || step.kind === 'repeat') continue;
      out.set(`${step.definition.uri ?? ''}:${step.definition.range.start.line}`, step.definition);
    }
  }
  return [...out.values()];
}

/** A line of a macro body: the lines whose expansions it made instructions for. */
function expandedAt(view: AnalysisView, line: number): Place[] {
  const out = new Map<number, Place>();
  for (const insn of view.snapshot.instructions) {
    if (insn.spelled && !insn.spelled.uri && insn.spelled.range.start.line === line && !out.has(insn.line)) {
      out.set(insn.line, { range: { start: { line: insn.line, column: 0 }, end: { line: insn.line, column: view.lines.line(insn.line).length } } });
    }
  }
  return [...out.values()];
}
