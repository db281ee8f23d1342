// Call frame information: the `.cfi_*` directives, recorded where they are read, and the
// `.eh_frame` section GNU as builds from them once code addresses are known (binutils
// dw2gencfi.c with tc-ppc's parameters): a CIE for each distinct set of leading rules, then one
// FDE per `.cfi_startproc`/`.cfi_endproc` pair, its start PC-relative to the code.
import type { Assembler } from './assembler';
import { ExpressionError, type Expr } from './expression';
import { encodeLeb } from './directives';
import { SHF, SHT, type Frag, type Section } from './sections';
import { splitOperands } from './source';
import type { AsmSymbol } from './symbols';
import type { Origin } from './diagnostics';

/** A position in the code, resolved to an address after layout. */
interface Place {
  frag: Frag;
  offset: number;
}

type Rule =
  | { op: 'advance'; from: Place; to: Place }
  | { op: 'def_cfa' | 'offset' | 'val_offset'; reg: number; offset: bigint }
  | { op: 'def_cfa_register' | 'restore' | 'undefined' | 'same_value'; reg: number }
  | { op: 'def_cfa_offset'; offset: bigint }
  | { op: 'register'; reg: number; reg2: number }
  | { op: 'remember_state' | 'restore_state' };

interface Procedure {
  start: Place;
  end?: Place;
  rules: Rule[];
  returnColumn: number;
  signalFrame: boolean;
  /** Where the last rule applies from: a rule elsewhere first advances the location. */
  last: Place;
  cfaOffset: bigint;
  remembered: bigint[];
  origin: Origin;
}

/** tc-ppc: instructions are 4 bytes, saved registers 8 apart below the CFA, LR returns. */
const CODE_ALIGN = 4;
const DATA_ALIGN = -8n;
const RETURN_COLUMN = 65;
/** DW_EH_PE_pcrel | DW_EH_PE_sdata4: FDE addresses are 4-byte offsets from themselves. */
const FDE_ENCODING = 0x1b;
const DW_CFA_nop = 0;

/** tc_ppc_regname_to_dw2regnum's names (r0-r31 0-31, f0-f31 32-63, v0-v31 77-108, cr0-cr7 68-75). */
const NAMED_REGISTERS: Record<string, number> = {
  sp: 1, 'r.sp': 1, rtoc: 2, 'r.toc': 2, mq: 64, lr: 65, ctr: 66, ap: 67, cr: 70, xer: 76, vrsave: 109, vscr: 110, spe_acc: 111, spefscr: 112,
};

export class CallFrames {
  readonly procedures: Procedure[] = [];
  open?: Procedure;

  constructor(private readonly asm: Assembler) {}

  private here(): Place {
    const frag = this.asm.frag;
    return { frag, offset: frag.length };
  }

  startProcedure(operands: string): void {
    if (this.open) throw new ExpressionError('previous CFI entry not closed (missing .cfi_endproc)');
    const start = this.here();
    const simple = operands.trim() === 'simple';
    this.open = { start, rules: [], returnColumn: RETURN_COLUMN, signalFrame: false, last: start, cfaOffset: 0n, remembered: [], origin: this.asm.origin };
    // tc-ppc's initial instructions: the CFA is r1 plus 0.
    if (!simple) this.add({ op: 'def_cfa', reg: 1, offset: 0n });
  }

  endProcedure(): void {
    if (!this.open) throw new ExpressionError('.cfi_endproc without corresponding .cfi_startproc');
    this.open.end = this.here();
    this.procedures.push(this.open);
    this.open = undefined;
  }

