// A direct line scanner for the regular lines of an `objdump -d/-dr` listing (headers,
// instructions, relocations, elisions), for the command line's loader: it gives the same typed
// model as the tree-sitter grammar, which stays the editor's parser and the `parse` command's,
// at a fraction of the time and memory. Every other line (source, symbol tables, comments,
// whatever the scanner's patterns do not match exactly) is parsed by the grammar, together with
// the lines near it.
import { parserFor } from './document';
import { parseNumber } from './expr';
import { buildListingFile, InstructionLine, operandsOf, type OperandReader } from './listing';
import { preferredRuntime, type GrammarParser, type SyntaxTree } from './runtime';
import type { Expr, ListingFile, ListingLine, SourceRange, SyntaxError } from './syntax';
import { collectErrors } from './tree';

// Each pattern accepts only what the grammar (and its external scanner's line classification)
// reads as the same line kind with the same fields; the identity is tested on every generated
// listing and on a whole vmlinux listing.
const REGISTER = '(?:(?:r|f|v|vs|cr)[0-9]+|a[0-7])';
const NUMBER = '(?:-?0x[0-9a-f]+|-?[0-9]+)';
const OPERAND = `(?:${REGISTER}|${NUMBER}|${NUMBER}?\\((?:${REGISTER}|${NUMBER})\\)|${NUMBER}\\*${REGISTER}\\+(?:lt|gt|eq|so|un)|lt|gt|eq|so|un)`;
/** One to eight operands. */
const OPERANDS = new RegExp(`^${OPERAND}(?:,${OPERAND}){0,7}$`);
/** Up to eight operands, then a branch target's address (before its `<symbol>`). */
const TARGETED_OPERANDS = new RegExp(`^(?:${OPERAND},){0,8}[0-9a-f]+$`);
const SYMBOL_NAME = '[^\\s<>\\[\\]+]+';
const INSTRUCTION = new RegExp(
  '^( *)([0-9a-f]+):\\t([0-9a-f]{2}(?: [0-9a-f]{2}){0,3}) \\t([a-z.][a-z0-9._]*[+-]?)'
  + `(?: +([^ \\t#<>\\[\\]]+?))?(?: <(${SYMBOL_NAME})(\\+0x[0-9a-f]+)?>)?`
  + `(?:\\t(# (?:[0-9][0-9a-f]*|[a-e][0-9a-f]*)(?: <${SYMBOL_NAME}(?:\\+0x[0-9a-f]+)?>)?))?$`,
);
/** After the first byte group, this would lex as a second group rather than a mnemonic. */
const SECOND_BYTE_GROUP = /(?:[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}|[0-9a-f]{4} [0-9a-f]{4}|[0-9a-f]{8})/y;
const BYTE_LINE = /^( *)([0-9a-f]+):\t([0-9a-f]{2}(?: [0-9a-f]{2}){0,3}) ?$/;
const RELOCATION = /^\t\t\t( *)([0-9a-f]+): (R_[A-Z0-9_]+)(?:\t([^\s+-][^\s+]*))?([+-]0x[0-9a-f]+)?$/;
/** At least 8 digits: the grammar's line classifier takes a shorter one for source text. */
const SYMBOL_HEADER = new RegExp(`^([0-9a-f]{8,}) <(${SYMBOL_NAME})>:$`);
const FILE_HEADER = /^([^\s:()<>#.][^\s:()<>#]*|\.(?!\.\.)[^\s:()<>#]*):     file format (\S+)$/;
const ARCHIVE_HEADER = /^In archive ([^\s:()<>#]+):$/;
const SECTION_HEADER = /^Disassembly of section ([^\s:<]+):$/;
/** Anything but printable ASCII and tabs: such lines go to the grammar. */
const UNUSUAL = /[^\t\x20-\x7e]/;

/** Irregular lines closer than this are parsed together with the regular lines between them. */
const SPAN_GAP = 64;

/**
 * The listing model of `text`, as `SyntaxDocument.parse('objdump', text).syntax` gives it.
 * Instruction lines build their operands on first read, from their own line.
 */
export async function scanListing(text: string): Promise<ListingFile> {
  const runtime = preferredRuntime();
  const parser = await parserFor('objdump', runtime);
  const fallback = await parserFor('objdump', 'wasm');
  const reader = new LineOperands(text, fallback);
  const lines: ListingLine[] = [];
  const comments: SourceRange[] = [];
  const errors: SyntaxError[] = [];
  const anyUnusual = UNUSUAL.test(text);
  /** Lines the grammar reads: from the first irregular line to the last one near it. */
  let span: { line: number; index: number; output: number; lastLine: number; lastEnd: number } | undefined;
  const parseSpan = (): void => {
    const { line, index, output, lastLine, lastEnd } = span!;
    span = undefined;
    const parsed = parseLines(text.slice(index, lastEnd), parser, fallback);
    const after = lines.splice(output).filter((l) => l.range.start.line > lastLine);
    for (const l of parsed.lines) lines.push(shifted(l, line, index));
    for (const c of parsed.comments) comments.push(shiftInPlace(c, line, index));
    for (const e of parsed.errors) errors.push(shifted(e, line, index));
    lines.push(...after);
  };

  let lineNumber = 0;
  for (let start = 0; start < text.length; lineNumber++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineText = text.slice(start, end);
    const scanned = lineText.length === 0 ? null : anyUnusual && UNUSUAL.test(lineText) ? undefined : scanLine(lineText, lineNumber, start, reader);
    if (scanned === undefined) {
      if (span) {
        span.lastLine = lineNumber;
        span.lastEnd = nl < 0 ? end : nl + 1;
      } else {
        span = { line: lineNumber, index: start, output: lines.length, lastLine: lineNumber, lastEnd: nl < 0 ? end : nl + 1 };
      }
    } else {
      if (scanned) lines.push(scanned);
      if (span && lineNumber - span.lastLine >= SPAN_GAP) parseSpan();
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (span) parseSpan();
  return { language: 'objdump', lines, comments, errors };
}

/** One line of the listing: its model, null for a blank line, undefined if the grammar must read it. */
function scanLine(line: string, row: number, index: number, reader: LineOperands): ListingLine | null | undefined {
  const first = line.charCodeAt(0);
  if (first === 0x09 /* \t */) {
    if (line === '\t...') return { kind: 'elision', range: rangeAt(row, index, 1, 4) };
    const m = RELOCATION.exec(line);
    if (!m) return undefined;
    const column = 3 + m[1].length;
    return {
      kind: 'relocation',
      range: rangeAt(row, index, column, line.length),
      address: BigInt('0x' + m[2]),
      type: m[3],
      symbol: m[4],
      addend: m[5] ? parseNumber(m[5]) ?? 0n : 0n,
    };
  }
  if (isHexDigit(first) || first === 0x20) {
    const insn = INSTRUCTION.exec(line);
    if (insn) return instructionLine(insn, line, row, index, reader);
    const bytes = BYTE_LINE.exec(line);
    if (bytes) {
      const column = bytes[1].length;
      return { kind: 'bytes', range: rangeAt(row, index, column, column + bytes[2].length + 2 + bytes[3].length), address: BigInt('0x' + bytes[2]), bytes: byteValues(bytes[3]) };
    }
    const header = SYMBOL_HEADER.exec(line);
    if (header) return { kind: 'symbolHeader', range: rangeAt(row, index, 0, line.length), address: BigInt('0x' + header[1]), name: header[2] };
  }
  if (first === 0x44 /* D */) {
    const m = SECTION_HEADER.exec(line);
    return m ? { kind: 'sectionHeader', range: rangeAt(row, index, 0, line.length), name: m[1] } : undefined;
  }
  if (first === 0x49 /* I */) {
    const m = ARCHIVE_HEADER.exec(line);
    if (m) return { kind: 'archiveHeader', range: rangeAt(row, index, 0, line.length), path: m[1] };
  }
  const file = FILE_HEADER.exec(line);
  return file ? { kind: 'fileHeader', range: rangeAt(row, index, 0, line.length), path: file[1], format: file[2] } : undefined;
}

function instructionLine(m: RegExpExecArray, line: string, row: number, index: number, reader: LineOperands): ListingLine | undefined {
  const [, spaces, address, bytes, mnemonic, operands, targetName, targetOffset, comment] = m;
  const mnemonicColumn = spaces.length + address.length + 2 + bytes.length + 2;
  SECOND_BYTE_GROUP.lastIndex = mnemonicColumn;
  if (SECOND_BYTE_GROUP.test(line)) return undefined;
  const target = targetName === undefined ? undefined : { name: targetName, offset: targetOffset ? parseNumber(targetOffset) ?? 0n : 0n };
  if (!validOperands(operands, target !== undefined)) return undefined;
  return new InstructionLine(reader, {
    range: rangeAt(row, index, spaces.length, line.length),
    address: BigInt('0x' + address),
    bytes: byteValues(bytes),
    mnemonic,
    target,
    comment,
    mnemonicRange: rangeAt(row, index, mnemonicColumn, mnemonicColumn + mnemonic.length),
  }, undefined);
}

/** What the grammar reads as an operand list; a branch target's address is one token (a hex word or a register). */
function validOperands(operands: string | undefined, targeted: boolean): boolean {
  if (operands === undefined) return !targeted;
  return (targeted ? TARGETED_OPERANDS : OPERANDS).test(operands);
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
}

/** `48 00 00 08` (lowercase hex, as the patterns above admit them) as numbers. */
function byteValues(group: string): number[] {
  const values: number[] = [];
  for (let i = 0; i < group.length; i += 3) values.push((hexValue(group.charCodeAt(i)) << 4) | hexValue(group.charCodeAt(i + 1)));
  return values;
}

function hexValue(c: number): number {
  return c <= 0x39 ? c - 0x30 : c - 0x57;
}

function rangeAt(row: number, lineStart: number, startColumn: number, endColumn: number): SourceRange {
  return {
    start: { line: row, column: startColumn },
    end: { line: row, column: endColumn },
    startIndex: lineStart + startColumn,
    endIndex: lineStart + endColumn,
  };
}

/** The grammar's model of some whole lines. */
function parseLines(text: string, parser: GrammarParser<SyntaxTree>, fallback: GrammarParser<SyntaxTree>): ListingFile {
  const tree = parser.tryParse(text) ?? fallback.parse(text);
  try {
    return buildListingFile(tree, collectErrors(tree), true);
  } finally {
    tree.delete();
  }
}

/** Operands of a scanned instruction line: its own line parsed by the grammar. */
class LineOperands implements OperandReader {
  constructor(private readonly text: string, private readonly parser: GrammarParser<SyntaxTree>) {}

  readOperands(range: SourceRange): Expr[] {
    const lineStart = range.startIndex - range.start.column;
    const nl = this.text.indexOf('\n', lineStart);
    const tree = this.parser.parse(this.text.slice(lineStart, nl < 0 ? this.text.length : nl));
    try {
      const node = tree.rootNode.namedChildren.find((c) => c?.type === 'instruction_line');
      return node ? operandsOf(node).map((e) => shifted(e, range.start.line, lineStart)) : [];
    } finally {
      tree.delete();
    }
  }
}

/** A model built from text that starts at line `row`, offset `index`, of the whole: every range moved there. */
function shifted<T extends object>(value: T, row: number, index: number): T {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if ('startIndex' in v && 'start' in v) {
      shiftInPlace(v as SourceRange, row, index);
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return value;
}

function shiftInPlace(range: SourceRange, row: number, index: number): SourceRange {
  range.start.line += row;
  range.end.line += row;
  range.startIndex += index;
  range.endIndex += index;
  return range;
}
