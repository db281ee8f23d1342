// Messages about a `.S` line quote the line as written, not the preprocessor's output: GNU as
// (through gcc -x assembler-with-cpp) sees and quotes the expanded text; Tocsin maps the quote
// back through the source map.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { assembleSource } from '../../server/src/model/assembler/index';
import { scratchDir, toolInstalled, writeScratch } from '../helpers';

const GCC = 'powerpc64le-linux-gnu-gcc';

const SOURCE = [
  '#define r0 %r0',
  '#define ZAP(x) x zz',
  '\tnop',
  '\tMTMSRD(r0)',
  '\tZAP(r0)',
  '\tli r3, 1 )',
  '',
].join('\n');

test('a message quotes the text the line wrote, where GNU as quotes the expanded text', { skip: toolInstalled(GCC) ? false : `${GCC} is needed` }, () => {
  const path = writeScratch(scratchDir(), 'quotes.S', SOURCE);
  const errors = spawnSync(GCC, ['-c', '-x', 'assembler-with-cpp', path, '-o', '/dev/null'], { encoding: 'utf8' }).stderr;
  // The oracle: as reports lines 4 and 5, quoting cpp's output.
  assert.match(errors, /:4: Error: .*`mtmsrd\(%r0\)'/i);
  assert.match(errors, /:5: Error: .*`%'/);
  const messages = assembleSource(path, SOURCE).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line + 1}: ${d.message}`);
  assert.deepEqual(messages, [
    "4: junk at start of statement: 'MTMSRD(r0)'",
    // The quote ends in ZAP's body: the whole invocation stands for it.
    "5: junk at start of statement: 'ZAP(r0)'",
    // Text not touched by the preprocessor is quoted as it is.
    "6: junk at end of operand: ')'",
  ]);
});
