// Loads the tree-sitter runtime and the two Tocsin grammars. Everything above
// server/src/parse/ sees only the typed syntax model, never tree-sitter objects.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Parser, type Tree } from 'web-tree-sitter';

export type GrammarName = 'ppc64asm' | 'objdump';

const wasmNames: Record<GrammarName, string> = {
  ppc64asm: 'tree-sitter-ppc64asm.wasm',
  objdump: 'tree-sitter-objdump.wasm',
};

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

/** A parser bound to one grammar; keeps no document state of its own. */
export class GrammarParser {
  private constructor(private readonly parser: Parser, readonly grammar: GrammarName) {}

  static async create(grammar: GrammarName): Promise<GrammarParser> {
    const languages = await loadLanguages();
    const parser = new Parser();
    parser.setLanguage(languages[grammar]);
    return new GrammarParser(parser, grammar);
  }

  parse(text: string, previous?: Tree): Tree {
    const tree = this.parser.parse(text, previous ?? null);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${this.grammar}`);
    return tree;
  }
}

export type { Tree };
