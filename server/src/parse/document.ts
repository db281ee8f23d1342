// One parsed document: its text, its tree, and the typed model built on demand.
// Edits re-parse incrementally, reusing the unchanged parts of the old tree.
import { Edit, type Tree } from 'web-tree-sitter';
import { buildAsmFile } from './asm';
import { buildListingFile } from './listing';
import { GrammarParser, type GrammarName } from './runtime';
import type { Position, SyntaxError, SyntaxFile } from './syntax';
import { collectErrors } from './tree';

export interface TextChange {
  /** Range replaced, in the text before this change; absent means the whole document. */
  range?: { start: Position; end: Position };
  text: string;
}

const parsers = new Map<GrammarName, Promise<GrammarParser>>();

function parserFor(grammar: GrammarName): Promise<GrammarParser> {
  let p = parsers.get(grammar);
  if (!p) parsers.set(grammar, (p = GrammarParser.create(grammar)));
  return p;
}

export class SyntaxDocument {
  private model: SyntaxFile | undefined;
  private errorList: SyntaxError[] | undefined;

  private constructor(
    private readonly parser: GrammarParser,
    private textValue: string,
    private tree: Tree,
  ) {}

  static async parse(grammar: GrammarName, text: string): Promise<SyntaxDocument> {
    const parser = await parserFor(grammar);
    return new SyntaxDocument(parser, text, parser.parse(text));
  }

  get grammar(): GrammarName {
    return this.parser.grammar;
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
      : buildListingFile(this.tree, this.errors);
    return this.model;
  }

  /** Applies editor changes in order and re-parses once, incrementally. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (!change.range) {
        this.textValue = change.text;
        this.tree.delete();
        this.tree = this.parser.parse(this.textValue);
        continue;
      }
      const startIndex = offsetAt(this.textValue, change.range.start);
      const oldEndIndex = offsetAt(this.textValue, change.range.end);
      const newText = this.textValue.slice(0, startIndex) + change.text + this.textValue.slice(oldEndIndex);
      const newEndIndex = startIndex + change.text.length;
      this.tree.edit(new Edit({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition: toPoint(change.range.start),
        oldEndPosition: toPoint(change.range.end),
        newEndPosition: toPoint(positionAt(newText, newEndIndex)),
      }));
      this.textValue = newText;
    }
    const old = this.tree;
    this.tree = this.parser.parse(this.textValue, old);
    old.delete();
    this.model = undefined;
    this.errorList = undefined;
  }

  dispose(): void {
    this.tree.delete();
  }
}

function toPoint(p: Position): { row: number; column: number } {
  return { row: p.line, column: p.column };
}

/** UTF-16 offset of a position; positions past a line's end clamp to it, as LSP asks. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + position.column, end);
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
