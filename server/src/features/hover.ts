// Hover: what the thing under the cursor is, as a kernel engineer asks it. A mnemonic: the
// ISA table's documentation, this instruction's encoding and its operand arithmetic; a
// register: its ABI role; a symbol: its entries, TOC, callers and, in a live patch, how it
// is reached; a macro: its definition and what it made on this line; a relocation: what ld
// or the module loader does with it; a TOC setup: the arithmetic that gives r2.
import { lookupPrefixed, lookupWord } from '../isa/decode';
import { disassemble } from '../isa/disasm';
import { effectsOf } from '../isa/effects';
import { encodeInstruction } from '../isa/encode';
import type { Insn } from '../isa/table';
import { referenceAt, referenceName, type AssembledInstruction, type CallInfo, type ExpansionStep, type FunctionInfo, type Place, type Position, type Snapshot, type TextRange } from '../host/snapshot';
import type { LineIndex } from '../host/lines';
import { hex16, hex8, listingInstruction, listingRelocation, signedHex, wordAt, wordsOf } from './text';

export interface HoverResult {
  range: TextRange;
  markdown: string;
}

export interface AnalysisView {
  snapshot: Snapshot;
  lines: LineIndex;
}

export function hover(view: AnalysisView, position: Position): HoverResult | undefined {
  const line = view.lines.line(position.line);
  const word = wordAt(line, position);
  if (!word) return undefined;
  const parts = view.snapshot.language === 'objdump' ? listingHover(view, line, position, word.text, word.range) : assemblyHover(view, line, position, word.text, word.range);
  return parts && { range: parts.range ?? word.range, markdown: parts.text };
}

interface Parts {
  text: string;
  range?: TextRange;
}

// ---- listings ----

function listingHover(view: AnalysisView, line: string, position: Position, word: string, range: TextRange): Parts | undefined {
  const { snapshot } = view;
  const insn = listingInstruction(line, position.line);
  if (insn && insn.mnemonic && within(position, insn.mnemonicRange)) {
    const words = wordsOf(insn.bytes, snapshot.bigEndian);
    const text = [instructionDoc(words, insn.address, `${insn.mnemonic} ${insn.operands}`.trim()), tocArithmetic(snapshot, position.line), callNote(snapshot, position.line)]
      .filter(Boolean).join('\n\n');
    return text ? { text, range: insn.mnemonicRange } : undefined;
  }
  const relocation = listingRelocation(line);
  if (relocation && word === relocation.type) return { text: relocationDoc(relocation.type, snapshot) };
  return nameHover(view, position, word, range);
}

// ---- assembly ----

function assemblyHover(view: AnalysisView, line: string, position: Position, word: string, range: TextRange): Parts | undefined {
  const parts = statementHover(view, line, position, word, range);
  // A register keeps its own short hover; elsewhere on a macro body's line, what the line made.
  const here = parts && registerDoc(word) ? undefined : madeFromHere(view.snapshot, position.line);
  return here ? { text: [parts?.text, here].filter(Boolean).join('\n\n'), range: parts?.range ?? range } : parts;
}

