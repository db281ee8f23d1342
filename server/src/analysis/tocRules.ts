// The TOC rules: each one mirrors a check that GNU ld, the kernel module loader, ftrace or
// kpatch performs, so a finding here is a failure there (or a silent r2 corruption).
import {
  isLinked,
  isRelocatable,
  type ObjectFile,
  type ObjectSymbol,
  type Section,
  type SourceLocation,
} from '../model/object';
import { analyzeCalls, FTRACE_ENTRIES, usesR2AsBase, writesR2, type CallSite, type ObjectCalls } from './calls';
import { LD_R2_24_R1, NOP } from '../isa/words';
import type { FunctionEntry } from './entryPoints';
import { instructionsIn, readWord, relocationsIn } from '../model/object';
import { RELOCATION_NUMBERS } from '../model/elf';
import { addAddress, addressColumn } from '../isa/address';
import { moduleSymbolic } from './moduleLayout';

/**
 * How the checked files are linked. `vmlinux` and `static`: one static link, nothing preemptible;
 * `shared`: `ld -shared`; `module`: a kernel module, relocated by the module loader. With a target,
 * the files given together are the inputs of that one link. Without one, each file stands alone.
 */
export type CheckTarget = 'vmlinux' | 'static' | 'shared' | 'module';
export const CHECK_TARGETS: readonly CheckTarget[] = ['vmlinux', 'static', 'shared', 'module'];

export type Severity = 'error' | 'warning';

export type RuleCode =
  | 'call-lacks-nop'
  | 'call-lacks-toc-restore'
  | 'livepatch-call-lacks-nop'
  | 'sibling-call-in-livepatch'
  | 'missing-toc-setup'
  | 'localentry-mismatch'
  | 'mcount-sequence'
  | 'module-relocation-unsupported';

export interface RuleDoc {
  severity: Severity;
  /** One line: what is wrong. */
  summary: string;
  /** Why it breaks and how to fix it. */
  help: string;
}

