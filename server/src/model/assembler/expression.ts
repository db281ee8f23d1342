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
  | { kind: 'number'; value: bigint; big?: Bignum }
  | { kind: 'symbol'; symbol: AsmSymbol }
  | { kind: 'register'; register: Register }
  | { kind: 'unary'; op: string; arg: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

/** An error in the source's expression: its message is what the user sees, so no stack is taken. */
export class ExpressionError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** What the parser needs from the assembler: symbols, local labels, the current location. */
export interface ExpressionScope {
  symbol(name: string): AsmSymbol;
  localLabel(label: string, direction: 'b' | 'f'): AsmSymbol;
  dot(): AsmSymbol;
  /** A name that stands for a number here (CR field and bit names in instruction operands). */
  constant?(name: string): bigint | undefined;
  /** A warning about what was read (a bignum operand taken as 0). */
  warn?(message: string): void;
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

/** The operators a character can start, longest first (as OPERATORS lists them). */
const OPERATORS_BY_CHAR = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_CHAR.set(op[0], [...(OPERATORS_BY_CHAR.get(op[0]) ?? []), op]);

const REGISTER_NAME = /%([A-Za-z][A-Za-z0-9]*)/y;
const LOCAL_LABEL = /([0-9]+)([bf])(?![A-Za-z0-9_.$])/y;
const NUMBER = /0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+/y;
const WORD = /[0-9A-Za-z_.$]+/y;

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

/**
 * A number too wide for 64 bits, as GNU as keeps it (O_big): `words` 16-bit littlenums (at most
 * 20, the digits beyond lost) holding `value`, which is never negative.
 */
export interface Bignum {
  words: number;
  value: bigint;
}

const BIGNUM_WORDS = 20;

/** A literal's value as GNU as reads it: a 64-bit number, or a bignum past 4 littlenums. */
function literal(value: bigint): { value: bigint; big?: Bignum } {
  if (value <= 0xffffffffffffffffn) return { value: BigInt.asIntN(64, value) };
  const wrapped = BigInt.asUintN(16 * BIGNUM_WORDS, value);
  const words = Math.max(1, Math.ceil(wrapped.toString(2).length / 16));
  if (words <= 4) return { value: BigInt.asIntN(64, wrapped) };
  return { value: BigInt.asIntN(64, wrapped), big: { words, value: wrapped } };
}

/** `-` and `~` of a bignum: GNU as complements it widened to 20 littlenums (and adds 1 for `-`). */
function bignumUnary(op: '-' | '~', big: Bignum): Bignum {
  const words = Math.max(big.words, BIGNUM_WORDS);
  const value = BigInt.asUintN(16 * words, op === '-' ? -big.value : ~big.value);
  return { words, value };
}

/**
 * Whether storing a bignum in `bytes` bytes loses anything: GNU as keeps quiet when the dropped
 * littlenums only repeat the sign of the kept part.
 */
export function bignumTruncates(big: Bignum, bytes: number): boolean {
  if (bytes >= 2 * big.words) return false;
  const high = big.value >> BigInt(8 * bytes - 1);
  return high !== 0n && high !== (1n << BigInt(16 * big.words - 8 * bytes + 1)) - 1n;
}

/** A number GNU as keeps as a bignum: only data directives take one whole. */
export function isBignum(e: Expr): e is Expr & { kind: 'number'; big: Bignum } {
  return e.kind === 'number' && e.big !== undefined;
}

type Pending =
  | { kind: 'unary'; op: string }
  | { kind: 'binary'; op: string; rank: number }
  | { kind: 'paren' };

/**
 * Parses expressions out of one operand string, from `pos` on. Operator precedence with explicit
 * stacks, not recursion: thousands of parentheses or terms in one operand parse as any other.
 */
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

  private operator(): string | undefined {
    this.skipBlanks();
    const candidates = OPERATORS_BY_CHAR.get(this.text[this.pos]);
    if (!candidates) return undefined;
    for (const op of candidates) {
      if (op.length === 1 || this.text.startsWith(op, this.pos)) return op;
    }
    return undefined;
  }

  /** The whole expression at the current position; stops before the first token it cannot use. */
  parse(): Expr {
    const operands: Expr[] = [];
    const pending: Pending[] = [];
    const reduce = () => {
      const top = pending.pop() as { op: string };
      const right = operands.pop()!;
      const left = operands.pop()!;
      operands.push({ kind: 'binary', op: top.op, left: this.bignumOperand(left, 'left'), right: this.bignumOperand(right, 'right') });
    };
    /** An operand is complete: the unary operators in front of it apply first. */
    const complete = (operand: Expr) => {
      let top = pending[pending.length - 1];
      while (top?.kind === 'unary') {
        pending.pop();
        operand = unaryOf(top.op, operand);
        top = pending[pending.length - 1];
      }
      operands.push(operand);
    };
    for (;;) {
      // An operand: prefix operators and opening parentheses, then a primary.
      const c = this.peek();
      if (c === '-' || c === '~' || c === '!' || c === '+') {
        this.pos++;
        if (c !== '+') pending.push({ kind: 'unary', op: c });
        continue;
      }
      if (c === '(') {
        this.pos++;
        pending.push({ kind: 'paren' });
        continue;
      }
      complete(this.primary());
      // Then operators and closing parentheses, until the next operand or the end.
      for (;;) {
        const op = this.operator();
        if (op !== undefined) {
          const rank = RANKS[op];
          for (let top = pending[pending.length - 1]; top?.kind === 'binary' && top.rank >= rank; top = pending[pending.length - 1]) reduce();
          pending.push({ kind: 'binary', op, rank });
          this.pos += op.length;
          break;
        }
        if (this.peek() === ')' && pending.some((p) => p.kind === 'paren')) {
          while (pending[pending.length - 1].kind === 'binary') reduce();
          pending.pop();
          this.pos++;
          complete(operands.pop()!);
          continue;
        }
        while (pending.length && pending[pending.length - 1].kind === 'binary') reduce();
        if (pending.length) throw new ExpressionError(`missing ')' in expression`);
        return operands[0];
      }
    }
  }

  /** GNU as reads a bignum operand of a binary operator as 0, with a warning. */
  private bignumOperand(e: Expr, side: 'left' | 'right'): Expr {
    if (!isBignum(e)) return e;
    this.scope.warn?.(`${side} operand is a bignum; integer 0 assumed`);
    return { kind: 'number', value: 0n };
  }

  /** Matches a sticky pattern at the current position (no copy of the rest of a long operand). */
  private match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    return pattern.exec(this.text);
  }

  private primary(): Expr {
    const c = this.peek();
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
      const m = this.match(REGISTER_NAME);
      const register = m ? registerNamed(m[1]) : undefined;
      if (!m || !register) throw new ExpressionError(`bad register name '${m ? m[0] : '%'}'`);
      this.pos += m[0].length;
      return { kind: 'register', register };
    }
    if (c >= '0' && c <= '9') {
      // The common case first: a short decimal number, not a local label, read without a regex.
      let end = this.pos;
      while (end < this.text.length && end - this.pos < 15 && this.text.charCodeAt(end) >= 48 && this.text.charCodeAt(end) <= 57) end++;
      const after = this.text[end] ?? '';
      if ((c !== '0' || end === this.pos + 1) && !SYMBOL_CHAR.test(after) && !(after >= '0' && after <= '9')) {
        const value = BigInt(Number(this.text.slice(this.pos, end)));
        this.pos = end;
        return { kind: 'number', value };
      }
      const local = this.match(LOCAL_LABEL);
      if (local) {
        this.pos += local[0].length;
        return { kind: 'symbol', symbol: this.scope.localLabel(local[1], local[2] as 'b' | 'f') };
      }
      const m = this.match(NUMBER)!;
      const value = parseInteger(m[0]);
      if (value === undefined || SYMBOL_CHAR.test(this.text[this.pos + m[0].length] ?? '')) {
        throw new ExpressionError(`bad number '${this.match(WORD)![0]}'`);
      }
      this.pos += m[0].length;
      return { kind: 'number', ...literal(value) };
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
    throw new ExpressionError(c ? `syntax error in expression at '${this.text.slice(this.pos, this.pos + 20)}'` : 'missing expression');
  }
}

/**
 * A constant GNU as reads as signed (its X_unsigned cleared): a negation, as the leftmost operand
 * of what follows. Only data wider than 64 bits (`.octa`) tells, by how it extends the value.
 */
export function isSignedConstant(e: Expr): boolean {
  for (;;) {
    if (e.kind === 'binary') e = e.left;
    else if (e.kind === 'unary' && e.op !== '!' && e.op !== '-') e = e.arg;
    else return e.kind === 'unary' && e.op === '-';
  }
}

/** A prefix operator applied to an operand; on a bignum GNU as folds it at once. */
function unaryOf(op: string, arg: Expr): Expr {
  if (isBignum(arg)) {
    if (op === '!') return { kind: 'number', value: 0n };
    const big = bignumUnary(op as '-' | '~', arg.big);
    return { kind: 'number', value: BigInt.asIntN(64, big.value), big };
  }
  return { kind: 'unary', op, arg };
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
