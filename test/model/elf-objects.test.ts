// ELF objects and modules as input: check, disasm and run read them themselves. The objects are
// built here by GNU as (the oracle) from small sources, one of them turned into the kpatch
// layout; damaged files are one clear error each.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CheckReport } from '../../server/src/commands/check';
import { readElfObject } from '../../server/src/model/elf';
import { objectOverview, type ObjectListing, type ObjectOverview } from '../../server/src/features/objectListing';
import { runCli, scratchDir, toolInstalled, writeScratch } from '../helpers';
import { LspSession } from '../lsp';
import { kpatchLayout } from '../oracle/kpatch-layout';

const AS = 'powerpc64le-linux-gnu-as';
const OBJDUMP = 'powerpc64le-linux-gnu-objdump';
const skip = toolInstalled(AS) && toolInstalled(OBJDUMP) ? false : `${AS} and ${OBJDUMP} are needed`;

/**
 * A live-patch module as modpost leaves it: P calls the kernel's helper (extern, so with a
 * nop), .modinfo says livepatch=Y, struct module's name at offset 24 of .gnu.linkonce.this_module.
 */
const MODULE = `
	.abiversion 2
	.section .text
	.globl	P
	.type	P, @function
P:
0:	addis	2,12,.TOC.-0b@ha
	addi	2,2,.TOC.-0b@l
	.localentry P,.-P
	mflr	0
	std	0,16(1)
	stdu	1,-32(1)
	bl	kernel_helper
	nop
	addi	3,3,1
	addi	1,1,32
	ld	0,16(1)
	mtlr	0
	blr
	.size	P,.-P
	.globl	Q
	.type	Q, @function
Q:	li	3,7
	blr
	.size	Q,.-Q
	.section .modinfo,"a"
	.asciz	"livepatch=Y"
	.asciz	"license=GPL"
	.section .gnu.linkonce.this_module,"aw"
	.space	24
	.asciz	"livepatch_demo"
	.space	1024-24-15
`;

function build(dir: string): string {
  const source = writeScratch(dir, 'demo.s', MODULE);
  const object = join(dir, 'demo.ko');
  execFileSync(AS, ['-a64', '-mpower8', source, '-o', object]);
  return object;
}

test('a module as modpost leaves it: no findings; its kpatch layout: 6.1\'s message from the .ko, and the same in tocsin run', { skip }, () => {
  const dir = scratchDir();
  const module = build(dir);
  assert.deepEqual([runCli(['check', module]).code, runCli(['check', '--format', 'json', module]).stdout.trim()], [0, '[]']);

  const { bytes, callOffset, after } = kpatchLayout(readFileSync(module), 'kernel_helper');
  const patched = writeScratch(dir, 'patched.ko', Buffer.from(bytes));
  const r = runCli(['check', '--format', 'json', patched]);
  assert.equal(r.code, 1, r.stderr);
  const [finding]: CheckReport[] = JSON.parse(r.stdout);
  const word = after.toString(16).padStart(8, '0');
  // The call's next word is at +0x18 of P; P runs to Q at 0x30 (kallsyms' size).
  const kernel = `livepatch_demo: Expected nop after call, got ${word} at P+0x18/0x30 [livepatch_demo]`;
  assert.deepEqual(
    { ...finding, message: undefined },
    { file: patched, kind: 'rule', severity: 'error', code: 'livepatch-call-lacks-nop', message: undefined, section: '.text', offset: `0x${callOffset.toString(16)}`, address: '0x0000000000000014', location: 'P+0x14' },
  );
  assert.ok(finding.message.endsWith(`"${kernel}"`), finding.message);
  assert.match(runCli(['check', patched]).stdout, new RegExp(`^${patched.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\(\\.text\\+0x14\\) P\\+0x14: error: `));

  // objdump -dr does not show the relocation (it is not in .rela.text); disasm -r says the same.
  const listing = execFileSync(OBJDUMP, ['-dr', patched], { encoding: 'utf8' });
  assert.doesNotMatch(listing, /klp/);
  assert.equal(runCli(['disasm', '-r', patched]).stdout, listing);

  writeScratch(dir, 'kernel.S', '\t.text\n\t.globl\tkernel_helper\nkernel_helper:\n\tli\tr3,41\n\tblr\n');
  writeScratch(dir, 'load.scenario.json', JSON.stringify({
    inputs: [{ file: 'kernel.S', role: 'kernel', address: '0xc000000000000000' }, { file: 'patched.ko', role: 'module', address: '0xc008000000000000' }],
    kernel: { paca: '0xc000000002000000', threadInfo: '0xc000000002100000', stack: { address: '0xc000000003000000', size: '0x4000' } },
    call: { function: 'P' }, expect: { status: 'load-failed' },
  }));
  const run = runCli(['run', join(dir, 'load.scenario.json'), '--format', 'json', '--root', dir]);
  const result = JSON.parse(run.stdout);
  assert.equal(result.status, 'load-failed');
  assert.deepEqual(result.findings.map((f: { message: string }) => f.message), [kernel]);
});