export const RULES: Record<RuleCode, RuleDoc> = {
  'call-lacks-nop': {
    severity: 'error',
    summary: 'A call that the linker must route through a TOC-changing stub has no nop after it.',
    help: 'GNU ld sends a `bl` (R_PPC64_REL24) through a PLT call stub when the callee may be preempted or lives in a shared library, and through a TOC save/adjust stub when the callee does not preserve r2 (st_other localentry 1). Both change r2, so ld rewrites the word after the `bl` into `ld r2,24(r1)`; with anything but `nop`, `cror 15,15,15`, `cror 31,31,31` or `ld r2,24(r1)` there it stops with "call to `f\' lacks nop, can\'t restore toc". A tail call (`b`) through such a stub always fails. Calls within one input section and NOTOC calls are exempt. Fix: put a `nop` after the `bl`, or call with `@notoc` from code that keeps no TOC.',
  },
  'call-lacks-toc-restore': {
    severity: 'error',
    summary: 'A call in linked code goes through a stub that changes r2, or to another TOC\'s global entry, without `ld r2,24(r1)` after it.',
    help: 'In a linked image the word after a call through a PLT call stub or an r2-saving long-branch stub must be `ld r2,24(r1)`, and so must the word after a direct call to the global entry of a function with a different TOC: the callee leaves its own TOC in r2. Without the restore the caller goes on with a foreign TOC and loads wrong globals. Fix: relink from objects whose calls have a nop after them (ld then writes the restore), or call the local entry.',
  },
  'livepatch-call-lacks-nop': {
    severity: 'error',
    summary: 'A kernel module calls an undefined or live-patch symbol without a nop after the call.',
    help: 'The module loader resolves R_PPC64_REL24 against an undefined symbol or a `.klp.sym.*` symbol (SHN_LIVEPATCH) through a stub that saves r2 at 24(r1), and patches the word after the `bl` into `ld r2,24(r1)`. Anything but a `nop` there and it refuses the module: "%s: Expected nop after call, got %08x at %pS" (6.x), "%s: Expect noop after relocate, got %08x" (4.x). This is what happens when a live patch turns a local call (no nop) into a call to the patched object. Calls to _mcount, ftrace_caller and ftrace_regs_caller and tail branches are exempt. Fix: give every call in the patch that can leave the module a nop after it: the compiler emits one when the callee is not known to be local, so declare the callee extern (not static) in the patch source.',
  },
  'sibling-call-in-livepatch': {
    severity: 'warning',
    summary: 'A tail call (`b`) to a symbol outside the module in code that is or may be live-patched.',
    help: 'The module stub for a branch to another object stores r2 at 24(r1); for a tail call that slot belongs to the caller\'s caller, whose saved TOC is overwritten, and nothing restores r2 on return. kpatch refuses such functions on ppc64le. Fix: build the patch with `-fno-optimize-sibling-calls`.',
  },
  'missing-toc-setup': {
    severity: 'error',
    summary: 'A function that can be entered from another TOC uses r2 as its TOC pointer but sets none up at its global entry.',
    help: 'A caller from another module or shared object enters at the global entry with r12 = the entry address and r2 = its own TOC. A function that then loads through r2 (TOC16 relocations, `addis rX,r2,..`, `ld rX,N(r2)`) reads the caller\'s TOC. In kernel code (vmlinux and modules) only exported functions (`__ksymtab_*`) count as reachable from another TOC. Fix: start the function with `addis r2,r12,(.TOC.-0b)@ha; addi r2,r2,(.TOC.-0b)@l` and `.localentry` (the kernel\'s `_GLOBAL_TOC`), or make it local.',
  },
  'localentry-mismatch': {
    severity: 'error',
    summary: 'The local entry that st_other declares is not where the TOC-setup prologue ends.',
    help: 'Local callers branch to global entry + the st_other offset, skipping the r2 setup. With a two-instruction setup that offset must be 8; st_other 0 or 1 makes local callers run the `addis r2,r12` with a stale r12, and an offset without a setup makes them skip real code. Fix: `.localentry f,.-f` right after the two setup instructions, and none without them.',
  },
  'module-relocation-unsupported': {
    severity: 'error',
    summary: 'A kernel module carries a relocation type the 6.1 module loader does not handle.',
    help: 'apply_relocate_add in arch/powerpc/kernel/module_64.c (6.1) handles ADDR32, ADDR64, TOC, TOC16 (_LO, _DS, _LO_DS, _HA), REL24, REL64, REL32, TOCSAVE, ENTRY and REL16_HA/_LO; any other type, R_PPC64_REL24_NOTOC from `bl f@notoc` or -mcpu=power10 pcrel code included, makes it print "%s: Unknown ADD relocation: %lu" and refuse the module. Fix: build module code without pcrel and @notoc calls (the kernel builds with -mno-pcrel).',
  },
  'mcount-sequence': {
    severity: 'error',
    summary: '`bl _mcount` is not preceded by `mflr r0` or `std r0,16(r1)`.',
    help: 'With -mprofile-kernel, ftrace (__ftrace_make_nop, for call sites in modules) expects the instruction before each `bl _mcount` to be `mflr r0` (7c0802a6) or `std r0,16(r1)` (f8010010): ftrace_caller takes the caller\'s return address from r0. Otherwise it refuses the call site: "Unexpected instruction %08lx around bl _mcount". Fix: keep the compiler\'s `mflr r0; bl _mcount` or `mflr r0; std r0,16(r1); bl _mcount` sequence intact.',
  },
};

/** What an editor can apply to fix a finding (assembly sources; listings only show the place). */
export interface QuickFix {
  title: string;
  insert: string;
  after: SourceLocation;
}

export interface RelatedLocation {
  location: SourceLocation;
  message: string;
}

