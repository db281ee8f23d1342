// The pseudo-ops GNU as for ppc64 ELF knows, with its defaults: `.align` is a power of two,
// `.word` is two bytes, `.text`/`.data`/`.bss` take a subsection number.
import type { Assembler } from './assembler';
import { ExpressionError, ExpressionParser, isBignum, type Expr } from './expression';
import { emitNop } from './instructions';
import { dataReloc } from '../../isa/relocations';
import { MAX_SECTION_BYTES, SHF, SHT } from './sections';
import { parseString, splitOperands } from './source';

type Directive = (asm: Assembler, operands: string, name: string) => void;

function guarded(handler: Directive): Directive {
  return (asm, operands, name) => {
    try {
      handler(asm, operands, name);
    } catch (err) {
      asm.expressionFailure(err);
    }
  };
}

/** Splits `expr[@suffix[+-addend]]` as ppc_elf_suffix reads it after an expression. */
export function parseRelocatable(asm: Assembler, text: string): { expr: Expr; suffix?: string; addend: bigint } {
  const parser = new ExpressionParser(text, asm);
  const expr = parser.parse();
  let suffix: string | undefined;
  let addend = 0n;
  if (parser.peek() === '@') {
    const m = /^@([A-Za-z0-9@]+)/.exec(text.slice(parser.pos))!;
    if (!m) throw new ExpressionError(`bad relocation modifier in '${text}'`);
    suffix = m[1].toLowerCase();
    parser.pos += m[0].length;
    if (parser.peek() === '+' || parser.peek() === '-') {
      const rest = text.slice(parser.pos);
      addend = asm.absolute(rest);
      parser.pos = text.length;
    }
  }
  if (!parser.atEnd()) throw new ExpressionError(`junk at end of operand: '${text.slice(parser.pos)}'`);
  return { expr, suffix, addend };
}

/** `.byte/.short/.long/.quad/.octa` and their synonyms. */
function data(size: number): Directive {
  return (asm, operands) => {
    for (const operand of splitOperands(operands)) {
      try {
        if (size === 1 && operand.startsWith('"')) {
          // ppc's `.byte "text"`: the characters, without a terminator.
          const s = parseString(operand, 0);
          if (!s) throw new ExpressionError(`bad string ${operand}`);
          asm.emit(s.bytes);
          continue;
        }
        const { expr, suffix, addend } = parseRelocatable(asm, operand);
        if (suffix && size < 2) throw new ExpressionError(`@${suffix} is not allowed on a ${size}-byte value`);
        const reloc = dataReloc(size, suffix);
        if (suffix && !reloc) throw new ExpressionError(`unknown relocation modifier @${suffix}`);
        asm.emitValue(size, expr, reloc, addend, suffix === undefined);
      } catch (err) {
        asm.expressionFailure(err);
        asm.emit(new Uint8Array(size));
      }
    }
  };
}

function strings(terminate: boolean): Directive {
  return (asm, operands) => {
    let at = 0;
    const text = operands.trim();
    while (at < text.length) {
      const s = parseString(text, at);
      if (!s) {
        asm.error('syntax', `expected a string: '${text.slice(at)}'`);
        return;
      }
      asm.emit(terminate ? [...s.bytes, 0] : s.bytes);
      at = s.end;
      while (text[at] === ' ' || text[at] === ',') at++;
    }
  };
}

/** `.align/.p2align/.balign` (and the w/l fill-size variants). */
function align(byPower: boolean, fillSize: number): Directive {
  return guarded((asm, operands) => {
    const [amountText, fillText, maxText] = [...splitOperands(operands), '', '', ''];
    const amount = amountText ? asm.absolute(amountText) : 0n;
    let power: number;
    if (byPower) power = Number(amount);
    else {
      if (amount !== 0n && (amount & (amount - 1n)) !== 0n) throw new ExpressionError(`alignment not a power of 2: ${amount}`);
      power = amount === 0n ? 0 : amount.toString(2).length - 1;
    }
    if (power > 31) throw new ExpressionError(`alignment too large: 2^${power}`);
    const fill = fillText ? { value: asm.absolute(fillText), size: fillSize } : undefined;
    const max = maxText ? Number(asm.absolute(maxText)) : 0;
    asm.current.section.recordAlignment(power);
    if (power === 0) return;
    asm.addVariable({ kind: 'align', power, fill: fill ?? (asm.sectionIsCode ? undefined : { value: 0n, size: 1 }), max });
  });
}

