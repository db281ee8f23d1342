// Applying relocations. The kernel image and `object` links follow GNU ld for one TOC group
// (calls reach a callee's local entry; no stubs); modules follow the kernel's module loader
// (module_64.c, 6.1): a REL24 call to a symbol outside the module goes through a stub that
// saves r2 at 24(r1) and jumps by CTR with r12 = target, and the word after a `bl` must be a
// nop, which becomes `ld r2,24(r1)`; calls to ftrace's entry points get the loader's ftrace
// stub instead, which reaches them from the kernel TOC in the paca and saves nothing. Fields
// are stored by the assembler's relocation table.
import { ADD_R2_R2_R12, ADDI_R2_R2, ADDIS_R2_R12, LD_R2_24_R1, LD_R2_M8_R12, NOP } from '../../isa/words';
import { moduleSymbolic } from '../../analysis/moduleLayout';
import { encodeInstruction } from '../../isa/encode';
import { RELOCS, partOf, storeField, type Field } from '../../isa/relocations';
import { wordOf, type Relocation } from '../../model/object';
import type { LinkDiagnostic, LinkInput } from './index';
import { STUB_SIZE, type Layout, type SectionPlace } from './layout';
import type { Resolved, SymbolTable } from './symbols';

function word(text: string): number {
  const e = encodeInstruction(text);
  if ('error' in e) throw new Error(`linker instruction '${text}': ${e.error}`);
  return e.words[0];
}

const LARGE_ENTRY = [LD_R2_M8_R12, ADD_R2_R2_R12];
const STUB_MAGIC = 0x73747562; // "stub": marks the slot, as the loader's stubs do
/** Calls the loader lets go without a nop: ftrace's entry points, patched in at run time. */
export const MPROFILE_TARGETS = new Set(['_mcount', 'ftrace_caller', 'ftrace_regs_caller']);
/** Where ftrace redirects a module's profiling calls: stubs the loader makes for every module. */
export const FTRACE_TRAMPOLINES = ['ftrace_caller', 'ftrace_regs_caller'];

export interface Stub {
  address: bigint;
  target: bigint;
  targetName: string;
  input: number;
}

export interface Placed {
  place: SectionPlace;
  bytes: Uint8Array;
}

export interface RelocContext {
  inputs: LinkInput[];
  layout: Layout;
  symbols: SymbolTable;
  /** Per input: the bytes of each placed section, by object section index. */
  contents: (Placed | undefined)[][];
  stubContents: Map<number, Placed>;
  toc: (input: number) => bigint | undefined;
  /** The kernel group's TOC and where the paca holds it: what the ftrace stubs load. */
  kernelToc?: bigint;
  pacaToc: number;
  diagnostics: LinkDiagnostic[];
  stubs: Stub[];
}

/** A module's stub area: one stub per (symbol, addend), made on first use. */
export class ModuleStubs {
  private readonly slots = new Map<string, bigint>();
  private next = 0;

  constructor(private readonly ctx: RelocContext, private readonly i: number) {}

