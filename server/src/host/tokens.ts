// Collects a document's written tokens for colouring and packs them (see Snapshot.tokens).
import type { Expr } from '../parse/syntax';
import { TOKEN_CLASSES, type TextRange, type TokenClass } from './snapshot';

const CLASS_INDEX = new Map<TokenClass, number>(TOKEN_CLASSES.map((c, i) => [c, i]));

export class TokenBuilder {
  private readonly spans: number[] = [];

  add(range: TextRange, cls: TokenClass): void {
    const { start, end } = range;
    if (start.line !== end.line || end.column <= start.column) return;
    this.spans.push(start.line, start.column, end.column - start.column, CLASS_INDEX.get(cls)!);
  }

  /** The registers, symbols, labels and relocation operators of an operand. */
  expression(e: Expr): void {
    switch (e.kind) {
      case 'register':
        this.add(e.range, 'register');
        break;
      case 'symbol':
      case 'localLabelRef':
        this.add(e.range, 'symbol');
        break;
      case 'call':
        this.add({ start: e.range.start, end: { line: e.range.start.line, column: e.range.start.column + e.name.length } }, 'macro');
        break;
      case 'binary':
        this.expression(e.left);
        this.expression(e.right);
        break;
      case 'unary':
        this.expression(e.argument);
        break;
      case 'paren':
        this.expression(e.inner);
        break;
      case 'relocated':
        this.expression(e.expression);
        // `@toc@ha`: from the end of the expression to the end of the operand.
        this.add({ start: e.expression.range.end, end: e.range.end }, 'relocation');
        break;
      case 'memory':
        if (e.offset) this.expression(e.offset);
        this.expression(e.base);
        break;
    }
  }

  /** Registers and names in a macro call's arguments, found in the line's text from `from` to `end`. */
  words(text: string, line: number, from: number, end: number): void {
    const identifier = /%?[A-Za-z_.$][\w.$]*/g;
    identifier.lastIndex = from;
    for (let m = identifier.exec(text); m && m.index < end; m = identifier.exec(text)) {
      const range = { start: { line, column: m.index }, end: { line, column: m.index + m[0].length } };
      this.add(range, REGISTER.test(m[0]) ? 'register' : 'symbol');
    }
  }

  build(): Int32Array {
    const count = this.spans.length / 4;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => this.spans[a * 4] - this.spans[b * 4] || this.spans[a * 4 + 1] - this.spans[b * 4 + 1]);
    const out = new Int32Array(count * 4);
    let n = 0;
    let lastLine = -1;
    let lastEnd = 0;
    for (const i of order) {
      const [line, column, length, cls] = this.spans.slice(i * 4, i * 4 + 4);
      // Tokens never overlap (a macro argument that is also an operand keeps its first class).
      if (line === lastLine && column < lastEnd) continue;
      out.set([line, column, length, cls], n * 4);
      n++;
      lastLine = line;
      lastEnd = column + length;
    }
    return out.slice(0, n * 4);
  }
}

/** General, floating, vector and condition registers as GNU as reads them, with or without `%`. */
export const REGISTER = /^%?(?:r(?:[12]?\d|3[01])|f(?:[12]?\d|3[01])|v(?:[12]?\d|3[01])|vs(?:[1-5]?\d|6[0-3])|cr[0-7]|lr|ctr|xer)$/;
