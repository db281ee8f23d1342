// Every call site of an object: which entry it reaches and through what (local entry,
// global entry, linker or module stub, tail call, CTR, _mcount), and what follows it.
import { BCTR, CROR_15, CROR_31, LD_R2_24_R1, MFLR_R0, MTCTR, MTCTR_R12, NOP, STD_R0_16_R1, STD_R2_24_R1 } from '../isa/words';
import {
  branchTarget,
  forEachInstruction,
  instructionAt,
  isLinked,
  readWord,
  relocationsIn,
  searchSorted,
  type InstructionSite,
  type ObjectFile,
  type ObjectSymbol,
  type Relocation,
  type Section,
} from '../model/object';
import { functionEntries, LINKER_STUB, type FunctionEntry } from './entryPoints';
import { addAddress } from '../isa/address';


/** The entry points of -mprofile-kernel ftrace: calls to them carry no TOC-restore slot. */
export const FTRACE_ENTRIES = new Set(['_mcount', 'ftrace_caller', 'ftrace_regs_caller']);

export type CallKind =
  /** bl to a local entry (linked `<f+0x8>`), or in an object to a function defined in it. */
  | 'local'
  /** bl to a global entry, or in an object to a symbol it does not define. */
  | 'global'
  /** bl to a linker stub (`<00000018.plt_call.f>`, long_branch, plt_branch). */
  | 'stub'
  /** Kernel module: REL24 to an undefined or live-patch symbol, which the loader sends through a stub. */
  | 'module-stub'
  /** Tail call: `b` to another function. */
  | 'sibling'
  /** `bctrl`: through CTR. */
  | 'indirect'
  /** `bl _mcount` (or ftrace_caller) of -pg / -mprofile-kernel. */
  | 'mcount'
  /** R_PPC64_REL24_NOTOC / `@notoc`: the caller keeps no TOC, nothing to restore. */
  | 'notoc';

/** `end`: the call is the last word of its section; `missing`: the source does not show the word after it. */
export type AfterCallKind = 'nop' | 'cror-15' | 'cror-31' | 'toc-restore' | 'other' | 'missing' | 'end';

export interface AfterCall {
  kind: AfterCallKind;
  word?: number;
  /** objdump elided it (a zero word). */
  elided?: boolean;
  site?: InstructionSite;
}

export interface LinkerStub {
  type: 'plt_call' | 'plt_branch' | 'long_branch' | 'global_entry';
  callee: string;
  /** The stub saves r2 or loads through it: the caller must restore r2 (undefined: its code is not in the listing). */
  changesToc?: boolean;
}

export interface CallTarget {
  /** Symbol name as the relocation or the listing names it. */
  name: string;
  /** Offset from that symbol (the listing's `<f+0x8>`, or the relocation addend). */
  offset: bigint;
  address?: bigint;
  symbol?: ObjectSymbol;
  callee?: FunctionEntry;
  stub?: LinkerStub;
}

export interface CallSite {
  sectionIndex: number;
  section: Section;
  offset: number;
  address: bigint;
  site: InstructionSite;
  word: number;
  /** Branch and link (bl, bctrl), as opposed to a tail branch. */
  link: boolean;
  kind: CallKind;
  caller?: FunctionEntry;
  target?: CallTarget;
  relocation?: Relocation;
  after: AfterCall;
  /** For `bctrl`: the CTR was loaded from r12 (`mtctr r12`), so the callee can build its TOC. */
  ctrFromR12?: boolean;
  /** For _mcount calls: the sequence before the bl. */
  mcount?: { form: 'two-insn' | 'three-insn' | 'classic' | 'unexpected'; previous?: number };
}

export interface ObjectCalls {
  object: ObjectFile;
  functions: FunctionEntry[];
  calls: CallSite[];
}

const AFTER_KIND = new Map<number, AfterCallKind>([[NOP, 'nop'], [CROR_15, 'cror-15'], [CROR_31, 'cror-31'], [LD_R2_24_R1, 'toc-restore']]);
const CALL_RELOCATIONS = /^R_PPC64_(REL24|REL24_NOTOC|REL24_P9NOTOC|PLTCALL|PLTCALL_NOTOC)$/;
const NOTOC_RELOCATION = /NOTOC$/;

/** I-form branch (b, bl, ba, bla): primary opcode 18. */
function isIForm(word: number): boolean {
  return word >>> 26 === 18;
}

/** bcctrl with any condition: primary opcode 19, extended 528, LK. */
function isBranchCtrLink(word: number): boolean {
  return ((word & 0xfc0007ff) >>> 0) === 0x4c000421;
}

