// The typed syntax model: what every layer above parse/ works with. Positions are
// 0-based lines and UTF-16 columns (as in LSP); the CLI adds 1 when it prints them.

export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
  /** Offsets into the document text, in UTF-16 code units. */
  startIndex: number;
  endIndex: number;
}

export interface SyntaxError {
  kind: 'ERROR' | 'MISSING';
  range: SourceRange;
  /** For MISSING: the token the parser inserted. */
  expected?: string;
}

// ---- Expressions and operands (assembly and listings share them) ----

interface ExprBase {
  range: SourceRange;
  text: string;
}

export type Expr =
  | (ExprBase & { kind: 'register'; name: string })
  | (ExprBase & { kind: 'number'; value: bigint })
  | (ExprBase & { kind: 'char'; value: number })
  | (ExprBase & { kind: 'string'; value: string })
  | (ExprBase & { kind: 'symbol'; name: string })
  | (ExprBase & { kind: 'localLabelRef'; label: string; direction: 'b' | 'f' })
  | (ExprBase & { kind: 'currentLocation' })
  | (ExprBase & { kind: 'binary'; operator: string; left: Expr; right: Expr })
  | (ExprBase & { kind: 'unary'; operator: string; argument: Expr })
  | (ExprBase & { kind: 'paren'; inner: Expr })
  /** `sym@toc@ha`: modifiers in source order, without the `@`. */
  | (ExprBase & { kind: 'relocated'; expression: Expr; modifiers: string[] })
  | (ExprBase & { kind: 'memory'; offset?: Expr; base: Expr })
  /** A C macro call inside an operand, expanded by the preprocessor later. */
  | (ExprBase & { kind: 'call'; name: string; args: string[] })
  | (ExprBase & { kind: 'macroParameter'; name: string })
  | (ExprBase & { kind: 'typeAnnotation'; name: string })
  /** A condition-register bit: `4*cr7+eq` (field 7), or a bare `eq` (field 0). */
  | (ExprBase & { kind: 'crBit'; field: number; bit: 'lt' | 'gt' | 'eq' | 'so' | 'un' })
  /** Listing branch target `<sym+0x8>`. */
  | (ExprBase & { kind: 'symbolReference'; name: string; offset: bigint })
  /** Anything the grammar accepts that has no dedicated kind (kept verbatim). */
  | (ExprBase & { kind: 'other'; nodeType: string });

// ---- Assembly (`.S` / `.s`) ----

interface StatementBase {
  range: SourceRange;
}

export type PreprocessorKind =
  | 'include' | 'define' | 'undef' | 'if' | 'ifdef' | 'ifndef' | 'elif' | 'else' | 'endif'
  | 'error' | 'warning' | 'line' | 'pragma' | 'null';

export type AsmStatement =
  | (StatementBase & { kind: 'label'; name: string; numeric: boolean; nameRange: SourceRange })
  | (StatementBase & { kind: 'directive'; name: string; args: Expr[]; nameRange: SourceRange })
  | (StatementBase & { kind: 'instruction'; mnemonic: string; operands: Expr[]; mnemonicRange: SourceRange })
  | (StatementBase & { kind: 'macroCall'; name: string; args: string[]; nameRange: SourceRange })
  | (StatementBase & { kind: 'assignment'; name: string; value: Expr; nameRange: SourceRange })
  | (StatementBase & {
      kind: 'preprocessor';
      directive: PreprocessorKind;
      /** Macro or symbol name (#define, #undef, #ifdef, #ifndef). */
      name?: string;
      /** Parameters of a function-like #define; `...` for variadic. */
      parameters?: string[];
      /** #define body, #if/#elif condition, #error text, #include path: raw source text. */
      text?: string;
    });

export interface AsmFile {
  language: 'ppc64asm';
  statements: AsmStatement[];
  comments: SourceRange[];
  errors: SyntaxError[];
}

// ---- objdump listings and symbol tables ----

export type ListingLine =
  | (StatementBase & { kind: 'archiveHeader'; path: string })
  | (StatementBase & { kind: 'fileHeader'; path: string; format: string })
  | (StatementBase & { kind: 'sectionHeader'; name: string })
  | (StatementBase & { kind: 'symbolHeader'; address: bigint; name: string })
  | (StatementBase & {
      kind: 'instruction';
      address: bigint;
      bytes: number[];
      mnemonic: string;
      operands: Expr[];
      target?: { name: string; offset: bigint };
      comment?: string;
      mnemonicRange: SourceRange;
    })
  | (StatementBase & { kind: 'bytes'; address: bigint; bytes: number[] })
  | (StatementBase & { kind: 'relocation'; address: bigint; type: string; symbol?: string; addend: bigint })
  | (StatementBase & { kind: 'elision' })
  | (StatementBase & { kind: 'source'; text: string })
  | (StatementBase & { kind: 'fileLine'; path: string; line: number })
  | (StatementBase & { kind: 'functionLine'; name: string })
  | (StatementBase & {
      kind: 'symbolTableEntry';
      /** Which tool printed it. */
      table: 'readelf' | 'objdump';
      value: bigint;
      size: bigint;
      type?: string;
      bind?: string;
      visibility?: string;
      /** `[<localentry>: 8]` (readelf) or the st_other byte 0x60 (objdump -t). */
      localEntryOffset?: number;
      other?: string;
      section: string;
      name: string;
    });

export interface ListingFile {
  language: 'objdump';
  lines: ListingLine[];
  comments: SourceRange[];
  errors: SyntaxError[];
}

export type SyntaxFile = AsmFile | ListingFile;