test('disasm equals objdump -d and -dr on an object with data in its code, zero runs and several symbols at one address', { skip }, () => {
  const dir = scratchDir();
  const source = writeScratch(dir, 'mix.s', `
	.text
	nop
	.globl f, g
	.type f,@function
	.weak w
f: g: w:
	bl	ext
	nop
	.long 0,0,0
	b	.+12
	bl	f+8
	.section .text.other,"ax",@progbits
h:	.long 0
	blr
	.long 0
`);
  const object = join(dir, 'mix.o');
  execFileSync(AS, ['-a64', source, '-o', object]);
  for (const [ours, theirs] of [[[], '-d'], [['-r'], '-dr']] as const) {
    assert.equal(runCli(['disasm', ...ours, object]).stdout, execFileSync(OBJDUMP, [theirs, object], { encoding: 'utf8' }), theirs);
  }
  assert.equal(runCli(['disasm', '--section', '.text.other', object]).stdout, execFileSync(OBJDUMP, ['-d', '--section=.text.other', object], { encoding: 'utf8' }));
  assert.equal(runCli(['disasm', '--start-address', '0x8', '--stop-address', '0x1c', object]).stdout,
    execFileSync(OBJDUMP, ['-d', '--start-address=0x8', '--stop-address=0x1c', object], { encoding: 'utf8' }));
});

test('damaged ELF files: one clear error each, exit 2, the other files still read', { skip }, () => {
  const dir = scratchDir();
  const good = readFileSync(build(dir));
  const v = new DataView(good.buffer, good.byteOffset, good.byteLength);
  const shoff = Number(v.getBigUint64(40, true));
  const variants: [string, Buffer, RegExp][] = [
    ['truncated.ko', good.subarray(0, 40), /truncated ELF header$/],
    ['headers-past-end.ko', good.subarray(0, shoff + 64 * 3), /truncated ELF: \d+ section headers at 0x[0-9a-f]+ run past the end of the file/],
  ];
  const wild = Buffer.from(good);
  const wv = new DataView(wild.buffer, wild.byteOffset, wild.byteLength);
  // The symbol table's second entry claims section 0x9999.
  const shnum = wv.getUint16(60, true);
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * 64;
    if (wv.getUint32(at + 4, true) === 2) wv.setUint16(Number(wv.getBigUint64(at + 24, true)) + 24 + 6, 0x9999, true);
  }
  variants.push(['wild-symbol.ko', wild, /symbol 1 .* is in section 39321, out of range/]);
  const wildRelocation = Buffer.from(good);
  const rv = new DataView(wildRelocation.buffer, wildRelocation.byteOffset, wildRelocation.byteLength);
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * 64;
    if (rv.getUint32(at + 4, true) === 4) rv.setUint32(Number(rv.getBigUint64(at + 24, true)) + 12, 0x7fffffff, true);
  }
  variants.push(['wild-relocation.ko', wildRelocation, /relocation 0 of \.rela\.\S+ names symbol 2147483647, out of range/]);
  const huge = join(dir, 'huge.ko');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 1 << 30);
  closeSync(fd);
  const files = variants.map(([name, bytes]) => writeScratch(dir, name, bytes));
  for (const command of ['check', 'disasm']) {
    const r = runCli([command, ...files, huge, join(dir, 'demo.ko')]);
    assert.equal(r.code, 2, command);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, variants.length + 1, r.stderr);
    variants.forEach(([name, , pattern], i) => assert.match(lines[i], new RegExp(`^tocsin ${command}: .*${name}: (bad ELF: )?${pattern.source}`), lines[i]));
    assert.match(lines.at(-1)!, /huge\.ko: file too large \(1073741824 bytes/);
    if (command === 'disasm') assert.match(r.stdout, /<P>:/, 'the good file is still disassembled');
  }
});

