import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble } from '../../server/src/isa/disasm.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const readFixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/isa', name), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t') as [string, string])
  .filter(([w]) => parseInt(w, 16) >>> 26 !== 1); // prefixed halves need their partner word

const text = (word: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, word, true);
  return norm(disassemble(b)[0].text);
};

for (const [name, minimum] of [['objdump-sample.txt', 500], ['objdump-enumerate.txt', 5000]] as const) {
  test(`every word in ${name} (made by objdump) disassembles to objdump's text`, () => {
    const fixture = readFixture(name);
    const wrong = fixture.filter(([w, t]) => text(parseInt(w, 16)) !== t).map(([w, t]) => `${w}: want ${t}, got ${text(parseInt(w, 16))}`);
    assert.ok(fixture.length > minimum);
    assert.deepEqual(wrong, []);
  });
}

test('branch targets are printed with their symbol', () => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setUint32(4, 0x4bfffffd, true); // bl .-4
  const d = disassemble(b, 0x100n, { symbols: (a) => (a === 0x100n ? 'f' : undefined) });
  assert.equal(norm(d[1].text), 'bl 100 <f>');
  assert.equal(d[1].target, 0x100n);
});

test('a branch before address 0 wraps to a 64-bit address, an absolute one to 32 bits', () => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setUint32(0, 0x4bfffffc, true); // b .-4
  new DataView(b.buffer).setUint32(4, 0x4bfffffe, true); // ba -4
  const d = disassemble(b);
  assert.equal(norm(d[0].text), 'b 0xfffffffffffffffc');
  assert.equal(norm(d[1].text), 'ba 0xfffffffc');
});

test('prefixed instructions take eight bytes; a prefix without a valid suffix is a .long', () => {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06000000, true); // pli r3,1234
  v.setUint32(4, 0x386004d2, true);
  v.setUint32(8, 0x04000000, true); // lone prefix at the end
  const d = disassemble(b);
  assert.equal(d.length, 2);
  assert.equal(norm(d[0].text), 'pli r3,1234');
  assert.equal(d[0].length, 8);
  assert.equal(d[1].text, '.long 0x4000000');
});