/** Where in the object a finding is: what `objdump` and the kernel would name it by. */
export interface ObjectPlace {
  section: string;
  address: bigint;
  /** Byte offset in the section, where that is known: in relocatable objects, whose sections start at 0. */
  offset?: bigint;
  /** `sym` or `sym+0x1c`, when a function holds the place. */
  symbol?: string;
  /** Found in the ELF file itself: no listing or source line shows it. */
  binary?: boolean;
  /** The source line `.debug_line` gives for it (1-based; column 0 when unknown). */
  source?: { file: string; line: number; column: number };
}

export interface CheckDiagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  location: SourceLocation;
  related: RelatedLocation[];
  fix?: QuickFix;
  place?: ObjectPlace;
}

export interface CheckOptions {
  target?: CheckTarget;
}

/** A global definition as the link resolves it. */
interface Definition {
  object: ObjectFile;
  symbol: ObjectSymbol;
}

/** Kernel text on ppc64: linked addresses from here up. */
const KERNEL_BASE = 0xc000000000000000n;
const TOC_RELOCATION = /^R_PPC64_(TOC16|GOT16|GOT_TLSGD16|GOT_TLSLD16|GOT_TPREL16|GOT_DTPREL16)/;
/** ld's out-of-line register save/restore helpers (binutils' save_res_funcs), synthesised in `.sfpr`. */
const SAVE_RESTORE_HELPER = /^_(savegpr0|restgpr0|savegpr1|restgpr1|savefpr|restfpr)_(1[4-9]|2\d|3[01])$|^_(savevr|restvr)_(2\d|3[01])$/;
/** The relocation types 6.1's apply_relocate_add handles; any other fails the load. */
const MODULE_RELOCATIONS = new Set(['ADDR32', 'ADDR64', 'TOC', 'TOC16', 'TOC16_LO', 'TOC16_DS', 'TOC16_LO_DS', 'TOC16_HA', 'REL24', 'REL64', 'REL32', 'TOCSAVE', 'ENTRY', 'REL16_HA', 'REL16_LO'].map((t) => `R_PPC64_${t}`));
/** `.klp.sym.OBJECT.NAME,POS`: OBJECT is vmlinux or a module name (no dots). */
const KLP_SYMBOL = /^\.klp\.sym\.([^.]+)\.(.+),\d+$/;

/**
 * `analyses` are the objects' calls when the caller has them already (the editor keeps them);
 * else only the calls a rule looks at are gathered.
 */
export function checkObjects(objects: ObjectFile[], options: CheckOptions = {}, analyses: ObjectCalls[] = objects.map((o) => analyzeCalls(o, { skipLocalEntryCalls: true }))): CheckDiagnostic[] {
  const definitions = options.target ? linkDefinitions(objects) : new Map<string, Definition>();
  const out: CheckDiagnostic[] = [];
  for (const a of analyses) {
    const rules = new ObjectRules(a, options.target, definitions);
    out.push(...rules.run());
  }
  return out.sort((x, y) => x.location.file.localeCompare(y.location.file) || x.location.range.startIndex - y.location.range.startIndex);
}

/** Global symbols as ld resolves them across the inputs: the first strong definition, else the first weak one. */
function linkDefinitions(objects: ObjectFile[]): Map<string, Definition> {
  const map = new Map<string, Definition>();
  for (const object of objects) {
    for (const symbol of object.symbols) {
      if (symbol.section.kind !== 'defined' || (symbol.binding !== 'global' && symbol.binding !== 'weak')) continue;
      const known = map.get(symbol.name);
      if (!known || (known.symbol.binding === 'weak' && symbol.binding === 'global')) map.set(symbol.name, { object, symbol });
    }
  }
  return map;
}

function hex8(word: number): string {
  return word.toString(16).padStart(8, '0');
}

function describeWord(call: CallSite): string {
  const a = call.after;
  if (a.word === undefined) return 'nothing';
  return `${hex8(a.word)}${a.elided ? ' (elided zeros)' : ''}`;
}

