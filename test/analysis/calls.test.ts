// Call sites: what each call reaches (local entry, global entry, linker or module stub, tail
// call, CTR, _mcount, notoc) and what follows it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callsOf } from './load';

/** `ld -shared` of a caller with a nop after `bl ext`, none after `bl same` (same section: ld lets it be), and `b same`. */
const LINKED_SHARED = readFileSync(join(__dirname, '..', 'fixtures', 'toc', 'linked-shared.dis'), 'utf8');

test('linked code: stubs, local entries, CTR calls and tail calls', async () => {
  const { calls } = await callsOf('libt.dis', LINKED_SHARED);
  const shown = calls.map((c) => [c.address.toString(16), c.kind, c.link, c.target?.name, c.target?.offset, c.after.kind]);
  assert.deepEqual(shown, [
    ['26c', 'stub', true, '0000001a.plt_call.ext', 0n, 'toc-restore'],
    ['274', 'stub', true, '0000001a.plt_call.same', 0n, 'other'],
    ['27c', 'local', true, 'helper', 8n, 'other'],
    ['28c', 'indirect', true, undefined, undefined, 'toc-restore'],
    ['294', 'sibling', false, '0000001a.plt_call.same', 0n, 'other'],
  ]);
  assert.deepEqual(calls[0].target?.stub, { type: 'plt_call', callee: 'ext', changesToc: true });
  assert.equal(calls[3].ctrFromR12, true);
});

const object = (rows: string[]) => ['', 'k.o:     file format elf64-powerpcle', '', '', 'Disassembly of section .text:', '', '0000000000000000 <f>:', ...rows, ''].join('\n');

test('objects: _mcount sequences, notoc calls, what follows a call', async () => {
  const { calls } = await callsOf('k.dis', object([
    '   0:\ta6 02 08 7c \tmflr    r0',
    '   4:\t01 00 00 48 \tbl      4 <f+0x4>',
    '\t\t\t4: R_PPC64_REL24\t_mcount',
    '   8:\ta6 02 08 7c \tmflr    r0',
    '   c:\t10 00 01 f8 \tstd     r0,16(r1)',
    '  10:\t01 00 00 48 \tbl      10 <f+0x10>',
    '\t\t\t10: R_PPC64_REL24\t_mcount',
    '  14:\t01 00 00 48 \tbl      14 <f+0x14>',
    '\t\t\t14: R_PPC64_REL24_NOTOC\tg',
    '  18:\t82 7b ef 4d \tcror    15,15,15',
    '  1c:\t01 00 00 48 \tbl      1c <f+0x1c>',
    '\t\t\t1c: R_PPC64_REL24\tg',
    '  20:\t82 fb ff 4f \tcror    31,31,31',
    '  24:\t00 00 00 48 \tb       24 <f+0x24>',
    '\t\t\t24: R_PPC64_REL24\tg',
  ]));
  const shown = calls.map((c) => [c.offset, c.kind, c.mcount?.form, c.after.kind]);
  assert.deepEqual(shown, [
    [4, 'mcount', 'two-insn', 'other'],
    [0x10, 'mcount', 'three-insn', 'other'],
    [0x14, 'notoc', undefined, 'cror-15'],
    [0x1c, 'global', undefined, 'cror-31'],
    [0x24, 'sibling', undefined, 'end'],
  ]);
});

test('modules: REL24 to an undefined symbol goes through a module stub', async () => {
  const { calls } = await callsOf('m.dis', object([
    '   0:\t01 00 00 48 \tbl      0 <f>',
    '\t\t\t0: R_PPC64_REL24\tprintk',
    '   4:\t00 00 00 60 \tnop',
    '   8:\t20 00 80 4e \tblr',
  ]).replace('k.o:', 'm.ko:'));
  assert.deepEqual(calls.map((c) => [c.kind, c.after.kind]), [['module-stub', 'nop']]);
});
