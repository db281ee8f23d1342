// Tocsin's assembler warnings and errors against what GNU as 2.40 printed for the same fixtures
// (stored beside them by test/oracle/asm-messages.ts --write): same lines, same words, no more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { messageFixtures, tocsinMessages } from '../oracle/asm-messages';

for (const source of messageFixtures()) {
  test(`${basename(source)}: GNU as's messages, no more and no fewer`, () => {
    const expected = readFileSync(source.replace(/\.s$/, '.messages'), 'utf8').split('\n').filter(Boolean);
    assert.deepEqual(tocsinMessages(source).sort(), expected.sort());
  });
}
