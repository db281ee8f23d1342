// Loads a tree-sitter runtime and the two Tocsin grammars behind one small interface:
// web-tree-sitter (WebAssembly, runs everywhere: the language server) or the native
// `tree-sitter` Node binding with the grammar addons in bindings/node (the CLI, when
// they load). Everything above server/src/parse/ sees only the typed syntax model.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Language, Parser, type Tree as WasmTree } from 'web-tree-sitter';

export type GrammarName = 'ppc64asm' | 'objdump';
export type ParserRuntime = 'native' | 'wasm';

export interface Point {
  row: number;
  column: number;
}

/** The part of a tree-sitter node that parse/ reads; nodes of both runtimes have it. */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  readonly isError: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly children: readonly (SyntaxNode | null)[];
  readonly namedChildren: readonly (SyntaxNode | null)[];
  readonly descendantCount: number;
  readonly childCount: number;
  child(index: number): SyntaxNode | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  childrenForFieldName(fieldName: string): readonly (SyntaxNode | null)[];
  descendantsOfType(type: string): readonly (SyntaxNode | null)[];
  walk(): SyntaxCursor;
  /** The S-expression, with field names. */
  toString(): string;
}

export interface SyntaxCursor {
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly currentFieldName: string | null;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  /** Frees a WebAssembly cursor; native cursors have no such method. */
  delete?(): void;
}

/** A text change, for incremental re-parsing; indices and columns in UTF-16 code units. */
export interface TreeEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: Point;
  oldEndPosition: Point;
  newEndPosition: Point;
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
  edit(edit: TreeEdit): void;
  /** Frees the tree now (WebAssembly heap); the native runtime leaves it to the GC. */
  delete(): void;
  /** A cheap copy, unaffected by edits and delete() of this one and freed by the GC (WebAssembly only). */
  copy?(): SyntaxTree;
}

const wasmNames: Record<GrammarName, string> = {
  ppc64asm: 'tree-sitter-ppc64asm.wasm',
  objdump: 'tree-sitter-objdump.wasm',
};

/** The repository root seen from the bundle in dist/ or from server/src/parse (tests). */
const roots = [join(__dirname, '..'), join(__dirname, '..', '..', '..')];

/**
 * Finds a WebAssembly file: beside the bundle in dist/ (extension, CLI), or in the source
 * tree when running unbundled from server/src/parse (tests).
 */
function locate(name: string): string {
  const repo = join(__dirname, '..', '..', '..');
  const candidates = [
    join(__dirname, name),
    join(repo, 'dist', name),
    join(repo, 'node_modules', 'web-tree-sitter', name),
    ...Object.entries(wasmNames).filter(([, n]) => n === name).map(([g]) => join(repo, 'grammars', g, name)),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`cannot find ${name} (looked in ${candidates.join(', ')})`);
  return found;
}

let ready: Promise<Record<GrammarName, Language>> | undefined;

