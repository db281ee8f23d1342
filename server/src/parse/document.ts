// One parsed document: its text, its tree, and the typed model built on demand.
// Edits re-parse incrementally, reusing the unchanged parts of the old tree.
import { buildAsmFile } from './asm';
import { buildListingFile } from './listing';
import { GrammarParser, releaseNativeTrees, type GrammarName, type ParserRuntime, type Point, type SyntaxTree } from './runtime';
import type { Position, SyntaxError, SyntaxFile } from './syntax';
import { collectErrors } from './tree';

export interface TextChange {
  /** Range replaced, in the text before this change; absent means the whole document. */
  range?: { start: Position; end: Position };
  text: string;
}

const parsers = new Map<string, Promise<GrammarParser<SyntaxTree>>>();

export function parserFor(grammar: GrammarName, runtime: ParserRuntime): Promise<GrammarParser<SyntaxTree>> {
  const key = `${runtime}:${grammar}`;
  let p = parsers.get(key);
  if (!p) parsers.set(key, (p = GrammarParser.create(grammar, runtime)));
  return p;
}

/** What `tocsin parse` reports of a text: no tree is kept. */
export interface ParseSummary {
  runtime: ParserRuntime;
  nodeCount: number;
  errors: SyntaxError[];
}

/**
 * Texts longer than this are parsed in pieces of about PIECE characters, so that no more than
 * one piece's tree is held at once (tree-sitter's trees take several hundred bytes a line).
 */
const WHOLE = 1 << 18;
const PIECE = 1 << 18;

export class SyntaxDocument {
  /**
   * Node count and syntax errors of a text, as one parse of the whole would give them. A long
   * text is cut only at a line break that its piece's parse ends on at the top level (not inside
   * a comment, a continued line, a string or a listing's block), with no syntax error on the line
   * before the cut or after it; pieces that cannot be cut so are parsed together.
   */
  static async summarize(grammar: GrammarName, text: string, runtime: ParserRuntime = 'wasm', pieceSize = PIECE): Promise<ParseSummary> {
    if (text.length <= Math.max(WHOLE, pieceSize)) {
      const doc = await SyntaxDocument.parse(grammar, text, runtime);
      try {
        return { runtime: doc.runtime, nodeCount: doc.nodeCount, errors: doc.errors };
      } finally {
        doc.dispose();
      }
    }
    let parser = await parserFor(grammar, runtime);
    const fallback = await parserFor(grammar, 'wasm');
    const parsePiece = (from: number, to: number) => {
      const piece = text.slice(from, to);
      let tree = parser.tryParse(piece);
      if (!tree) {
        parser = fallback;
        tree = fallback.parse(piece);
      }
      try {
        const errors = collectErrors(tree);
        const root = tree.rootNode;
        const last = root.childCount ? root.child(root.childCount - 1) : null;
        const lastRow = root.endPosition.row - (piece.endsWith('\n') ? 1 : 0);
        const endsClean = to === text.length || last === null || last.endIndex < piece.length || last.type === '\n' || last.type === 'preproc_null';
        return {
          nodeCount: root.descendantCount,
          errors,
          clean: endsClean && !errors.some((e) => e.range.end.line >= lastRow),
          errorOnFirstLine: errors.some((e) => e.range.start.line === 0),
        };
      } finally {
        tree.delete();
      }
    };
    const parseAndRelease = async (from: number, to: number) => {
      const result = parsePiece(from, to);
      if (parser.runtime === 'native') await releaseNativeTrees();
      return result;
    };
    const lineBreakAfter = (at: number) => {
      const nl = text.indexOf('\n', Math.min(at, text.length));
      return nl < 0 ? text.length : nl + 1;
    };

    let nodeCount = 0;
    let pieces = 0;
    const errors: SyntaxError[] = [];
    // The last piece is held back until the next one shows no error on its first line.
    let held: { from: number; to: number; line: number; nodeCount: number; errors: SyntaxError[] } | undefined;
    const commit = () => {
      if (!held) return;
      nodeCount += held.nodeCount;
      pieces++;
      for (const e of held.errors) errors.push(shifted(e, held.line, held.from));
      held = undefined;
    };
    let from = 0;
    let line = 0;
    while (from < text.length) {
      let to = lineBreakAfter(from + pieceSize);
      let result = await parseAndRelease(from, to);
      if (held && result.errorOnFirstLine) {
        // The cut may have changed how the error was read: the two pieces are read as one.
        from = held.from;
        line = held.line;
        held = undefined;
        result = await parseAndRelease(from, to);
      }
      while (!result.clean) {
        to = lineBreakAfter(to + pieceSize);
        result = await parseAndRelease(from, to);
      }
      commit();
      held = { from, to, line, nodeCount: result.nodeCount, errors: result.errors };
      for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) line++;
      from = to;
    }
    commit();
    // Each piece had a root of its own; the whole has one.
    return { runtime: parser.runtime, nodeCount: nodeCount - (pieces - 1), errors };
  }

  private model: SyntaxFile | undefined;
  private errorList: SyntaxError[] | undefined;

  private constructor(
    private parser: GrammarParser<SyntaxTree>,
    /** web-tree-sitter, for texts on which the native runtime gives up. */
    private readonly fallback: GrammarParser<SyntaxTree>,
    private textValue: string,
    private tree: SyntaxTree,
  ) {}

  /** Parses with web-tree-sitter unless told otherwise (the CLI may pick the native runtime). */
  static async parse(grammar: GrammarName, text: string, runtime: ParserRuntime = 'wasm'): Promise<SyntaxDocument> {
    const parser = await parserFor(grammar, runtime);
    // Ready beforehand, because edits re-parse synchronously and may need it too.
    const fallback = await parserFor(grammar, 'wasm');
    const tree = parser.tryParse(text);
    return tree ? new SyntaxDocument(parser, fallback, text, tree) : new SyntaxDocument(fallback, fallback, text, fallback.parse(text));
  }

  get grammar(): GrammarName {
    return this.parser.grammar;
  }

  /** The runtime that parsed the current text: web-tree-sitter when the native one gave up. */
  get runtime(): ParserRuntime {
    return this.parser.runtime;
  }

  /** The tree itself, for comparing runtimes; layers above parse/ use `syntax`. */
  get syntaxTree(): SyntaxTree {
    return this.tree;
  }

  get text(): string {
    return this.textValue;
  }

  /** All nodes of the tree, named and anonymous. */
  get nodeCount(): number {
    return this.tree.rootNode.descendantCount;
  }

  get errors(): SyntaxError[] {
    return (this.errorList ??= collectErrors(this.tree));
  }

  get syntax(): SyntaxFile {
    this.model ??= this.grammar === 'ppc64asm'
      ? buildAsmFile(this.tree, this.errors)
      : this.listingModel();
    return this.model;
  }

  /**
   * Instruction lines build their operands from their nodes on first read, so they get a copy
   * of the tree, which edits and dispose() leave alone; a native tree has no copy: built at once.
   */
  private listingModel(): SyntaxFile {
    const copy = this.tree.copy?.();
    return buildListingFile(copy ?? this.tree, this.errors, copy === undefined);
  }

  /** Applies editor changes in order and re-parses once, incrementally. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (!change.range) {
        this.textValue = change.text;
        this.tree.delete();
        this.tree = this.reparse();
        continue;
      }
      // Scans the text once, up to the end of the range: an edit costs what the parse does.
      const start = locate(this.textValue, change.range.start);
      const oldEnd = locate(this.textValue, change.range.end, start);
      this.tree.edit({
        startIndex: start.offset,
        oldEndIndex: oldEnd.offset,
        newEndIndex: start.offset + change.text.length,
        startPosition: start.point,
        oldEndPosition: oldEnd.point,
        newEndPosition: pointAfter(start.point, change.text),
      });
      this.textValue = this.textValue.slice(0, start.offset) + change.text + this.textValue.slice(oldEnd.offset);
    }
    const old = this.tree;
    this.tree = this.reparse(old);
    old.delete();
    this.model = undefined;
    this.errorList = undefined;
  }

  dispose(): void {
    this.tree.delete();
  }

  /** Parses the current text; web-tree-sitter takes over for good where the native runtime gives up. */
  private reparse(previous?: SyntaxTree): SyntaxTree {
    const tree = this.parser.tryParse(this.textValue, previous);
    if (tree) return tree;
    this.parser = this.fallback;
    return this.parser.parse(this.textValue);
  }
}

