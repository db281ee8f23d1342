// Collects a document's written uses of names and packs them (see References in snapshot.ts).
import type { References, TextRange } from './snapshot';

export class ReferenceBuilder {
  private readonly nameIndex = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly spans: number[] = [];

  add(name: string, range: TextRange): void {
    if (range.start.line !== range.end.line) return;
    let index = this.nameIndex.get(name);
    if (index === undefined) {
      this.nameIndex.set(name, (index = this.names.length));
      this.names.push(name);
    }
    this.spans.push(range.start.line, range.start.column, range.end.column, index);
  }

  nameSet(): Set<string> {
    return new Set(this.names);
  }

  /** Sorts by position and resolves what only the position decides (`1b`, `1f`). */
  build(resolve?: (name: string, line: number, column: number) => number | undefined): References {
    const count = this.spans.length / 4;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => this.spans[a * 4] - this.spans[b * 4] || this.spans[a * 4 + 1] - this.spans[b * 4 + 1]);
    const spans = new Int32Array(count * 4);
    const targets = new Int32Array(count).fill(-1);
    order.forEach((from, to) => {
      for (let k = 0; k < 4; k++) spans[to * 4 + k] = this.spans[from * 4 + k];
      const found = resolve?.(this.names[spans[to * 4 + 3]], spans[to * 4], spans[to * 4 + 1]);
      if (found !== undefined) targets[to] = found;
    });
    return { names: this.names, spans, targets };
  }
}