test('the language server gives a built object\'s listing with the findings on its lines, and its parts', { skip }, async () => {
  const dir = scratchDir();
  const patched = writeScratch(dir, 'patched.ko', Buffer.from(kpatchLayout(readFileSync(build(dir)), 'kernel_helper').bytes));
  const lsp = await LspSession.start();
  try {
    await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await lsp.connection.sendNotification('initialized', {});
    const overview = await lsp.connection.sendRequest<ObjectOverview>('tocsin/objectOverview', { file: patched });
    assert.deepEqual(overview.parts.map((p) => p.kind), ['whole'], 'a small object opens whole');
    const listing = await lsp.connection.sendRequest<ObjectListing>('tocsin/objectListing', { file: patched, part: overview.parts[0] });
    assert.equal(listing.text, execFileSync(OBJDUMP, ['-dr', patched], { encoding: 'utf8' }));
    assert.deepEqual(listing.findings.map((f) => [listing.text.split('\n')[f.line].trim(), f.code]), [['14:\t01 00 00 48 \tbl      14 <P+0x14>', 'livepatch-call-lacks-nop']]);
    const damaged = writeScratch(dir, 'damaged.ko', readFileSync(patched).subarray(0, 100));
    assert.match((await lsp.connection.sendRequest<{ error: string }>('tocsin/objectOverview', { file: damaged })).error, /truncated ELF/);
  } finally {
    await lsp.stop();
  }
});

test('a large object is offered per section, and a section too large for one document per function', { skip }, () => {
  const dir = scratchDir();
  // 1.1 MiB of code in .text (past the whole-listing limit's estimate), a small .init.text.
  const functions = Array.from({ length: 64 }, (_, i) => `\t.globl f${i}\n\t.type f${i},@function\nf${i}:\n\t.rept 4500\n\tnop\n\t.endr\n\tblr\n\t.size f${i},.-f${i}\n`).join('');
  const source = writeScratch(dir, 'big.s', `\t.text\n${functions}\t.section .init.text,"ax",@progbits\ninit:\tblr\n`);
  const object = join(dir, 'big.o');
  execFileSync(AS, ['-a64', source, '-o', object]);
  const { parts } = objectOverview(object);
  assert.deepEqual(parts.filter((p) => p.kind === 'section').map((p) => p.name), ['.text', '.init.text']);
  const functions64 = parts.filter((p) => p.kind === 'function');
  assert.equal(functions64.length, 64);
  assert.deepEqual([functions64[1].name, functions64[1].start, functions64[1].stop], ['f1', '0x0000000000004654', '0x0000000000008ca8']);
});

test('.debug_line gives each instruction the file:line objdump -dl gives it (DWARF 4 and 5, gcc and as)', { skip: skip || (toolInstalled('powerpc64le-linux-gnu-gcc') ? false : 'gcc is needed') }, () => {
  const dir = scratchDir();
  const c = writeScratch(dir, 'lines.c', [
    'extern long helper(long);', 'static long twice(long x) { return 2 * x; }', 'long g(long x) {', '  long y = helper(x);',
    '  if (y > 3)', '    y += twice(y);', '  return y + helper(y + 1);', '}', '',
  ].join('\n'));
  const objects: string[] = [];
  for (const version of [4, 5]) {
    const o = join(dir, `lines-${version}.o`);
    execFileSync('powerpc64le-linux-gnu-gcc', ['-c', '-O2', `-gdwarf-${version}`, '-ffunction-sections', c, '-o', o]);
    objects.push(o);
  }
  const s = writeScratch(dir, 'lines.s', MODULE);
  execFileSync(AS, ['-a64', '--gdwarf-5', s, '-o', join(dir, 'lines-as.o')]);
  objects.push(join(dir, 'lines-as.o'));
  let compared = 0;
  for (const o of objects) {
    const bytes = readFileSync(o);
    const object = readElfObject(new Uint8Array(bytes), o);
    let section = -1;
    let line: string | undefined;
    for (const l of execFileSync(OBJDUMP, ['-dl', o], { encoding: 'utf8' }).split('\n')) {
      const header = /^Disassembly of section (.+):$/.exec(l);
      if (header) section = object.sections.findIndex((x) => x.name === header[1]);
      const where = /^(\/.*|[^\s:]+):(\d+)( \(discriminator \d+\))?$/.exec(l);
      if (where) line = `${where[1]}:${where[2]}`;
      const insn = /^ *([0-9a-f]+):\t/.exec(l);
      if (!insn || !line) continue;
      const found = object.sourceLine!(section, parseInt(insn[1], 16));
      assert.equal(found && `${found.file}:${found.line}`, line, `${o} ${l}`);
      compared++;
    }
  }
  assert.ok(compared > 40, `${compared} instructions compared`);
});
