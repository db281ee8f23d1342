// `#if` / `#elif` arithmetic as cpp does it: intmax_t / uintmax_t at 64 bits, the usual
// arithmetic conversions (one unsigned operand makes the operation unsigned), unknown
// identifiers are 0, `defined X` / `defined(X)` read the macro table without expanding X.
import { TokenFlag, type Token } from './lexer';
import type { Expander } from './macros';

interface Value {
  value: bigint;
  unsigned: boolean;
}

export interface ExpressionHooks {
  isDefined(name: string): boolean;
  /** `__has_include("x")` / `__has_include(<x>)`; `next` for `__has_include_next`. */
  hasInclude(name: string, angled: boolean, next: boolean): boolean;
}

export class ExpressionError extends Error {
  constructor(readonly at: Token | undefined, message: string) {
    super(message);
  }
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '*': 10, '/': 10, '%': 10,
  '+': 9, '-': 9,
  '<<': 8, '>>': 8,
  '<': 7, '>': 7, '<=': 7, '>=': 7,
  '==': 6, '!=': 6,
  '&': 5,
  '^': 4,
  '|': 3,
  '&&': 2,
  '||': 1,
};

function wrap(value: bigint, unsigned: boolean): Value {
  return { value: unsigned ? BigInt.asUintN(64, value) : BigInt.asIntN(64, value), unsigned };
}

/** Evaluates the expression the expander yields (one directive line); throws ExpressionError. */
export function evaluateExpression(expander: Expander, hooks: ExpressionHooks): boolean {
  const evaluator = new Evaluator(expander, hooks);
  const first = evaluator.peek();
  if (first.kind === 'eof') throw new ExpressionError(first, '#if with no expression');
  const result = evaluator.conditional(false);
  const rest = evaluator.peek();
  if (rest.kind !== 'eof') {
    const message = rest.text === ')' ? 'missing \'(\' in expression'
      : rest.text === ':' ? '\':\' without preceding \'?\''
      : `missing binary operator before token "${rest.text}"`;
    throw new ExpressionError(rest, message);
  }
  return result.value !== 0n;
}

class Evaluator {
  private lookahead: Token | null = null;

  constructor(private readonly expander: Expander, private readonly hooks: ExpressionHooks) {}

  peek(): Token {
    this.lookahead ??= this.expander.nextReal();
    return this.lookahead;
  }

  private take(): Token {
    const token = this.peek();
    this.lookahead = null;
    return token;
  }

  private isPunct(token: Token, text: string): boolean {
    return token.kind === 'punct' && token.text === text;
  }

  /** `skip`: inside the unevaluated side of `&&`, `||` or `?:`, where division by zero is no error. */
  conditional(skip: boolean): Value {
    const condition = this.binary(1, skip);
    if (!this.isPunct(this.peek(), '?')) return condition;
    this.take();
    const truth = condition.value !== 0n;
    const whenTrue = this.comma(skip || !truth);
    const colon = this.take();
    if (!this.isPunct(colon, ':')) throw new ExpressionError(colon, '\'?\' without following \':\'');
    const whenFalse = this.conditional(skip || truth);
    const unsigned = whenTrue.unsigned || whenFalse.unsigned;
    return wrap(truth ? whenTrue.value : whenFalse.value, unsigned);
  }

  private comma(skip: boolean): Value {
    let value = this.conditional(skip);
    while (this.isPunct(this.peek(), ',')) {
      this.take();
      value = this.conditional(skip);
    }
    return value;
  }

  private binary(minPrecedence: number, skip: boolean): Value {
    let left = this.unary(skip);
    for (;;) {
      const op = this.peek();
      const precedence = op.kind === 'punct' ? BINARY_PRECEDENCE[op.text] : undefined;
      if (precedence === undefined || precedence < minPrecedence) return left;
      this.take();
      if (op.text === '&&' || op.text === '||') {
        const decided = op.text === '&&' ? left.value === 0n : left.value !== 0n;
        const right = this.binary(precedence + 1, skip || decided);
        const truth = op.text === '&&' ? left.value !== 0n && right.value !== 0n : left.value !== 0n || right.value !== 0n;
        left = { value: truth ? 1n : 0n, unsigned: false };
        continue;
      }
      const right = this.binary(precedence + 1, skip);
      left = this.apply(op, left, right, skip);
    }
  }