class ObjectRules {
  private readonly object: ObjectFile;
  private readonly out: CheckDiagnostic[] = [];
  private readonly livepatch: boolean;
  /** Symbols by name: the definition and the reference (an undefined or live-patch entry). */
  private readonly defined = new Map<string, ObjectSymbol>();
  private readonly referenced = new Map<string, ObjectSymbol>();
  /** Live-patch symbols by the name they stand for: `.klp.sym.vmlinux.f,1` → f. */
  private readonly klpByName = new Map<string, ObjectSymbol>();
  private readonly sectionNames: Set<string>;

  constructor(private readonly analysis: ObjectCalls, private readonly target: CheckTarget | undefined, private readonly definitions: Map<string, Definition>) {
    this.object = analysis.object;
    for (const s of this.object.symbols) {
      const map = s.section.kind === 'defined' ? this.defined : this.referenced;
      if (!map.has(s.name)) map.set(s.name, s);
      const klp = KLP_SYMBOL.exec(s.name);
      if (klp && !this.klpByName.has(klp[2])) this.klpByName.set(klp[2], s);
    }
    this.sectionNames = new Set(this.object.sections.map((s) => s.name));
    this.livepatch = target === 'module' || this.object.kind === 'module'
      || this.object.symbols.some((s) => s.section.kind === 'livepatch' || KLP_SYMBOL.test(s.name));
  }

  run(): CheckDiagnostic[] {
    for (const call of this.analysis.calls) {
      if (isRelocatable(this.object.kind) && !this.livepatch) this.callLacksNop(call);
      if (this.livepatch) {
        this.livepatchCallLacksNop(call);
        this.siblingCallInLivepatch(call);
      }
      if (isLinked(this.object.kind)) this.callLacksTocRestore(call);
      this.mcountSequence(call);
    }
    if (this.livepatch) this.unknownModuleRelocations();
    for (const fn of this.analysis.functions) {
      this.missingTocSetup(fn);
      this.localEntryMismatch(fn);
    }
    return this.out;
  }

  private report(code: RuleCode, location: SourceLocation, message: string, place: ObjectPlace, related: RelatedLocation[] = [], fix?: QuickFix): void {
    this.out.push({ code, severity: RULES[code].severity, message, location, related, fix, place });
  }

  private callPlace(call: CallSite): ObjectPlace {
    return this.place(call.section, call.offset, this.symbolAt(call, call.offset));
  }

  private functionPlace(fn: FunctionEntry): ObjectPlace {
    return this.place(fn.section, fn.start, fn.symbol.name);
  }

  private place(section: Section, offset: number, symbol: string | undefined): ObjectPlace {
    const address = addAddress(section.address, offset);
    // Relocatable sections start at 0 (a listing may show only part of one); a listing of a
    // linked file shows addresses, not where its sections start.
    const sectionOffset = this.object.binary ? BigInt(offset) : isRelocatable(this.object.kind) ? address : undefined;
    const source = this.object.sourceLine?.(this.object.sections.indexOf(section), offset);
    return {
      section: section.name, address, ...(sectionOffset === undefined ? {} : { offset: sectionOffset }), symbol,
      ...(this.object.binary ? { binary: true } : {}), ...(source ? { source } : {}),
    };
  }

  private nopFix(call: CallSite): QuickFix {
    return { title: 'Insert a nop after the call', insert: 'nop', after: call.site.source };
  }

  private callRelated(call: CallSite, definition?: Definition): RelatedLocation[] {
    const related: RelatedLocation[] = [];
    if (call.relocation) related.push({ location: call.relocation.source, message: `relocation ${call.relocation.type} ${call.relocation.symbolName ?? ''}`.trim() });
    if (definition) related.push({ location: definition.symbol.source, message: `${definition.symbol.name} is defined here` });
    return related;
  }

