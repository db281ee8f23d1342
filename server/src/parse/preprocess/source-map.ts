// Maps positions in the preprocessed text back to the sources. Output is produced in
// order, so segments (one per printed token) are sorted by output line and column and a
// lookup is an index into the line table plus a binary search within the line.

export interface ExpansionStep {
  /** Macro that was expanded. */
  macro: string;
  /** Where its name was written for that expansion (inside another macro's body for nested ones). */
  path: string;
  line: number;
  column: number;
}

export interface OriginalPosition {
  /** Where the character was spelled: a source line, a macro body or a macro argument. */
  path: string;
  line: number;
  column: number;
  /** Expansions that produced it, innermost first; the last one is written in real source. */
  expansions: ExpansionStep[];
}

export interface LineOrigin {
  path: string;
  line: number;
}

export class SourceMap {
  constructor(
    private readonly files: readonly string[],
    /** Per output line: file index and 0-based source line the output line stands for. */
    private readonly lineFile: Int32Array,
    private readonly lineLine: Int32Array,
    /** Per output line (plus one sentinel): index of its first segment. */
    private readonly lineSegments: Int32Array,
    private readonly segColumn: Int32Array,
    private readonly segLength: Int32Array,
    private readonly segFile: Int32Array,
    private readonly segLine: Int32Array,
    private readonly segSourceColumn: Int32Array,
    private readonly segExpansion: Int32Array,
    private readonly expansions: readonly { macro: string; file: number; line: number; column: number; parent: number }[],
  ) {}

  get lineCount(): number {
    return this.lineFile.length;
  }

  /** The source line an output line stands for (for a macro invocation: the line of its name). */
  lineOrigin(outputLine: number): LineOrigin | undefined {
    if (outputLine < 0 || outputLine >= this.lineFile.length) return undefined;
    return { path: this.files[this.lineFile[outputLine]], line: this.lineLine[outputLine] };
  }

  /**
   * The source of the character at an output position: the token covering it, else the
   * nearest token before it on the line, else the line's origin at column 0.
   */
  originalPosition(outputLine: number, outputColumn: number): OriginalPosition | undefined {
    const origin = this.lineOrigin(outputLine);
    if (!origin) return undefined;
    let low = this.lineSegments[outputLine];
    let high = this.lineSegments[outputLine + 1] - 1;
    if (high < low || this.segColumn[low] > outputColumn) return { ...origin, column: 0, expansions: [] };
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.segColumn[mid] <= outputColumn) low = mid;
      else high = mid - 1;
    }
    const offset = Math.min(outputColumn - this.segColumn[low], Math.max(this.segLength[low] - 1, 0));
    return {
      path: this.files[this.segFile[low]],
      line: this.segLine[low],
      column: this.segSourceColumn[low] + offset,
      expansions: this.expansionChain(this.segExpansion[low]),
    };
  }

  /** Expansion steps from expansion `id` outwards. */
  expansionChain(id: number): ExpansionStep[] {
    const chain: ExpansionStep[] = [];
    for (let i = id; i >= 0; i = this.expansions[i].parent) {
      const e = this.expansions[i];
      chain.push({ macro: e.macro, path: this.files[e.file], line: e.line, column: e.column });
    }
    return chain;
  }
}

export class SourceMapBuilder {
  readonly expansions: { macro: string; file: number; line: number; column: number; parent: number }[] = [];
  // Plain arrays of small integers grow cheaply; they become Int32Arrays once, at the end.
  private readonly lineFile: number[] = [];
  private readonly lineLine: number[] = [];
  private readonly lineSegments: number[] = [];
  private readonly segColumn: number[] = [];
  private readonly segLength: number[] = [];
  private readonly segFile: number[] = [];
  private readonly segLine: number[] = [];
  private readonly segSourceColumn: number[] = [];
  private readonly segExpansion: number[] = [];

  addLine(file: number, line: number): void {
    this.lineFile.push(file);
    this.lineLine.push(line);
    this.lineSegments.push(this.segColumn.length);
  }

  addSegment(column: number, length: number, file: number, line: number, sourceColumn: number, expansion: number): void {
    this.segColumn.push(column);
    this.segLength.push(length);
    this.segFile.push(file);
    this.segLine.push(line);
    this.segSourceColumn.push(sourceColumn);
    this.segExpansion.push(expansion);
  }

  finish(files: readonly string[]): SourceMap {
    this.lineSegments.push(this.segColumn.length);
    return new SourceMap(
      files,
      Int32Array.from(this.lineFile),
      Int32Array.from(this.lineLine),
      Int32Array.from(this.lineSegments),
      Int32Array.from(this.segColumn),
      Int32Array.from(this.segLength),
      Int32Array.from(this.segFile),
      Int32Array.from(this.segLine),
      Int32Array.from(this.segSourceColumn),
      Int32Array.from(this.segExpansion),
      this.expansions,
    );
  }
}
