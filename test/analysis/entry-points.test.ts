// Entry points: the local entry from st_other or from the TOC-setup prologue, and the TOC
// base that prologue computes in linked code (exactly as the seeds compute it by hand).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { functionEntries, type FunctionEntry } from '../../server/src/analysis/entryPoints';
import { extractSeedSamples, seedsAvailable, seedsDir } from '../seeds/extract';
import { loadObjects } from './load';

async function entries(name: string, text: string): Promise<FunctionEntry[]> {
  return (await loadObjects([name, text])).flatMap(functionEntries);
}

const tocOf = (e: FunctionEntry | undefined) => (e?.tocBase?.kind === 'value' ? e.tocBase.value.toString(16) : e?.tocBase);

test('seed listings: TOC = global entry + (HA << 16) + LO, local entry at +8', { skip: seedsAvailable() ? false : `no seeds at ${seedsDir}` }, async () => {
  const listings = extractSeedSamples().filter((s) => s.grammar === 'objdump' && s.seed.startsWith('001'));
  const all = (await Promise.all(listings.map((s) => entries(s.name, s.text)))).flat();
  const toc = (name: string) => all.filter((e) => e.symbol.name === name).map(tocOf);
  assert.deepEqual(toc('exit_dns_resolver'), ['c000000000ea8c00']);
  assert.deepEqual(toc('match_dev_by_uuid'), ['c000000000ed8c00', 'c000000000ea8c00']);
  assert.ok(all.filter((e) => e.tocSetup).every((e) => e.localEntryOffset === 8 && e.tocSetup?.form === 'addis'));
  const noToc = all.find((e) => e.symbol.name === 'int_to_scsilun')!;
  assert.equal(noToc.tocSetup, undefined, 'a function that uses no globals has a single entry');
  assert.equal(noToc.localEntryOffset, undefined);
});

test('the addis form in a linked kernel listing', async () => {
  const text = 'c000000000d1467c <exit_dns_resolver>:\nc000000000d1467c:\t19 00 4c 3c \taddis   r2,r12,25\nc000000000d14680:\t84 45 42 38 \taddi    r2,r2,17796\nc000000000d14684:\ta6 02 08 7c \tmflr    r0\n';
  const [e] = await entries('dns.txt', text);
  assert.equal(tocOf(e), 'c000000000ea8c00');
  assert.equal(e.localEntryOffset, 8);
});

test('lis r2 in a non-PIC link: an absolute TOC', async () => {
  const text = '\nstatic.elf:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n\n0000000010000180 <dispatch>:\n    10000180:\t02 10 40 3c \tlis     r2,4098\n    10000184:\t00 80 42 38 \taddi    r2,r2,-32768\n    10000188:\ta6 02 08 7c \tmflr    r0\n';
  const [e] = await entries('static.dis', text);
  assert.equal(e.tocSetup?.form, 'lis');
  assert.equal(tocOf(e), '10018000');
});

test('the large-model form reads the offset stored before the function', async () => {
  const text = '\nm.ko:     file format elf64-powerpc\n\n\nDisassembly of section .text:\n\n0000000000000100 <pre>:\n 100:\t00 00 00 00 \t.long 0x0\n 104:\t00 01 00 00 \t.long 0x10000\n\n0000000000000108 <big>:\n 108:\te8 4c ff f8 \tld      r2,-8(r12)\n 10c:\t7c 42 62 14 \tadd     r2,r2,r12\n 110:\t4e 80 00 20 \tblr\n';
  const [o] = await loadObjects(['m.dis', text]);
  o.kind = 'executable'; // as linked: the module loader has filled in the offset
  const e = functionEntries(o).find((f) => f.symbol.name === 'big')!;
  assert.equal(e.tocSetup?.form, 'large');
  assert.equal(e.localEntryOffset, 8);
  assert.equal(tocOf(e), (0x108 + 0x10000).toString(16));
});

test('relocatable objects: the TOC is `.TOC.`, known only at link time; st_other decides the entries', async () => {
  const text = [
    '', 'x.o:     file format elf64-powerpcle', '', '', 'Disassembly of section .text:', '',
    '0000000000000000 <f>:',
    '   0:\t00 00 4c 3c \taddis   r2,r12,0',
    '\t\t\t0: R_PPC64_REL16_HA\t.TOC.',
    '   4:\t00 00 42 38 \taddi    r2,r2,0',
    '\t\t\t4: R_PPC64_REL16_LO\t.TOC.+0x4',
    '   8:\t20 00 80 4e \tblr',
    '',
    '000000000000000c <pc>:',
    '   c:\t20 00 80 4e \tblr',
    '',
    '0000000000000010 <leaf>:',
    '  10:\t20 00 80 4e \tblr',
    '',
    "Symbol table '.symtab' contains 3 entries:",
    '   Num:    Value          Size Type    Bind   Vis      Ndx Name',
    '     0: 0000000000000000    12 FUNC    GLOBAL DEFAULT [<localentry>: 8]     1 f',
    '     1: 000000000000000c     4 FUNC    GLOBAL DEFAULT [<localentry>: 1]     1 pc',
    '     2: 0000000000000010     4 FUNC    GLOBAL DEFAULT    1 leaf',
    '',
  ].join('\n');
  const [f, pc, leaf] = await entries('x.dis', text);
  assert.deepEqual(f.tocBase, { kind: 'symbolic', symbol: '.TOC.' });
  assert.equal(f.tocSetup?.relocations.length, 2);
  assert.deepEqual([f.declaredLocalEntry, f.localEntryOffset], [8, 8]);
  assert.deepEqual([pc.declaredLocalEntry, pc.localEntryOffset, pc.clobbersToc], [1, undefined, true]);
  assert.deepEqual([leaf.declaredLocalEntry, leaf.localEntryOffset, leaf.clobbersToc], [0, undefined, false]);
});
