// GNU as expressions for PowerPC: its operator ranks (`|` binds tighter than `+`, comparisons
// yield -1 for true, `>>` is a logical shift), 64-bit arithmetic, local label references and
// `.`, bound to symbols while the line is read so that `1f` and `.` mean what they meant there.
import type { AsmSymbol } from './symbols';

export interface Register {
  /** Register class as the operand tables name it. */
  cls: 'gpr' | 'fpr' | 'vr' | 'vsr' | 'cr' | 'acc' | 'spr';
  number: number;
  text: string;
}

export type Expr =
  | { kind: 'number'; value: bigint }
  | { kind: 'symbol'; symbol: AsmSymbol }
  | { kind: 'register'; register: Register }
  | { kind: 'unary'; op: string; arg: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

export class ExpressionError extends Error {}

/** What the parser needs from the assembler: symbols, local labels, the current location. */
export interface ExpressionScope {
  symbol(name: string): AsmSymbol;
  localLabel(label: string, direction: 'b' | 'f'): AsmSymbol;
  dot(): AsmSymbol;
  /** A name that stands for a number here (CR field and bit names in instruction operands). */
  constant?(name: string): bigint | undefined;
}

const RANKS: Record<string, number> = {
  '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5,
  '|': 4, '&': 4, '^': 4, '!': 4,
  '+': 3, '-': 3,
  '==': 2, '!=': 2, '<>': 2, '<': 2, '>': 2, '<=': 2, '>=': 2,
  '&&': 1,
  '||': 0,
};
const OPERATORS = ['<<', '>>', '==', '!=', '<>', '<=', '>=', '&&', '||', '*', '/', '%', '|', '&', '^', '!', '+', '-', '<', '>'];

export const SYMBOL_START = /[A-Za-z_.$]/;
export const SYMBOL_CHAR = /[A-Za-z0-9_.$]/;

const REGISTER_PATTERNS: [RegExp, Register['cls'], number][] = [
  [/^(?:r|gpr)(\d+)$/, 'gpr', 32],
  [/^(?:f|fr|fpr)(\d+)$/, 'fpr', 32],
  [/^(?:v|vr)(\d+)$/, 'vr', 32],
  [/^(?:vs|vsr)(\d+)$/, 'vsr', 64],
  [/^cr(\d+)$/, 'cr', 8],
  [/^a(\d+)$/, 'acc', 8],
];
const NAMED_REGISTERS: Record<string, Register> = {
  sp: { cls: 'gpr', number: 1, text: 'sp' },
  rtoc: { cls: 'gpr', number: 2, text: 'rtoc' },
  toc: { cls: 'gpr', number: 2, text: 'toc' },
  xer: { cls: 'spr', number: 1, text: 'xer' },
  lr: { cls: 'spr', number: 8, text: 'lr' },
  ctr: { cls: 'spr', number: 9, text: 'ctr' },
};

/** `%r3`, `%f1`, `%cr7`...: the register a `%` name stands for. */
export function registerNamed(name: string): Register | undefined {
  const lower = name.toLowerCase();
  for (const [pattern, cls, count] of REGISTER_PATTERNS) {
    const m = pattern.exec(lower);
    if (m && Number(m[1]) < count && String(Number(m[1])) === m[1].replace(/^0+(?=\d)/, '')) {
      return { cls, number: Number(m[1]), text: '%' + name };
    }
  }
  const named = NAMED_REGISTERS[lower];
  return named && { ...named, text: '%' + name };
}

/** A GAS number: decimal, 0x hex, 0b binary, 0 octal. */
export function parseInteger(text: string): bigint | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text) || /^0[bB][01]+$/.test(text)) return BigInt(text);
  if (/^0[0-7]+$/.test(text)) return BigInt('0o' + text.slice(1));
  if (/^\d+$/.test(text)) return BigInt(text);
  return undefined;
}

const CHAR_ESCAPES: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, a: 7, '\\': 92, "'": 39, '"': 34 };

/** Reads one escape after a backslash at `at`; returns the byte and the index after it. */
export function readEscape(text: string, at: number): [number, number] {
  const c = text[at];
  if (c === undefined) return [92, at];
  if (/[0-7]/.test(c)) {
    let end = at;
    while (end < at + 3 && /[0-7]/.test(text[end] ?? '')) end++;
    return [parseInt(text.slice(at, end), 8) & 0xff, end];
  }
  if (c === 'x' || c === 'X') {
    let end = at + 1;
    while (/[0-9a-fA-F]/.test(text[end] ?? '')) end++;
    return end === at + 1 ? [c.charCodeAt(0), at + 1] : [parseInt(text.slice(at + 1, end), 16) & 0xff, end];
  }
  return [CHAR_ESCAPES[c] ?? c.charCodeAt(0), at + 1];
}

/** Parses expressions out of one operand string, from `pos` on. */
export class ExpressionParser {
  pos = 0;

  constructor(readonly text: string, private readonly scope: ExpressionScope) {}