  /** One `.cfi_NAME` directive other than startproc/endproc. */
  directive(name: string, operands: string): void {
    const p = this.open;
    if (!p) throw new ExpressionError('CFI instruction used without previous .cfi_startproc');
    const here = this.here();
    if (here.frag !== p.last.frag || here.offset !== p.last.offset) {
      this.add({ op: 'advance', from: p.last, to: here });
      p.last = here;
    }
    const args = splitOperands(operands);
    // GNU as's cfi_parse_separator complains of a missing operand and reads on: an absent
    // constant is 0, an absent register is a bad one.
    const operand = (i: number) => {
      if (i > 0 && args[i] === undefined) this.asm.error('syntax', 'missing separator');
      return args[i] ?? '';
    };
    const reg = (i: number) => this.register(operand(i));
    const value = (i: number) => {
      const text = operand(i);
      if (!text) return 0n;
      try {
        return this.asm.absolute(text);
      } catch (err) {
        if (err instanceof ExpressionError) throw new ExpressionError('bad or irreducible absolute expression');
        throw err;
      }
    };
    switch (name) {
      case 'def_cfa':
        p.cfaOffset = value(1);
        this.add({ op: 'def_cfa', reg: reg(0), offset: p.cfaOffset });
        break;
      case 'def_cfa_offset':
        p.cfaOffset = value(0);
        this.add({ op: 'def_cfa_offset', offset: p.cfaOffset });
        break;
      case 'adjust_cfa_offset':
        p.cfaOffset += value(0);
        this.add({ op: 'def_cfa_offset', offset: p.cfaOffset });
        break;
      case 'offset':
      case 'val_offset':
        this.add({ op: name, reg: reg(0), offset: value(1) });
        break;
      case 'rel_offset':
        this.add({ op: 'offset', reg: reg(0), offset: value(1) - p.cfaOffset });
        break;
      case 'def_cfa_register':
      case 'restore':
      case 'undefined':
      case 'same_value':
        this.add({ op: name, reg: reg(0) });
        break;
      case 'register':
        this.add({ op: 'register', reg: reg(0), reg2: reg(1) });
        break;
      case 'remember_state':
        p.remembered.push(p.cfaOffset);
        this.add({ op: name });
        break;
      case 'restore_state':
        p.cfaOffset = p.remembered.pop() ?? p.cfaOffset;
        this.add({ op: name });
        break;
      case 'return_column':
        p.returnColumn = reg(0);
        break;
      case 'signal_frame':
        p.signalFrame = true;
        break;
      default:
        this.asm.report('info', 'unmodelled', `.cfi_${name} ignored: it is not modelled in .eh_frame`);
    }
  }

  private add(rule: Rule): void {
    this.open!.rules.push(rule);
  }

  /** A DWARF register number: a name (`lr`, `r12`, `%r1`) or an absolute expression; 0 when bad, as GNU as reads on. */
  private register(text: string): number {
    const n = this.registerNumber(text.replace(/^%/, ''));
    if (n !== undefined) return n;
    this.asm.error('expression', 'bad register expression');
    return 0;
  }

  private registerNumber(name: string): number | undefined {
    if (!name) return undefined;
    if (!/^[A-Za-z_.$]/.test(name)) return Number(this.asm.absolute(name));
    if (name in NAMED_REGISTERS) return NAMED_REGISTERS[name];
    const m = /^([rfv])\.?(\d+)$/.exec(name) ?? /^(cr)\.?([0-7])$/.exec(name);
    const n = m ? Number(m[2]) : NaN;
    if (!m || n >= 32) return undefined;
    return m[1] === 'f' ? n + 32 : m[1] === 'v' ? n + 77 : m[1] === 'cr' ? n + 68 : n;
  }

  /**
   * After the code is laid out: `.eh_frame` with the CIEs and FDEs, the FDE starts left as
   * fixups (R_PPC64_REL32 against the code). Undefined when there is no procedure.
   */
  emit(): Section | undefined {
    const asm = this.asm;
    if (this.open) asm.report('error', 'cfi', 'open CFI at the end of file; missing .cfi_endproc directive', this.open.origin);
    if (!this.procedures.length) return undefined;
    const existing = asm.sections.find((s) => s.name === '.eh_frame');
    if (existing && [...existing.allFrags()].some((f) => f.length || f.variable)) {
      asm.report('error', 'unsupported', 'CFI directives beside a hand-written .eh_frame are not modelled', this.procedures[0].origin);
      return undefined;
    }
    const section = asm.getSection('.eh_frame', { type: SHT.PROGBITS, flags: SHF.ALLOC });
    section.recordAlignment(2);
    asm.switchTo(section, 0);
    const at = (place: Place) => place.frag.address + place.offset;
    const cies: { rules: Rule[]; returnColumn: number; signalFrame: boolean; offset: number }[] = [];
    let size = 0;
    const out = (bytes: number[]) => {
      asm.emit(bytes);
      size += bytes.length;
    };
    const padded = (body: number[], start: number) => {
      while ((start + 4 + body.length) % 4) body.push(DW_CFA_nop);
      return body;
    };
    for (const p of this.procedures) {
      asm.origin = p.origin;
      // A CIE whose leading rules open this procedure's, or a new one with them (select_cie_for_fde).
      let rules = p.rules;
      let cie = cies.find((c) => c.returnColumn === p.returnColumn && c.signalFrame === p.signalFrame &&
        c.rules.length <= p.rules.length && c.rules.every((r, i) => sameInitialRule(r, p.rules[i])));
      if (cie) rules = p.rules.slice(cie.rules.length);
      else {
        const leading = p.rules.findIndex((r) => !initialRule(r));
        const count = leading < 0 ? p.rules.length : leading;
        cie = { rules: p.rules.slice(0, count), returnColumn: p.returnColumn, signalFrame: p.signalFrame, offset: size };
        cies.push(cie);
        rules = p.rules.slice(count);
        const body = [
          ...le32(0), 1, ...Buffer.from(p.signalFrame ? 'zRS' : 'zR'), 0,
          ...encodeLeb(BigInt(CODE_ALIGN), false), ...encodeLeb(DATA_ALIGN, true), p.returnColumn,
          ...encodeLeb(1n, false), FDE_ENCODING,
          ...cie.rules.flatMap((r) => encodeRule(r, at)),
        ];
        out([...le32(padded(body, size).length), ...body]);
      }
      const fdeStart = size;
      out([...le32(0), ...le32(fdeStart + 4 - cie.offset)]);
      const { frag, where } = asm.emit(new Uint8Array(4));
      size += 4;
      asm.addFixup({ frag, where, reloc: 'ADDR32', expr: difference(labelAt(asm, p.start), labelAt(asm, { frag, offset: where })), addend: 0n, pcrel: false, signedHalf: true });
      const body = [...le32(at(p.end!) - at(p.start)), ...encodeLeb(0n, false), ...rules.flatMap((r) => encodeRule(r, at))];
      padded(body, fdeStart + 8);
      out(body);
      writeLength(frag, where - 8, size - fdeStart - 4);
    }
    return section;
  }
}

