// The bundled kernel prelude: its macros and constants, overrides, headers it lacks, and the
// seed documents' code samples (read from ../shared/seeds, never copied here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleSource } from '../../server/src/model/assembler/index';
import { extractSeedSamples, seedsAvailable, seedsDir } from '../seeds/extract';

const withPrelude = (text: string, defines?: Record<string, string>) => assembleSource('t.S', text, { prelude: true, defines });
const words = (bytes: Uint8Array) => Array.from({ length: bytes.length / 4 }, (_, i) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(i * 4, true));
const errors = (r: ReturnType<typeof withPrelude>) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line + 1}: ${d.message}`);

test('_GLOBAL_TOC: a global function with the TOC prologue and a local entry 8 bytes in', () => {
  const r = withPrelude('_GLOBAL_TOC(foo)\n\tblr\n');
  assert.deepEqual(errors(r), []);
  const foo = r.object.symbols.find((s) => s.name === 'foo')!;
  assert.equal(foo.type, 'func');
  assert.equal(foo.binding, 'global');
  assert.equal(foo.localEntry, 8);
  assert.deepEqual(r.object.relocations.map((x) => x.type), ['R_PPC64_REL16_HA', 'R_PPC64_REL16_LO']);
});

test('asm-offsets constants, and -D overrides them', () => {
  assert.deepEqual(words(withPrelude('\tld r2,PACATOC(r13)\n').object.sections[0].bytes), [0xe84d0010]);
  assert.deepEqual(words(withPrelude('\tLOAD_PACA_TOC()\n', { PACATOC: '24' }).object.sections[0].bytes), [0xe84d0018]);
  assert.deepEqual(words(withPrelude('\tstd r0,_NIP(r1)\n\tld r11,TI_livepatch_sp(r12)\n\tstdu r1,-SWITCH_FRAME_SIZE(r1)\n').object.sections[0].bytes),
    [0xf8010170, 0xe96c0010, 0xf821fe11]);
});

test('GPR save and restore in the older and the 6.x spellings', () => {
  const old = withPrelude('\tSAVE_8GPRS(0, r1)\n\tREST_GPR(3, r1)\n');
  const now = withPrelude('\tSAVE_GPRS(0, 7, r1)\n\tREST_GPRS(3, 3, r1)\n');
  assert.deepEqual(errors(old), []);
  const expected = [...Array.from({ length: 8 }, (_, n) => (0xf8010000 | (n << 21) | (112 + 8 * n)) >>> 0), 0xe8610088];
  assert.deepEqual(words(old.object.sections[0].bytes), expected);
  assert.deepEqual(words(now.object.sections[0].bytes), expected);
});

test('LOAD_REG_ADDR and LOAD_REG_IMMEDIATE leave TOC-relative and absolute relocations', () => {
  const r = withPrelude('\tLOAD_REG_ADDR(r3, var)\n\tLOAD_REG_IMMEDIATE(r11, helper)\n\tLOAD_REG_IMMEDIATE(r12, STACK_END_MAGIC)\n');
  assert.deepEqual(errors(r), []);
  assert.deepEqual(r.object.relocations.map((x) => `${x.type} ${x.symbolName}`), [
    'R_PPC64_TOC16_HA var', 'R_PPC64_TOC16_LO var',
    'R_PPC64_ADDR16_HIGHEST helper', 'R_PPC64_ADDR16_HIGHER helper', 'R_PPC64_ADDR16_HI helper', 'R_PPC64_ADDR16_LO helper',
  ]);
  assert.deepEqual(words(r.object.sections[0].bytes).slice(-5), [0x3d800000, 0x618c0000, 0x798c07c6, 0x658c57ac, 0x618c6e9d]);
});

test('EMIT_BUG_ENTRY writes a 12-byte __bug_table record', () => {
  const r = withPrelude('1:\ttdne r12,r2\n\tEMIT_BUG_ENTRY 1b, __FILE__, __LINE__ - 1, 0\n');
  assert.deepEqual(errors(r), []);
  const table = r.object.sections.find((s) => s.name === '__bug_table')!;
  assert.equal(table.bytes.length, 12);
  assert.deepEqual(r.object.relocations.filter((x) => x.section === r.object.sections.indexOf(table)).map((x) => x.type), ['R_PPC64_REL32', 'R_PPC64_REL32']);
});

test('a kernel header the prelude lacks reads as empty, with a note where it is included', () => {
  const r = withPrelude('\t.text\n#include <asm/some-header.h>\n\tnop\n');
  assert.deepEqual(errors(r), []);
  const note = r.diagnostics.find((d) => d.code === 'prelude-header')!;
  assert.equal(note.severity, 'info');
  assert.equal(note.line, 1);
  assert.ok(withPrelude('#include <sys/stat.h>\n').diagnostics.some((d) => d.code === 'cpp-include-not-found'));
});

// ---- the seed documents ----

const available = seedsAvailable();
/** Problems that come from a sample being an excerpt: labels, conditionals and symbols defined outside it. */
const EXCERPT_CODES = new Set(['undefined-local-label', 'cpp-unterminated-conditional', 'cpp-unbalanced-conditional']);
const results = available
  ? extractSeedSamples().filter((s) => s.grammar === 'ppc64asm').map((s) => ({ sample: s, result: assembleSource(`${s.seed}.S`, s.text, { prelude: true }) }))
  : [];
const describe = (s: (typeof results)[number], d: (typeof results)[number]['result']['diagnostics'][number]) =>
  `${s.sample.seed} ${s.sample.name}:${d.line + 1}: ${d.message} | ${s.sample.text.split('\n')[d.line]?.trim()}`;
const isExcerptArtifact = (d: (typeof results)[number]['result']['diagnostics'][number], text: string) =>
  EXCERPT_CODES.has(d.code) || (d.code === 'expression' && /^\.localentry expression for '(\w+)'/.test(d.message) && !text.includes(`_GLOBAL(${/'(\w+)'/.exec(d.message)![1]})`));
const encoderGaps = results.flatMap((s) => s.result.diagnostics.filter((d) => d.code === 'instruction').map((d) => describe(s, d)));

test('seed samples assemble with the prelude (excerpt artifacts aside)', { skip: available ? false : `seed documents not found at ${seedsDir}` }, () => {
  assert.ok(results.length >= 8);
  const instructions = results.reduce((n, r) => n + r.result.object.sections.reduce((m, s) => m + s.instructions.length, 0), 0);
  assert.ok(instructions > 150, `${instructions} instructions`);
  const problems = results.flatMap((s) => s.result.diagnostics
    .filter((d) => d.severity === 'error' && d.code !== 'instruction' && !isExcerptArtifact(d, s.sample.text))
    .map((d) => describe(s, d)));
  assert.deepEqual(problems, []);
});

test('every seed instruction encodes', { skip: !available, todo: encoderGaps.length ? `encoder: ${encoderGaps.join('; ')}` : false }, () => {
  assert.deepEqual(encoderGaps, []);
});
