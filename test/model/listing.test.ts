// Listings into the object model: sections and bytes in either byte order, prefixed
// instructions, objdump's elided zeros, archives, symbol tables in the same or a companion file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadListings, type ListingInput } from '../../server/src/model/listing';
import { ByteState, readWord, type ObjectFile } from '../../server/src/model/object';
import { SyntaxDocument } from '../../server/src/parse/document';
import type { ListingFile } from '../../server/src/parse/syntax';

async function input(file: string, text: string): Promise<ListingInput> {
  const doc = await SyntaxDocument.parse('objdump', text);
  const syntax = doc.syntax as ListingFile;
  assert.deepEqual(doc.errors, [], `${file} parses`);
  doc.dispose();
  return { syntax, text, file };
}

async function load(...files: [string, string][]): Promise<ObjectFile[]> {
  return loadListings(await Promise.all(files.map(([f, t]) => input(f, t))));
}

const object = [
  '',
  'meminfo.o:     file format elf64-powerpcle',
  '',
  '',
  'Disassembly of section .text:',
  '',
  '0000000000000000 <show>:',
  '   0:\t00 00 4c 3c \taddis   r2,r12,0',
  '\t\t\t0: R_PPC64_REL16_HA\t.TOC.',
  '   4:\t00 00 42 38 \taddi    r2,r2,0',
  '\t\t\t4: R_PPC64_REL16_LO\t.TOC.+0x4',
  '   8:\t01 00 00 48 \tbl      8 <show+0x8>',
  '\t\t\t8: R_PPC64_REL24\tseq_printf',
  '   c:\t00 00 00 60 \tnop',
  '  10:\t20 00 80 4e \tblr',
  '',
].join('\n');

const readelf = [
  '',
  "Symbol table '.symtab' contains 4 entries:",
  '   Num:    Value          Size Type    Bind   Vis      Ndx Name',
  '     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND ',
  '     1: 0000000000000000     0 SECTION LOCAL  DEFAULT    1 .text',
  '     2: 0000000000000000    20 FUNC    GLOBAL DEFAULT [<localentry>: 8]     1 show',
  '     3: 0000000000000000     0 NOTYPE  GLOBAL DEFAULT  UND seq_printf',
  '',
].join('\n');

test('an object: sections, instruction sites, relocations, symbols with st_other', async () => {
  const [o] = await load(['meminfo.dis', object + readelf]);
  assert.equal(o.kind, 'relocatable');
  assert.equal(o.name, 'meminfo.o');
  assert.equal(o.bigEndian, false);
  assert.equal(o.sections.length, 1);
  const text = o.sections[0];
  assert.equal(text.name, '.text');
  assert.deepEqual(text.instructions.map((i) => [i.offset, i.length, i.source.range.start.line]), [[0, 4, 7], [4, 4, 9], [8, 4, 11], [12, 4, 13], [16, 4, 14]]);
  assert.equal(readWord(o, text, 0)?.value, 0x3c4c0000);
  assert.deepEqual(o.relocations.map((r) => [r.offset, r.type, r.symbolName, r.addend]), [[0, 'R_PPC64_REL16_HA', '.TOC.', 0n], [4, 'R_PPC64_REL16_LO', '.TOC.', 4n], [8, 'R_PPC64_REL24', 'seq_printf', 0n]]);
  const show = o.symbols.find((s) => s.name === 'show')!;
  assert.deepEqual([show.type, show.binding, show.visibility, show.localEntry, show.other, show.size], ['func', 'global', 'default', 8, 0x60, 20n]);
  assert.equal(show.source.range.start.line, 6, 'defined where the disassembly shows it');
  assert.equal(show.tableSource?.range.start.line, 20);
  const printf = o.symbols.find((s) => s.name === 'seq_printf')!;
  assert.equal(printf.section.kind, 'undefined');
});

test('a companion table file joins the listing before it; objdump -t joins by object name', async () => {
  const [a] = await load(['x.dis', object], ['x.syms', readelf]);
  assert.equal(a.symbols.find((s) => s.name === 'show')?.localEntry, 8);
  assert.equal(a.symbols.find((s) => s.name === 'show')?.tableSource?.file, 'x.syms');
  const objdumpT = '\nmeminfo.o:     file format elf64-powerpcle\n\nSYMBOL TABLE:\n0000000000000000 g     F .text\t0000000000000014 0x60 .hidden show\n0000000000000000         *UND*\t0000000000000000 seq_printf\n';
  const objects = await load(['y.syms', readelf.replace('show', 'unrelated')], ['x.dis', object], ['x.t', objdumpT]);
  const show = objects.find((o) => o.name === 'meminfo.o')!.symbols.find((s) => s.name === 'show')!;
  assert.deepEqual([show.localEntry, show.visibility, show.binding, show.type], [8, 'hidden', 'global', 'func']);
});