  private apply(op: Token, left: Value, right: Value, skip: boolean): Value {
    const unsigned = left.unsigned || right.unsigned;
    const a = unsigned ? BigInt.asUintN(64, left.value) : left.value;
    const b = unsigned ? BigInt.asUintN(64, right.value) : right.value;
    switch (op.text) {
      case '*': return wrap(a * b, unsigned);
      case '/':
      case '%':
        if (b === 0n) {
          if (skip) return { value: 0n, unsigned };
          throw new ExpressionError(op, 'division by zero in #if');
        }
        return wrap(op.text === '/' ? a / b : a % b, unsigned);
      case '+': return wrap(a + b, unsigned);
      case '-': return wrap(a - b, unsigned);
      case '<<':
      case '>>': {
        // The shift count's sign decides direction; the left operand's type decides the result.
        const count = right.unsigned ? BigInt.asUintN(64, right.value) : right.value;
        const leftward = (op.text === '<<') === (count >= 0n);
        const magnitude = count < 0n ? -count : count;
        const base = left.unsigned ? BigInt.asUintN(64, left.value) : left.value;
        if (leftward) return wrap(magnitude >= 64n ? 0n : base << magnitude, left.unsigned);
        if (magnitude >= 64n) return { value: !left.unsigned && base < 0n ? -1n : 0n, unsigned: left.unsigned };
        return wrap(base >> magnitude, left.unsigned);
      }
      case '<': return { value: a < b ? 1n : 0n, unsigned: false };
      case '>': return { value: a > b ? 1n : 0n, unsigned: false };
      case '<=': return { value: a <= b ? 1n : 0n, unsigned: false };
      case '>=': return { value: a >= b ? 1n : 0n, unsigned: false };
      case '==': return { value: a === b ? 1n : 0n, unsigned: false };
      case '!=': return { value: a !== b ? 1n : 0n, unsigned: false };
      case '&': return wrap(a & b, unsigned);
      case '^': return wrap(a ^ b, unsigned);
      default: return wrap(a | b, unsigned);
    }
  }

  private unary(skip: boolean): Value {
    const token = this.take();
    switch (token.kind) {
      case 'number':
        return parseNumber(token);
      case 'char':
        return parseChar(token);
      case 'name':
        return this.name(token);
      case 'punct':
        switch (token.text) {
          case '(': {
            if (this.isPunct(this.peek(), ')')) throw new ExpressionError(this.peek(), 'missing expression between \'(\' and \')\'');
            const value = this.comma(skip);
            const close = this.take();
            if (!this.isPunct(close, ')')) throw new ExpressionError(close, 'missing \')\' in expression');
            return value;
          }
          case '+': return this.unary(skip);
          case '-': {
            const operand = this.unary(skip);
            return wrap(-operand.value, operand.unsigned);
          }
          case '~': {
            const operand = this.unary(skip);
            return wrap(~operand.value, operand.unsigned);
          }
          case '!':
            return { value: this.unary(skip).value === 0n ? 1n : 0n, unsigned: false };
        }
    }
    if (token.kind === 'eof') throw new ExpressionError(token, '#if with no expression');
    throw new ExpressionError(token, `token "${token.text}" is not valid in preprocessor expressions`);
  }

