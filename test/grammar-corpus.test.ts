// Runs each grammar's corpus (grammars/*/test/corpus/*.txt, tree-sitter's test format)
// under web-tree-sitter, the runtime the extension ships, so `npm test` needs no CLI.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { GrammarParser, type GrammarName } from '../server/src/parse/runtime';
import { repoRoot } from './helpers';

interface CorpusCase {
  name: string;
  input: string;
  expected: string;
  expectError: boolean;
}

function readCorpus(file: string): CorpusCase[] {
  const text = readFileSync(file, 'utf8');
  const header = /^(={3,})\n(.*)\n\1\n/gm;
  const starts: { name: string; bodyStart: number; headerStart: number }[] = [];
  for (let m = header.exec(text); m; m = header.exec(text)) starts.push({ name: m[2], bodyStart: m.index + m[0].length, headerStart: m.index });
  return starts.map((s, i) => {
    const body = text.slice(s.bodyStart, i + 1 < starts.length ? starts[i + 1].headerStart : undefined);
    const divider = /^-{3,}$/m.exec(body);
    if (!divider) throw new Error(`${file}: case '${s.name}' has no --- divider`);
    // Like tree-sitter's own runner: the input loses exactly one trailing newline.
    const input = body.slice(0, divider.index).replace(/\r?\n$/, '');
    const expected = body.slice(divider.index + divider[0].length).replace(/;.*$/gm, '');
    return { name: s.name.trim(), input, expected, expectError: /:error/.test(s.name) };
  });
}

function normalise(sexp: string): string {
  return sexp.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

function withoutFields(sexp: string): string {
  return sexp.replace(/[a-z_]+: /g, '');
}

for (const grammar of ['ppc64asm', 'objdump'] as GrammarName[]) {
  const dir = join(repoRoot, 'grammars', grammar, 'test', 'corpus');
  describe(`${grammar} corpus`, () => {
    test('has corpus files', () => assert.ok(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt'))));
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      for (const c of readCorpus(join(dir, file))) {
        test(`${file}: ${c.name}`, async () => {
          const parser = await GrammarParser.create(grammar);
          const tree = parser.parse(c.input);
          const actual = normalise(tree.rootNode.toString());
          if (c.expectError) {
            assert.ok(tree.rootNode.hasError, 'expected a syntax error');
          } else {
            const expected = normalise(c.expected);
            assert.equal(expected.includes(': ') ? actual : withoutFields(actual), expected);
          }
          tree.delete();
        });
      }
    }
  });
}