  /** The definition a call's relocation symbol resolves to: in this object, or across the link. */
  private resolve(name: string): { definition?: Definition; reference?: ObjectSymbol } {
    const reference = this.referenced.get(name);
    const local = this.defined.get(name);
    if (local && (local.binding === 'local' || local.binding === undefined || !this.target)) return { definition: { object: this.object, symbol: local }, reference };
    const linked = this.definitions.get(name);
    if (linked) return { definition: linked, reference: reference ?? local };
    return { definition: local && { object: this.object, symbol: local }, reference };
  }

  // ---- call-lacks-nop: GNU ld's check in ppc64_elf_relocate_section ----

  private callLacksNop(call: CallSite): void {
    const r = call.relocation;
    if (!r || r.type !== 'R_PPC64_REL24' || !r.symbolName) return;
    const name = r.symbolName;
    if (this.sectionNames.has(name)) return; // section-relative: a local target
    if (name.startsWith('__libc_start_main')) return;
    // ld defines the -Os register save/restore helpers itself, hidden and keeping r2.
    if (SAVE_RESTORE_HELPER.test(name)) return;
    const { definition, reference } = this.resolve(name);
    const stub = this.stubFor(name, definition, reference);
    if (!stub) return;
    if (call.link && (call.after.kind === 'nop' || call.after.kind === 'cror-15' || call.after.kind === 'cror-31' || call.after.kind === 'toc-restore')) return;
    // ld lets calls into the caller's own input section go without one.
    if (definition?.object === this.object && definition.symbol.section.kind === 'defined' && definition.symbol.section.index === call.sectionIndex) return;
    if (call.after.kind === 'missing' && call.link) return;
    const ldName = `\`${name}'`;
    const why = stub.reason;
    const ldText = `call to ${ldName} lacks nop, can't restore toc; (${stub.kind === 'plt' ? 'plt call stub' : 'toc save/adjust stub'})`;
    const what = !call.link ? 'a tail branch (b), which cannot restore r2' : call.after.kind === 'end' ? 'the last word of its section, with no word after it for the linker to rewrite' : `followed by ${describeWord(call)}, not a nop`;
    this.report('call-lacks-nop', call.site.source,
      `call to ${name} is ${what}: ${why}, so the linker routes it through a stub that changes r2. GNU ld: "${ldText}"`,
      this.callPlace(call), this.callRelated(call, definition), call.link ? this.nopFix(call) : undefined);
  }

  /** Which TOC-changing stub ld would build for a REL24 call, mirroring ppc_type_of_stub. */
  private stubFor(name: string, definition: Definition | undefined, reference: ObjectSymbol | undefined): { kind: 'plt' | 'r2save'; reason: string } | undefined {
    const def = definition?.symbol;
    if (def?.type === 'ifunc') return { kind: 'plt', reason: `${name} is an IFUNC, always called through the PLT` };
    const mode = this.target;
    const visibility = (s: ObjectSymbol | undefined) => s?.visibility ?? 'default';
    if (!def) {
      if (mode === 'shared' && visibility(reference) === 'default') return { kind: 'plt', reason: `${name} is undefined in this shared link (resolved at run time through the PLT)` };
      // A hidden (or internal, protected) reference must be defined in the same link and is never
      // preempted: ld calls it directly, as the compiler assumed when it left out the nop.
      if (mode === undefined && !FTRACE_ENTRIES.has(name) && visibility(reference) === 'default') {
        return { kind: 'plt', reason: `${name} is not defined here and may resolve to a shared library or another module` };
      }
      return undefined;
    }
    if (mode === 'shared' && def.binding !== 'local' && def.binding !== undefined
      && visibility(def) === 'default' && visibility(reference) === 'default') {
      return { kind: 'plt', reason: `${name} is ${def.binding === 'weak' ? 'weak' : 'global'} with default visibility, so preemptible in a shared link` };
    }
    if (def.localEntry === 1) return { kind: 'r2save', reason: `${name} does not preserve r2 (st_other localentry 1)` };
    return undefined;
  }