  private name(token: Token): Value {
    if (token.text === 'defined') {
      // The operand is read raw: a macro named there must not expand.
      this.expander.preventExpansion++;
      try {
        let operand = this.take();
        const parenthesised = this.isPunct(operand, '(');
        if (parenthesised) operand = this.take();
        if (operand.kind !== 'name') throw new ExpressionError(operand, 'operator "defined" requires an identifier');
        if (parenthesised) {
          const close = this.take();
          if (!this.isPunct(close, ')')) throw new ExpressionError(close, 'missing \')\' after "defined"');
        }
        return { value: this.hooks.isDefined(operand.text) ? 1n : 0n, unsigned: false };
      } finally {
        this.expander.preventExpansion--;
      }
    }
    if (token.text === '__has_include' || token.text === '__has_include_next') {
      this.expander.preventExpansion++;
      try {
        if (!this.isPunct(this.take(), '(')) throw new ExpressionError(token, `missing '(' after "${token.text}"`);
        const header = this.take();
        let name: string;
        let angled = false;
        if (header.kind === 'string') {
          name = header.text.slice(1, -1);
        } else if (this.isPunct(header, '<')) {
          angled = true;
          name = '';
          for (let part = this.take(); !this.isPunct(part, '>'); part = this.take()) {
            if (part.kind === 'eof') throw new ExpressionError(part, 'missing terminating > character');
            name += (name && part.flags & TokenFlag.PREV_WHITE ? ' ' : '') + part.text;
          }
        } else {
          throw new ExpressionError(header, `operator "${token.text}" requires a header-name`);
        }
        if (!this.isPunct(this.take(), ')')) throw new ExpressionError(token, `missing ')' after "${token.text}" operand`);
        return { value: this.hooks.hasInclude(name, angled, token.text === '__has_include_next') ? 1n : 0n, unsigned: false };
      } finally {
        this.expander.preventExpansion--;
      }
    }
    return { value: 0n, unsigned: false };
  }
}

const INTMAX = (1n << 63n) - 1n;
const UINTMAX = (1n << 64n) - 1n;

function parseNumber(token: Token): Value {
  const match = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uUlL]*)$/.exec(token.text);
  if (!match || !/^(u?(l|L|ll|LL)?|(l|L|ll|LL)u?)$/i.test(match[2])) {
    if (/^(\.\d|\d[^xXbB]*[.eE])|^0[xX][^pP]*[pP]/.test(token.text) || /^\d*\.\d/.test(token.text)) {
      throw new ExpressionError(token, 'floating constant in preprocessor expression');
    }
    throw new ExpressionError(token, `invalid integer constant "${token.text}" in #if`);
  }
  const digits = match[1];
  const octal = digits.length > 1 && digits[0] === '0' && /^[0-9]+$/.test(digits);
  if (octal && /[89]/.test(digits)) throw new ExpressionError(token, `invalid digit in octal constant "${token.text}"`);
  const value = octal ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  // A constant too big for intmax_t is unsigned, as cpp makes it (with a warning for decimals).
  const unsigned = /u/i.test(match[2]) || value > INTMAX;
  return { value: value & UINTMAX, unsigned };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, E: 27, '\\': 92, '\'': 39, '"': 34, '?': 63,
};

/** Character constants: `char` is unsigned on powerpc, so 'x' is 0..255; multi-char packs bytes. */
function parseChar(token: Token): Value {
  const wide = token.text.startsWith('L');
  const body = token.text.slice(wide ? 2 : 1, -1);
  if (body.length === 0) throw new ExpressionError(token, 'empty character constant');
  const chars: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      chars.push(body.codePointAt(i)!);
      continue;
    }
    const c = body[++i];
    if (c in SIMPLE_ESCAPES) {
      chars.push(SIMPLE_ESCAPES[c]);
    } else if (c === 'x') {
      const hex = /^[0-9a-fA-F]+/.exec(body.slice(i + 1))?.[0] ?? '0';
      chars.push(parseInt(hex, 16));
      i += hex.length;
    } else if (/[0-7]/.test(c)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      chars.push(parseInt(oct, 8));
      i += oct.length - 1;
    } else {
      chars.push(c.charCodeAt(0));
    }
  }
  if (wide) return { value: BigInt(chars[chars.length - 1]), unsigned: false };
  if (chars.length === 1) return { value: BigInt(chars[0] & 0xff), unsigned: false };
  let value = 0n;
  for (const c of chars) value = (value << 8n) | BigInt(c & 0xff);
  return { value: BigInt.asIntN(32, value), unsigned: false };
}
