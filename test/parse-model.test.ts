// The typed syntax model: statements and listing lines with their values and exact ranges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SyntaxDocument } from '../server/src/parse/document';
import type { AsmFile, AsmStatement, Expr, ListingFile } from '../server/src/parse/syntax';

async function asm(text: string): Promise<AsmFile> {
  const doc = await SyntaxDocument.parse('ppc64asm', text);
  return doc.syntax as AsmFile;
}

async function listing(text: string): Promise<ListingFile> {
  const doc = await SyntaxDocument.parse('objdump', text);
  return doc.syntax as ListingFile;
}

function only<K extends AsmStatement['kind']>(file: AsmFile, kind: K): Extract<AsmStatement, { kind: K }>[] {
  return file.statements.filter((s): s is Extract<AsmStatement, { kind: K }> => s.kind === kind);
}

test('instructions carry mnemonic, typed operands and exact ranges', async () => {
  const file = await asm('foo:\taddis\tr2,r12,(.TOC.-foo)@ha\n\tld r3,-8(%r1) # comment\n');
  assert.deepEqual(file.errors, []);
  const [label] = only(file, 'label');
  assert.equal(label.name, 'foo');
  assert.equal(label.numeric, false);
  const [addis, ld] = only(file, 'instruction');
  assert.equal(addis.mnemonic, 'addis');
  assert.deepEqual(addis.mnemonicRange.start, { line: 0, column: 5 });
  assert.deepEqual(addis.operands.map((o) => o.kind), ['register', 'register', 'relocated']);
  const reloc = addis.operands[2] as Extract<Expr, { kind: 'relocated' }>;
  assert.deepEqual(reloc.modifiers, ['ha']);
  assert.equal(reloc.expression.kind, 'paren');
  assert.equal(ld.mnemonic, 'ld');
  const mem = ld.operands[1] as Extract<Expr, { kind: 'memory' }>;
  assert.equal(mem.kind, 'memory');
  assert.equal((mem.base as Extract<Expr, { kind: 'register' }>).name, 'r1');
  assert.deepEqual(mem.offset && mem.offset.kind === 'unary' ? mem.offset.operator : mem.offset?.kind === 'number' ? mem.offset.value : undefined, mem.offset?.kind === 'number' ? -8n : '-');
  assert.equal(file.comments.length, 1);
  assert.deepEqual(file.comments[0].start, { line: 1, column: 15 });
});

test('record forms, branch hints, numeric labels and local label references', async () => {
  const file = await asm('1:\tandi.\tr3,r2,1\n\tbeq+\tcr7,1b\n\tbdnz-\t2f\n2:\n');
  assert.deepEqual(file.errors, []);
  assert.deepEqual(only(file, 'instruction').map((i) => i.mnemonic), ['andi.', 'beq+', 'bdnz-']);
  assert.deepEqual(only(file, 'label').map((l) => [l.name, l.numeric]), [['1', true], ['2', true]]);
  const ref = only(file, 'instruction')[1].operands[1];
  assert.equal(ref.kind, 'localLabelRef');
  assert.deepEqual(ref.kind === 'localLabelRef' && [ref.label, ref.direction], ['1', 'b']);
});

test('preprocessor lines, C macro calls, directives and several statements on a line', async () => {
  const file = await asm([
    '#include <asm/ppc_asm.h>',
    '#define SAVE(n, base)\tstd n,8*(n)(base); \\',
    '\t\t\tnop',
    '#ifndef CONFIG_LIVEPATCH',
    '_GLOBAL(ftrace_caller)',
    '\tLOAD_REG_IMMEDIATE(r11, klp_helper)',
    '#endif',
    '\t.localentry ftrace_caller,.-ftrace_caller; mflr r0 ; std r0,16(r1)',
    'sym = 0x10 << 2',
    '',
  ].join('\n'));
  assert.deepEqual(file.errors, []);
  const pre = only(file, 'preprocessor');
  assert.deepEqual(pre.map((p) => p.directive), ['include', 'define', 'ifndef', 'endif']);
  assert.equal(pre[1].name, 'SAVE');
  assert.deepEqual(pre[1].parameters, ['n', 'base']);
  assert.equal(pre[1].range.end.line, 2, 'the continuation line belongs to the #define');
  assert.equal(pre[2].name, 'CONFIG_LIVEPATCH');
  const calls = only(file, 'macroCall');
  assert.deepEqual(calls.map((c) => [c.name, c.args]), [['_GLOBAL', ['ftrace_caller']], ['LOAD_REG_IMMEDIATE', ['r11', 'klp_helper']]]);
  const [localentry] = only(file, 'directive');
  assert.equal(localentry.name, '.localentry');
  assert.equal(localentry.args.length, 2);
  assert.deepEqual(only(file, 'instruction').map((i) => [i.mnemonic, i.range.start.line]), [['mflr', 7], ['std', 7]]);
  const [assign] = only(file, 'assignment');
  assert.equal(assign.name, 'sym');
  assert.equal(assign.value.kind, 'binary');
});