  // ---- module loader: apply_relocate_add / restore_r2 ----

  /** The relocation symbol leaves the module: undefined in it, or a live-patch symbol. */
  private externalToModule(call: CallSite): { name: string; klp?: ObjectSymbol } | undefined {
    const r = call.relocation;
    if (!r || r.type !== 'R_PPC64_REL24' || !r.symbolName) return undefined;
    const name = r.symbolName;
    if (FTRACE_ENTRIES.has(name)) return undefined;
    const symbol = this.defined.get(name) ?? (this.referenced.get(name)?.section.kind === 'livepatch' ? this.referenced.get(name) : undefined);
    if (symbol?.section.kind === 'livepatch' || KLP_SYMBOL.test(name)) return { name, klp: symbol };
    if (symbol || this.sectionNames.has(name)) return undefined;
    if (this.target && this.definitions.has(name)) return undefined;
    // A listing of the original object beside the patch module's table: kpatch renamed the symbol.
    const klp = this.klpByName.get(name);
    return { name, klp };
  }

  private livepatchCallLacksNop(call: CallSite): void {
    const external = this.externalToModule(call);
    if (!external || !call.link || (call.word & 2) !== 0 || call.after.word === undefined || call.after.word === NOP) return;
    const module = moduleName(this.object);
    const after = call.offset + 4;
    // Live-patch relocations are applied once the module is formed, and %pS then names the place;
    // the module's own are applied before, when %pS can print only the bare address.
    const formed = call.relocation?.relocationSection !== undefined;
    const symbolic = moduleSymbolic(this.object, call.sectionIndex, after, module);
    const at = formed && symbolic ? symbolic : `0x<load address of ${this.symbolAt(call, after) ?? `${call.section.name}+0x${after.toString(16)}`}>`;
    const kernel = `${module}: Expected nop after call, got ${hex8(call.after.word)} at ${at}`;
    const klpName = external.klp && KLP_SYMBOL.exec(external.klp.name);
    const callee = klpName ? klpName[2] : external.name;
    const what = external.klp ? `${external.klp.name}: a live-patch symbol, resolved in ${klpName ? klpName[1] : 'the patched object'}` : 'undefined in the module';
    const related = this.callRelated(call);
    if (external.klp) related.push({ location: external.klp.source, message: `${external.klp.name}: SHN_LIVEPATCH, resolved against the patched object` });
    this.report('livepatch-call-lacks-nop', call.site.source,
      `call to ${callee} (${what}) goes through a module stub that saves r2, and the word after it is ${describeWord(call)}, not a nop. The module loader refuses it: "${kernel}"`,
      this.callPlace(call), related, this.nopFix(call));
  }

  /** apply_relocate_add's default case: `Unknown ADD relocation`, for each relocation 6.1 does not handle. */
  private unknownModuleRelocations(): void {
    const module = moduleName(this.object);
    const types = new Map(RELOCATION_NUMBERS);
    for (const r of this.object.relocations) {
      if (MODULE_RELOCATIONS.has(r.type)) continue;
      const section = this.object.sections[r.section];
      const call = this.analysis.calls.find((c) => c.relocation === r);
      const symbol = call ? this.symbolAt(call, r.offset) : undefined;
      const number = types.get(r.type);
      this.report('module-relocation-unsupported', r.source,
        `${r.type} against ${r.symbolName ?? '*ABS*'}: the 6.1 module loader has no case for it and refuses the module: "${module}: Unknown ADD relocation: ${number ?? r.type}"${r.type.includes('NOTOC') ? ' (build the module without pcrel/@notoc calls: the kernel saves no TOC for them)' : ''}`,
        this.place(section, r.offset, symbol));
    }
  }

