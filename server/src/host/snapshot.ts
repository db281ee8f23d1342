// One document's analysis at one version, as plain data: it crosses from an analysis worker
// to the language server by structured clone, and every editor feature reads only this.
// Positions are 0-based lines and UTF-16 columns of the document at `version`.
import type { Position } from '../parse/syntax';
import type { CallKind } from '../analysis/calls';
import type { TocBase } from '../analysis/entryPoints';
import type { CheckTarget } from '../analysis/tocRules';

export type { Position };

export interface TextRange {
  start: Position;
  end: Position;
}

/** A place in this document (`uri` absent) or in another file (a header, the prelude). */
export interface Place {
  uri?: string;
  range: TextRange;
}

export type DefinitionKind = 'function' | 'label' | 'local-label' | 'object' | 'symbol' | 'section' | 'macro' | 'c-macro' | 'constant';

export interface Definition {
  name: string;
  kind: DefinitionKind;
  /** Where it is defined: this document unless `uri` says otherwise. */
  uri?: string;
  /** The whole statement or line, and the name in it. */
  range: TextRange;
  nameRange: TextRange;
  /** One line for outlines and hovers: `FUNC GLOBAL`, the macro's parameters, `.set` value. */
  detail?: string;
}

/**
 * Every written use of a name, packed for a million-line listing: per reference four numbers
 * (line, start column, end column, index into `names`) and the definition it resolves to
 * (index into `definitions`, or -1 when resolved by name).
 */
export interface References {
  names: string[];
  spans: Int32Array;
  targets: Int32Array;
}

export interface Include {
  range: TextRange;
  /** As written: `asm/ppc_asm.h`. */
  name: string;
  /** The file it reads, when found. */
  path?: string;
}

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface TextEdit {
  range: TextRange;
  newText: string;
}

export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
  range: TextRange;
  related: { place: Place; message: string }[];
  /** An edit of this document after which the finding is gone. */
  fix?: { title: string; edits: TextEdit[] };
  /** Why it fails and what to do, when no edit fixes it mechanically. */
  explanation?: string;
}

export interface CallerCounts {
  total: number;
  local: number;
  global: number;
  /** Through a linker stub or the module loader's stub. */
  stub: number;
  sibling: number;
}

/** The TOC base a function's prologue computes (analysis/entryPoints.ts). */
export type TocValue = TocBase;

export interface FunctionInfo {
  name: string;
  /** Where the function is defined (the symbol header, or the line the user wrote). */
  range: TextRange;
  nameRange: TextRange;
  section: string;
  globalEntry: bigint;
  size?: bigint;
  binding?: string;
  /** Bytes from the global to the local entry; undefined for a single entry. */
  localEntryOffset?: number;
  /** st_other says: single entry that does not keep r2. */
  clobbersToc: boolean;
  tocSetup?: { form: 'addis' | 'lis' | 'large'; ha?: number; lo?: number; lines: number[] };
  toc?: TocValue;
  callers: CallerCounts;
  /** The macro whose expansion defines it (`_GLOBAL`), for assembly. */
  macro?: string;
}

export interface CallInfo {
  line: number;
  address: bigint;
  caller?: string;
  kind: CallKind;
  link: boolean;
  target?: string;
  offset: bigint;
  /** What follows the call: `nop`, `toc-restore`, `missing`, ... and its word. */
  after: string;
  afterWord?: number;
  relocation?: string;
  /** A kernel module: what the module loader does with this call. */
  loader?: string;
}

/** An instruction the assembler made from a line of this document. */
export interface AssembledInstruction {
  line: number;
  section: string;
  address: bigint;
  words: number[];
  /** The relocations on it, as objdump -r names them. */
  relocations: string[];
  /** The macro expansions that made it, outermost first (invoked on `line`). */
  expansion?: ExpansionStep[];
  /** Where its text was written, when a macro body (here or in a header) holds it. */
  spelled?: Place;
}

