// Completion and signature help while typing. The line is read as it is now (the snapshot may
// be older than the last keystroke); what is known comes from the latest snapshot: the ISA
// table's mnemonics with their documentation, registers with their ABI role, GNU as
// directives, C and GNU as macros with their parameters (asm-offsets constants among them),
// and the labels and symbols of the document.
import { DIRECTIVES } from '../model/assembler/directives';
import { SUFFIXES } from '../isa/relocations';
import { TABLE, type Insn } from '../isa/table';
import type { MacroInfo, Position, Snapshot } from '../host/snapshot';
import { insnSummary, registerDoc } from './hover';

export type CompletionKind = 'mnemonic' | 'register' | 'directive' | 'macro' | 'constant' | 'function' | 'label' | 'symbol' | 'relocation' | 'preprocessor';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** What to insert when it differs from the label (`_GLOBAL(`). */
  insertText?: string;
  /** Columns of the cursor's line the item replaces, where the client's word would be wrong (`@toc@`). */
  replace?: { start: number; end: number };
}

export interface Signature {
  label: string;
  parameters: string[];
  documentation?: string;
}

export interface SignatureHelp {
  signatures: Signature[];
  activeSignature: number;
  activeParameter: number;
}

/** At most this many items go to the client; it asks again as the word grows (a kernel file knows 5,000 macros). */
export const COMPLETION_LIMIT = 200;

export interface CompletionList {
  items: Completion[];
  /** More matched than were sent. */
  incomplete: boolean;
}

/** Completions at the cursor of `line` (the current text's line), filtered by the word typed so far. */
export function completion(snapshot: Snapshot, line: string, position: Position): CompletionList {
  const all = candidates(snapshot, line, position);
  return { items: all.slice(0, COMPLETION_LIMIT), incomplete: all.length > COMPLETION_LIMIT };
}

function candidates(snapshot: Snapshot, line: string, position: Position): Completion[] {
  const before = line.slice(0, position.column);
  const word = /[%A-Za-z_.$][\w.$]*$/.exec(before)?.[0] ?? '';
  const start = before.length - word.length;
  const matches = (label: string) => label.toLowerCase().startsWith(word.replace(/^%/, '').toLowerCase());
  if (snapshot.language === 'objdump') return names(snapshot).filter((c) => matches(c.label));

  const code = stripLabels(before.slice(0, start));
  if (/^\s*#\s*$/.test(code)) return PREPROCESSOR.filter((c) => matches(c.label));
  // `sym@toc@h`: the modifiers typed so far choose among the whole chains.
  const modifiers = /[\w.$)]@([\w@]*)$/.exec(before);
  if (modifiers) {
    const replace = { start: before.length - modifiers[1].length, end: before.length };
    return relocations().filter((c) => c.label.startsWith(modifiers[1].toLowerCase())).map((c) => ({ ...c, replace }));
  }
  if (/^\s*$/.test(code)) {
    // The head of a statement: an instruction, a directive or a macro.
    if (word.startsWith('.')) return directives().filter((c) => matches(c.label));
    // Shorter mnemonics first: after `mfl`, `mflr` (what is closest to what was typed) before `mflpidr`.
    const matching = mnemonics().filter((c) => matches(c.label)).sort((a, b) => a.label.length - b.label.length);
    return [...matching, ...macros(snapshot, true).filter((c) => matches(c.label))];
  }
  // An operand.
  const out: Completion[] = [];
  if (/^[%rfvcls]/i.test(word) || word === '') out.push(...registers().filter((c) => matches(c.label)));
  out.push(...names(snapshot).filter((c) => matches(c.label)), ...macros(snapshot, false).filter((c) => matches(c.label)));
  return out;
}