function sectionSwitch(name: string): Directive {
  return guarded((asm, operands) => {
    const subsection = operands.trim() ? Number(asm.absolute(operands)) : 0;
    asm.switchTo(asm.getSection(name), subsection);
  });
}

const FLAG_LETTERS: Record<string, number> = { a: SHF.ALLOC, w: SHF.WRITE, x: SHF.EXECINSTR, M: SHF.MERGE, S: SHF.STRINGS, T: SHF.TLS, G: SHF.GROUP, o: SHF.LINK_ORDER, e: SHF.EXCLUDE, R: SHF.GNU_RETAIN };
const TYPES: Record<string, number> = { progbits: SHT.PROGBITS, nobits: SHT.NOBITS, note: SHT.NOTE, init_array: SHT.INIT_ARRAY, fini_array: SHT.FINI_ARRAY, preinit_array: SHT.PREINIT_ARRAY };

/** `.section name[,"flags"[,@type[,entsize]]][,subsection]` → switches; returns the subsection. */
function openSection(asm: Assembler, operands: string, push: boolean): void {
  const parts = splitOperands(operands);
  const name = parts[0]?.replace(/^"(.*)"$/, '$1');
  if (!name) throw new ExpressionError('.section needs a name');
  let flags: number | undefined;
  let type: number | undefined;
  let entsize: number | undefined;
  let subsection = 0;
  let i = 1;
  if (parts[i]?.startsWith('"')) {
    flags = 0;
    for (const letter of parts[i].slice(1, -1)) {
      const bit = FLAG_LETTERS[letter];
      if (bit === undefined) throw new ExpressionError(`unknown section flag '${letter}' in .section ${name}`);
      flags |= bit;
    }
    i++;
    const typeMatch = /^[@%]([a-z_]+)$/.exec(parts[i] ?? '');
    if (typeMatch) {
      type = TYPES[typeMatch[1]];
      if (type === undefined) throw new ExpressionError(`unknown section type '${parts[i]}'`);
      i++;
      if (flags & SHF.MERGE && parts[i] !== undefined) entsize = Number(asm.absolute(parts[i++]));
    }
    if (flags & SHF.GROUP) asm.error('unsupported', `section groups (the G flag of ${name}) are not modelled`);
  } else if (push && parts[i] !== undefined) {
    subsection = Number(asm.absolute(parts[i++]));
  }
  if (push && flags !== undefined && parts[i] !== undefined && /^\d/.test(parts[i])) subsection = Number(asm.absolute(parts[i]));
  const section = asm.getSection(name, flags === undefined ? undefined : { flags, type, entsize });
  if (push) asm.sectionStack.push({ ...asm.current, previous: asm.previous });
  asm.switchTo(section, subsection);
}

function symbolsList(apply: (asm: Assembler, name: string) => void): Directive {
  return (asm, operands) => {
    for (const raw of splitOperands(operands)) {
      const name = raw.replace(/^"(.*)"$/, '$1');
      if (!/^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(name) && !raw.startsWith('"')) {
        asm.error('syntax', `bad symbol name '${raw}'`);
        continue;
      }
      apply(asm, name);
    }
  };
}

function binding(kind: 'global' | 'weak' | 'local'): Directive {
  return symbolsList((asm, name) => {
    const s = asm.symbols.findOrCreate(name);
    if (kind === 'local') {
      s.binding = 'local';
      s.explicitLocal = true;
    } else s.binding = kind;
  });
}

function visibility(kind: 'hidden' | 'protected' | 'internal'): Directive {
  return symbolsList((asm, name) => {
    asm.symbols.findOrCreate(name).visibility = kind;
  });
}

const SYMBOL_TYPES: Record<string, 'func' | 'object' | 'tls' | 'notype' | 'ifunc' | 'gnu_unique'> = {
  function: 'func', object: 'object', tls_object: 'tls', notype: 'notype', gnu_indirect_function: 'ifunc', gnu_unique_object: 'gnu_unique',
  STT_FUNC: 'func', STT_OBJECT: 'object', STT_TLS: 'tls', STT_NOTYPE: 'notype', STT_GNU_IFUNC: 'ifunc',
};

