// Operands of an assembly instruction as GNU as reads them: registers, numbers, CR-bit
// expressions, symbols with an addend and a relocation modifier, and `disp(base)` memory operands.

export type RegisterFile = 'gpr' | 'fpr' | 'vr' | 'vsr' | 'cr' | 'acc';

export type OperandExpr =
  | { kind: 'register'; file: RegisterFile; number: number }
  /** A 64-bit value read as signed; `relative` for `.+N` / `.-N`: N bytes from the instruction. */
  | { kind: 'number'; value: bigint; relative?: boolean }
  /** `sym+addend@modifier`; `pcrel` is set for `sym-.` (relative to the instruction). */
  | { kind: 'symbol'; symbol: string; addend: bigint; modifier?: string; pcrel?: boolean }
  | { kind: 'memory'; displacement: OperandExpr; base?: OperandExpr };

export interface ParsedInstruction {
  mnemonic: string;
  operands: OperandExpr[];
}

const REGISTER = /^%?(r|f|v|vs|cr|a)(\d{1,2})$/;
const FILES: Record<string, RegisterFile> = { r: 'gpr', f: 'fpr', v: 'vr', vs: 'vsr', cr: 'cr', a: 'acc' };
const REGISTER_COUNT: Record<RegisterFile, number> = { gpr: 32, fpr: 32, vr: 32, vsr: 64, cr: 8, acc: 8 };
const CR_BIT_NAMES: Record<string, number> = { lt: 0, gt: 1, eq: 2, so: 3, un: 3 };
/** Relocation modifiers, longest first so `@toc@ha` is not read as `@toc`. */
const MODIFIERS = ['got@pcrel', 'toc@ha', 'toc@l', 'toc@h', 'got@ha', 'got@l', 'got@h', 'highesta', 'highest', 'highera', 'higher', 'higha', 'high',
  'pcrel', 'notoc', 'toc', 'got', 'plt', 'ha', 'l', 'h'];

/** Split `a,b(c),d` at top-level commas. */
function splitOperands(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** A number as GNU as reads it into 64 bits (an address objdump prints above 2^63 is negative). */
function parseNumber(text: string): bigint | undefined {
  const m = /^([+-]?)(0x[0-9a-f]+|0b[01]+|0[0-7]*|[1-9]\d*)$/i.exec(text);
  if (!m) return undefined;
  const digits = m[2];
  const value = BigInt.asIntN(64, /^0[0-7]+$/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits));
  return m[1] === '-' ? BigInt.asIntN(64, -value) : value;
}

/** A term of a CR-bit or register expression: a number, `crN`, a CR bit name, or a register. */
function parseTerm(text: string): OperandExpr | string {
  const n = parseNumber(text);
  if (n !== undefined) return { kind: 'number', value: n };
  const r = REGISTER.exec(text);
  if (r) {
    const file = FILES[r[1]];
    const number = Number(r[2]);
    if (number >= REGISTER_COUNT[file]) return `no register ${text}`;
    return { kind: 'register', file, number };
  }
  if (text in CR_BIT_NAMES) return { kind: 'number', value: BigInt(CR_BIT_NAMES[text]) };
  return `cannot read '${text}'`;
}

/** `4*cr1+eq`, `cr7`, `eq`, a number or a register. */
function parseArithmetic(text: string): OperandExpr | string {
  const sum = /^(?:(\d+)\s*\*\s*(cr\d|\d+)|(cr\d))\s*\+\s*(\w+)$/.exec(text);
  if (sum) {
    const field = parseTerm(sum[2] ?? sum[3]);
    const bit = parseTerm(sum[4]);
    if (typeof field === 'string') return field;
    if (typeof bit === 'string') return bit;
    const f = field.kind === 'register' ? BigInt(field.number) : field.kind === 'number' ? field.value : undefined;
    const b = bit.kind === 'number' ? bit.value : undefined;
    if (f === undefined || b === undefined) return `cannot read '${text}'`;
    return { kind: 'number', value: BigInt(sum[1] ?? 4) * f + b };
  }
  return parseTerm(text);
}

function parseSymbol(text: string): OperandExpr | string {
  let body = text.replace(/^\((.*)\)(@.*)?$/, '$1$2');
  let modifier: string | undefined;
  const at = body.indexOf('@');
  if (at >= 0) {
    const mod = body.slice(at + 1);
    if (!MODIFIERS.includes(mod)) return `unknown relocation modifier @${mod}`;
    modifier = mod;
    body = body.slice(0, at);
  }
  body = body.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '');
  const m = /^([A-Za-z_.$][\w.$]*)((?:[+-](?:0x[0-9a-f]+|\d+|\.))*)$/i.exec(body);
  if (!m) return `cannot read '${text}'`;
  let addend = 0n;
  let pcrel = false;
  for (const t of m[2].match(/[+-](?:0x[0-9a-f]+|\d+|\.)/gi) ?? []) {
    if (t === '-.') pcrel = true;
    else addend += parseNumber(t)!;
  }
  return { kind: 'symbol', symbol: m[1], addend, modifier, pcrel: pcrel || undefined };
}

export function parseOperand(text: string): OperandExpr | string {
  const t = text.trim();
  const here = /^\.\s*(?:([+-])\s*(\w+))?$/.exec(t);
  if (here) {
    const offset = here[2] === undefined ? 0n : parseNumber(here[2]);
    if (offset === undefined) return `cannot read '${t}'`;
    return { kind: 'number', value: here[1] === '-' ? -offset : offset, relative: true };
  }
  const mem = /^(.*)\(([^()]*)\)$/.exec(t);
  if (mem && mem[1] !== '' && !/@\w+$/.test(t)) {
    const displacement = parseOperand(mem[1]);
    if (typeof displacement === 'string') return displacement;
    const base = parseArithmetic(mem[2].trim());
    if (typeof base === 'string') return base;
    return { kind: 'memory', displacement, base };
  }
  const arithmetic = parseArithmetic(t);
  if (typeof arithmetic !== 'string') return arithmetic;
  // A displacement with its base left out (`pld r3,sym@pcrel`) is still a memory operand's
  // displacement; the encoder decides from the instruction.
  return parseSymbol(t);
}

/** `mnemonic op,op,...`; comments after `#` are dropped. */
export function parseInstruction(text: string): ParsedInstruction | string {
  const line = text.replace(/#.*$/, '').trim();
  const m = /^([a-z_][\w.]*[+-]?)\s*(.*)$/i.exec(line);
  if (!m) return `cannot read instruction '${text.trim()}'`;
  const operands: OperandExpr[] = [];
  for (const piece of splitOperands(m[2])) {
    const op = parseOperand(piece);
    if (typeof op === 'string') return op;
    operands.push(op);
  }
  return { mnemonic: m[1].toLowerCase(), operands };
}
