// Parses each input with both tree-sitter runtimes, native and WebAssembly, and requires
// identical results: the S-expression with field names, every node's type, field name,
// byte and point range (all nodes, anonymous ones too), and the typed syntax model.
// A disagreement names the file, the first differing node and both sides.
// Usage: node --import tsx test/oracle/parse-differential.ts [--asm DIR]... [--listings DIR]...
//   --asm DIR       every .S file below DIR, read as assembly
//   --listings DIR  every file in DIR, read as an objdump listing or symbol table
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxDocument } from '../../server/src/parse/document';
import type { GrammarName, SyntaxCursor, SyntaxTree } from '../../server/src/parse/runtime';

export interface Disagreement {
  file: string;
  /** What differs: the first node, the S-expression, or the first model entry. */
  what: string;
  native: string;
  wasm: string;
}

export interface Comparison {
  nodes: number;
  /** Either tree holds an ERROR or MISSING node. */
  syntaxErrors: boolean;
  disagreement?: Disagreement;
}

/** S-expressions are compared whole only below this size; the node walk covers the rest. */
const SEXP_LIMIT = 4 << 20;

function describeNode(c: SyntaxCursor): string {
  const field = c.currentFieldName ? `${c.currentFieldName}: ` : '';
  const kind = c.nodeIsMissing ? `MISSING ${c.nodeType}` : c.nodeIsNamed ? c.nodeType : JSON.stringify(c.nodeType);
  const { startPosition: s, endPosition: e } = c;
  return `${field}${kind} bytes ${c.startIndex}-${c.endIndex} at ${s.row + 1}:${s.column + 1}-${e.row + 1}:${e.column + 1}`;
}

/** Walks both trees in pre-order in step; the first node that differs, or none. */
export function compareTrees(native: SyntaxTree, wasm: SyntaxTree): { nodes: number; first?: { native: string; wasm: string } } {
  const a = native.rootNode.walk();
  const b = wasm.rootNode.walk();
  let nodes = 0;
  try {
    for (;;) {
      nodes++;
      const da = describeNode(a);
      const db = describeNode(b);
      if (da !== db) return { nodes, first: { native: da, wasm: db } };
      const downA = a.gotoFirstChild();
      const downB = b.gotoFirstChild();
      if (downA !== downB) {
        return { nodes, first: { native: `${da} ${downA ? 'has' : 'has no'} children`, wasm: `${db} ${downB ? 'has' : 'has no'} children` } };
      }
      if (downA) continue;
      for (;;) {
        const nextA = a.gotoNextSibling();
        const nextB = b.gotoNextSibling();
        if (nextA !== nextB) {
          return { nodes, first: { native: `after ${da}: ${nextA ? describeNode(a) : 'no sibling'}`, wasm: `after ${db}: ${nextB ? describeNode(b) : 'no sibling'}` } };
        }
        if (nextA) break;
        const upA = a.gotoParent();
        b.gotoParent();
        if (!upA) return { nodes };
      }
    }
  } finally {
    a.delete?.();
    b.delete?.();
  }
}

const bigints = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? `${value}n` : value);

function firstModelDifference(native: SyntaxDocument, wasm: SyntaxDocument): Omit<Disagreement, 'file'> | undefined {
  const left = native.syntax as unknown as Record<string, unknown[]>;
  const right = wasm.syntax as unknown as Record<string, unknown[]>;
  for (const key of Object.keys(left)) {
    const l = left[key];
    const r = right[key];
    if (!Array.isArray(l) || !Array.isArray(r)) {
      if (l !== r) return { what: `model ${key}`, native: String(l), wasm: String(r) };
      continue;
    }
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
      const ls = JSON.stringify(l[i], bigints) ?? 'nothing';
      const rs = JSON.stringify(r[i], bigints) ?? 'nothing';
      if (ls !== rs) return { what: `model ${key}[${i}]`, native: ls, wasm: rs };
    }
  }
  return undefined;
}

/** Parses `text` with both runtimes and compares trees and models. */
export async function compareRuntimes(file: string, grammar: GrammarName, text: string): Promise<Comparison> {
  const native = await SyntaxDocument.parse(grammar, text, 'native');
  const wasm = await SyntaxDocument.parse(grammar, text, 'wasm');
  try {
    return compareDocuments(file, native, wasm, text.length < SEXP_LIMIT);
  } finally {
    native.dispose();
    wasm.dispose();
  }
}

/** Compares two parses of one text, the first meant to be the native runtime's. */
export function compareDocuments(file: string, native: SyntaxDocument, wasm: SyntaxDocument, withSExpression: boolean): Comparison {
  const syntaxErrors = native.syntaxTree.rootNode.hasError || wasm.syntaxTree.rootNode.hasError;
  if (native.runtime !== 'native') {
    return { nodes: 0, syntaxErrors, disagreement: { file, what: 'runtime', native: 'gave up within its time budget', wasm: 'parsed it' } };
  }
  const walk = compareTrees(native.syntaxTree, wasm.syntaxTree);
  if (walk.first) return { nodes: walk.nodes, syntaxErrors, disagreement: { file, what: 'first differing node', ...walk.first } };
  if (withSExpression) {
    const ls = native.syntaxTree.rootNode.toString();
    const rs = wasm.syntaxTree.rootNode.toString();
    if (ls !== rs) {
      let at = 0;
      while (ls[at] === rs[at]) at++;
      return { nodes: walk.nodes, syntaxErrors, disagreement: { file, what: `S-expression at character ${at}`, native: ls.slice(at, at + 120), wasm: rs.slice(at, at + 120) } };
    }
  }
  const model = firstModelDifference(native, wasm);
  return { nodes: walk.nodes, syntaxErrors, disagreement: model && { file, ...model } };
}

export function formatDisagreement(d: Disagreement): string {
  return `${d.file}: ${d.what} differs\n  native: ${d.native}\n  wasm:   ${d.wasm}`;
}

function sFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sFiles(join(dir, e.name)) : e.name.endsWith('.S') ? [join(dir, e.name)] : []);
}

async function main(argv: string[]): Promise<number> {
  const inputs: { file: string; grammar: GrammarName }[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const [option, dir] = [argv[i], argv[i + 1]];
    if (option === '--asm' && dir) inputs.push(...sFiles(dir).sort().map((file) => ({ file, grammar: 'ppc64asm' as const })));
    else if (option === '--listings' && dir) {
      const files = readdirSync(dir).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).sort();
      inputs.push(...files.map((file) => ({ file, grammar: 'objdump' as const })));
    } else {
      console.error('usage: parse-differential.ts [--asm DIR]... [--listings DIR]...');
      return 2;
    }
  }
  if (inputs.length === 0) {
    console.error('parse-differential: no input files');
    return 2;
  }
  let nodes = 0;
  let disagreements = 0;
  for (const { file, grammar } of inputs) {
    const result = await compareRuntimes(file, grammar, readFileSync(file, 'utf8'));
    nodes += result.nodes;
    if (result.disagreement) {
      disagreements++;
      console.log(formatDisagreement(result.disagreement));
    }
  }
  console.log(`native vs wasm: ${inputs.length} files, ${inputs.length} tree pairs and models compared, ${nodes} nodes each, ${disagreements} disagreements`);
  return disagreements === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
    console.error(err);
    process.exit(2);
  });
}
