// The preprocessor against gcc: fixtures/*.expected are `powerpc64le-linux-gnu-gcc -E -P
// -x assembler-with-cpp` outputs (fixtures/gen-expected.sh), compared line by line with
// blank lines dropped and indentation trimmed; then the source map and bad input.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { preprocess, type PreprocessOptions } from '../../server/src/parse/preprocess';

const fixtures = join(__dirname, 'fixtures');

function readFixture(path: string): string | undefined {
  const full = join(fixtures, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

const significant = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.S'))) {
  test(`${name} expands as gcc -E -P does`, () => {
    const result = preprocess({ path: name, text: readFixture(name)! }, { includePaths: [], readFile: readFixture, predefined: 'none' });
    assert.deepEqual(significant(result.text), significant(readFixture(name.replace(/\.S$/, '.expected'))!));
  });
}

/** Preprocesses in-memory files: `files['main.S']` is the input. */
function run(files: Record<string, string>, options: Partial<PreprocessOptions> = {}) {
  return preprocess({ path: 'main.S', text: files['main.S'] }, {
    includePaths: ['inc'],
    readFile: (path) => files[path.replace(/^\.\//, '')],
    ...options,
  });
}

test('one output line per source line, with includes in between', () => {
  const result = run({
    'main.S': '#include <a.h>\nfirst\n#define TWO(x) x x\nTWO(\n  y\n) after\nlast\n',
    'inc/a.h': 'from_header\n',
  });
  const lines = result.text.split('\n');
  assert.equal(lines[1], 'from_header');
  assert.deepEqual(result.map.lineOrigin(1), { path: 'inc/a.h', line: 0 });
  assert.equal(lines[2], 'first');
  assert.deepEqual(result.map.lineOrigin(2), { path: 'main.S', line: 1 });
  assert.equal(lines[4], 'y y after');
  assert.equal(lines[5], '');
  assert.equal(lines[6], '');
  assert.equal(lines[7], 'last');
  assert.deepEqual(result.map.lineOrigin(7), { path: 'main.S', line: 6 });
  assert.deepEqual(result.includes, ['main.S', 'inc/a.h']);
});

test('positions map back through macro expansions', () => {
  const result = run({ 'main.S': '#define LOAD(r, v) li r, v\n\tLOAD(r11, 42)\n' });
  const line = result.text.split('\n')[1];
  const argument = result.map.originalPosition(1, line.indexOf('r11'));
  assert.deepEqual(argument, {
    path: 'main.S', line: 1, column: 6,
    expansions: [{ macro: 'LOAD', path: 'main.S', line: 1, column: 1 }],
  });
  const fromBody = result.map.originalPosition(1, line.indexOf('li'));
  assert.equal(fromBody?.line, 0);
  assert.equal(fromBody?.column, 19);
  assert.equal(result.macros.get('LOAD')?.location?.line, 0);
});

test('ppc64le kernel predefines and caller defines', () => {
  const result = run({
    'main.S': '#if defined(__powerpc64__) && _CALL_ELF == 2 && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && CONFIG_X\nyes __ASSEMBLY__\n#endif\n',
  }, { defines: { CONFIG_X: '1' } });
  assert.deepEqual(significant(result.text), ['yes 1']);
});

test('#if arithmetic is 64-bit, signed or unsigned as cpp does it', () => {
  const result = run({
    'main.S': [
      '#if -1 > 0u', 'a', '#endif',
      '#if (0x7fffffffffffffff + 1) < 0', 'b', '#endif',
      '#if 0xffffffffffffffff == -1', 'c', '#endif',
      '#if (1 << 63) >> 63 == -1', 'd', '#endif',
      '#if 0 && 1 / 0', '#else', 'e', '#endif',
      '#if __has_include(<a.h>) && !__has_include("nope.h")', 'f', '#endif',
    ].join('\n'),
    'inc/a.h': '',
  });
  assert.deepEqual(significant(result.text), ['a', 'b', 'c', 'd', 'e', 'f']);
  assert.deepEqual(result.diagnostics, []);
});

test('recursive macros stop by the painted-blue rule', () => {
  const result = run({ 'main.S': '#define a b\n#define b a\n#define f(x) f(x) g\na f(f(1))\n' });
  assert.deepEqual(significant(result.text), ['a f(f(1) g) g']);
});

// The timeout guards against a hang; speed itself is measured in bench/, not here.
test('exponential expansion hits the step limit with a diagnostic', { timeout: 30_000 }, () => {
  const defines = ['#define A0 x x'];
  for (let i = 1; i <= 40; i++) defines.push(`#define A${i} A${i - 1} A${i - 1}`);
  const result = run({ 'main.S': `${defines.join('\n')}\nA40\n` }, { maxExpansionSteps: 100_000 });
  assert.equal(result.diagnostics.filter((d) => d.code === 'expansion-limit').length, 1);
  assert.equal(result.diagnostics[0].line, 41);
});

test('an include cycle stops at the depth limit, naming the chain', () => {
  const result = run({ 'main.S': '#include "a.h"\n', 'a.h': '#include "b.h"\n', 'b.h': '#include "a.h"\n' }, { maxIncludeDepth: 10 });
  const depth = result.diagnostics.filter((d) => d.code === 'include-depth');
  assert.equal(depth.length, 1);
  assert.match(depth[0].message, /main\.S -> a\.h -> b\.h -> a\.h/);
});

test('a missing include is an error listing the search paths', () => {
  const result = run({ 'main.S': 'x\n#include <missing.h>\ny\n' });
  assert.equal(result.diagnostics.length, 1);
  assert.deepEqual({ ...result.diagnostics[0], message: '' }, {
    path: 'main.S', line: 1, column: 9, severity: 'error', code: 'include-not-found', message: '',
  });
  assert.match(result.diagnostics[0].message, /missing\.h: No such file or directory \(searched: inc\)/);
  assert.deepEqual(significant(result.text), ['x', 'y']);
});

test('unbalanced conditionals are errors at the directive', () => {
  const result = run({ 'main.S': '#endif\n#if 1\n#else\n#else\n#endif\n#ifdef X\nz\n' });
  assert.deepEqual(result.diagnostics.map((d) => [d.line, d.code, d.message]), [
    [0, 'unbalanced-conditional', '#endif without #if'],
    [3, 'unbalanced-conditional', '#else after #else'],
    [5, 'unterminated-conditional', 'unterminated #ifdef'],
  ]);
});

test('#error is reported and preprocessing goes on', () => {
  const result = run({ 'main.S': '#error stop   here\n#warning careful\nafter\n' });
  assert.deepEqual(result.diagnostics.map((d) => [d.severity, d.message]), [['error', '#error stop here'], ['warning', '#warning careful']]);
  assert.deepEqual(significant(result.text), ['after']);
});

test('unterminated comment and string, and NUL bytes, are diagnostics', () => {
  const comment = run({ 'main.S': 'a\n/* never closed\nb\n' });
  assert.deepEqual(comment.diagnostics.map((d) => [d.line, d.code]), [[1, 'unterminated-comment']]);
  const quote = run({ 'main.S': "li r3, 'a # it's\n" });
  assert.deepEqual(significant(quote.text), ["li r3, 'a # it's"]);
  const nul = run({ 'main.S': 'a\0b\n' });
  assert.deepEqual(significant(nul.text), ['a b']);
  assert.equal(nul.diagnostics[0].code, 'null-character');
});

test('a 100,000-line file keeps one output line per source line', () => {
  const lines: string[] = ['#define OFF 16'];
  for (let i = 0; i < 100_000; i++) lines.push(i % 2 ? `\tstd r${i % 32}, OFF(r1)  # save` : `label${i}: addi r3, r3, 1 /* c */`);
  const result = run({ 'main.S': lines.join('\n') + '\n' });
  assert.equal(result.map.lineCount, 100_001);
  assert.equal(result.map.lineOrigin(100_000)?.line, 100_000);
});
