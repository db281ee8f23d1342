// Instructions: operands read as GNU as expressions (bound to this assembly's symbols), handed
// to the ISA encoder, and its relocation placeholders turned into fixups that are resolved or
// become relocations once addresses are known.
import { NOP } from '../../isa/words';
import { encodeInstruction, type Encoded } from '../../isa/encode';
import type { OperandExpr, RegisterFile } from '../../isa/asmOperand';
import type { Assembler } from './assembler';
import { isConstant, type Value } from './evaluate';
import { ExpressionError, ExpressionParser, type Expr, type ExpressionScope } from './expression';
import { partOf, type Part } from '../../isa/relocations';
import { splitOperands } from './source';

/** Names GNU as reads as numbers in CR operands (`4*cr7+eq`), unless the source defines them. */
const CR_NAMES: Record<string, bigint> = {
  cr0: 0n, cr1: 1n, cr2: 2n, cr3: 3n, cr4: 4n, cr5: 5n, cr6: 6n, cr7: 7n, lt: 0n, gt: 1n, eq: 2n, so: 3n, un: 3n,
};

const PLACEHOLDER = '\u0000operand';

interface Operand {
  expr: Expr;
  suffix?: string;
  addend: bigint;
  value?: Value;
}

/** An operand's expressions: `expr[@suffix[±n]]`, or `disp(base)`. */
function readOperand(asm: Assembler, scope: ExpressionScope, text: string): { main: Operand; base?: Operand } {
  const parser = new ExpressionParser(text, scope);
  const expr = parser.parse();
  const main: Operand = { expr, addend: 0n };
  if (parser.peek() === '@') {
    const m = /^@([A-Za-z0-9@]+)/.exec(text.slice(parser.pos));
    if (!m) throw new ExpressionError(`bad relocation modifier in '${text}'`);
    main.suffix = m[1].toLowerCase();
    parser.pos += m[0].length;
    const addend = /^[+-][0-9xXa-fA-F]+/.exec(text.slice(parser.pos).trimStart());
    if (addend && parser.peek() !== '(') {
      main.addend = asm.absolute(addend[0]);
      parser.pos = text.indexOf(addend[0], parser.pos) + addend[0].length;
    }
  }
  let base: Operand | undefined;
  if (parser.peek() === '(') {
    parser.pos++;
    base = { expr: parser.parse(), addend: 0n };
    if (parser.peek() !== ')') throw new ExpressionError(`missing ')' in operand '${text}'`);
    parser.pos++;
  }
  if (!parser.atEnd()) throw new ExpressionError(`junk at end of operand: '${text.slice(parser.pos)}'`);
  return { main, base };
}

const FILES: Record<string, RegisterFile> = { gpr: 'gpr', fpr: 'fpr', vr: 'vr', vsr: 'vsr', cr: 'cr', acc: 'acc' };
const SUFFIX_PARTS: Record<string, Part> = { l: 'lo', h: 'hi', ha: 'ha', high: 'high', higha: 'higha', higher: 'higher', highera: 'highera', highest: 'highest', highesta: 'highesta' };

/**
 * The encoder's view of one operand. Constants with `@l`/`@ha`... are narrowed here, as GNU as
 * does before inserting them; `signed` picks the sign-extended reading of a narrowed half.
 */
function toOperandExpr(op: Operand, index: number, signed: boolean): OperandExpr {
  const v = op.value;
  if (v?.register) {
    const file = FILES[v.register.cls];
    return file ? { kind: 'register', file, number: v.register.number } : { kind: 'number', value: BigInt(v.register.number) };
  }
  if (v && isConstant(v)) {
    const part = op.suffix ? SUFFIX_PARTS[op.suffix] : undefined;
    if (op.suffix && !part) throw new ExpressionError(`@${op.suffix} cannot apply to the constant ${v.offset}`);
    let value = part ? partOf(part, v.offset + op.addend) : v.offset;
    if (part && part !== 'all') value = signed ? BigInt.asIntN(16, value) : BigInt.asUintN(16, value);
    return { kind: 'number', value };
  }
  return {
    kind: 'symbol',
    symbol: PLACEHOLDER + index,
    addend: (v?.offset ?? 0n) + op.addend,
    modifier: op.suffix,
    pcrel: v?.sub !== undefined || undefined,
  };
}

const scopes = new WeakMap<Assembler, ExpressionScope>();

