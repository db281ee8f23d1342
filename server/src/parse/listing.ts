// The objdump tree (listings, `readelf -sW` and `objdump -t` tables) into the typed listing model.
import type { SyntaxNode, SyntaxTree } from './runtime';
import { buildExpr, parseNumber } from './expr';
import type { Expr, ListingFile, ListingLine, SourceRange, SyntaxError } from './syntax';
import { rangeOf } from './tree';

function hex(node: SyntaxNode | null): bigint {
  return node ? parseNumber(node.text.startsWith('0x') ? node.text : '0x' + node.text) ?? 0n : 0n;
}

function bytesOf(node: SyntaxNode | null): number[] {
  if (!node) return [];
  return (node.text.match(/[0-9a-fA-F]{2}/g) ?? []).map((b) => parseInt(b, 16));
}

function field(node: SyntaxNode, name: string): string | undefined {
  return node.childForFieldName(name)?.text;
}

export function operandsOf(node: SyntaxNode): Expr[] {
  return node.childrenForFieldName('operands').filter((c): c is SyntaxNode => c !== null).map(buildExpr);
}

type InstructionFields = Extract<ListingLine, { kind: 'instruction' }>;

/** Builds an instruction line's operands from the text at its range, for lines made without a tree. */
export interface OperandReader {
  readOperands(range: SourceRange): Expr[];
}

/**
 * An instruction line whose operands are built from its node on first read: neither the loader
 * nor the rules read them, and they were most of a big listing's model. They stay an own
 * enumerable property, in the same place, for JSON and deep comparisons. A class with a shared
 * accessor, because an object literal with a getter is several times slower to create.
 */
export class InstructionLine implements InstructionFields {
  declare kind: 'instruction';
  declare range: SourceRange;
  declare address: bigint;
  declare bytes: number[];
  declare mnemonic: string;
  declare operands: Expr[];
  declare target?: { name: string; offset: bigint };
  declare comment?: string;
  declare mnemonicRange: SourceRange;
  #from: SyntaxNode | OperandReader | undefined;
  #operands: Expr[] | undefined;

  private static readonly lazyOperands: PropertyDescriptor = {
    get(this: InstructionLine): Expr[] {
      if (this.#operands === undefined) {
        const from = this.#from!;
        this.#operands = 'readOperands' in from ? from.readOperands(this.range) : operandsOf(from);
        this.#from = undefined;
      }
      return this.#operands;
    },
    set(this: InstructionLine, value: Expr[]): void {
      this.#operands = value;
    },
    enumerable: true,
    configurable: true,
  };

  /** Operands given, or built on first read from `from`. */
  constructor(from: SyntaxNode | OperandReader | undefined, fields: Omit<InstructionFields, 'kind' | 'operands'>, operands: Expr[] | undefined) {
    this.kind = 'instruction';
    this.range = fields.range;
    this.address = fields.address;
    this.bytes = fields.bytes;
    this.mnemonic = fields.mnemonic;
    Object.defineProperty(this, 'operands', InstructionLine.lazyOperands);
    this.target = fields.target;
    this.comment = fields.comment;
    this.mnemonicRange = fields.mnemonicRange;
    this.#from = operands === undefined ? from : undefined;
    this.#operands = operands;
  }
}

