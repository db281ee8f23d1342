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
    const text = this.line(n);
    const word = new RegExp(`(?<![\\w.$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g');
    word.lastIndex = from;
    let found: RegExpExecArray | null = null;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      found = m;
      if (!last) break;
    }
    if (!found) return undefined;
    return { start: { line: n, column: found.index }, end: { line: n, column: found.index + name.length } };
  }
}

