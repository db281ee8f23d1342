// Replays programs that qemu-ppc64le ran (see the fixture's `made` and `tools`) against the
// emulator without qemu: after every instruction, GPRs, CR, LR, CTR, XER and PC must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compareWithQemu, formatDivergence } from '../oracle/emu/compare.js';

const dir = join(process.cwd(), 'test/emu/fixtures');

for (const name of readdirSync(dir).filter((f) => f.startsWith('qemu-trace'))) {
  const fixture = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  test(`${name}: the emulator agrees with qemu after every instruction of the recorded programs`, () => {
    const raw = gunzipSync(Buffer.from(fixture.states, 'base64'));
    const states = new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const elf = gunzipSync(Buffer.from(fixture.elf, 'base64'));
    const result = compareWithQemu(elf, { states, count: fixture.instructions }, fixture.end);
    assert.equal(result.instructions, fixture.instructions);
    assert.ok(result.instructions > 500);
    assert.deepEqual(result.divergences.map(formatDivergence), []);
  });
}
