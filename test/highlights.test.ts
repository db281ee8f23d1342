// Each grammar's queries/highlights.scm compiles under web-tree-sitter and captures
// what a reader expects on a typical line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Query } from 'web-tree-sitter';
import { GrammarParser, loadLanguages, type GrammarName } from '../server/src/parse/runtime';
import { repoRoot } from './helpers';

async function capturesOf(grammar: GrammarName, text: string): Promise<Map<string, string>> {
  const languages = await loadLanguages();
  const query = new Query(languages[grammar], readFileSync(join(repoRoot, 'grammars', grammar, 'queries', 'highlights.scm'), 'utf8'));
  const tree = (await GrammarParser.create(grammar)).parse(text);
  const byText = new Map<string, string>();
  for (const c of query.captures(tree.rootNode)) if (!byText.has(c.node.text)) byText.set(c.node.text, c.name);
  tree.delete();
  query.delete();
  return byText;
}

test('ppc64asm highlights: comments, directives, mnemonics, registers, numbers, labels', async () => {
  const caps = await capturesOf('ppc64asm', '#define FRAME 32\nfoo:\t.globl foo\n\tstdu r1,-FRAME(r1) /* push */\n1:\tbne cr7,1b\n');
  assert.equal(caps.get('/* push */'), 'comment');
  assert.equal(caps.get('.globl'), 'keyword');
  assert.equal(caps.get('foo'), 'label');
  assert.match(caps.get('stdu') ?? '', /^function/);
  assert.match(caps.get('r1') ?? '', /^variable\.builtin/);
  assert.equal(caps.get('1b'), 'label');
  assert.equal(caps.get('#define'), 'preproc');
});

test('objdump highlights: addresses, symbols, mnemonics, relocations', async () => {
  const caps = await capturesOf('objdump', '0000000000000140 <show>:\n 204:\t01 00 00 48 \tbl      204 <show+0xc4>\n\t\t\t204: R_PPC64_REL24\tsi_mem_available\n');
  assert.match(caps.get('show') ?? '', /^function/);
  assert.match(caps.get('bl') ?? '', /^function|^keyword/);
  assert.ok(caps.has('R_PPC64_REL24'), 'relocation types are captured');
  assert.ok(caps.has('0000000000000140'), 'addresses are captured');
});