  /** The stub's address, or an error message (no room, no TOC in reach). */
  get(key: string, targetAddress: bigint, targetName: string): bigint | string {
    const known = this.slots.get(key);
    if (known !== undefined) return known;
    const { ctx, i } = this;
    const input = ctx.inputs[i];
    const area = ctx.stubContents.get(i);
    const toc = ctx.toc(i);
    if (!area || toc === undefined || this.next * STUB_SIZE >= area.bytes.length) return `${input.name}: no stub space for ${targetName}`;
    const offset = this.next++ * STUB_SIZE;
    const address = area.place.address + BigInt(offset);
    let code: number[];
    if (MPROFILE_TARGETS.has(targetName)) {
      // ld r12,PACATOC(r13); addis/addi r12 to the target; mtctr; bctr: r2 is left alone.
      if (this.ctx.kernelToc === undefined) return `${input.name}: no kernel TOC to reach ${targetName} from`;
      const fromToc = targetAddress - this.ctx.kernelToc;
      if (!fitsSigned(fromToc + 0x8000n, 32)) return `${input.name}: ${targetName} at ${hex(targetAddress)} is out of reach of the kernel TOC`;
      code = [
        word(`ld r12,${ctx.pacaToc}(r13)`), word('addis r12,r12,0') | Number(partOf('ha', fromToc)), word('addi r12,r12,0') | Number(partOf('lo', fromToc)),
        word('mtctr r12'), word('bctr'), NOP, NOP, STUB_MAGIC,
      ];
    } else {
      const fromToc = address - toc;
      if (!fitsSigned(fromToc + 0x8000n, 32)) return `${input.name}: stub for ${targetName} at ${hex(address)} is out of reach of the TOC ${hex(toc)}`;
      code = [
        word('addis r11,r2,0') | Number(partOf('ha', fromToc)), word('addi r11,r11,0') | Number(partOf('lo', fromToc)), word('std r2,24(r1)'),
        word('ld r12,32(r11)'), word('mtctr r12'), word('bctr'), NOP, STUB_MAGIC,
      ];
    }
    const bigEndian = input.object.bigEndian;
    code.forEach((w, k) => putWord(area.bytes, offset + 4 * k, w, bigEndian));
    new DataView(area.bytes.buffer, area.bytes.byteOffset).setBigUint64(offset + 32, BigInt.asUintN(64, targetAddress), !bigEndian);
    this.slots.set(key, address);
    ctx.stubs.push({ address, target: targetAddress, targetName, input: i });
    return address;
  }
}

/** The key of a call's stub: its symbol as written and its addend. */
export const stubKey = (symbolName: string, addend: bigint) => `${symbolName}\u0000${addend}`;

/** Whether a REL24 in module input i goes through a stub: its symbol is not defined in the module. */
export function isExternalCall(input: LinkInput, r: Relocation): boolean {
  if (r.type !== 'R_PPC64_REL24' || !r.symbolName || r.symbolName === '.TOC.') return false;
  if (r.symbolName.startsWith('.klp.sym.')) return true;
  return !input.object.symbols.some((s) => s.name === r.symbolName && s.section.kind === 'defined');
}

/** Stores `value` in `bytes` in the object's byte order (the assembler's helper writes little-endian). */
function store(bytes: Uint8Array, at: number, field: Field, value: bigint, bigEndian: boolean): string | undefined {
  const widths: Record<Field, number[]> = { data8: [8], data4: [4], data2: [2], half: [2], ds: [2], b24: [4], b14: [4], d34: [4, 4], none: [] };
  const spans = widths[field];
  const size = spans.reduce((a, b) => a + b, 0);
  if (at + size > bytes.length) return 'relocation past the end of its section';
  if (!bigEndian) return storeField(bytes, at, field, value);
  const swap = (buf: Uint8Array) => {
    let o = 0;
    for (const w of spans) {
      buf.subarray(o, o + w).reverse();
      o += w;
    }
  };
  const tmp = bytes.slice(at, at + size);
  swap(tmp);
  const error = storeField(tmp, 0, field, value);
  if (error) return error;
  swap(tmp);
  bytes.set(tmp, at);
  return undefined;
}

function putWord(bytes: Uint8Array, at: number, value: number, bigEndian: boolean): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(at, value >>> 0, !bigEndian);
}

const fitsSigned = (v: bigint, bits: number) => v >= -(1n << BigInt(bits - 1)) && v < 1n << BigInt(bits - 1);
const hex = (v: bigint) => '0x' + BigInt.asUintN(64, v).toString(16);

/** Relocations whose 16-bit result must fit as a signed value (ld's complain_overflow_signed). */
function overflows(type: string, part: string, value: bigint): boolean {
  if (part === 'all') {
    if (type === 'ADDR16') return value < -0x8000n || value > 0xffffn;
    if (/^(REL16|TOC16|ADDR16_DS|TOC16_DS)$/.test(type)) return !fitsSigned(value, 16);
    if (type === 'REL32') return !fitsSigned(value, 32);
    return false;
  }
  // @h and @ha (not @high/@higha) require the whole value to fit in 32 bits.
  if (part === 'hi') return !fitsSigned(value, 32);
  if (part === 'ha') return !fitsSigned(value + 0x8000n, 32);
  return false;
}

