import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble } from '../../server/src/isa/disasm.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const fixture = readFileSync(join(process.cwd(), 'test/fixtures/isa/objdump-sample.txt'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t') as [string, string])
  .filter(([w]) => parseInt(w, 16) >>> 26 !== 1); // prefixed halves need their partner word

const text = (word: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, word, true);
  return norm(disassemble(b)[0].text);
};

test('every word in the objdump-made fixture disassembles to objdump\'s text', () => {
  const wrong = fixture.filter(([w, t]) => text(parseInt(w, 16)) !== t).map(([w, t]) => `${w}: want ${t}, got ${text(parseInt(w, 16))}`);
  assert.ok(fixture.length > 500);
  assert.deepEqual(wrong, []);
});

test('branch targets are printed with their symbol', () => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setUint32(4, 0x4bfffffd, true); // bl .-4
  const d = disassemble(b, 0x100, { symbols: (a) => (a === 0x100 ? 'f' : undefined) });
  assert.equal(norm(d[1].text), 'bl 100 <f>');
  assert.equal(d[1].target, 0x100);
});