  private skipBlanks(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  peek(): string {
    this.skipBlanks();
    return this.text[this.pos] ?? '';
  }

  atEnd(): boolean {
    return this.peek() === '';
  }

  /** The whole expression at the current position. */
  parse(): Expr {
    return this.binary(0);
  }

  private operator(): string | undefined {
    this.skipBlanks();
    for (const op of OPERATORS) {
      if (this.text.startsWith(op, this.pos)) return op;
    }
    return undefined;
  }

  private binary(minRank: number): Expr {
    let left = this.unary();
    for (;;) {
      const op = this.operator();
      if (op === undefined || RANKS[op] < minRank) return left;
      this.pos += op.length;
      const right = this.binary(RANKS[op] + 1);
      left = { kind: 'binary', op, left, right };
    }
  }

  private unary(): Expr {
    const c = this.peek();
    if (c === '-' || c === '~' || c === '!' || c === '+') {
      this.pos++;
      const arg = this.unary();
      return c === '+' ? arg : { kind: 'unary', op: c, arg };
    }
    return this.primary();
  }

  private primary(): Expr {
    const c = this.peek();
    const rest = this.text.slice(this.pos);
    if (c === '(') {
      this.pos++;
      const inner = this.parse();
      if (this.peek() !== ')') throw new ExpressionError(`missing ')' in expression`);
      this.pos++;
      return inner;
    }
    if (c === "'") {
      // `'c` (GAS) or `'c'`: one character constant.
      let at = this.pos + 1;
      let value: number;
      if (this.text[at] === '\\') [value, at] = readEscape(this.text, at + 1);
      else if (at < this.text.length) value = this.text.charCodeAt(at++);
      else throw new ExpressionError('missing character after quote');
      if (this.text[at] === "'") at++;
      this.pos = at;
      return { kind: 'number', value: BigInt(value) };
    }
    if (c === '%') {
      const m = /^%([A-Za-z][A-Za-z0-9]*)/.exec(rest);
      const register = m ? registerNamed(m[1]) : undefined;
      if (!m || !register) throw new ExpressionError(`bad register name '${m ? m[0] : '%'}'`);
      this.pos += m[0].length;
      return { kind: 'register', register };
    }
    if (/[0-9]/.test(c)) {
      const local = /^([0-9]+)([bf])(?![A-Za-z0-9_.$])/.exec(rest);
      if (local) {
        this.pos += local[0].length;
        return { kind: 'symbol', symbol: this.scope.localLabel(local[1], local[2] as 'b' | 'f') };
      }
      const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)/.exec(rest)!;
      const value = parseInteger(m[1]);
      if (value === undefined || SYMBOL_CHAR.test(this.text[this.pos + m[1].length] ?? '')) {
        throw new ExpressionError(`bad number '${/^[0-9A-Za-z_.$]+/.exec(rest)![0]}'`);
      }
      this.pos += m[1].length;
      return { kind: 'number', value: BigInt.asIntN(64, value) };
    }
    if (c === '"') {
      const end = this.text.indexOf('"', this.pos + 1);
      if (end < 0) throw new ExpressionError('unterminated quoted symbol name');
      const name = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return { kind: 'symbol', symbol: this.scope.symbol(name) };
    }
    if (SYMBOL_START.test(c)) {
      let end = this.pos + 1;
      while (SYMBOL_CHAR.test(this.text[end] ?? '')) end++;
      const name = this.text.slice(this.pos, end);
      this.pos = end;
      // `$` alone is the current location, as `.` is.
      if (name === '.' || name === '$') return { kind: 'symbol', symbol: this.scope.dot() };
      const value = this.scope.constant?.(name);
      if (value !== undefined) return { kind: 'number', value };
      return { kind: 'symbol', symbol: this.scope.symbol(name) };
    }
    throw new ExpressionError(c ? `syntax error in expression at '${rest.slice(0, 20)}'` : 'missing expression');
  }
}

/** Two's-complement 64-bit arithmetic as GAS's offsetT does it. */
export function applyBinary(op: string, a: bigint, b: bigint): bigint {
  const u = (v: bigint) => BigInt.asUintN(64, v);
  const s = (v: bigint) => BigInt.asIntN(64, v);
  const truth = (t: boolean) => (t ? -1n : 0n);
  switch (op) {
    case '*': return s(a * b);
    case '/':
      if (b === 0n) throw new ExpressionError('division by zero');
      return s(a / b);
    case '%':
      if (b === 0n) throw new ExpressionError('division by zero');
      return s(a % b);
    case '<<': return b >= 64n || b < 0n ? 0n : s(a << b);
    case '>>': return b >= 64n || b < 0n ? 0n : s(u(a) >> b);
    case '|': return s(a | b);
    case '&': return s(a & b);
    case '^': return s(a ^ b);
    case '!': return s(a | ~b);
    case '+': return s(a + b);
    case '-': return s(a - b);
    case '==': return truth(a === b);
    case '!=': case '<>': return truth(a !== b);
    case '<': return truth(a < b);
    case '>': return truth(a > b);
    case '<=': return truth(a <= b);
    case '>=': return truth(a >= b);
    case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
    case '||': return a !== 0n || b !== 0n ? 1n : 0n;
  }
  throw new ExpressionError(`unknown operator ${op}`);
}

export function applyUnary(op: string, a: bigint): bigint {
  switch (op) {
    case '-': return BigInt.asIntN(64, -a);
    case '~': return BigInt.asIntN(64, ~a);
    case '!': return a === 0n ? 1n : 0n;
  }
  throw new ExpressionError(`unknown operator ${op}`);
}