/** One level of an instruction's macro expansion chain. */
export interface ExpansionStep {
  /** `cpp`: a `#define`; `macro`: a GNU as `.macro`; `repeat`: `.rept`, `.irp`, `.irpc`. */
  kind: 'cpp' | 'macro' | 'repeat';
  name: string;
  /** The name where this expansion was asked for. */
  at: Place;
  /** The macro's definition (a `.rept`: its own line). */
  definition?: Place;
  /** Equal for the instructions of one expansion. */
  instance: number;
}

/** A symbol as the object model knows it, for hovers. */
export interface SymbolInfo {
  name: string;
  value: bigint;
  size?: bigint;
  type?: string;
  binding?: string;
  /** `defined`, `undefined`, `absolute`, `common`, or `livepatch` (SHN_LIVEPATCH). */
  section: string;
  localEntry?: number;
  place: Place;
  /** For a `.klp.sym.OBJECT.NAME,POS` symbol: the object and name it stands for. */
  livepatch?: { object: string; name: string; position: number };
}

/** What a written token is, for colouring: the index of its class is stored in `Snapshot.tokens`. */
export const TOKEN_CLASSES = ['mnemonic', 'directive', 'macro', 'register', 'symbol', 'label', 'relocation'] as const;
export type TokenClass = (typeof TOKEN_CLASSES)[number];

/** A C or GNU as macro known after the file, for completion and signature help. */
export interface MacroInfo {
  name: string;
  kind: 'c' | 'as';
  /** Parameters as declared; undefined for an object-like C macro. */
  parameters?: string[];
  /** An object-like C macro's replacement (an asm-offsets constant's value), shortened. */
  value?: string;
  /** Where it is defined: this document unless `uri` says otherwise (0-based line). */
  uri?: string;
  line: number;
}

export interface FileLine {
  line: number;
  path: string;
  sourceLine: number;
}

export interface Snapshot {
  uri: string;
  version: number;
  language: 'ppc64asm' | 'objdump';
  target?: CheckTarget;
  /** How the file is read, in one line: its kbuild flags and target, or the bundled prelude. */
  setup?: string;
  /** The object kind (`relocatable`, `module`, `executable`...) of the (first) object. */
  objectKind?: string;
  objectName?: string;
  bigEndian: boolean;
  syntaxErrors: Finding[];
  findings: Finding[];
  definitions: Definition[];
  references: References;
  includes: Include[];
  functions: FunctionInfo[];
  calls: CallInfo[];
  instructions: AssembledInstruction[];
  symbols: SymbolInfo[];
  /** objdump -dl/-dS `file:line` lines, in line order. */
  fileLines: FileLine[];
  /** Written tokens, four numbers each (line, column, length, index into TOKEN_CLASSES), in document order. */
  tokens: Int32Array;
  /** Lines in skipped `#if` groups: pairs of first and last line. */
  inactive: number[];
  /** Macros known after the file (assembly only). */
  macros: MacroInfo[];
  /** Milliseconds per stage, for benchmarks and logs. */
  timings: Record<string, number>;
}

export function referenceCount(refs: References): number {
  return refs.targets.length;
}

/** The reference whose span holds the position, if any. */
export function referenceAt(refs: References, position: Position): number | undefined {
  // Spans are in document order: binary search by line, then scan that line.
  const n = refs.targets.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs.spans[mid * 4] < position.line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < n && refs.spans[i * 4] === position.line; i++) {
    if (refs.spans[i * 4 + 1] <= position.column && position.column <= refs.spans[i * 4 + 2]) return i;
  }
  return undefined;
}

export function referenceRange(refs: References, i: number): TextRange {
  const line = refs.spans[i * 4];
  return { start: { line, column: refs.spans[i * 4 + 1] }, end: { line, column: refs.spans[i * 4 + 2] } };
}

export function referenceName(refs: References, i: number): string {
  return refs.names[refs.spans[i * 4 + 3]];
}
