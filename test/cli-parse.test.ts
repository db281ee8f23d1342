// `tocsin parse` as a user runs it: exit codes, text and JSON output, bad input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, scratchDir, writeScratch } from './helpers';

const dir = scratchDir();
const goodAsm = writeScratch(dir, 'good.S', [
  '#include <asm/ppc_asm.h>',
  '_GLOBAL(tocsin_example)',
  '\taddis\tr2,r12,(.TOC.-tocsin_example)@ha',
  '\taddi\tr2,r2,(.TOC.-tocsin_example)@l',
  '.localentry tocsin_example,.-tocsin_example',
  '\tmflr\tr0',
  '\tbl\t_mcount',
  '\tblr',
  '',
].join('\n'));
const badAsm = writeScratch(dir, 'bad.S', 'ld r3,8(r1)\n@@@ !!\nblr\n');
const listing = writeScratch(dir, 'x.txt', [
  '',
  'x.o:     file format elf64-powerpcle',
  '',
  '',
  'Disassembly of section .text:',
  '',
  '0000000000000000 <f>:',
  '   0:\t00 00 4c 3c \taddis   r2,r12,0',
  '\t\t\t0: R_PPC64_REL16_HA\t.TOC.',
  '   4:\t00 00 42 38 \taddi    r2,r2,0',
  '\t\t\t4: R_PPC64_REL16_LO\t.TOC.+0x4',
  '   8:\t01 00 00 48 \tbl      8 <f+0x8>',
  '\t\t\t8: R_PPC64_REL24\tg',
  '   c:\t00 00 00 60 \tnop',
  '',
].join('\n'));

test('a clean assembly file parses with exit code 0 and a text summary', () => {
  const r = runCli(['parse', goodAsm]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /good\.S: ppc64asm, \d+ nodes, 0 errors, \d+\.\d\d ms/);
});

test('syntax errors give exit code 1 and 1-based line:column positions', () => {
  const r = runCli(['parse', badAsm]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /bad\.S:2:1: ERROR/);
});

test('json output has the documented shape', () => {
  const r = runCli(['parse', '--format', 'json', goodAsm, badAsm, listing]);
  assert.equal(r.code, 1);
  const reports = JSON.parse(r.stdout);
  assert.equal(reports.length, 3);
  for (const rep of reports) {
    assert.deepEqual(Object.keys(rep).sort(), ['errors', 'file', 'language', 'ms', 'nodes', 'parser']);
    assert.ok(rep.nodes > 5);
    assert.equal(typeof rep.ms, 'number');
  }
  assert.deepEqual(reports[0].errors, []);
  assert.equal(reports[1].errors[0].line, 2);
  assert.equal(reports[1].errors[0].kind, 'ERROR');
  assert.equal(reports[2].language, 'objdump', 'a listing saved as .txt is recognised by its header');
  assert.deepEqual(reports[2].errors, []);
});

test('a binary file gets one clear line and exit code 2, and other files are still parsed', () => {
  const binary = writeScratch(dir, 'vmlinux.o', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
  const r = runCli(['parse', '--format', 'json', binary, goodAsm]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /vmlinux\.o: binary file \(NUL byte at offset 7\)/);
  assert.equal(JSON.parse(r.stdout).length, 1);
});

test('invalid UTF-8, a missing file and a directory are I/O errors, never stack traces', () => {
  const latin1 = writeScratch(dir, 'latin1.S', Buffer.from('# caf\xe9\nblr\n', 'latin1'));
  for (const [file, message] of [[latin1, /not valid UTF-8/], [`${dir}/absent.S`, /no such file/], [dir, /is a directory/]] as const) {
    const r = runCli(['parse', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('usage errors exit 2 with one line', () => {
  for (const args of [['parse'], ['parse', '--format', 'xml', goodAsm], ['parse', '--bogus', goodAsm], ['frobnicate']]) {
    const r = runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('--language forces a grammar', () => {
  const r = runCli(['parse', '--format', 'json', '--language', 'objdump', goodAsm]);
  assert.equal(JSON.parse(r.stdout)[0].language, 'objdump');
});
