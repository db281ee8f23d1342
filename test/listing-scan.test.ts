// The command line's listing scanner gives the grammar's model, line for line (operands,
// comments and syntax errors included), on every listing in the repository and on lines made to
// sit at the edges of its patterns; the generated listings and a vmlinux listing are compared by
// test/oracle/listing-scan.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanListing } from '../server/src/parse/listingScan';
import { compareScan } from './oracle/listing-scan';

const root = join(__dirname, '..');

function listingsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listingsUnder(path);
    return /\.(dis|objdump)$/.test(name) ? [path] : [];
  });
}

test('the scanner gives the grammar model of every listing in the repository', async () => {
  const files = [...listingsUnder(join(root, 'test')), ...listingsUnder(join(root, 'examples'))];
  assert.ok(files.length >= 19, `${files.length} listings`);
  for (const file of files) assert.equal(await compareScan(readFileSync(file, 'utf8')), undefined, file);
});

const EDGES = [
  'vmlinux:     file format elf64-powerpcle',
  '',
  'Disassembly of section .text:',
  '',
  'c000000000000000 <__start>:',
  'c000000000000000:\t48 00 00 08 \ttdi     0,r0,72',
  'c000000000000004:\t2c 00 00 48 \tb       c000000000000030 <__start+0x30>',
  '     a54:\t01 00 00 48 \tbl      a54 <find_derivation+0x544>',
  '     a58:\t00 00 00 60 \tbne     cr7,a0c <x>',
  '     a5c:\t00 00 00 60 \tb       a7ff <x+0x4>',
  '  24:\t00 00 00 60 \tb       f00 <x+0x4>',
  '  28:\t00 00 00 60 \tb       f0a <x+0x4>',
  '  2c:\t00 00 00 60 \tbdnz    a7 <x+0x4>',
  '  2c:\t00 00 10 06 \tpla     r10,0\t# 2c',
  '  30:\t00 00 40 39 ',
  '  34:\t00 00 10 04 \tpld     r9,0\t# 34 [sink@plt]',
  '  38:\t00 00 00 60 \tbc      4,4*cr7+eq,40 <y>',
  '  3c:\t00 00 00 60 \tstd     r0,-16(r1)',
  '  40:\t00 00 00 60 \tvcmpequb. v1,v0,v31',
  '\t\t\t40: R_PPC64_REL24\tfoo-0x8',
  '\t\t\t40: R_PPC64_ADDR64\t*ABS*+0x10',
  '\t...',
  '1234 <short>:',
  'add:',
  '# a shell comment',
  'int main(void) { return 0; }',
  '  44:\t00 00 00 60 \tnop\r',
  '  48:\t00 00 00 60 \tbl      48 <é>',
  '  4c:\t00 00 00 60 \tbl      4c <x+y>',
  '  50:\t00 00 00 60 \tli      r3,1,2,3,4,5,6,7,8,9',
];

test('lines at the edges of the patterns: the same model', async () => {
  const text = EDGES.join('\n') + '\n';
  assert.equal(await compareScan(text), undefined);
  // Far apart, each irregular line is parsed on its own, and the rest still matches.
  const spread = EDGES.map((l) => `${l}\n${'  60:\t00 00 00 60 \tnop\n'.repeat(70)}`).join('');
  assert.equal(await compareScan(spread), undefined);
  const scanned = await scanListing(text);
  // Branch targets a54, a0c, a7ff are hex words, not an accumulator register and an error.
  assert.deepEqual(scanned.errors.filter((e) => e.range.start.line <= 22), []);
});