/** An error found in a piece that starts at `line` and offset `offset` of the whole text. */
function shifted(e: SyntaxError, line: number, offset: number): SyntaxError {
  const { start, end } = e.range;
  return {
    ...e,
    range: {
      start: { line: start.line + line, column: start.column },
      end: { line: end.line + line, column: end.column },
      startIndex: e.range.startIndex + offset,
      endIndex: e.range.endIndex + offset,
    },
  };
}

interface Location {
  offset: number;
  lineStart: number;
  point: Point;
}

/**
 * Offset and point of a position, clamped as offsetAt clamps it; the scan starts at `from`
 * (a location at or before it) when given.
 */
function locate(text: string, position: Position, from?: Location): Location {
  let lineStart = from?.lineStart ?? 0;
  let line = from?.point.row ?? 0;
  for (; line < position.line; line++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return { offset: text.length, lineStart, point: { row: line, column: text.length - lineStart } };
    lineStart = nl + 1;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const offset = Math.min(lineStart + position.column, lineEnd < 0 ? text.length : lineEnd);
  return { offset, lineStart, point: { row: line, column: offset - lineStart } };
}

/** Where inserted text ends, given where it starts. */
function pointAfter(start: Point, inserted: string): Point {
  const lastNl = inserted.lastIndexOf('\n');
  if (lastNl < 0) return { row: start.row, column: start.column + inserted.length };
  let lines = 0;
  for (let nl = inserted.indexOf('\n'); nl >= 0; nl = inserted.indexOf('\n', nl + 1)) lines++;
  return { row: start.row + lines, column: inserted.length - lastNl - 1 };
}

/** UTF-16 offset of a position; positions past a line's end clamp to it, as LSP asks. */
export function offsetAt(text: string, position: Position): number {
  return locate(text, position).offset;
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart };
}