/** The instruction's operands or the macro's parameters, with the one the cursor is in. */
export function signatureHelp(snapshot: Snapshot, line: string, position: Position): SignatureHelp | undefined {
  if (snapshot.language !== 'ppc64asm') return undefined;
  const before = stripLabels(line.slice(0, position.column));
  // `NAME(args` of a C macro, innermost unclosed parenthesis.
  const call = openCall(before);
  if (call) {
    const macro = snapshot.macros.find((m) => m.name === call.name && m.kind === 'c' && m.parameters);
    if (macro) return single({ label: `${macro.name}(${macro.parameters!.join(', ')})`, parameters: macro.parameters!, documentation: where(macro) }, call.commas);
  }
  const m = /^\s*([A-Za-z_.][\w.$]*[+-]?)\s+(.*)$/.exec(before);
  if (!m) return undefined;
  const [, head, operands] = m;
  const commas = topLevelCommas(operands);
  const asMacro = snapshot.macros.find((x) => x.kind === 'as' && x.name.toLowerCase() === head.toLowerCase());
  if (asMacro) return single({ label: `${asMacro.name} ${asMacro.parameters!.join(', ')}`, parameters: asMacro.parameters!, documentation: where(asMacro) }, commas);
  const rows = rowsOf().get(head.toLowerCase());
  if (!rows) return undefined;
  const signatures = rows.map((insn) => ({ label: `${insn.mnemonic} ${operandSyntax(insn).join(',')}`.trim(), parameters: operandSyntax(insn), documentation: insnSummary(insn).join('  \n') }));
  const fitting = signatures.findIndex((s) => s.parameters.length > commas);
  return { signatures, activeSignature: Math.max(fitting, 0), activeParameter: commas };
}

function single(signature: Signature, active: number): SignatureHelp {
  return { signatures: [signature], activeSignature: 0, activeParameter: active };
}

function where(macro: MacroInfo): string {
  return macro.uri ? `defined in ${decodeURIComponent(macro.uri.replace(/^file:\/\//, ''))}:${macro.line + 1}` : `defined at line ${macro.line + 1}`;
}

/** `1: name: ` before a statement is not part of it. */
function stripLabels(text: string): string {
  return text.replace(/^\s*(?:(?:[A-Za-z_.$][\w.$]*|\d+):\s*)*/, (m) => ' '.repeat(m.length));
}

function openCall(text: string): { name: string; commas: number } | undefined {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      const name = /([A-Za-z_]\w*)\s*$/.exec(text.slice(0, i))?.[1];
      return name ? { name, commas: topLevelCommas(text.slice(i + 1)) } : undefined;
    }
  }
  return undefined;
}

function topLevelCommas(text: string): number {
  let depth = 0;
  let commas = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) commas++;
  }
  return commas;
}

/** The operands as objdump writes them, one per comma: `RT`, `D(RA)`, `[L]` when optional. */
export function operandSyntax(insn: Insn): string[] {
  const out: string[] = [];
  for (let i = 0; i < insn.operands.length; i++) {
    const k = insn.operands[i];
    // RA0: a base register that reads as 0 when it is r0; written RA.
    const name = (n: string) => n.replace(/^RA0$/, 'RA');
    let text = name(k.name);
    if (k.parens && insn.operands[i + 1]) text += `(${name(insn.operands[++i].name)})`;
    out.push(k.optional !== undefined ? `[${text}]` : text);
  }
  return out;
}

let rowsByMnemonic: Map<string, Insn[]> | undefined;
function rowsOf(): Map<string, Insn[]> {
  if (!rowsByMnemonic) {
    rowsByMnemonic = new Map();
    for (const insn of TABLE) {
      const list = rowsByMnemonic.get(insn.mnemonic) ?? [];
      // One signature per distinct operand list.
      if (!list.some((r) => operandSyntax(r).join() === operandSyntax(insn).join())) list.push(insn);
      rowsByMnemonic.set(insn.mnemonic, list);
    }
  }
  return rowsByMnemonic;
}

let mnemonicItems: Completion[] | undefined;
function mnemonics(): Completion[] {
  mnemonicItems ??= [...rowsOf().entries()].map(([mnemonic, rows]) => ({
    label: mnemonic,
    kind: 'mnemonic' as const,
    detail: `${mnemonic} ${operandSyntax(rows[0]).join(',')}`.trim(),
    documentation: insnSummary(rows[0]).join('  \n'),
  }));
  return mnemonicItems;
}

