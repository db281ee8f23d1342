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

/** Macro expansions, one row each: which macro, where its name was, and the enclosing expansion. */
export interface ExpansionTable {
  readonly macros: readonly string[];
  /** Per expansion: index into `macros`, file, line, column, parent expansion (-1: none). */
  readonly macro: Int32Array;
  readonly file: Int32Array;
  readonly line: Int32Array;
  readonly column: Int32Array;
  readonly parent: Int32Array;
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
    private readonly expansions: ExpansionTable,
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
    const e = this.expansions;
    for (let i = id; i >= 0; i = e.parent[i]) {
      chain.push({ macro: e.macros[e.macro[i]], path: this.files[e.file[i]], line: e.line[i], column: e.column[i] });
    }
    return chain;
  }
}

/** A column of 32-bit integers that grows by doubling: no per-element garbage. */
class IntColumn {
  private data = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index];
  }

  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class SourceMapBuilder {
  private readonly macroNames: string[] = [];
  private readonly macroIndex = new Map<string, number>();
  private readonly expansionMacro = new IntColumn();
  private readonly expansionFile = new IntColumn();
  private readonly expansionLine = new IntColumn();
  private readonly expansionColumn = new IntColumn();
  private readonly expansionParent = new IntColumn();
  private readonly lineFile = new IntColumn();
  private readonly lineLine = new IntColumn();
  private readonly lineSegments = new IntColumn();
  private readonly segColumn = new IntColumn();
  private readonly segLength = new IntColumn();
  private readonly segFile = new IntColumn();
  private readonly segLine = new IntColumn();
  private readonly segSourceColumn = new IntColumn();
  private readonly segExpansion = new IntColumn();

  /** Records one expansion of `macro` named at file/line/column; returns its id. */
  addExpansion(macro: string, file: number, line: number, column: number, parent: number): number {
    let index = this.macroIndex.get(macro);
    if (index === undefined) {
      index = this.macroNames.length;
      this.macroNames.push(macro);
      this.macroIndex.set(macro, index);
    }
    this.expansionMacro.push(index);
    this.expansionFile.push(file);
    this.expansionLine.push(line);
    this.expansionColumn.push(column);
    this.expansionParent.push(parent);
    return this.expansionParent.length - 1;
  }

  /** Where expansion `id` was invoked, and the expansion around it (-1 for none). */
  expansionSite(id: number): { file: number; line: number; column: number; parent: number } {
    return { file: this.expansionFile.at(id), line: this.expansionLine.at(id), column: this.expansionColumn.at(id), parent: this.expansionParent.at(id) };
  }

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
    const expansions: ExpansionTable = {
      macros: this.macroNames,
      macro: this.expansionMacro.finish(),
      file: this.expansionFile.finish(),
      line: this.expansionLine.finish(),
      column: this.expansionColumn.finish(),
      parent: this.expansionParent.finish(),
    };
    return new SourceMap(
      files,
      this.lineFile.finish(),
      this.lineLine.finish(),
      this.lineSegments.finish(),
      this.segColumn.finish(),
      this.segLength.finish(),
      this.segFile.finish(),
      this.segLine.finish(),
      this.segSourceColumn.finish(),
      this.segExpansion.finish(),
      expansions,
    );
  }
}