/** Initialises web-tree-sitter once and loads both grammars. */
export function loadLanguages(): Promise<Record<GrammarName, Language>> {
  ready ??= (async () => {
    const runtime = locate('web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtime });
    // One after the other: with both loads in flight, web-tree-sitter's dynamic linker fails
    // to resolve the objdump grammar's external-scanner exports ("bad export type").
    const ppc64asm = await Language.load(locate(wasmNames.ppc64asm));
    const objdump = await Language.load(locate(wasmNames.objdump));
    return { ppc64asm, objdump };
  })();
  return ready;
}

// ---- the native runtime: optional, so only its shape is declared here ----

interface NativeTree {
  readonly rootNode: SyntaxNode;
  edit(edit: TreeEdit): void;
}

interface NativeParser {
  setLanguage(language: unknown): void;
  setTimeoutMicros(timeout: number): void;
  reset(): void;
  parse(input: string, oldTree?: NativeTree | null): NativeTree | undefined;
}

interface NativeRuntime {
  Parser: new () => NativeParser;
  languages: Record<GrammarName, unknown>;
}

let native: { runtime?: NativeRuntime; error?: string } | undefined;

function loadNative(): { runtime?: NativeRuntime; error?: string } {
  if (native) return native;
  // createRequire keeps the bundler from following these: they are loaded from disk at
  // run time, and the extension never loads them.
  const load = createRequire(__filename);
  try {
    const Parser = load('tree-sitter') as NativeRuntime['Parser'];
    const bindings = roots.map((r) => join(r, 'bindings', 'node', 'index.js')).find((p) => existsSync(p));
    if (!bindings) throw new Error('bindings/node not found');
    const languages = load(bindings) as NativeRuntime['languages'];
    // A grammar whose ABI the runtime does not accept fails here, not in the first parse.
    for (const language of Object.values(languages)) new Parser().setLanguage(language);
    native = { runtime: { Parser, languages } };
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    native = { error: message };
  }
  return native;
}

/** Why the native runtime cannot be used here, or undefined when it loads. */
export function nativeRuntimeError(): string | undefined {
  return loadNative().error;
}

/** The native runtime when its addons load, WebAssembly otherwise. */
export function preferredRuntime(): ParserRuntime {
  return nativeRuntimeError() === undefined ? 'native' : 'wasm';
}

let collectGarbage: (() => void) | undefined;

/**
 * The native binding frees a tree only when V8 collects its wrapper, and V8 does not count the
 * tree's memory (hundreds of bytes a line), so it sees no reason to collect: a run that parses
 * many pieces one after the other collects after each. The binding's finalizers run once the
 * event loop turns.
 */
export async function releaseNativeTrees(): Promise<void> {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
}

/** Native trees are freed by the garbage collector; this gives them the common shape. */
class NativeSyntaxTree implements SyntaxTree {
  constructor(readonly tree: NativeTree) {}

  get rootNode(): SyntaxNode {
    return this.tree.rootNode;
  }

  edit(edit: TreeEdit): void {
    this.tree.edit(edit);
  }

  delete(): void {}
}

/**
 * Time the native runtime gets for a text before it gives up: generous for real files
 * (a 50 MB listing parses in under 0.2 µs a character) but short for the inputs on which
 * its release's error recovery turns quadratic (a long line of nested parentheses after a
 * stray character), which web-tree-sitter's newer release parses in linear time.
 */
export function nativeTimeBudgetMicros(length: number): number {
  return 250_000 + length;
}

/**
 * A parser bound to one grammar and one runtime; keeps no document state of its own.
 * Without a runtime it is web-tree-sitter's, and its trees are web-tree-sitter's own.
 */
export class GrammarParser<T extends SyntaxTree = WasmTree> {
  private constructor(
    private readonly parseWith: (text: string, previous?: T) => T | undefined,
    readonly grammar: GrammarName,
    readonly runtime: ParserRuntime,
  ) {}

  static create(grammar: GrammarName): Promise<GrammarParser<WasmTree>>;
  static create(grammar: GrammarName, runtime: ParserRuntime): Promise<GrammarParser<SyntaxTree>>;
  static async create(grammar: GrammarName, runtime: ParserRuntime = 'wasm'): Promise<GrammarParser<SyntaxTree> | GrammarParser<WasmTree>> {
    if (runtime === 'native') {
      const { runtime: loaded, error } = loadNative();
      if (!loaded) throw new Error(`the native parser is not available: ${error}`);
      const parser = new loaded.Parser();
      parser.setLanguage(loaded.languages[grammar]);
      return new GrammarParser<SyntaxTree>((text, previous) => {
        parser.setTimeoutMicros(nativeTimeBudgetMicros(text.length));
        const tree = parser.parse(text, (previous as NativeSyntaxTree | undefined)?.tree ?? null);
        // A parse stopped by the budget would resume on the next call: start afresh instead.
        if (!tree) parser.reset();
        return tree && new NativeSyntaxTree(tree);
      }, grammar, runtime);
    }
    const languages = await loadLanguages();
    const parser = new Parser();
    parser.setLanguage(languages[grammar]);
    return new GrammarParser<WasmTree>((text, previous) => parser.parse(text, previous ?? null) ?? undefined, grammar, runtime);
  }

  parse(text: string, previous?: T): T {
    const tree = this.tryParse(text, previous);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${this.grammar}`);
    return tree;
  }

  /** Undefined when the native runtime ran out of its time budget. */
  tryParse(text: string, previous?: T): T | undefined {
    return this.parseWith(text, previous);
  }
}

export type { WasmTree as Tree };