/** Instruction operands see the assembler's symbols, and CR names as numbers. */
function operandScope(asm: Assembler): ExpressionScope {
  let scope = scopes.get(asm);
  if (!scope) {
    scope = {
      symbol: (name) => asm.symbol(name),
      localLabel: (label, direction) => asm.localLabel(label, direction),
      dot: () => asm.dot(),
      warn: (message) => asm.warn(message),
      constant: (name) => (name in CR_NAMES && !asm.symbols.find(name)?.isDefined ? CR_NAMES[name] : asm.constant(name)),
    };
    scopes.set(asm, scope);
  }
  return scope;
}

/** The operands in the encoder's form; memory operands take two of `flat`. */
function encoderOperands(operands: { main: Operand; base?: Operand }[], flat: Operand[], signed: boolean): OperandExpr[] {
  let i = 0;
  const out: OperandExpr[] = [];
  for (const o of operands) {
    if (o.base) {
      const displacement = toOperandExpr(flat[i], i++, signed);
      out.push({ kind: 'memory', displacement, base: toOperandExpr(flat[i], i++, signed) });
    } else out.push(toOperandExpr(flat[i], i++, signed));
  }
  return out;
}

export function assembleInstruction(asm: Assembler, mnemonic: string, operandText: string): void {
  const scope = operandScope(asm);
  const operands: { main: Operand; base?: Operand }[] = [];
  try {
    for (const text of splitOperands(operandText)) operands.push(readOperand(asm, scope, text));
    for (const o of operands) for (const op of [o.main, o.base]) if (op) op.value = asm.tryEvaluate(op.expr);
  } catch (err) {
    asm.expressionFailure(err);
    emitWords(asm, [NOP], undefined);
    return;
  }
  const flat: Operand[] = operands.flatMap((o) => (o.base ? [o.main, o.base] : [o.main]));
  let result: Encoded | { error: string };
  try {
    const options = { address: BigInt(asm.frag.length), ...asm.machine.encoding };
    result = encodeInstruction({ mnemonic: mnemonic.toLowerCase(), operands: encoderOperands(operands, flat, true) }, options);
    if ('error' in result && flat.some((op) => op.suffix && op.value && isConstant(op.value))) {
      const unsigned = encodeInstruction({ mnemonic: mnemonic.toLowerCase(), operands: encoderOperands(operands, flat, false) }, options);
      if (!('error' in unsigned)) result = unsigned;
    }
  } catch (err) {
    asm.expressionFailure(err);
    emitWords(asm, [NOP], undefined);
    return;
  }
  if ('error' in result) {
    asm.error('instruction', result.error.replaceAll(PLACEHOLDER, 'operand '));
    emitWords(asm, [NOP], undefined);
    return;
  }
  emitWords(asm, result.words, result, flat);
}

function emitWords(asm: Assembler, words: number[], encoded: Encoded | undefined, flat: Operand[] = []): void {
  const length = words.length * 4;
  if (length === 8) {
    // A prefixed instruction may not cross a 64-byte boundary: pad with a nop when it would.
    asm.current.section.recordAlignment(6);
    asm.addVariable({ kind: 'align', power: 6, max: 4 });
  }
  const bytes: number[] = [];
  for (const w of words) bytes.push(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
  const { frag, where } = asm.emit(bytes);
  frag.instructions.push({ offset: where, length, origin: asm.origin });
  for (const r of encoded?.relocations ?? []) {
    const index = Number(r.symbol.slice(PLACEHOLDER.length));
    const op = flat[index];
    const reloc = r.type.replace(/^R_PPC64_/, '');
    asm.addFixup({
      frag,
      where: where + r.offset,
      reloc,
      expr: op.expr,
      // The encoder's addend holds the operand's constant too; the fixup evaluates that itself.
      addend: BigInt(r.addend) - (op.value?.offset ?? 0n),
      pcrel: PCREL_RELOCS.has(reloc),
      signedHalf: true,
    });
  }
}

/** Relocations whose field is relative to its own address. */
export const PCREL_RELOCS = new Set(['REL24', 'REL24_NOTOC', 'REL14', 'REL16', 'REL16_LO', 'REL16_HI', 'REL16_HA', 'REL16_HIGH', 'REL16_HIGHA', 'REL16_HIGHER', 'REL16_HIGHERA', 'REL16_HIGHEST', 'REL16_HIGHESTA', 'REL32', 'REL64', 'PCREL34']);

export function emitNop(asm: Assembler): void {
  emitWords(asm, [NOP], undefined);
}