  private siblingCallInLivepatch(call: CallSite): void {
    if (call.kind !== 'sibling') return;
    const external = this.externalToModule(call);
    if (!external) return;
    this.report('sibling-call-in-livepatch', call.site.source,
      `tail call (b) to ${external.name}, outside this module: its stub stores r2 into the caller's caller's frame and nothing restores it; kpatch refuses this on ppc64le (build with -fno-optimize-sibling-calls)`,
      this.callPlace(call), this.callRelated(call));
  }

  /** `sym+0xoff` for a place in the caller. */
  private symbolAt(call: CallSite, offset: number): string | undefined {
    const fn = call.caller;
    return fn && (offset === fn.start ? fn.symbol.name : `${fn.symbol.name}+0x${(offset - fn.start).toString(16)}`);
  }

  // ---- linked code ----

  private callLacksTocRestore(call: CallSite): void {
    const reason = this.changesToc(call);
    if (!reason) return;
    if (call.link && (call.after.kind === 'toc-restore' || call.after.kind === 'missing')) return;
    const what = call.link ? `followed by ${describeWord(call)}, not ld r2,24(r1) (e8410018)` : 'a tail branch (b): nothing restores r2 on return';
    const related: RelatedLocation[] = [];
    if (call.target?.symbol) related.push({ location: call.target.symbol.source, message: `${call.target.name}` });
    this.report('call-lacks-toc-restore', call.site.source, `call ${reason} is ${what}`, this.callPlace(call), related);
  }

  private changesToc(call: CallSite): string | undefined {
    const t = call.target;
    if (!t || call.kind === 'mcount' || call.kind === 'notoc') return undefined;
    if (t.stub) {
      if (t.stub.callee.startsWith('__tls_get_addr')) return undefined;
      const tocCaller = call.caller?.tocSetup !== undefined;
      if (t.stub.changesToc || (t.stub.changesToc === undefined && t.stub.type === 'plt_call' && tocCaller)) {
        return `through ${t.name} (a stub that ${t.stub.type === 'plt_call' ? 'reaches another module' : 'saves and changes r2'})`;
      }
      return undefined;
    }
    const callee = t.callee;
    const mine = call.caller?.tocBase;
    const theirs = callee?.tocBase;
    if (callee && t.offset === 0n && callee.tocSetup && mine?.kind === 'value' && theirs?.kind === 'value' && mine.value !== theirs.value) {
      return `to the global entry of ${callee.symbol.name}, whose TOC (${addressColumn(theirs.value)}) is not the caller's (${addressColumn(mine.value)})`;
    }
    return undefined;
  }

  // ---- ftrace ----

  /** 6.1 checks the sequence only in __ftrace_make_nop, for module call sites (kernel ones are patched without a look). */
  private mcountSequence(call: CallSite): void {
    if (!this.livepatch) return;
    if (call.kind !== 'mcount' || call.mcount?.form !== 'unexpected' || call.mcount.previous === undefined) return;
    if ((call.target?.stub?.callee ?? call.target?.name) !== '_mcount') return;
    this.report('mcount-sequence', call.site.source,
      `bl _mcount follows ${hex8(call.mcount.previous)}, not mflr r0 (7c0802a6) or std r0,16(r1) (f8010010): ftrace refuses it with "Unexpected instruction ${hex8(call.mcount.previous)} around bl _mcount"`,
      this.callPlace(call));
  }

  // ---- entry points ----

  private missingTocSetup(fn: FunctionEntry): void {
    const s = fn.symbol;
    if (fn.tocSetup || fn.clobbersToc || !this.startShown(fn) || (s.type !== 'func' && s.type !== 'ifunc')) return;
    const entered = this.enteredFromOtherToc(s);
    if (!entered) return;
    const use = this.firstTocUse(fn);
    if (!use) return;
    const related: RelatedLocation[] = [{ location: use.location, message: use.what }];
    this.report('missing-toc-setup', s.source,
      `${s.name} ${entered}, but it ${use.what} without setting up r2 at its global entry`,
      this.functionPlace(fn), related);
  }