test('GAS macros keep their parameter references', async () => {
  const file = await asm('.macro SAVE_ONE reg, base=r1\n\tstd \\reg, 8(\\base)\n.endm\n\tSAVE_ONE r5\n');
  assert.deepEqual(file.errors, []);
  assert.deepEqual(only(file, 'directive').map((d) => d.name), ['.macro', '.endm']);
  const [std, call] = only(file, 'instruction');
  assert.equal(std.operands[0].kind, 'macroParameter');
  assert.equal(call.mnemonic, 'SAVE_ONE', 'a GAS macro invocation parses as an instruction; later layers resolve it');
});

test('listing lines: header, symbols, instructions with bytes and targets, relocations', async () => {
  const file = await listing([
    '',
    'meminfo.o:     file format elf64-powerpcle',
    '',
    'Disassembly of section .text:',
    '',
    '0000000000000140 <meminfo_proc_show>:',
    ' 204:\t01 00 00 48 \tbl      204 <meminfo_proc_show+0xc4>',
    '\t\t\t204: R_PPC64_REL24\tsi_mem_available',
    ' 208:\t00 00 00 60 \tnop',
    '\t...',
    ' 228:\t00 00 82 3c \taddis   r4,r2,0',
    '\t\t\t228: R_PPC64_TOC16_HA\t.toc+0x8',
    '',
  ].join('\n'));
  assert.deepEqual(file.errors, []);
  const kinds = file.lines.map((l) => l.kind);
  assert.deepEqual(kinds, ['fileHeader', 'sectionHeader', 'symbolHeader', 'instruction', 'relocation', 'instruction', 'elision', 'instruction', 'relocation']);
  const [header, , sym, bl, rel, nop, , addis, toc] = file.lines as any[];
  assert.equal(header.format, 'elf64-powerpcle');
  assert.equal(sym.address, 0x140n);
  assert.equal(sym.name, 'meminfo_proc_show');
  assert.equal(bl.address, 0x204n);
  assert.deepEqual(bl.bytes, [0x01, 0x00, 0x00, 0x48]);
  assert.equal(bl.mnemonic, 'bl');
  assert.deepEqual(bl.target, { name: 'meminfo_proc_show', offset: 0xc4n });
  assert.equal(rel.type, 'R_PPC64_REL24');
  assert.equal(rel.symbol, 'si_mem_available');
  assert.equal(rel.address, 0x204n);
  assert.equal(nop.mnemonic, 'nop');
  assert.deepEqual(addis.operands.map((o: Expr) => o.text), ['r4', 'r2', '0']);
  assert.equal(toc.symbol, '.toc');
  assert.equal(toc.addend, 8n);
});

test('symbol tables: readelf localentry column and objdump -t st_other', async () => {
  const file = await listing([
    "Symbol table '.symtab' contains 3 entries:",
    '   Num:    Value          Size Type    Bind   Vis      Ndx Name',
    '     1: 0000000000000050   224 FUNC    LOCAL  DEFAULT [<localentry>: 8]     1 show_val_kb',
    '     2: 0000000000000000     0 NOTYPE  GLOBAL DEFAULT  UND si_mem_available',
    '',
    'SYMBOL TABLE:',
    '0000000000000050 l     F .text\t00000000000000e0 0x60 show_val_kb',
    '0000000000000000         *UND*\t0000000000000000 si_mem_available',
    '',
  ].join('\n'));
  assert.deepEqual(file.errors, []);
  const entries = file.lines.filter((l) => l.kind === 'symbolTableEntry') as any[];
  assert.equal(entries.length, 4);
  assert.deepEqual([entries[0].table, entries[0].name, entries[0].value, entries[0].size, entries[0].localEntryOffset, entries[0].section], ['readelf', 'show_val_kb', 0x50n, 224n, 8, '1']);
  assert.deepEqual([entries[1].bind, entries[1].section, entries[1].localEntryOffset], ['GLOBAL', 'UND', undefined]);
  assert.deepEqual([entries[2].table, entries[2].name, entries[2].size, entries[2].localEntryOffset, entries[2].section], ['objdump', 'show_val_kb', 0xe0n, 8, '.text']);
  assert.deepEqual([entries[3].section, entries[3].name], ['*UND*', 'si_mem_available']);
});

test('incremental edits keep the model in step with the text', async () => {
  const doc = await SyntaxDocument.parse('ppc64asm', '\tli r3,1\n\tblr\n');
  doc.applyChanges([{ range: { start: { line: 0, column: 7 }, end: { line: 0, column: 8 } }, text: '42' }]);
  assert.equal(doc.text, '\tli r3,42\n\tblr\n');
  const [li] = (doc.syntax as AsmFile).statements as any[];
  assert.equal(li.operands[1].value, 42n);
  doc.applyChanges([{ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }, text: 'ld r3,,(' }]);
  assert.ok(doc.errors.length > 0);
  assert.equal(doc.errors[0].range.start.line, 1);
  doc.dispose();
});