/** `count` copies of `unit`, kept as the pattern and its count until the section is written. */
function emitRepeated(asm: Assembler, count: bigint, unit: Uint8Array, what: string): void {
  const total = count * BigInt(unit.length);
  if (total === 0n) return;
  const zeros = unit.every((b) => b === 0);
  if (!zeros && total > BigInt(MAX_SECTION_BYTES)) throw new ExpressionError(`${what} of ${total} bytes of non-zero fill: more than ${MAX_SECTION_BYTES} bytes of contents are not modelled (runs of zeros are)`);
  if (!zeros && asm.current.section.isNobits) throw new ExpressionError(`attempt to store non-zero value in section '${asm.current.section.name}'`);
  asm.addVariable({ kind: 'fill', size: Number(total), unit });
}

function fill(asm: Assembler, countText: string, size: number, value: bigint): void {
  const count = countText ? asm.absolute(countText) : 1n;
  if (count < 0n) throw new ExpressionError('repeat count < 0; .fill ignored');
  const clamped = Math.min(size, 8);
  const unit = new Uint8Array(size);
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < Math.min(clamped, 4); i++) {
    unit[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  emitRepeated(asm, count, unit, '.fill');
}

function space(asm: Assembler, operands: string): void {
  const [countText, fillText] = splitOperands(operands);
  const fillValue = fillText ? Number(asm.absolute(fillText) & 0xffn) : 0;
  const expr = asm.parseExpression(countText);
  if (isBignum(expr)) throw new ExpressionError('bignum invalid');
  const v = asm.tryEvaluate(expr);
  if (v && !v.add && !v.sub) {
    if (v.offset < 0n) throw new ExpressionError(`.space size is negative (${v.offset})`);
    emitRepeated(asm, v.offset, Uint8Array.of(fillValue), '.space');
    return;
  }
  asm.addVariable({ kind: 'space', count: expr, fill: fillValue });
}

const ignored: Directive = () => undefined;

/** Directives that make debug or note sections, which this assembler does not build. */
const unmodelled = (what: string): Directive => (asm, _operands, name) => {
  asm.report('info', 'unmodelled', `.${name} ignored: ${what} is not built`);
};

export const DIRECTIVES: Record<string, Directive> = {
  // Sections
  text: sectionSwitch('.text'),
  data: sectionSwitch('.data'),
  bss: sectionSwitch('.bss'),
  section: guarded((asm, operands) => openSection(asm, operands, false)),
  pushsection: guarded((asm, operands) => openSection(asm, operands, true)),
  popsection: (asm) => {
    const top = asm.sectionStack.pop();
    if (!top) {
      asm.error('section-stack', '.popsection without .pushsection');
      return;
    }
    asm.current = { section: top.section, subsection: top.subsection };
    asm.previous = top.previous;
  },
  previous: (asm) => {
    if (!asm.previous) {
      asm.error('section-stack', '.previous without a previous section');
      return;
    }
    const here = asm.current;
    asm.current = asm.previous;
    asm.previous = here;
  },
  subsection: guarded((asm, operands) => asm.switchTo(asm.current.section, Number(asm.absolute(operands || '0')))),

  // Data
  byte: data(1),
  short: data(2),
  hword: data(2),
  half: data(2),
  word: data(2),
  '2byte': data(2),
  long: data(4),
  int: data(4),
  '4byte': data(4),
  quad: data(8),
  '8byte': data(8),
  llong: data(8),
  octa: data(16),
  ascii: strings(false),
  asciz: strings(true),
  string: strings(true),
  space: guarded((asm, operands) => space(asm, operands)),
  skip: guarded((asm, operands) => space(asm, operands)),
  zero: guarded((asm, operands) => space(asm, operands)),
  fill: guarded((asm, operands) => {
    const [count, size, value] = splitOperands(operands);
    const sizeValue = size ? Number(asm.absolute(size)) : 1;
    fill(asm, count, Math.max(0, Math.min(sizeValue, 8)), value ? asm.absolute(value) : 0n);
  }),
  uleb128: leb(false),
  sleb128: leb(true),
  align: align(true, 1),
  p2align: align(true, 1),
  p2alignw: align(true, 2),
  p2alignl: align(true, 4),
  balign: align(false, 1),
  balignw: align(false, 2),
  balignl: align(false, 4),
  org: guarded((asm, operands) => {
    const [target, fillText] = splitOperands(operands);
    const fillValue = fillText ? Number(asm.absolute(fillText) & 0xffn) : 0;
    asm.addVariable({ kind: 'org', target: asm.parseExpression(target), fill: fillValue });
  }),

  // Symbols
  globl: binding('global'),
  global: binding('global'),
  weak: binding('weak'),
  local: binding('local'),
  hidden: visibility('hidden'),
  protected: visibility('protected'),
  internal: visibility('internal'),
  type: (asm, operands) => {
    const m = /^("[^"]*"|[A-Za-z_.$][A-Za-z0-9_.$]*) ?, ?[@%"]?([A-Za-z_]+)"?$/.exec(operands.trim());
    const type = m && SYMBOL_TYPES[m[2]];
    if (!m || !type) {
      asm.error('syntax', `bad .type operands '${operands}'`);
      return;
    }
    asm.symbols.findOrCreate(m[1].replace(/^"(.*)"$/, '$1')).type = type;
  },
  size: guarded((asm, operands) => {
    const [name, size] = splitOperands(operands);
    if (size === undefined) throw new ExpressionError(`expected comma after name \`${name ?? ''}' in .size directive`);
    const symbol = asm.symbols.findOrCreate(name.replace(/^"(.*)"$/, '$1'));
    symbol.size = asm.parseExpression(size ?? '');
  }),
  set: guarded((asm, operands) => assignDirective(asm, operands, true)),
  equ: guarded((asm, operands) => assignDirective(asm, operands, true)),
  equiv: guarded((asm, operands) => {
    const name = splitOperands(operands)[0];
    if (!name) throw new ExpressionError('expected symbol name');
    if (asm.symbols.find(name)?.isDefined) throw new ExpressionError(`symbol '${name}' is already defined`);
    assignDirective(asm, operands, false);
  }),
  localentry: guarded((asm, operands) => {
    const [name, valueText] = splitOperands(operands);
    if (!name) throw new ExpressionError('expected symbol name');
    if (valueText === undefined) throw new ExpressionError(`expected comma after name '${name}' in .localentry directive`);
    const symbol = asm.symbols.findOrCreate(name);
    let value: bigint;
    try {
      value = asm.absolute(valueText);
    } catch {
      throw new ExpressionError(`.localentry expression for '${name}' does not evaluate to a constant`);
    }
    const encoded = encodeLocalEntry(value);
    if (encoded === undefined) throw new ExpressionError(`.localentry expression for '${name}' is not a valid power of 2`);
    symbol.localEntry = encoded;
    if (asm.abiVersion === 0) asm.abiVersion = 2;
  }),
  abiversion: guarded((asm, operands) => {
    asm.abiVersion = Number(asm.absolute(operands));
  }),

  // Macros and repetition (the bodies are read by the assembler)
  macro: (asm, operands) => asm.defineMacro(operands),
  endm: (asm) => asm.error('unbalanced-block', '.endm without .macro'),
  endr: (asm) => asm.error('unbalanced-block', '.endr without .rept or .irp'),
  exitm: (asm) => {
    if (asm.macroDepth === 0) asm.error('unbalanced-block', '.exitm outside a macro');
    else asm.exitMacro();
  },
  purgem: (asm, operands) => {
    for (const name of splitOperands(operands)) {
      if (!asm.macros.delete(name.toLowerCase())) asm.report('warning', 'macro', `.purgem: macro '${name}' is not defined`);
    }
  },
  rept: (asm, operands) => asm.rept(operands),
  irp: (asm, operands) => asm.irp('irp', operands),
  irpc: (asm, operands) => asm.irp('irpc', operands),

  // Messages
  error: (asm, operands) => asm.error('user-error', messageOf(operands) || '.error directive invoked in source file'),
  err: (asm) => asm.error('user-error', '.err encountered'),
  warning: (asm, operands) => asm.report('warning', 'user-warning', messageOf(operands) || '.warning directive invoked in source file'),
  print: (asm, operands) => asm.report('info', 'print', messageOf(operands)),
  fail: guarded((asm, operands) => {
    const v = asm.absolute(operands);
    asm.report(v >= 500n ? 'warning' : 'error', 'user-error', `.fail ${v} encountered`);
  }),

  // Files and targets
  include: (asm, operands) => {
    const name = operands.trim().replace(/^"(.*)"$/, '$1');
    asm.includeFile(name);
  },
  incbin: guarded((asm, operands) => {
    const [nameText, skipText, countText] = splitOperands(operands);
    const name = parseString(nameText ?? '', 0);
    if (!name) throw new ExpressionError('missing string');
    asm.includeBinary(Buffer.from(name.bytes).toString('utf8'), skipText ? asm.absolute(skipText) : 0n, countText ? asm.absolute(countText) : undefined);
  }),
  machine: (asm, operands) => {
    const name = operands.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (name === 'push') asm.machineStack.push(asm.machine);
    else if (name === 'pop') {
      const top = asm.machineStack.pop();
      if (top === undefined) asm.error('machine', '.machine pop without .machine push');
      else asm.machine = top;
    } else asm.setMachine(name);
  },
  end: (asm) => asm.exitAll(),
  nop: (asm) => emitNop(asm),
  reloc: guarded((asm, operands) => {
    const [offsetText, typeText, exprText] = splitOperands(operands);
    const type = typeText?.replace(/^R_PPC64_/, '');
    if (!type) throw new ExpressionError('.reloc needs an offset and a relocation type');
    const frag = asm.frag;
    asm.explicitRelocs.push({ frag, where: frag.length, offsetExpr: asm.parseExpression(offsetText), type, expr: exprText ? asm.parseExpression(exprText) : undefined, origin: asm.origin });
  }),
  file: ignored,
  ident: unmodelled('the .comment section'),
  option: ignored,
  func: ignored,
  endfunc: ignored,
  noaltmacro: ignored,
  altmacro: (asm) => asm.error('unsupported', '.altmacro (alternate macro syntax) is not supported'),
  gnu_attribute: unmodelled('the .gnu.attributes section'),
  loc: unmodelled('DWARF line information'),
  cfi_startproc: guarded((asm, operands) => asm.callFrames.startProcedure(operands)),
  cfi_endproc: guarded((asm) => asm.callFrames.endProcedure()),
  cfi_sections: unmodelled('.debug_frame'),
};
for (const cfi of ['def_cfa', 'def_cfa_offset', 'def_cfa_register', 'offset', 'val_offset', 'rel_offset', 'restore', 'register', 'adjust_cfa_offset', 'remember_state', 'restore_state', 'return_column', 'undefined', 'same_value', 'signal_frame', 'escape', 'window_save', 'personality', 'lsda']) {
  DIRECTIVES['cfi_' + cfi] = guarded((asm, operands) => asm.callFrames.directive(cfi, operands));
}