test('objdump -t st_other: 0x20 is a single entry that does not keep r2', async () => {
  const t = '\np10.o:     file format elf64-powerpcle\n\nSYMBOL TABLE:\n0000000000000000 l     F .text\t0000000000000018 0x20 do_open\n0000000000000020  w    F .text\t0000000000000010 weakling\n';
  const [o] = await load(['p10.t', t]);
  const open = o.symbols.find((s) => s.name === 'do_open')!;
  assert.deepEqual([open.localEntry, open.binding], [1, 'local']);
  assert.equal(o.symbols.find((s) => s.name === 'weakling')?.binding, 'weak');
});

test('big-endian listings keep their byte order; relocations may sit inside a word', async () => {
  const be = '\nbe.o:     file format elf64-powerpc\n\n\nDisassembly of section .text:\n\n0000000000000000 <f>:\n   0:\t3c 4c 00 00 \taddis   r2,r12,0\n\t\t\t2: R_PPC64_REL16_HA\t.TOC.+0x2\n   4:\t38 42 00 00 \taddi    r2,r2,0\n';
  const [o] = await load(['be.dis', be]);
  assert.equal(o.bigEndian, true);
  assert.equal(readWord(o, o.sections[0], 0)?.value, 0x3c4c0000);
  assert.equal(o.relocations[0].offset, 2);
});

test('a prefixed instruction is one 8-byte site; elided zeros read as zeros, gaps as unknown', async () => {
  const text = [
    '',
    'p.o:     file format elf64-powerpcle',
    '',
    '',
    'Disassembly of section .text:',
    '',
    '0000000000000000 <f>:',
    '   0:\t00 00 10 06 \tpla     r4,0\t# 0',
    '   4:\t00 00 80 38 ',
    '   8:\t20 00 80 4e \tblr',
    '\t...',
    '  20:\t20 00 80 4e \tblr',
    '  24:\t01 00 00 48 \tbl      24 <f+0x24>',
    '\t...',
    '',
  ].join('\n');
  const [o] = await load(['p.dis', text]);
  const s = o.sections[0];
  assert.deepEqual(s.instructions.map((i) => [i.offset, i.length]), [[0, 8], [8, 4], [0x20, 4], [0x24, 4]]);
  assert.deepEqual(s.elided.map((e) => [e.offset, e.length]), [[0xc, 0x14], [0x28, 4]]);
  assert.deepEqual(readWord(o, s, 0x10), { value: 0, elided: true });
  assert.deepEqual(readWord(o, s, 0x28), { value: 0, elided: true }, 'a trailing elision is at least one zero word');
  assert.equal(readWord(o, s, 0x2c), undefined);
  assert.equal(s.state[0x20], ByteState.Listed);
});

test('archive members are objects of their own, and readelf names them the same way', async () => {
  const text = [
    'In archive libx.a:',
    '',
    'a.o:     file format elf64-powerpcle',
    '',
    '',
    'Disassembly of section .text:',
    '',
    '0000000000000000 <a1>:',
    '   0:\t20 00 80 4e \tblr',
    '',
    'b.o:     file format elf64-powerpcle',
    '',
    '',
    'Disassembly of section .text:',
    '',
    '0000000000000000 <b1>:',
    '   0:\t01 00 00 48 \tbl      0 <b1>',
    '\t\t\t0: R_PPC64_REL24\ta1',
    '   4:\t00 00 00 60 \tnop',
    '',
    'File: libx.a(b.o)',
    '',
    "Symbol table '.symtab' contains 2 entries:",
    '   Num:    Value          Size Type    Bind   Vis      Ndx Name',
    '     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND ',
    '     1: 0000000000000000     8 FUNC    GLOBAL DEFAULT    1 b1',
    '',
  ].join('\n');
  const objects = await load(['libx.dis', text]);
  assert.deepEqual(objects.map((o) => o.name), ['libx.a(a.o)', 'libx.a(b.o)']);
  assert.equal(objects[1].symbols.find((s) => s.name === 'b1')?.type, 'func');
  assert.equal(objects[0].symbols.find((s) => s.name === 'b1'), undefined);
});

test('what kind of file: module, linked kernel, shared object, and symbols named only by branches', async () => {
  const kernel = 'c000000000001000 <f>:\nc000000000001000:\t5d 8d 00 48 \tbl      c000000000009d5c <_mcount>\n';
  const [k] = await load(['snippet.txt', kernel]);
  assert.equal(k.kind, 'executable');
  const mcount = k.symbols.find((s) => s.name === '_mcount')!;
  assert.equal(mcount.value, 0xc000000000009d5cn);
  assert.equal(mcount.source.range.start.line, 1, 'known from the branch that names it');
  const [m] = await load(['patch.ko.dis', object.replace('meminfo.o', 'patch.ko')]);
  assert.equal(m.kind, 'module');
  const [so] = await load(['lib.dis', object.replace('meminfo.o', 'libfoo.so').replace(/^\t+\w+: R_PPC64.*\n/gm, '')]);
  assert.equal(so.kind, 'shared');
});