/** Applies the relocations of input i. Modules stop at the first failure, as the loader does. */
export function relocateInput(ctx: RelocContext, i: number, stubs: ModuleStubs): void {
  const input = ctx.inputs[i];
  const obj = input.object;
  const isModule = input.role === 'module';
  const group = ctx.layout.groupOf[i];
  const toc = ctx.toc(i);

  const sorted = [...obj.relocations].sort((a, b) => a.section - b.section || a.offset - b.offset);
  for (const r of sorted) {
    const placed = ctx.contents[i][r.section];
    if (!placed) continue;
    const P = placed.place.address + BigInt(r.offset);
    const where = `${obj.name}:(${placed.place.name}+0x${r.offset.toString(16)})`;
    const report = (kind: string, message: string): false => {
      ctx.diagnostics.push({ kind, message, file: r.source.file, line: r.source.range.start.line + 1, address: P });
      return false;
    };
    // A relocation past its section's end (a damaged object) has nothing to patch.
    const ok = r.offset >= 0 && r.offset + 4 <= placed.bytes.length
      ? apply()
      : report('relocation', `${where}: relocation offset is past the end of the section (${placed.place.size} bytes)`);
    if (!ok && isModule) return;

    function apply(): boolean {
      let type = r.type.replace(/^R_PPC64_/, '');
      if (type === 'NONE' || type === 'TOCSAVE') return true;
      if (type === 'REL14_BRTAKEN' || type === 'REL14_BRNTAKEN') type = 'REL14';
      const info = RELOCS[type];
      const supported = info && !info.tls && !/^(GOT|PCREL34|D34|ADDR24|ADDR14)/.test(type);
      if (!supported && type !== 'ENTRY') return report('relocation', `${isModule ? `${input.name}: ` : `${where}: `}unsupported relocation ${r.type}`);
      if (type === 'REL24_NOTOC' && isModule) return report('relocation', `${input.name}: unsupported relocation R_PPC64_REL24_NOTOC`);
      if (type === 'ENTRY') return largeModelEntry();

      // The symbol's value S.
      let S = 0n;
      let target: Resolved | undefined;
      const name = r.symbolName;
      if (name === '.TOC.') {
        if (toc === undefined) return report('relocation', `${where}: no TOC for .TOC.`);
        S = toc;
      } else if (name) {
        if (name.startsWith('.klp.sym.')) {
          const l = ctx.symbols.livepatch(name);
          if (!l.resolved) return report('undefined-symbol', `${input.name}: ${l.error}`);
          target = l.resolved;
        } else {
          target = ctx.symbols.lookup(i, name);
          const own = obj.symbols.find((s) => s.name === name);
          if (!target && own?.binding === 'weak') S = 0n; // weak undefined: zero, as ld and the loader make it
          else if (!target) {
            return report('undefined-symbol', isModule ? `${input.name}: Unknown symbol ${name} (err -2)` : `${where}: undefined reference to \`${name}'`);
          }
        }
        if (target) S = target.address;
      }
      const A = r.addend;
      const localEntry = target && target.symbol.type !== 'section' && (target.symbol.localEntry ?? 0) > 1 ? BigInt(target.symbol.localEntry!) : 0n;

      if (type === 'REL24' || type === 'REL24_NOTOC') return branch24(type, S, A, target, localEntry);

      let value: bigint;
      if (type === 'TOC') {
        if (toc === undefined) return report('relocation', `${where}: no TOC for R_PPC64_TOC`);
        value = toc + A;
      } else if (type.startsWith('TOC16')) {
        if (toc === undefined) return report('relocation', `${where}: no TOC for ${r.type}`);
        value = S + A - toc;
      } else if (type.startsWith('REL')) value = S + A - P;
      else if (type === 'ADDR64_LOCAL') value = S + localEntry + A;
      else value = S + A;
      // ld names the misalignment of a DS field before its range.
      if (info.field === 'ds' && (value & 3n) !== 0n) {
        return report('relocation', isModule ? `${input.name}: bad ${type} relocation (${hex(value)}): not a multiple of 4` : `${where}: error: ${r.type} not a multiple of 4`);
      }
      if (overflows(type, info.part, value)) return truncated(value);
      return store(placed!.bytes, r.offset, info.field, partOf(info.part, value), obj.bigEndian) === undefined || truncated(value);
      return true;
    }

    function truncated(value: bigint): false {
      const type = r.type.replace(/^R_PPC64_/, '');
      return report('relocation', isModule
        ? `${input.name}: bad ${type} relocation (${hex(value)}) against ${r.symbolName ?? '0'}`
        : `${where}: relocation truncated to fit: ${r.type} against \`${r.symbolName ?? '*ABS*'}'`);
    }

    function branch24(type: string, S: bigint, A: bigint, target: Resolved | undefined, localEntry: bigint): boolean {
      const bytes = placed!.bytes;
      let destination: bigint;
      if (isModule && (r.symbolName?.startsWith('.klp.sym.') || (target && ctx.layout.groupOf[target.input] !== group))) {
        const stub = stubs.get(stubKey(r.symbolName ?? '', r.addend), S + A, target?.symbol.name ?? r.symbolName ?? '');
        if (typeof stub === 'string') return report('relocation', stub);
        destination = stub;
        if (!restoresToc()) return false;
      } else if (!isModule && type === 'REL24_NOTOC' && localEntry > 0n) {
        return report('relocation', `${where}: unsupported relocation R_PPC64_REL24_NOTOC to a function that needs its TOC`);
      } else {
        destination = S + localEntry + A;
      }
      const disp = destination - P;
      if (!fitsSigned(disp, 26) || (disp & 3n) !== 0n) {
        return report('relocation', isModule ? `${input.name}: REL24 ${disp} out of range!` : `${where}: relocation truncated to fit: ${r.type} against \`${r.symbolName}'`);
      }
      const error = store(bytes, r.offset, 'b24', disp, obj.bigEndian);
      return error ? report('relocation', `${where}: ${error}`) : true;
    }

    /**
     * `%pS` of the word after the call as 6.1 prints it: the module's own relocations are applied
     * before it is formed, when kallsyms knows nothing of it (a bare address); live-patch ones
     * (`.klp.rela.*`) after, when it names the place with kallsyms' size.
     */
    function loaderPlace(r: Relocation, at: bigint): string {
      if (r.relocationSection === undefined) return `0x${at.toString(16)}`;
      return moduleSymbolic(obj, r.section, r.offset + 4, input.name) ?? `0x${at.toString(16)}`;
    }

    /** The loader's nop rule: after a `bl` through a stub the TOC must be reloaded. */
    function restoresToc(): boolean {
      const bytes = placed!.bytes;
      // The loader compares the name as written: `.klp.sym.` names never match.
      if (MPROFILE_TARGETS.has(r.symbolName ?? '')) return true;
      const insn = wordOf(bytes, r.offset, obj.bigEndian);
      const isCall = insn >>> 26 === 18 && (insn & 3) === 1;
      if (!isCall) return true; // a tail call: the caller's caller restores r2
      const next = r.offset + 8 <= bytes.length ? wordOf(bytes, r.offset + 4, obj.bigEndian) : 0;
      if (next !== NOP) {
        const at = P + 4n;
        ctx.diagnostics.push({
          kind: 'module-load',
          message: `${input.name}: Expected nop after call, got ${next.toString(16).padStart(8, '0')} at ${loaderPlace(r, at)}`,
          file: r.source.file, line: r.source.range.start.line + 1, address: at,
        });
        return false;
      }
      putWord(bytes, r.offset + 4, LD_R2_24_R1, obj.bigEndian);
      return true;
    }

    /** Large code model prologue: `ld r2,-8(r12); add r2,r2,r12` becomes `addis r2,r12,..; addi r2,r2,..` when the TOC is in reach. */
    function largeModelEntry(): boolean {
      if (toc === undefined) return true;
      const bytes = placed!.bytes;
      if (r.offset + 8 > bytes.length) return true;
      const value = toc - P;
      const words = [wordOf(bytes, r.offset, obj.bigEndian), wordOf(bytes, r.offset + 4, obj.bigEndian)];
      if (!fitsSigned(value + 0x8000n, 32) || words[0] !== LARGE_ENTRY[0] || words[1] !== LARGE_ENTRY[1]) return true;
      putWord(bytes, r.offset, ADDIS_R2_R12 | Number(partOf('ha', value)), obj.bigEndian);
      putWord(bytes, r.offset + 4, ADDI_R2_R2 | Number(partOf('lo', value)), obj.bigEndian);
      return true;
    }
  }
}