function leb(signed: boolean): Directive {
  return (asm, operands) => {
    for (const operand of splitOperands(operands)) {
      try {
        const expr = asm.parseExpression(operand);
        const v = asm.tryEvaluate(expr);
        if (v && !v.add && !v.sub) asm.emit(encodeLeb(v.offset, signed));
        else asm.addVariable({ kind: 'leb128', value: expr, signed });
      } catch (err) {
        asm.expressionFailure(err);
      }
    }
  };
}

export function encodeLeb(value: bigint, signed: boolean): number[] {
  const out: number[] = [];
  let v = signed ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value);
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = signed ? (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0) : v === 0n;
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function assignDirective(asm: Assembler, operands: string, redefinable: boolean): void {
  const comma = operands.indexOf(',');
  if (comma < 0) throw new ExpressionError(`expected a comma after the symbol name in '${operands}'`);
  asm.assign(operands.slice(0, comma).trim().replace(/^"(.*)"$/, '$1'), operands.slice(comma + 1), redefinable);
}

/** st_other bits for `.localentry`: 1 and 7 as they are, else 0, 4, 8 ... 64 bytes; undefined when invalid. */
export function encodeLocalEntry(value: bigint): number | undefined {
  if (value === 1n || value === 7n) return Number(value) << 5;
  const codes: Record<string, number> = { '0': 0, '4': 2, '8': 3, '16': 4, '32': 5, '64': 6 };
  const code = codes[value.toString()];
  return code === undefined ? undefined : code << 5;
}

function messageOf(operands: string): string {
  const s = parseString(operands.trim(), 0);
  return s ? Buffer.from(s.bytes).toString('utf8') : operands.trim();
}