export interface AnalyzeOptions {
  /**
   * Keep, in linked code, only the calls a rule looks at there: through stubs and to global
   * entries that set up a TOC. Calls to a local entry in the same section and to ftrace's
   * entries are passed over before anything is made for them: vmlinux has a quarter of a
   * million of them.
   */
  skipLocalEntryCalls?: boolean;
}

export function analyzeCalls(obj: ObjectFile, options: AnalyzeOptions = {}): ObjectCalls {
  const skipLocal = options.skipLocalEntryCalls === true && isLinked(obj.kind);
  const functions = functionEntries(obj);
  const calls: CallSite[] = [];
  const targets = new TargetIndex(obj, functions);
  obj.sections.forEach((section, sectionIndex) => {
    const sectionFunctions = functions.filter((f) => f.sectionIndex === sectionIndex);
    // Offsets of ftrace's entry points in this section (labels in assembly, not always functions).
    const ftraceEntries = new Set(skipLocal ? obj.symbols
      .filter((s) => FTRACE_ENTRIES.has(s.name) && s.section.kind === 'defined' && s.section.index === sectionIndex)
      .map((s) => Number(s.value - section.address)) : []);
    const relocationsAt = new Map<number, Relocation>();
    for (const r of relocationsIn(obj, sectionIndex, 0, section.size)) if (CALL_RELOCATIONS.test(r.type)) relocationsAt.set(r.offset, r);
    let next = 0;
    forEachInstruction(section, 0, section.size, (offset, length) => {
      if (length !== 4) return;
      const word = readWord(obj, section, offset)?.value;
      if (word === undefined) return;
      const branch = isIForm(word);
      if (!branch && !isBranchCtrLink(word)) return;
      while (next < sectionFunctions.length && sectionFunctions[next].end <= offset) next++;
      const fn = sectionFunctions[next];
      const caller = fn && fn.start <= offset ? fn : undefined;
      // A jump inside the caller (not to its start) is control flow, not a call: the most common
      // branch by far, passed over before anything is made for it.
      if (branch && (word & 2) === 0 && !relocationsAt.has(offset)) {
        const target = offset + (((word & 0x03fffffc) << 6) >> 6);
        if ((word & 1) === 0 && caller && target > caller.start && target < caller.end) return;
        if ((word & 1) === 1 && skipLocal) {
          const callee = sectionFunctions[searchSorted(sectionFunctions, (f) => f.start, target, 'past') - 1];
          if (ftraceEntries.has(target)) return;
          if (callee && callee.localEntryOffset !== undefined && target === callee.start + callee.localEntryOffset) return;
        }
      }
      const site = instructionAt(section, offset)!;
      const base = { sectionIndex, section, offset, address: addAddress(section.address, offset), site, word, caller };
      if (!branch) {
        if (!skipLocal) calls.push({ ...base, link: true, kind: 'indirect', after: afterCall(obj, section, offset), ctrFromR12: ctrLoadedFromR12(obj, section, offset, caller) });
        return;
      }
      const call = classifyBranch(obj, base, relocationsAt.get(offset), targets);
      if (call && (!skipLocal || mayLoseToc(call))) calls.push(call);
    });
  });
  return { object: obj, functions, calls };
}

/** Looks up what a call reaches: by relocation symbol name, or by address in linked code. */
class TargetIndex {
  readonly byName: Map<string, ObjectSymbol>;
  private readonly functionOf = new Map<ObjectSymbol, FunctionEntry>();
  /** Defined symbols by value, for addresses outside the modelled functions. */
  private readonly labels: ObjectSymbol[];

