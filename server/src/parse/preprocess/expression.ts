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
  const result = evaluator.evaluate();
  const rest = evaluator.peek();
  if (rest.kind !== 'eof') {
    const message = rest.text === ')' ? 'missing \'(\' in expression'
      : rest.text === ':' ? '\':\' without preceding \'?\''
      : `missing binary operator before token "${rest.text}"`;
    throw new ExpressionError(rest, message);
  }
  return result.value !== 0n;
}

/**
 * What waits for operands: `skip` says the operand after it is on the unevaluated side of `&&`,
 * `||` or `?:`, where division by zero is no error.
 */
type Pending =
  | { kind: 'unary'; op: string; skip: boolean }
  | { kind: 'binary'; op: Token; precedence: number; skip: boolean; context: boolean }
  | { kind: 'paren'; skip: boolean }
  | { kind: 'question'; truth: boolean; skip: boolean; context: boolean }
  | { kind: 'colon'; truth: boolean; whenTrue: Value; skip: boolean; context: boolean };

class Evaluator {
  private lookahead: Token | null = null;
  private readonly values: Value[] = [];
  private readonly pending: Pending[] = [];

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

  private get skip(): boolean {
    return this.pending[this.pending.length - 1]?.skip ?? false;
  }

  private get top(): Pending | undefined {
    return this.pending[this.pending.length - 1];
  }

  /**
   * cpp's grammar (`?:` right-associative, `,` only inside parentheses and before a `:`) by
   * operator precedence with explicit stacks: no nesting depth or length exhausts the call stack.
   * Leaves the first token it cannot use for the caller.
   */
  evaluate(): Value {
    for (;;) {
      this.operand();
      for (;;) {
        const token = this.peek();
        const precedence = token.kind === 'punct' ? BINARY_PRECEDENCE[token.text] : undefined;
        if (precedence !== undefined) {
          this.take();
          this.reduceBinaries(precedence);
          const left = this.values[this.values.length - 1];
          const decided = token.text === '&&' ? left.value === 0n : token.text === '||' ? left.value !== 0n : false;
          this.pending.push({ kind: 'binary', op: token, precedence, skip: this.skip || decided, context: this.skip });
          break;
        }
        if (this.isPunct(token, '?')) {
          this.take();
          this.reduceBinaries(1);
          const truth = this.values.pop()!.value !== 0n;
          this.pending.push({ kind: 'question', truth, skip: this.skip || !truth, context: this.skip });
          break;
        }
        this.reduceBinaries(1);
        if (this.isPunct(token, ':') && this.reduceToQuestion()) {
          this.take();
          const question = this.pending.pop() as Pending & { kind: 'question' };
          const whenTrue = this.values.pop()!;
          this.pending.push({ kind: 'colon', truth: question.truth, whenTrue, skip: question.context || question.truth, context: question.context });
          break;
        }
        this.reduceConditionals();
        const top = this.top;
        if (this.isPunct(token, ',') && (top?.kind === 'paren' || top?.kind === 'question')) {
          this.take();
          this.values.pop();
          break;
        }
        if (this.isPunct(token, ')') && top?.kind === 'paren') {
          this.take();
          this.pending.pop();
          this.complete(this.values.pop()!);
          continue;
        }
        if (top?.kind === 'paren') throw new ExpressionError(this.take(), 'missing \')\' in expression');
        if (top?.kind === 'question') throw new ExpressionError(this.take(), '\'?\' without following \':\'');
        return this.values.pop()!;
      }
    }
  }

  /** Prefix operators and opening parentheses, then a primary. */
  private operand(): void {
    for (;;) {
      const token = this.take();
      switch (token.kind) {
        case 'number':
          return this.complete(parseNumber(token));
        case 'char':
          return this.complete(parseChar(token));
        case 'name':
          return this.complete(this.name(token));
        case 'punct':
          switch (token.text) {
            case '(':
              if (this.isPunct(this.peek(), ')')) throw new ExpressionError(this.peek(), 'missing expression between \'(\' and \')\'');
              this.pending.push({ kind: 'paren', skip: this.skip });
              continue;
            case '+': case '-': case '~': case '!':
              this.pending.push({ kind: 'unary', op: token.text, skip: this.skip });
              continue;
          }
      }
      if (token.kind === 'eof') throw new ExpressionError(token, '#if with no expression');
      throw new ExpressionError(token, `token "${token.text}" is not valid in preprocessor expressions`);
    }
  }

  /** An operand is complete: the prefix operators in front of it apply. */
  private complete(value: Value): void {
    for (let top = this.top; top?.kind === 'unary'; top = this.top) {
      this.pending.pop();
      if (top.op === '-') value = wrap(-value.value, value.unsigned);
      else if (top.op === '~') value = wrap(~value.value, value.unsigned);
      else if (top.op === '!') value = { value: value.value === 0n ? 1n : 0n, unsigned: false };
    }
    this.values.push(value);
  }

  /** Applies the binary operators waiting on the stack that bind at least as tightly. */
  private reduceBinaries(precedence: number): void {
    for (let top = this.top; top?.kind === 'binary' && top.precedence >= precedence; top = this.top) {
      this.pending.pop();
      const right = this.values.pop()!;
      const left = this.values.pop()!;
      if (top.op.text === '&&' || top.op.text === '||') {
        const truth = top.op.text === '&&' ? left.value !== 0n && right.value !== 0n : left.value !== 0n || right.value !== 0n;
        this.values.push({ value: truth ? 1n : 0n, unsigned: false });
      } else {
        this.values.push(this.apply(top.op, left, right, top.context));
      }
    }
  }

  /** Completes the `a ? b : c` whose `c` has been read (right-associative: all of them). */
  private reduceConditionals(): void {
    for (let top = this.top; top?.kind === 'colon'; top = this.top) {
      this.pending.pop();
      const whenFalse = this.values.pop()!;
      const unsigned = top.whenTrue.unsigned || whenFalse.unsigned;
      this.values.push(wrap(top.truth ? top.whenTrue.value : whenFalse.value, unsigned));
    }
  }

  /** For a `:`: completes what lies after its `?`; false when no `?` waits for it. */
  private reduceToQuestion(): boolean {
    this.reduceConditionals();
    return this.top?.kind === 'question';
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
