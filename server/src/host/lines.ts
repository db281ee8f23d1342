// A text's lines by number, without splitting the whole text (listings run to a million lines).
import type { TextRange } from './snapshot';

/** Line starts of a text, so that a line's text is a slice, never a split of the whole. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  line(n: number): string {
    if (n < 0 || n >= this.starts.length) return '';
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }

  /** The range of `name` on line `n` as a whole word, searching from `from`; undefined if absent. */
  find(n: number, name: string, from = 0, last = false): TextRange | undefined {
    // An empty name is found nowhere (indexOf('') would find it at the line's end forever).
    if (name === '') return undefined;
    const text = this.line(n);
    // indexOf, not a RegExp: a million-line listing asks this for every symbol.
    let found = -1;
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + name.length), true)) continue;
      found = at;
      if (!last) break;
    }
    if (found < 0) return undefined;
    return { start: { line: n, column: found }, end: { line: n, column: found + name.length } };
  }
}

/** Letters, digits, `_`, `$` and (before a name) `.` continue a symbol name. */
function isWordChar(c: number, after = false): boolean {
  if (Number.isNaN(c)) return false;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (!after && c === 46);
}