/** The FDE length field, once its size is known: the first 4 bytes of the FDE, in the same frag. */
function writeLength(frag: Frag, offset: number, length: number): void {
  frag.bytes.set(le32(length), offset);
}

function labelAt(asm: Assembler, place: Place): AsmSymbol {
  const symbol = asm.symbols.createInternal('.Lcfi');
  symbol.definition = { kind: 'label', frag: place.frag, offset: place.offset };
  return symbol;
}

function difference(a: AsmSymbol, b: AsmSymbol): Expr {
  return { kind: 'binary', op: '-', left: { kind: 'symbol', symbol: a }, right: { kind: 'symbol', symbol: b } };
}

function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

/** Rules a CIE may hold (dw2gencfi initial_cie_insn). */
function initialRule(r: Rule): boolean {
  return ['def_cfa', 'offset', 'val_offset', 'register', 'def_cfa_register', 'restore', 'undefined', 'same_value', 'def_cfa_offset'].includes(r.op);
}

function sameInitialRule(a: Rule, b: Rule | undefined): boolean {
  return b !== undefined && initialRule(a) && JSON.stringify(a, bigints) === JSON.stringify(b, bigints);
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

function uleb(v: number | bigint): number[] {
  return encodeLeb(BigInt(v), false);
}

/** One rule as DW_CFA bytes (dw2gencfi output_cfi_insn). */
function encodeRule(r: Rule, at: (place: Place) => number): number[] {
  switch (r.op) {
    case 'advance': {
      const scaled = Math.trunc((at(r.to) - at(r.from)) / CODE_ALIGN);
      if (scaled === 0) return [];
      if (scaled <= 0x3f) return [0x40 + scaled];
      if (scaled <= 0xff) return [0x02, scaled];
      if (scaled <= 0xffff) return [0x03, scaled & 0xff, scaled >>> 8];
      return [0x04, ...le32(scaled)];
    }
    case 'def_cfa':
      return r.offset < 0n ? [0x12, ...uleb(r.reg), ...encodeLeb(r.offset / DATA_ALIGN, true)] : [0x0c, ...uleb(r.reg), ...uleb(r.offset)];
    case 'def_cfa_register':
      return [0x0d, ...uleb(r.reg)];
    case 'undefined':
      return [0x07, ...uleb(r.reg)];
    case 'same_value':
      return [0x08, ...uleb(r.reg)];
    case 'def_cfa_offset':
      return r.offset < 0n ? [0x13, ...encodeLeb(r.offset / DATA_ALIGN, true)] : [0x0e, ...uleb(r.offset)];
    case 'restore':
      return r.reg <= 0x3f ? [0xc0 + r.reg] : [0x06, ...uleb(r.reg)];
    case 'offset': {
      const scaled = r.offset / DATA_ALIGN;
      if (scaled < 0n) return [0x11, ...uleb(r.reg), ...encodeLeb(scaled, true)];
      return r.reg <= 0x3f ? [0x80 + r.reg, ...uleb(scaled)] : [0x05, ...uleb(r.reg), ...uleb(scaled)];
    }
    case 'val_offset': {
      const scaled = r.offset / DATA_ALIGN;
      return scaled < 0n ? [0x15, ...uleb(r.reg), ...encodeLeb(scaled, true)] : [0x14, ...uleb(r.reg), ...uleb(scaled)];
    }
    case 'register':
      return [0x09, ...uleb(r.reg), ...uleb(r.reg2)];
    case 'remember_state':
      return [0x0a];
    case 'restore_state':
      return [0x0b];
  }
}