const CONDITIONALS = ['if', 'ifdef', 'ifndef', 'ifc', 'ifnc', 'ifeq', 'ifne', 'ifb', 'ifnb', 'else', 'elseif', 'endif', 'endm', 'endr', 'exitm'];
let directiveItems: Completion[] | undefined;
function directives(): Completion[] {
  directiveItems ??= [...new Set([...Object.keys(DIRECTIVES), ...CONDITIONALS])].sort().map((d) => ({ label: '.' + d, kind: 'directive' as const, detail: 'GNU as directive' }));
  return directiveItems;
}

const PREPROCESSOR: Completion[] = ['include', 'define', 'undef', 'if', 'ifdef', 'ifndef', 'elif', 'else', 'endif', 'error', 'warning']
  .map((d) => ({ label: d, kind: 'preprocessor', detail: `#${d}` }));

let registerItems: Completion[] | undefined;
function registers(): Completion[] {
  const names = [...Array.from({ length: 32 }, (_, i) => `r${i}`), 'lr', 'ctr', 'xer', ...Array.from({ length: 8 }, (_, i) => `cr${i}`), ...Array.from({ length: 32 }, (_, i) => `f${i}`), ...Array.from({ length: 32 }, (_, i) => `v${i}`), ...Array.from({ length: 64 }, (_, i) => `vs${i}`)];
  registerItems ??= names.map((r) => ({ label: r, kind: 'register' as const, documentation: registerDoc(r) }));
  return registerItems;
}

let relocationItems: Completion[] | undefined;
function relocations(): Completion[] {
  relocationItems ??= Object.entries(SUFFIXES).map(([suffix, type]) => ({ label: suffix, kind: 'relocation' as const, detail: `R_PPC64_${type}` }));
  return relocationItems;
}

const macroItems = new WeakMap<Snapshot, Completion[][]>();

/** Macros: at a statement's head those that make statements, in an operand the constants too (made once per snapshot). */
function macros(snapshot: Snapshot, head: boolean): Completion[] {
  let lists = macroItems.get(snapshot);
  if (!lists) macroItems.set(snapshot, (lists = [macroList(snapshot, false), macroList(snapshot, true)]));
  return lists[head ? 1 : 0];
}

function macroList(snapshot: Snapshot, head: boolean): Completion[] {
  const out: Completion[] = [];
  for (const m of snapshot.macros) {
    if (head && m.kind === 'c' && !m.parameters && !/^[A-Za-z]/.test(m.value ?? '')) continue;
    if (!head && m.kind === 'as') continue;
    const constant = m.kind === 'c' && !m.parameters;
    out.push({
      label: m.name,
      kind: constant ? 'constant' : 'macro',
      detail: constant ? `${m.name} ${m.value ?? ''}`.trim() : m.kind === 'c' ? `${m.name}(${m.parameters!.join(', ')})` : `.macro ${m.name} ${m.parameters!.join(', ')}`.trim(),
      documentation: where(m),
      ...(m.kind === 'c' && m.parameters ? { insertText: `${m.name}(` } : {}),
    });
  }
  return out;
}

const nameItems = new WeakMap<Snapshot, Completion[]>();

/** Labels, functions and symbols of the document and its object (made once per snapshot). */
function names(snapshot: Snapshot): Completion[] {
  let list = nameItems.get(snapshot);
  if (!list) nameItems.set(snapshot, (list = nameList(snapshot)));
  return list;
}

function nameList(snapshot: Snapshot): Completion[] {
  const seen = new Set<string>();
  const out: Completion[] = [];
  for (const d of snapshot.definitions) {
    if (d.kind === 'local-label' || d.kind === 'macro' || d.kind === 'c-macro' || seen.has(d.name)) continue;
    seen.add(d.name);
    out.push({ label: d.name, kind: d.kind === 'function' ? 'function' : d.kind === 'constant' ? 'constant' : d.kind === 'label' ? 'label' : 'symbol', detail: d.detail ?? d.kind });
  }
  for (const s of snapshot.symbols) {
    if (seen.has(s.name) || !s.name || s.type === 'section' || s.type === 'file') continue;
    seen.add(s.name);
    out.push({ label: s.name, kind: s.type === 'func' ? 'function' : 'symbol', detail: [s.type?.toUpperCase(), s.binding?.toUpperCase(), s.section === 'undefined' ? 'undefined' : undefined].filter(Boolean).join(' ') });
  }
  return out;
}
