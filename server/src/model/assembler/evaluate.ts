// Evaluating bound expressions: while the input is read (differences only across frags of
// fixed size, as GNU as's frag_offset_fixed_p allows) or once addresses are known.
import { applyBinary, applyUnary, ExpressionError, type Expr, type Register } from './expression';
import { fixedDistance, type Section } from './sections';
import type { AsmSymbol } from './symbols';

/** `add - sub + offset`, or a register. */
export interface Value {
  add?: AsmSymbol;
  sub?: AsmSymbol;
  offset: bigint;
  register?: Register;
}

export type Phase = 'reading' | 'final';

/** Thrown while reading when an expression can only be known later. */
export class NotYetKnown extends Error {}

/** One instance, thrown again and again: it is control flow, and a stack trace costs microseconds. */
const NOT_YET_KNOWN = new NotYetKnown();

export function isConstant(v: Value): boolean {
  return !v.add && !v.sub && !v.register;
}

/** The section a symbol lives in, or undefined (undefined, common, absolute, equated). */
export function sectionOf(symbol: AsmSymbol): Section | undefined {
  if (symbol.sectionOf) return symbol.sectionOf;
  const d = symbol.definition;
  return d?.kind === 'label' ? d.frag.section : undefined;
}

/** Section offset of a label once layout is done. */
export function addressOf(symbol: AsmSymbol): number {
  const d = symbol.definition;
  return d?.kind === 'label' ? d.frag.address + d.offset : 0;
}

export class Evaluator {
  constructor(private readonly phase: Phase) {}

  /**
   * The value of a bound expression. Iterative (operands on a stack, equated symbols expanded in
   * place), so that no depth of nesting or chain of `.set` symbols runs out of call stack.
   */
  evaluate(expr: Expr): Value {
    type Work = Expr | { kind: 'leave'; symbol: AsmSymbol } | { kind: 'apply'; expr: Expr & { kind: 'unary' | 'binary' } };
    const resolving = new Set<AsmSymbol>();
    const work: Work[] = [expr];
    const values: Value[] = [];
    while (work.length) {
      const item = work.pop()!;
      switch (item.kind) {
        case 'number':
          values.push({ offset: item.value });
          break;
        case 'register':
          values.push({ offset: 0n, register: item.register });
          break;
        case 'symbol': {
          const d = item.symbol.definition;
          if (d?.kind === 'absolute') values.push({ offset: d.value });
          else if (d?.kind !== 'equated') values.push({ add: item.symbol, offset: 0n });
          else {
            if (resolving.has(item.symbol)) throw new ExpressionError(`symbol '${item.symbol.name}' is defined in terms of itself`);
            resolving.add(item.symbol);
            work.push({ kind: 'leave', symbol: item.symbol }, d.expr);
          }
          break;
        }
        case 'leave':
          resolving.delete(item.symbol);
          break;
        case 'unary':
          work.push({ kind: 'apply', expr: item }, item.arg);
          break;
        case 'binary':
          // Left is evaluated first, as the recursive reading did: its errors come first.
          work.push({ kind: 'apply', expr: item }, item.right, item.left);
          break;
        case 'apply': {
          const e = item.expr;
          if (e.kind === 'unary') {
            values.push({ offset: applyUnary(e.op, this.constant(values.pop()!, e.op)) });
            break;
          }
          const b = values.pop()!;
          const a = values.pop()!;
          if (a.register || b.register) throw new ExpressionError('invalid use of a register in an expression');
          if (e.op === '+') values.push(this.simplify(combine(a, b, 1n)));
          else if (e.op === '-') values.push(this.simplify(combine(a, b, -1n)));
          else values.push({ offset: applyBinary(e.op, this.constant(a, e.op), this.constant(b, e.op)) });
          break;
        }
      }
    }
    return values[0];
  }

  private constant(v: Value, op: string): bigint {
    const s = this.simplify(v);
    if (isConstant(s)) return s.offset;
    if (this.phase === 'reading') throw NOT_YET_KNOWN;
    const names = [s.add?.name, s.sub?.name].filter(Boolean).join(', ');
    throw new ExpressionError(`invalid operands for '${op}': ${names} is not a constant`);
  }

  /** Cancels `a - b` when the distance between a and b is known. */
  simplify(v: Value): Value {
    if (!v.add || !v.sub) return v;
    if (v.add === v.sub) return { offset: v.offset };
    const a = v.add.definition;
    const b = v.sub.definition;
    if (a?.kind !== 'label' || b?.kind !== 'label') return v;
    if (this.phase === 'final') {
      if (a.frag.section !== b.frag.section) return v;
      return { offset: v.offset + BigInt(addressOf(v.add) - addressOf(v.sub)) };
    }
    const distance = fixedDistance(b.frag, b.offset, a.frag, a.offset);
    return distance === undefined ? v : { offset: v.offset + BigInt(distance) };
  }
}

function combine(a: Value, b: Value, sign: 1n | -1n): Value {
  const plus: AsmSymbol[] = [];
  const minus: AsmSymbol[] = [];
  if (a.add) plus.push(a.add);
  if (a.sub) minus.push(a.sub);
  if (b.add) (sign === 1n ? plus : minus).push(b.add);
  if (b.sub) (sign === 1n ? minus : plus).push(b.sub);
  // x - x cancels before the limit of one symbol each way applies.
  for (let i = plus.length - 1; i >= 0; i--) {
    const j = minus.indexOf(plus[i]);
    if (j >= 0) {
      plus.splice(i, 1);
      minus.splice(j, 1);
    }
  }
  if (plus.length > 1 || minus.length > 1) {
    throw new ExpressionError(`cannot combine symbols ${[...plus, ...minus].map((s) => s.name).join(', ')} in one expression`);
  }
  return { add: plus[0], sub: minus[0], offset: BigInt.asIntN(64, a.offset + sign * b.offset) };
}