  /**
   * Why a caller with another TOC may enter the function, or undefined. Kernel code reaches
   * other TOCs only through exports (modules call them), so there an `__ksymtab_` entry decides.
   */
  private enteredFromOtherToc(s: ObjectSymbol): string | undefined {
    if (s.binding !== 'global' && s.binding !== 'weak') return undefined;
    const kernel = this.target === 'vmlinux' || this.target === 'module' || this.object.kind === 'module'
      || (this.object.kind === 'executable' && this.object.sections.some((x) => x.address >= KERNEL_BASE));
    if (!kernel) return `is ${s.binding} and can be entered from another TOC`;
    return this.defined.has(`__ksymtab_${s.name}`) ? 'is exported (__ksymtab), so modules enter it with their own TOC in r2' : undefined;
  }

  /** The listing shows the function's first two words: whether it sets up r2 is known. */
  private startShown(fn: FunctionEntry): boolean {
    return [fn.start, fn.start + 4].every((o) => {
      const w = readWord(this.object, fn.section, o);
      return w !== undefined && !w.elided;
    });
  }

  /** The first TOC-relative access, unless the function loads r2 itself before it. */
  private firstTocUse(fn: FunctionEntry): { location: SourceLocation; what: string } | undefined {
    const relocations = relocationsIn(this.object, fn.sectionIndex, fn.start, fn.end).filter((r) => TOC_RELOCATION.test(r.type));
    for (const site of instructionsIn(fn.section, fn.start, fn.end)) {
      if (site.length !== 4) continue;
      const word = readWord(this.object, fn.section, site.offset)?.value;
      if (word === undefined) continue;
      const relocation = relocations.find((r) => r.offset >= site.offset && r.offset < site.offset + 4);
      if (relocation) return { location: relocation.source, what: `uses ${relocation.type} ${relocation.symbolName ?? ''}`.trimEnd() };
      if (word !== LD_R2_24_R1 && writesR2(word)) return undefined;
      if (usesR2AsBase(word)) return { location: site.source, what: 'addresses memory through r2' };
    }
    return undefined;
  }

  private localEntryMismatch(fn: FunctionEntry): void {
    const declared = fn.declaredLocalEntry;
    if (declared === undefined || !this.startShown(fn)) return;
    const s = fn.symbol;
    const related: RelatedLocation[] = s.tableSource ? [{ location: s.tableSource, message: `st_other of ${s.name}` }] : [];
    if (fn.tocSetup && declared !== fn.tocSetup.end) {
      related.push({ location: fn.tocSetup.sites[0].source, message: 'TOC setup' });
      const says = declared === 0 ? 'a single entry (st_other 0)' : declared === 1 ? 'a single entry that does not keep r2 (st_other 1)' : `a local entry at +${declared}`;
      this.report('localentry-mismatch', s.source,
        `${s.name} sets up r2 in its first ${fn.tocSetup.end} bytes, so its local entry is at +${fn.tocSetup.end}, but its symbol declares ${says}`,
        this.functionPlace(fn), related);
    } else if (!fn.tocSetup && declared >= 4) {
      this.report('localentry-mismatch', s.source,
        `${s.name} declares a local entry at +${declared}, but it does not start with a TOC setup: local callers skip ${declared / 4} instruction${declared > 4 ? 's' : ''} of real code`,
        this.functionPlace(fn), related);
    }
  }
}

/** The module's name as the loader prints it: the file name without extension, dashes as underscores. */
function moduleName(obj: ObjectFile): string {
  if (obj.moduleName) return obj.moduleName;
  const base = obj.name.replace(/^.*[/(]/, '').replace(/\)$/, '');
  return base.replace(/\.(ko|o|dis|dump|objdump|txt|lst)$/g, '').replace(/\..*$/, '').replace(/-/g, '_');
}