  constructor(private readonly obj: ObjectFile, private readonly functions: FunctionEntry[]) {
    this.byName = symbolsByName(obj);
    for (const f of functions) this.functionOf.set(f.symbol, f);
    this.labels = obj.symbols.filter((s) => s.section.kind === 'defined').sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  byRelocation(relocation: Relocation & { symbolName: string }): CallTarget {
    const symbol = this.byName.get(relocation.symbolName);
    return { name: relocation.symbolName, offset: relocation.addend, symbol, callee: symbol && this.functionOf.get(symbol) };
  }

  /** A linked call target: the function (or stub) at that address, as objdump's `<f+0x8>`. */
  byAddress(address: bigint): CallTarget | undefined {
    const holder = this.lastAtOrBelow(this.functions, (f) => f.globalEntry, address);
    if (holder && BigInt.asUintN(64, address - holder.globalEntry) < BigInt(holder.end - holder.start)) {
      return { name: holder.symbol.name, offset: address - holder.globalEntry, address, symbol: holder.symbol, callee: holder };
    }
    // Stubs, and symbols outside the modelled code (from a table, or a branch annotation): the nearest one below.
    let i = searchSorted(this.labels, (s) => s.value, address, 'past') - 1;
    for (; i >= 0; i--) {
      const s = this.labels[i];
      const stub = LINKER_STUB.test(s.name);
      if (s.value === address && stub) return { name: s.name, offset: 0n, address, symbol: s, stub: describeStub(this.obj, s) };
      if ((s.section.kind === 'defined' && s.section.index === undefined) || stub || s.value === address) return { name: s.name, offset: address - s.value, address, symbol: s };
    }
    return undefined;
  }

  private lastAtOrBelow<T>(sorted: T[], key: (t: T) => bigint, value: bigint): T | undefined {
    return sorted[searchSorted(sorted, key, value, 'past') - 1];
  }
}

export function symbolsByName(obj: ObjectFile): Map<string, ObjectSymbol> {
  const map = new Map<string, ObjectSymbol>();
  for (const s of obj.symbols) {
    const known = map.get(s.name);
    // A definition tells more than a reference.
    if (!known || (known.section.kind === 'undefined' && s.section.kind !== 'undefined')) map.set(s.name, s);
  }
  return map;
}

type SiteBase = Pick<CallSite, 'sectionIndex' | 'section' | 'offset' | 'address' | 'site' | 'word' | 'caller'>;

function classifyBranch(obj: ObjectFile, base: SiteBase, relocation: Relocation | undefined, targets: TargetIndex): CallSite | undefined {
  const { word, section, offset } = base;
  const link = (word & 1) === 1;
  const after = afterCall(obj, section, offset);
  let target: CallTarget | undefined;
  if (relocation?.symbolName) {
    target = targets.byRelocation(relocation as Relocation & { symbolName: string });
  } else if (relocation) {
    return undefined;
  } else {
    target = targets.byAddress(branchTarget(word, base.address)!);
    if (!target) return link ? { ...base, link, kind: 'global', after } : undefined;
  }
  const kind = callKind(obj, base, link, relocation, target);
  if (!kind) return undefined;
  const call: CallSite = { ...base, link, kind, target, relocation, after };
  if (kind === 'mcount') call.mcount = mcountForm(obj, section, offset, after);
  return call;
}

function callKind(obj: ObjectFile, base: SiteBase, link: boolean, relocation: Relocation | undefined, target: CallTarget): CallKind | undefined {
  const name = target.stub?.callee ?? target.name;
  if (FTRACE_ENTRIES.has(name) && link) return 'mcount';
  if (relocation && NOTOC_RELOCATION.test(relocation.type)) return 'notoc';
  if (!link) {
    // A jump inside the caller is control flow, not a call.
    const inCaller = base.caller && target.callee === base.caller && target.offset !== 0n;
    if (!relocation && (inCaller || (!target.callee && !target.stub))) return undefined;
    if (!relocation && target.callee && target.offset !== 0n && target.offset !== BigInt(target.callee.localEntryOffset ?? 0)) return undefined;
    return 'sibling';
  }
  if (target.stub) return 'stub';
  if (relocation) {
    const symbol = target.symbol;
    const external = !symbol || symbol.section.kind === 'undefined' || symbol.section.kind === 'livepatch' || symbol.name.startsWith('.klp.sym.');
    if (obj.kind === 'module' && external) return 'module-stub';
    return external ? 'global' : 'local';
  }
  const callee = target.callee;
  // `bl 1f` inside the caller reads the program counter; it reaches no other entry.
  if (callee && callee === base.caller && target.offset !== 0n) return 'local';
  if (callee && callee.localEntryOffset !== undefined && target.offset === BigInt(callee.localEntryOffset)) return 'local';
  if (callee && target.offset === 0n) return callee.localEntryOffset !== undefined ? 'global' : 'local';
  return isLinked(obj.kind) ? 'global' : 'local';
}

/** In linked code, a call through a stub or to a global entry that sets up a TOC: the only ones a rule there looks at. */
function mayLoseToc(call: CallSite): boolean {
  const t = call.target;
  return !!t && call.kind !== 'mcount' && call.kind !== 'notoc' && (t.stub !== undefined || (t.offset === 0n && t.callee?.tocSetup !== undefined));
}

function describeStub(obj: ObjectFile, stub: ObjectSymbol): LinkerStub {
  const m = LINKER_STUB.exec(stub.name)!;
  const type = m[1] as LinkerStub['type'];
  const index = stub.section.kind === 'defined' ? stub.section.index : undefined;
  if (index === undefined) return { type, callee: m[2] };
  const section = obj.sections[index];
  const start = Number(stub.value - section.address);
  // A stub ends at its bctr or b; eight words cover every ELFv2 stub form.
  let changesToc: boolean | undefined;
  for (let o = start; o < start + 32; o += 4) {
    const w = readWord(obj, section, o);
    if (!w) break;
    if (w.value === STD_R2_24_R1) changesToc = true;
    else if (type === 'plt_call' && usesR2AsBase(w.value)) changesToc = true;
    changesToc ??= false;
    if (w.value === BCTR || isIForm(w.value)) break;
  }
  return { type, callee: m[2], changesToc };
}

/** Primary opcodes of D/DS-form instructions whose RA field is a base register (addi, addis, loads, stores). */
const BASE_OPCODES = new Set([14, 15, ...Array.from({ length: 24 }, (_, i) => 32 + i), 56, 57, 58, 61, 62]);
/** D-form instructions that write RT. */
const WRITES_RT = new Set([7, 8, 12, 13, 14, 15, 32, 33, 34, 35, 40, 41, 42, 43, 46, 58]);
/** D-form logical immediates and rotates: they write RA. */
const WRITES_RA = new Set([24, 25, 26, 27, 28, 29, 30]);
/** Opcode-31 forms that read both fields: compares, traps, stores, cache and move-to operations. */
const X_FORM_READS_ONLY = new Set([0, 32, 4, 68, 149, 151, 181, 183, 215, 247, 407, 439, 150, 214, 662, 918, 660, 467, 144, 146, 178, 86, 54, 278, 246, 1014, 982]);

const rtOf = (word: number) => (word >>> 21) & 31;
const raOf = (word: number) => (word >>> 16) & 31;

/** A D/DS-form access with r2 as its base register: TOC-relative addressing. */
export function usesR2AsBase(word: number): boolean {
  const op = word >>> 26;
  if (!BASE_OPCODES.has(op) || raOf(word) !== 2) return false;
  // `addi r2,r2,..` / `addis r2,r2,..` adjust r2 itself, as a TOC setup does.
  return !((op === 14 || op === 15) && rtOf(word) === 2);
}

/** The instruction may write r2. Errs towards yes: callers use it to stay silent. */
export function writesR2(word: number): boolean {
  const op = word >>> 26;
  if (WRITES_RT.has(op)) return rtOf(word) === 2;
  // `ori r2,r2,0` is gcc's padding nop.
  if (WRITES_RA.has(op)) return raOf(word) === 2 && !((op === 24 || op === 25) && rtOf(word) === 2 && (word & 0xffff) === 0);
  if (op === 31) return (rtOf(word) === 2 || raOf(word) === 2) && !X_FORM_READS_ONLY.has((word >>> 1) & 0x3ff);
  return false;
}

function afterCall(obj: ObjectFile, section: Section, offset: number): AfterCall {
  const w = readWord(obj, section, offset + 4);
  if (!w) return { kind: offset + 4 >= section.size ? 'end' : 'missing' };
  const site = instructionAt(section, offset + 4);
  return { kind: AFTER_KIND.get(w.value) ?? 'other', word: w.value, elided: w.elided || undefined, site };
}

function ctrLoadedFromR12(obj: ObjectFile, section: Section, offset: number, caller: FunctionEntry | undefined): boolean {
  const floor = caller?.start ?? 0;
  for (let o = offset - 4; o >= floor; o -= 4) {
    const w = readWord(obj, section, o)?.value;
    if (w === undefined) return false;
    // The last mtctr before the bctrl decides.
    if (((w & 0xfc1fffff) >>> 0) === MTCTR) return w === MTCTR_R12;
  }
  return false;
}

function mcountForm(obj: ObjectFile, section: Section, offset: number, after: AfterCall): CallSite['mcount'] {
  const previous = readWord(obj, section, offset - 4)?.value;
  // The classic -pg ABI calls _mcount like any function, with a nop after it.
  if (after.kind === 'nop' || after.kind === 'toc-restore') return { form: 'classic', previous };
  if (previous === MFLR_R0) return { form: 'two-insn', previous };
  // ftrace checks only the word before the bl: the mflr of the three-instruction form may sit further up.
  if (previous === STD_R0_16_R1) return { form: 'three-insn', previous };
  return { form: 'unexpected', previous };
}