/** `eager`: build the operands now, for a tree that will not outlive the model unchanged. */
function line(node: SyntaxNode, eager: boolean): ListingLine | undefined {
  const range = rangeOf(node);
  switch (node.type) {
    case 'archive_header':
      return { kind: 'archiveHeader', range, path: field(node, 'path') ?? '' };
    case 'file_header':
      return { kind: 'fileHeader', range, path: field(node, 'path') ?? '', format: field(node, 'format') ?? '' };
    case 'section_header':
      return { kind: 'sectionHeader', range, name: field(node, 'name') ?? '' };
    case 'symbol_header':
      return { kind: 'symbolHeader', range, address: hex(node.childForFieldName('address')), name: field(node, 'name') ?? '' };
    case 'instruction_line': {
      const mnemonic = node.childForFieldName('mnemonic');
      if (!mnemonic) return undefined;
      const target = node.childForFieldName('target');
      const targetName = target?.childForFieldName('name')?.text;
      const targetOffset = target?.childForFieldName('offset')?.text;
      return new InstructionLine(node, {
        range,
        address: hex(node.childForFieldName('address')),
        bytes: bytesOf(node.childForFieldName('bytes')),
        mnemonic: mnemonic.text,
        target: targetName !== undefined ? { name: targetName, offset: targetOffset ? parseNumber(targetOffset) ?? 0n : 0n } : undefined,
        comment: field(node, 'comment'),
        mnemonicRange: rangeOf(mnemonic),
      }, eager ? operandsOf(node) : undefined);
    }
    case 'byte_line':
      return { kind: 'bytes', range, address: hex(node.childForFieldName('address')), bytes: bytesOf(node.childForFieldName('bytes')) };
    case 'relocation_line': {
      const addend = field(node, 'addend');
      return {
        kind: 'relocation',
        range,
        address: hex(node.childForFieldName('address')),
        type: field(node, 'type') ?? '',
        symbol: field(node, 'symbol'),
        addend: addend ? parseNumber(addend) ?? 0n : 0n,
      };
    }
    case 'elision':
      return { kind: 'elision', range };
    case 'source_line':
      return { kind: 'source', range, text: node.text };
    case 'file_line':
      return { kind: 'fileLine', range, path: field(node, 'path') ?? '', line: Number(field(node, 'line') ?? 0) };
    case 'function_line':
      return { kind: 'functionLine', range, name: field(node, 'name') ?? '' };
    case 'readelf_symbol': {
      const other = node.childForFieldName('other');
      const localentry = other?.childForFieldName('localentry')?.text;
      return {
        kind: 'symbolTableEntry',
        range,
        table: 'readelf',
        value: hex(node.childForFieldName('value')),
        size: parseNumber(field(node, 'size') ?? '0') ?? 0n,
        type: field(node, 'type'),
        bind: field(node, 'bind'),
        visibility: field(node, 'visibility'),
        localEntryOffset: localentry !== undefined ? Number(localentry) : undefined,
        other: other?.text,
        section: field(node, 'section_index') ?? '',
        name: field(node, 'name') ?? '',
      };
    }
    case 'objdump_symbol': {
      const other = field(node, 'other');
      // st_other bits 5-7 encode the local entry offset (ELFv2): 2..6 mean 4..64 bytes.
      const code = other ? (Number(other) >> 5) & 7 : 0;
      return {
        kind: 'symbolTableEntry',
        range,
        table: 'objdump',
        value: hex(node.childForFieldName('value')),
        size: hex(node.childForFieldName('size')),
        localEntryOffset: code >= 2 && code <= 6 ? 1 << code : undefined,
        other,
        section: field(node, 'section') ?? '',
        name: field(node, 'name') ?? '',
      };
    }
    default:
      return undefined;
  }
}

/**
 * Instruction lines keep their node for operands built on first read, so `tree` must outlive
 * the model unchanged; `eager` builds them at once, for a tree that will not.
 */
export function buildListingFile(tree: SyntaxTree, errors: SyntaxError[], eager: boolean): ListingFile {
  const lines: ListingLine[] = [];
  const comments: SourceRange[] = [];
  const visit = (parent: SyntaxNode): void => {
    for (const child of parent.namedChildren) {
      if (!child) continue;
      if (child.type === 'comment') comments.push(rangeOf(child));
      else if (child.type === 'ERROR') visit(child);
      else {
        const l = line(child, eager);
        if (l) lines.push(l);
      }
    }
  };
  visit(tree.rootNode);
  return { language: 'objdump', lines, comments, errors };
}
