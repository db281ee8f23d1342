// The assembler against what GNU as 2.40 made of the same fixtures (stored beside them by
// test/oracle/asm-gas.ts --write), the objdump-style listing, diagnostics, and bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assembleFile, assembleSource } from '../../server/src/model/assembler/index';
import { objdumpListing } from '../../server/src/model/assembler/listing';
import { asmCommand } from '../../server/src/commands/asm';
import { checkObjects } from '../../server/src/analysis/tocRules';
import { assembledFacts, compareFacts, type ObjectFacts } from '../oracle/asm-elf';

const fixtures = join(__dirname, '..', 'fixtures', 'asm');
const scratch = mkdtempSync(join(tmpdir(), 'tocsin-asm-test-'));

const codes = (text: string, path = 't.s') => assembleSource(path, text).diagnostics.map((d) => d.code);

for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.s'))) {
  test(`${name}: sections, symbols and relocations as GNU as made them`, () => {
    const result = assembleFile(join(fixtures, name));
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
    const expected = JSON.parse(readFileSync(join(fixtures, name.replace(/\.s$/, '.expected.json')), 'utf8')) as ObjectFacts;
    assert.deepEqual(compareFacts(expected, assembledFacts(result.assembled)), []);
  });

  test(`${name}: the listing is objdump -dr's`, () => {
    const result = assembleFile(join(fixtures, name));
    const expected = readFileSync(join(fixtures, name.replace(/\.s$/, '.objdump')), 'utf8');
    assert.equal(objdumpListing(result.assembled, name.replace(/\.s$/, '.o')), expected);
  });
}

test('the object model: instruction sites, local entries, relocations by name, sources', () => {
  const text = '\t.globl f\n\t.type f,@function\nf:\n0:\taddis 2,12,(.TOC.-0b)@ha\n\taddi 2,2,(.TOC.-0b)@l\n\t.localentry f,.-f\n\tbl g\n\tnop\n\tblr\n';
  const { object } = assembleSource('f.s', text);
  const text0 = object.sections[0];
  assert.equal(text0.instructions.length, 5);
  assert.deepEqual(text0.instructions.map((i) => i.source.range.start.line), [3, 4, 6, 7, 8]);
  const f = object.symbols.find((s) => s.name === 'f')!;
  assert.equal(f.localEntry, 8);
  assert.equal(f.binding, 'global');
  assert.deepEqual(object.relocations.map((r) => [r.offset, r.type, r.symbolName, r.addend]), [
    [0, 'R_PPC64_REL16_HA', '.TOC.', 0n], [4, 'R_PPC64_REL16_LO', '.TOC.', 4n], [8, 'R_PPC64_REL24', 'g', 0n],
  ]);
});

test('the TOC checks run unchanged on an assembled object', () => {
  const text = '\t.abiversion 2\n\t.globl f\n\t.type f,@function\nf:\n\tmflr 0\n\tbl ext\n\tmtlr 0\n\tblr\n';
  const { object } = assembleSource('f.s', text);
  const findings = checkObjects([object], { target: 'shared' });
  assert.ok(findings.some((f) => f.code === 'call-lacks-nop' && f.location.range.start.line === 5), JSON.stringify(findings.map((f) => [f.code, f.location.range.start.line])));
});

test('.localentry takes 0, 1, 4 ... 64 and rejects other values as GNU as does', () => {
  assert.deepEqual(codes('f:\n\t.localentry f, 3\n'), ['expression']);
  assert.deepEqual(codes('f:\n\t.localentry f, 16\n'), []);
  const { assembled } = assembleSource('t.s', 'f:\n\t.localentry f, 1\n');
  assert.equal(assembled.symbols.find((s) => s.name === 'f')!.other, 0x20);
});

test('diagnostics point at the line the user wrote, with both macro chains', () => {
  const cpp = assembleSource('t.S', '#define BAD(x) .byte x +\n\tnop\n\tBAD(1)\n');
  const d = cpp.diagnostics.find((x) => x.severity === 'error')!;
  assert.equal(d.line, 2);
  assert.equal(d.expansions[0].macro, 'BAD');
  const gas = assembleSource('t.s', '\t.macro m\n\t.byte 1 +\n\t.endm\n\tnop\n\tm\n');
  const e = gas.diagnostics.find((x) => x.severity === 'error')!;
  assert.equal(e.line, 4);
  assert.equal(e.spelling.line, 1);
  assert.deepEqual(e.macros.map((m) => [m.name, m.line]), [['m', 4]]);
});

test('bad input: a clear diagnostic each, no crash, no hang', () => {
  const started = performance.now();
  assert.ok(codes('\t.macro r\n\tr\n\t.endm\n\tr\n').includes('macro-depth'));
  assert.ok(codes('\t.macro a\n\tb\n\t.endm\n\t.macro b\n\ta\n\t.endm\n\ta\n').includes('macro-depth'));
  assert.deepEqual(codes('\t.if 1\n\t.byte 1\n'), ['unterminated-conditional']);
  assert.deepEqual(codes('\t.macro m\n\t.byte 1\n'), ['unterminated-block']);
  assert.deepEqual(codes('\t.rept 2\n\t.byte 1\n'), ['unterminated-block']);
  assert.deepEqual(codes('#if 1\n\t.byte 1\n', 't.S'), ['cpp-unterminated-conditional']);
  assert.ok(codes('\t.rept 1000000000\n\tnop\n\t.endr\n').includes('statement-limit'));
  assert.ok(codes('\t.endif\n\t.endm\n\t.else\n').every((c) => c === 'unbalanced-conditional' || c === 'unbalanced-block'));

  const cyclic = join(scratch, 'cycle.S');
  writeFileSync(cyclic, '#include "cycle.S"\n\tnop\n');
  assert.ok(assembleFile(cyclic).diagnostics.some((d) => d.code === 'cpp-include-depth'));
  const gasCycle = join(scratch, 'cycle.s');
  writeFileSync(gasCycle, '\t.include "cycle.s"\n');
  assert.ok(assembleFile(gasCycle).diagnostics.some((d) => d.code === 'include-depth'));

  const huge = join(scratch, 'huge.S');
  writeFileSync(huge, '');
  truncateSync(huge, 1024 * 1024 * 1024);
  const hugeResult = assembleFile(huge);
  assert.deepEqual(hugeResult.diagnostics.map((d) => d.code), ['io']);
  assert.match(hugeResult.diagnostics[0].message, /too large/);

  const junk = join(scratch, 'junk.S');
  writeFileSync(junk, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff, 0xfe]));
  assert.match(assembleFile(junk).diagnostics[0].message, /binary/);
  const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join('');
  assert.ok(assembleSource('noise.s', noise.replace(/(.{60})/g, '$1\n')).diagnostics.length > 0);
  assert.ok(performance.now() - started < 30_000);
});

test('tocsin asm: listing on stdout, diagnostics on stderr, exit codes', async () => {
  const file = join(scratch, 'bad.s');
  writeFileSync(file, '\tnop\n\tfrob 1\n');
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => { out += t; }, stderr: (t: string) => { err += t; } };
  assert.equal(await asmCommand.run([file], io), 1);
  assert.match(out, /Disassembly of section \.text:/);
  assert.match(err, /bad\.s:2:2: error: unknown instruction 'frob'/);
  assert.equal(await asmCommand.run([join(scratch, 'missing.s')], io), 2);
});