function statementHover(view: AnalysisView, line: string, position: Position, word: string, range: TextRange): Parts | undefined {
  const { snapshot } = view;
  const include = snapshot.includes.find((i) => i.range.start.line === position.line);
  if (include) return { text: include.path ? `\`#include\` reads \`${include.path}\`` : `\`${include.name}\` is not found in the include paths` };
  const statement = /^\s*(?:[\w.$]+:\s*)*([A-Za-z_.][\w.]*)/.exec(line.replace(/\/\*.*?\*\//g, ''));
  const head = statement?.[1];
  const isMacro = snapshot.definitions.some((d) => d.name === word && (d.kind === 'c-macro' || d.kind === 'macro'));
  if (head === word && !word.startsWith('.') && !isMacro) {
    const mnemonic = mnemonicHover(view, line, position);
    if (mnemonic) return mnemonic;
  }
  if (/^\.(rept|irpc?)$/.test(word)) {
    const made = madeOn(snapshot, position.line);
    if (made.length) return { text: [`\`${word}\` expands here to:\n\n\`\`\`\n${expansionText(made, snapshot.bigEndian)}\n\`\`\``, chainText(made, position.line, snapshot.bigEndian)].filter(Boolean).join('\n\n') };
  }
  if (word === '.localentry') {
    const name = /\.localentry\s+([\w.$]+)/.exec(line)?.[1];
    const fn = snapshot.functions.find((f) => f.name === name);
    if (fn) return { text: [functionSummary(fn), tocArithmetic(snapshot, fn.tocSetup?.lines[0] ?? -1, fn)].filter(Boolean).join('\n\n') };
  }
  return nameHover(view, position, word, range);
}

function mnemonicHover(view: AnalysisView, line: string, position: Position): Parts | undefined {
  const { snapshot } = view;
  const made = snapshot.instructions.filter((i) => i.line === position.line);
  const statement = line.replace(/^\s*(?:[\w.$]+:\s*)*/, '').replace(/\s*(#|\/\*|;).*$/, '').trim();
  const mine = made.length === 1 ? made[0] : undefined;
  if (mine) {
    const doc = instructionDoc(mine.words, mine.address, statement, mine.relocations);
    if (doc) return { text: [doc, tocArithmetic(snapshot, position.line), callNote(snapshot, position.line)].filter(Boolean).join('\n\n') };
  }
  const encoded = encodeInstruction(statement);
  if ('error' in encoded) return undefined;
  return { text: instructionDoc(encoded.words, undefined, statement, encoded.relocations.map((r) => `${r.type} ${r.symbol}`))! };
}

// ---- names: registers, symbols, labels, macros ----

const REGISTER_ROLES: [RegExp, (n: number) => string][] = [
  [/^r0$/, () => 'volatile; the prologue moves LR through it (`mflr r0`), and ftrace takes the return address from it; as a base register in D-form addressing it reads as 0'],
  [/^r1$/, () => 'stack pointer (back chain at 0(r1), LR save at 16(r1), TOC save at 24(r1))'],
  [/^r2$/, () => 'TOC pointer: the base for TOC-relative loads; set up at a global entry from r12, saved at 24(r1) around calls that may change it'],
  [/^r([3-9]|10)$/, (n) => `volatile; argument ${n - 2}${n === 3 ? ' and the return value' : n === 4 ? ' (second return doubleword)' : ''}`],
  [/^r11$/, () => 'volatile; environment pointer, scratch in linkage code'],
  [/^r12$/, () => 'volatile; the global entry address at a global entry (the TOC setup adds to it), the target in indirect calls (`mtctr r12`)'],
  [/^r13$/, () => 'reserved: the paca pointer in the kernel (per-CPU data; `ld r2,PACATOC(r13)` loads the kernel TOC), the thread pointer in user space'],
  [/^r(1[4-9]|2\d|3[01])$/, () => 'non-volatile: a function saves it before use and restores it before returning'],
  [/^f\d+$/, () => 'floating-point register'],
  [/^v\d+$/, () => 'vector register (VMX)'],
  [/^vs\d+$/, () => 'vector-scalar register (VSX)'],
  [/^cr[0-7]$/, (n) => `condition register field ${n}${n >= 2 && n <= 4 ? ' (non-volatile)' : ' (volatile)'}`],
];

const SPECIAL_REGISTERS: Record<string, string> = {
  lr: 'link register: the return address after `bl`; saved at 16(r1) by the caller\'s frame',
  ctr: 'count register: loop counts and indirect branch targets (`mtctr r12; bctrl`)',
  xer: 'fixed-point exception register (SO, OV, CA)',
};

export function registerDoc(word: string): string | undefined {
  const lower = word.replace(/^%/, '').toLowerCase();
  if (SPECIAL_REGISTERS[lower]) return `**${lower}**: ${SPECIAL_REGISTERS[lower]}`;
  for (const [re, role] of REGISTER_ROLES) {
    if (re.test(lower)) return `**${lower}**: ${role(Number(lower.replace(/\D/g, '')))}`;
  }
  return undefined;
}

function nameHover(view: AnalysisView, position: Position, word: string, range: TextRange): Parts | undefined {
  const register = registerDoc(word);
  if (register) return { text: register };
  const { snapshot } = view;
  const ref = referenceAt(snapshot.references, position);
  const name = ref !== undefined ? referenceName(snapshot.references, ref) : word;
  const sections: string[] = [];
  const target = ref !== undefined ? snapshot.references.targets[ref] : -1;
  const definition = target >= 0 ? snapshot.definitions[target] : undefined;
  if (definition?.kind === 'local-label') {
    sections.push(`local label \`${definition.name}:\` at line ${definition.range.start.line + 1}`);
  }
  let macro = false;
  for (const d of snapshot.definitions.filter((x) => x.name === name && (x.kind === 'c-macro' || x.kind === 'macro' || x.kind === 'constant'))) {
    sections.push(`${d.kind === 'c-macro' ? 'C macro' : d.kind === 'macro' ? 'GNU as macro' : 'constant'} **${name}**${d.uri ? ` (${placeText({ uri: d.uri, range: d.range })})` : ''}\n\n\`\`\`c\n${d.detail ?? ''}\n\`\`\``);
    const made = madeOn(snapshot, position.line);
    if (made.length && (d.kind === 'c-macro' || d.kind === 'macro')) {
      sections.push(`expands here to:\n\n\`\`\`\n${expansionText(made, snapshot.bigEndian)}\n\`\`\``);
      macro = true;
    }
  }
  if (macro) {
    const chain = chainText(madeOn(snapshot, position.line), position.line, snapshot.bigEndian);
    if (chain) sections.push(chain);
  }
  const fn = snapshot.functions.find((f) => f.name === name);
  if (fn) sections.push(functionSummary(fn));
  const symbol = symbolNote(snapshot, name, !!fn);
  if (symbol) sections.push(symbol);
  if (!sections.length) {
    const other = snapshot.definitions.find((d) => d.name === name);
    if (!other) return undefined;
    sections.push(`${other.kind} **${name}**${other.detail ? `: ${other.detail}` : ''}`);
  }
  return { text: sections.join('\n\n'), range };
}

export function functionSummary(fn: FunctionInfo): string {
  const out = [`function **${fn.name}**${fn.binding ? ` (${fn.binding})` : ''}${fn.macro ? `, defined through \`${fn.macro}\`` : ''}`];
  out.push(entryLine(fn));
  const c = fn.callers;
  if (c.total) out.push(`${c.total} caller${c.total === 1 ? '' : 's'} here: ${[c.local && `${c.local} local`, c.global && `${c.global} global`, c.stub && `${c.stub} via stub`, c.sibling && `${c.sibling} sibling`].filter(Boolean).join(', ') || 'other'}`);
  return out.join('  \n');
}

/** `global entry 0x… · local entry +8 · TOC 0x…`, shared with the CodeLens. */
export function entryLine(fn: FunctionInfo): string {
  const parts = [`global entry 0x${hex16(fn.globalEntry)}`];
  if (fn.localEntryOffset !== undefined) parts.push(`local entry +${fn.localEntryOffset}`);
  else parts.push(fn.clobbersToc ? 'single entry, r2 not kept' : 'single entry');
  if (fn.toc?.kind === 'value') parts.push(`TOC 0x${hex16(fn.toc.value)}`);
  else if (fn.toc?.kind === 'symbolic') parts.push(`TOC ${fn.toc.symbol} (set at link time)`);
  return parts.join(' · ');
}

function symbolNote(snapshot: Snapshot, name: string, isFunction: boolean): string | undefined {
  const own = snapshot.symbols.filter((s) => s.name === name);
  const klp = snapshot.symbols.find((s) => s.livepatch?.name === name);
  const out: string[] = [];
  const local = own.find((s) => s.binding === 'local' && s.type === 'func');
  if (!isFunction && own.length) {
    const s = own.find((x) => x.section !== 'undefined') ?? own[0];
    out.push(`symbol **${name}**: ${[s.type?.toUpperCase(), s.binding?.toUpperCase(), s.section === 'undefined' ? 'undefined here' : undefined].filter(Boolean).join(' ')}${s.section !== 'undefined' ? ` at 0x${hex16(s.value)}` : ''}${s.localEntry && s.localEntry >= 4 ? ` · local entry +${s.localEntry}` : ''}`);
  }
  if (klp) {
    const lp = klp.livepatch!;
    out.push(`${local ? `**${name}** is a local function (FUNC LOCAL${local.localEntry && local.localEntry >= 4 ? `, local entry +${local.localEntry}` : ''}) of ${lp.object}, now` : `**${name}** is`} reached through \`${klp.name}\` (SHN_LIVEPATCH): the module loader resolves it in ${lp.object} when the patch is enabled, and sends every \`bl\` to it through a stub that saves r2 at 24(r1), so the word after each such call must be a \`nop\` (the loader makes it \`ld r2,24(r1)\`).`);
  }
  return out.join('\n\n') || undefined;
}

// ---- instructions ----

function operandValue(insn: Insn, word: number, prefix: number, name: RegExp): number | undefined {
  const op = insn.operands.find((o) => name.test(o.name));
  return op?.get(word, prefix);
}

/** The table row's description and its form, level and privilege: two lines. */
export function insnSummary(insn: Insn): [string, string] {
  return [
    `**${insn.mnemonic}**: ${insn.doc}`,
    `${insn.form}-form · Power ISA ${insn.level} · ${insn.privilege === 'problem' ? 'problem state (user)' : `${insn.privilege} only`}`,
  ];
}

/** The ISA table's documentation of one instruction, its encoding and its arithmetic as written. */
function instructionDoc(words: number[], address: bigint | undefined, written: string, relocations: string[] = []): string | undefined {
  const prefixed = words.length === 2;
  const insn = prefixed ? lookupPrefixed(words[0], words[1]) : lookupWord(words[0]);
  if (!insn) return undefined;
  const word = prefixed ? words[1] : words[0];
  const prefix = prefixed ? words[0] : 0;
  const effects = effectsOf(insn);
  // Registers only: immediates are in the arithmetic below.
  const operandText = (name: string) => {
    const op = insn.operands.find((o) => o.name === name);
    if (!op) return name;
    const v = op.get(word, prefix);
    const file = { gpr: 'r', gpr0: 'r', fpr: 'f', vr: 'v', vsr: 'vs', cr: 'cr' }[op.cls as string];
    return file === undefined ? undefined : op.cls === 'gpr0' && v === 0 ? undefined : `${file}${v}`;
  };
  const registers = (access: 'read' | 'write') => effects.operands.filter((o) => o.access !== (access === 'read' ? 'write' : 'read')).map((o) => operandText(o.name)).filter((t): t is string => !!t);
  const reads = [...registers('read'), ...effects.reads];
  const writes = [...registers('write'), ...effects.writes];
  const lines = [
    ...insnSummary(insn),
    `reads ${reads.join(', ') || 'nothing'} · writes ${writes.join(', ') || 'nothing'}${effects.memory ? ` · ${effects.memory.access}s ${effects.memory.bytes ?? 'a variable number of'} bytes` : ''}`,
    `\`${words.map(hex8).join(' ')}\` = \`${written}\`${relocations.length ? ` (${relocations.join(', ')})` : ''}`,
  ];
  const arithmetic = operandArithmetic(insn, word, prefix, address);
  if (arithmetic) lines.push(`\`${arithmetic}\``);
  return lines.join('  \n');
}

function operandArithmetic(insn: Insn, word: number, prefix: number, address: bigint | undefined): string | undefined {
  const rt = operandValue(insn, word, prefix, /^R[TS]$/);
  const ra = operandValue(insn, word, prefix, /^RA0?$/);
  const si = operandValue(insn, word, prefix, /^(SI|D|DS|UI)$/);
  const m = insn.mnemonic;
  switch (m) {
    case 'addi':
      return ra === 0 ? `r${rt} = ${si}` : `r${rt} = r${ra} ${signedHex(si!)}`;
    case 'addis':
      return ra === 0 ? `r${rt} = 0x${(BigInt(si!) << 16n).toString(16)}` : `r${rt} = r${ra} ${signedHex(BigInt(si!) << 16n)}`;
    case 'li':
      return `r${rt} = ${si}`;
    case 'lis':
      return `r${rt} = ${signedHex(BigInt(si!) << 16n).replace(/^\+ /, '')}`;
    case 'ori': case 'oris': case 'xori': case 'xoris': case 'andi.': case 'andis.': {
      const shift = m.includes('is') ? 16n : 0n;
      const op = m.startsWith('or') ? '|' : m.startsWith('xor') ? '^' : '&';
      return `r${ra} = r${rt} ${op} 0x${(BigInt(si!) << shift).toString(16)}`;
    }
    case 'mflr': return `r${rt} = LR`;
    case 'mtlr': return `LR = r${rt}`;
    case 'mfctr': return `r${rt} = CTR`;
    case 'mtctr': return `CTR = r${rt}`;
  }
  const memory = effectsOf(insn).memory;
  if (memory && ra !== undefined && si !== undefined && rt !== undefined) {
    const ea = `${ra === 0 ? '' : `r${ra} `}${ra === 0 ? `0x${si.toString(16)}` : signedHex(si)}`;
    const cell = `mem${(memory.bytes ?? 0) * 8 || ''}[${ea}]`;
    const update = /u$/.test(m) ? `; r${ra} = ${ea}` : '';
    return memory.access === 'load' ? `r${rt} = ${cell}${update}` : `${cell} = r${rt}${update}`;
  }
  const li = operandValue(insn, word, prefix, /^(LI|BD)$/);
  if (li !== undefined && address !== undefined && insn.operands.some((o) => o.cls === 'rel')) {
    const target = BigInt.asUintN(64, address + BigInt(li));
    return `target = 0x${hex16(target)}${/l$|la$/.test(m) ? ` · LR = 0x${hex16(address + 4n)}` : ''}`;
  }
  return undefined;
}

/** `line 12` in this document, `path:12` in another file. */
function placeText(place: Place): string {
  const line = place.range.start.line + 1;
  return place.uri ? `${decodeURIComponent(place.uri.replace(/^file:\/\//, ''))}:${line}` : `line ${line}`;
}

const STEP_KIND = { cpp: 'C macro', macro: 'GNU as macro', repeat: 'GNU as' } as const;

/** The most expansions a hover lists, and instructions per expansion: a `.rept` of macros can make thousands. */
const MAX_CHAIN_STEPS = 48;
const MAX_STEP_INSTRUCTIONS = 32;

interface ChainNode {
  step: ExpansionStep;
  made: AssembledInstruction[];
  inner: Map<number, ChainNode>;
}

/**
 * The expansions that made a line's instructions, level by level (outermost first), each
 * with its definition and the instructions it made; undefined when one level made them all.
 */
function chainText(made: AssembledInstruction[], line: number, bigEndian: boolean): string | undefined {
  const outer = new Map<number, ChainNode>();
  for (const insn of made) {
    let level = outer;
    const steps = insn.expansion ?? [];
    for (const step of steps.slice(Math.max(0, stepOn(steps, line)))) {
      let node = level.get(step.instance);
      if (!node) level.set(step.instance, (node = { step, made: [], inner: new Map() }));
      node.made.push(insn);
      level = node.inner;
    }
  }
  const nested = [...outer.values()].some((n) => n.inner.size > 0);
  if (!nested) return undefined;
  const out: string[] = ['macro expansion, outermost first:'];
  let shown = 0;
  let left = 0;
  const walk = (nodes: Map<number, ChainNode>, prefix: string) => {
    let k = 0;
    for (const node of nodes.values()) {
      const number = `${prefix}${++k}`;
      if (shown++ >= MAX_CHAIN_STEPS) {
        left++;
        continue;
      }
      const { step } = node;
      const defined = step.definition && step.kind !== 'repeat' ? `, defined at ${placeText(step.definition)}` : '';
      const more = node.made.length > MAX_STEP_INSTRUCTIONS ? `\n… ${node.made.length - MAX_STEP_INSTRUCTIONS} more` : '';
      out.push(`**${number}** ${STEP_KIND[step.kind]} \`${step.name}\` at ${placeText(step.at)}${defined}:\n\n\`\`\`\n${expansionText(node.made.slice(0, MAX_STEP_INSTRUCTIONS), bigEndian)}${more}\n\`\`\``);
      walk(node.inner, `${number}.`);
    }
  };
  walk(outer, '');
  if (left) out.push(`… ${left} more expansions`);
  return out.join('\n\n');
}

/** The first expansion asked for on this line of the document, -1 when none. */
function stepOn(steps: readonly ExpansionStep[], line: number): number {
  return steps.findIndex((s) => !s.at.uri && s.at.range.start.line === line);
}

/** The instructions this line made: written on it, or made by an expansion asked for on it (a macro inside a `.rept`). */
export function madeOn(snapshot: Snapshot, line: number): AssembledInstruction[] {
  return snapshot.instructions.filter((i) => i.line === line || (i.expansion && stepOn(i.expansion, line) >= 0));
}

/** A line of a macro body (here) that made instructions elsewhere: each of them and the line that asked for it. */
function madeFromHere(snapshot: Snapshot, line: number): string | undefined {
  const made = snapshot.instructions.filter((i) => i.spelled && !i.spelled.uri && i.spelled.range.start.line === line);
  if (!made.length) return undefined;
  const shown = made.slice(0, MAX_CHAIN_STEPS).map((i) => {
    const via = (i.expansion ?? []).map((s) => `\`${s.name}\``).join(' → ');
    return `- line ${i.line + 1}${via ? ` (${via})` : ''}:\n\n  \`\`\`\n  ${expansionText([i], snapshot.bigEndian)}\n  \`\`\``;
  });
  return [`this line made ${made.length} instruction${made.length === 1 ? '' : 's'}, expanded at:`, ...shown, ...(made.length > shown.length ? [`… ${made.length - shown.length} more`] : [])].join('\n\n');
}

function expansionText(made: Snapshot['instructions'], bigEndian: boolean): string {
  return made.map((i) => {
    const bytes = new Uint8Array(i.words.length * 4);
    i.words.forEach((w, k) => new DataView(bytes.buffer).setUint32(k * 4, w, !bigEndian));
    const text = disassemble(bytes, undefined, { bigEndian }).map((d) => d.text).join('; ');
    return `${i.section}+${i.address.toString(16)}: ${i.words.map(hex8).join(' ')}  ${text}${i.relocations.length ? `  ${i.relocations.join(', ')}` : ''}`;
  }).join('\n');
}

/** `addis r2,r12` of a TOC setup: r2 = global entry + (HA << 16) + LO, as seed 001 computes it. */
function tocArithmetic(snapshot: Snapshot, line: number, known?: FunctionInfo): string | undefined {
  const fn = known ?? snapshot.functions.find((f) => f.tocSetup?.lines.includes(line));
  const setup = fn?.tocSetup;
  if (!fn || !setup) return undefined;
  if (fn.toc?.kind === 'value' && setup.form === 'addis') {
    return `TOC: \`${hex16(fn.globalEntry)} + ${setup.ha}<<16 + ${setup.lo} = ${hex16(fn.toc.value)}\` (r2 at ${fn.name}'s local entry, +${setup.lines.length * 4})`;
  }
  if (fn.toc?.kind === 'value' && setup.form === 'lis') return `TOC: \`${setup.ha}<<16 + ${setup.lo} = ${hex16(fn.toc.value)}\``;
  if (fn.toc?.kind === 'value') return `TOC: \`${hex16(fn.toc.value)}\``;
  if (fn.toc?.kind === 'symbolic') return `TOC: \`r2 = r12 + (${fn.toc.symbol} - ${fn.name})\`, filled in by the linker (REL16_HA/LO): r12 holds ${fn.name}'s global entry`;
  return undefined;
}

const CALL_KINDS: Record<CallInfo['kind'], string> = {
  local: 'a local call (same TOC: to the local entry, r2 unchanged)',
  global: 'a call to a global entry (the callee sets up its own TOC from r12)',
  stub: 'a call through a linker stub',
  'module-stub': 'a call the module loader sends through a stub',
  sibling: 'a tail call (sibling call)',
  indirect: 'an indirect call through CTR',
  mcount: 'the ftrace/_mcount call',
  notoc: 'a NOTOC call (the caller keeps no TOC)',
};

function callNote(snapshot: Snapshot, line: number): string | undefined {
  const call = snapshot.calls.find((c) => c.line === line);
  if (!call) return undefined;
  const out = [`${CALL_KINDS[call.kind]}${call.target ? ` to \`${call.target}${call.offset ? `+0x${call.offset.toString(16)}` : ''}\`` : ''}${call.link ? `; after it: ${call.after}${call.afterWord !== undefined ? ` (${hex8(call.afterWord)})` : ''}` : ''}`];
  if (call.loader) out.push(`module loader: ${call.loader}`);
  return out.join('  \n');
}

// ---- relocations ----

const RELOCATIONS: Record<string, string> = {
  R_PPC64_REL24: 'the 24-bit displacement of a `b`/`bl`. GNU ld branches straight to the local entry when the callee shares the caller\'s TOC, else through a PLT call or long-branch stub that changes r2, and then rewrites the `nop` after the `bl` into `ld r2,24(r1)` (no nop: "call lacks nop, can\'t restore toc"). In a kernel module the loader sends calls to undefined and SHN_LIVEPATCH symbols through a stub that saves r2 at 24(r1) and patches that `nop` the same way (no nop: "Expected nop after call").',
  R_PPC64_REL24_NOTOC: 'a branch from code that keeps no TOC (pcrel): no TOC restore is needed after it; ld may route it through a stub that sets r12.',
  R_PPC64_REL16_HA: 'the high adjusted half of a PC-relative offset, here in a TOC setup: `(.TOC. - function)@ha`; with REL16_LO it makes r2 = r12 + (.TOC. - global entry).',
  R_PPC64_REL16_LO: 'the low half of a PC-relative offset: with REL16_HA, r2 = r12 + (.TOC. - global entry).',
  R_PPC64_TOC16_HA: 'the high adjusted half of sym - TOC base: an `addis rX,r2,sym@toc@ha` that reads through r2 (needs r2 to be this object\'s TOC).',
  R_PPC64_TOC16_LO: 'the low half of sym - TOC base, with TOC16_HA.',
  R_PPC64_TOC16_LO_DS: 'the low half of sym - TOC base in a DS-form load or store.',
  R_PPC64_ADDR64: 'a 64-bit absolute address, filled in at link time (or by the kernel\'s relocator at boot).',
  R_PPC64_ENTRY: 'marks a TOC setup that ld may turn into a shorter sequence.',
  R_PPC64_TOCSAVE: 'marks where a TOC save may be placed for the calls that follow.',
  R_PPC64_PCREL34: 'a 34-bit PC-relative offset in a prefixed instruction (pcrel code, no TOC).',
  R_PPC64_GOT_PCREL34: 'a 34-bit PC-relative offset to a GOT entry (pcrel code).',
  R_PPC64_PLT_PCREL34: 'a PC-relative load of a PLT entry (pcrel code).',
  R_PPC64_ADDR16_HA: 'the high adjusted half of an absolute address.',
  R_PPC64_ADDR16_LO: 'the low half of an absolute address.',
  R_PPC64_REL64: 'a 64-bit PC-relative value.',
  R_PPC64_ADDR32: 'a 32-bit absolute address.',
  R_PPC64_REL32: 'a 32-bit PC-relative value (e.g. the kernel\'s exception and bug tables).',
};

function relocationDoc(type: string, snapshot: Snapshot): string {
  const doc = RELOCATIONS[type] ?? 'a relocation the linker or loader applies at this place.';
  const module = snapshot.objectKind === 'module' ? '\n\nThis is a kernel module: the module loader (arch/powerpc/kernel/module_64.c) applies it when the module is loaded; the module\'s TOC is its .toc section + 0x8000.' : '';
  return `**${type}**: ${doc}${module}`;
}

function within(p: Position, r: TextRange): boolean {
  return p.line === r.start.line && p.column >= r.start.column && p.column <= r.end.column;
}
