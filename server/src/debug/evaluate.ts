// Debugger expressions, for watch, hover, breakpoint conditions and logpoints: registers
// (r0..r31, sp, toc, pc, lr, ctr, xer, cr, msr and the SPRs), symbols of the program, numbers,
// `24(r1)`-style operands (the doubleword stored there), `*addr` (the doubleword at addr) and
// C's operators with C's precedence, in 64-bit unsigned arithmetic (comparisons give 0 or 1).
import type { Machine } from '../emu/machine.js';
import { REGISTER_NAMES } from '../emu/machine.js';
import type { Program } from '../emu/program.js';

export class EvaluateError extends Error {}

const ALIASES: Record<string, string> = { sp: 'r1', toc: 'r2', rtoc: 'r2', nia: 'pc', cia: 'pc' };
const REGISTERS = new Set(REGISTER_NAMES.filter((n) => !n.startsWith('vs')));

/** C precedence, loosest first. */
const LEVELS: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];
const TOKEN = /\s*(0[xX][0-9a-fA-F_]+|\d+|[A-Za-z_.$][\w.$@]*|\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%&|^~!()<>])/y;
const MASK = (1n << 64n) - 1n;

export interface EvaluateContext {
  machine: Machine;
  program?: Program;
}

/** The register an expression names on its own (for setVariable and hover), if it is one. */
export function registerName(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/^%/, '');
  const name = ALIASES[t] ?? t;
  return REGISTERS.has(name) ? name : undefined;
}

export function evaluate(text: string, ctx: EvaluateContext): bigint {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new EvaluateError(`cannot read '${text.slice(at).trim().slice(0, 20)}' in '${text}'`);
    tokens.push(m[1]);
    at = TOKEN.lastIndex;
  }
  if (tokens.length === 0) throw new EvaluateError('empty expression');
  let i = 0;
  const peek = () => tokens[i];
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new EvaluateError(`expected '${t}' in '${text}'`);
    i++;
  };
  const binary = (level: number): bigint => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (LEVELS[level].includes(peek())) {
      const op = tokens[i++];
      const right = binary(level + 1);
      left = apply(op, left, right);
    }
    return left;
  };
  const unary = (): bigint => {
    const t = peek();
    // `-24(r11)`: a negative displacement, not the negation of the doubleword at 24(r11).
    if ((t === '-' || t === '+') && /^[0-9]/.test(tokens[i + 1] ?? '') && tokens[i + 2] === '(') {
      i++;
      return primary(t === '-' ? -1n : 1n);
    }
    if (t === '-') return i++, (-unary()) & MASK;
    if (t === '+') return i++, unary();
    if (t === '~') return i++, ~unary() & MASK;
    if (t === '!') return i++, unary() === 0n ? 1n : 0n;
    if (t === '*') return i++, load(unary(), ctx);
    return primary();
  };
  const primary = (sign = 1n): bigint => {
    const t = tokens[i++];
    if (t === undefined) throw new EvaluateError(`'${text}' ends too early`);
    let value: bigint;
    if (t === '(') {
      value = binary(0);
      expect(')');
    } else if (/^[0-9]/.test(t)) {
      value = (sign * BigInt(t.replace(/_/g, ''))) & MASK;
    } else if (/^[A-Za-z_.$]/.test(t)) {
      value = name(t, ctx);
    } else {
      throw new EvaluateError(`unexpected '${t}' in '${text}'`);
    }
    // `24(r1)`: the doubleword at r1 + 24, as a load operand reads it.
    if (peek() === '(' && t !== '(') {
      i++;
      const base = binary(0);
      expect(')');
      return load((value + base) & MASK, ctx);
    }
    return value;
  };
  const value = binary(0);
  if (i < tokens.length) throw new EvaluateError(`unexpected '${tokens[i]}' in '${text}'`);
  return value;
}

/** The address `24(r1)` or `*x` reads, for memory references of watch values. */
export function operandAddress(text: string, ctx: EvaluateContext): bigint | undefined {
  const m = /^\s*(.+?)\(\s*([^()]+)\s*\)\s*$/.exec(text);
  if (!m) return undefined;
  try {
    return (evaluate(m[1], ctx) + evaluate(m[2], ctx)) & MASK;
  } catch {
    return undefined;
  }
}

function name(t: string, ctx: EvaluateContext): bigint {
  const register = registerName(t);
  if (register) return ctx.machine.get(register);
  const address = ctx.program?.symbol(t);
  if (address === undefined) throw new EvaluateError(`no register or symbol '${t}'`);
  return address;
}

function load(address: bigint, ctx: EvaluateContext): bigint {
  const bytes = ctx.machine.mem.peek(address, 8);
  if (!bytes) throw new EvaluateError(`0x${address.toString(16)} is not mapped`);
  return new DataView(bytes.buffer).getBigUint64(0, !ctx.machine.bigEndian);
}

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+': return (a + b) & MASK;
    case '-': return (a - b) & MASK;
    case '*': return (a * b) & MASK;
    case '/': if (b === 0n) throw new EvaluateError('division by zero'); return a / b;
    case '%': if (b === 0n) throw new EvaluateError('division by zero'); return a % b;
    case '<<': return b > 63n ? 0n : (a << b) & MASK;
    case '>>': return b > 63n ? 0n : a >> b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return a < b ? 1n : 0n;
    case '<=': return a <= b ? 1n : 0n;
    case '>': return a > b ? 1n : 0n;
    case '>=': return a >= b ? 1n : 0n;
    case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
    case '||': return a !== 0n || b !== 0n ? 1n : 0n;
  }
  throw new EvaluateError(`unknown operator ${op}`);
}
