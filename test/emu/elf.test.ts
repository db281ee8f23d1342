import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ElfError, loadElf, parseElf, STACK_SIZE, STACK_TOP } from '../../server/src/emu/elf.js';
import { DATA, elf, program, TEXT, wordsToBytes } from './helpers.js';

test('segments become regions with their permissions; registers start as qemu starts a process', () => {
  const bytes = elf({ text: wordsToBytes(program(['nop'], ['nop'])), data: new Uint8Array([1, 2, 3]), entry: 4 });
  const { machine } = loadElf(bytes);
  const regions = machine.mem.regions.map((r) => `${r.name} 0x${r.start.toString(16)} ${r.perms}`);
  assert.deepEqual(regions, [`text 0x${TEXT.toString(16)} 5`, `data 0x${DATA.toString(16)} 3`, `stack 0x${(STACK_TOP - STACK_SIZE).toString(16)} 3`]);
  assert.equal(machine.pc, TEXT + 4n);
  assert.equal(machine.get('r12'), TEXT + 4n, 'ELFv2: r12 holds the global entry');
  assert.ok(machine.get('r1') > STACK_TOP - STACK_SIZE && machine.get('r1') < STACK_TOP);
  assert.equal(machine.get('msr'), 0x9000000102806901n);
  assert.deepEqual([...machine.mem.peek(DATA, 4)!], [1, 2, 3, 0]);
});

test('big-endian ELFv1: the entry is a function descriptor giving the code address and r2', () => {
  const code = wordsToBytes(program(['nop']), true);
  const text = new Uint8Array(32);
  text.set(code);
  const v = new DataView(text.buffer);
  v.setBigUint64(16, TEXT, false); // descriptor at +16: code at TEXT, TOC 0x1234
  v.setBigUint64(24, 0x1234n, false);
  const { machine } = loadElf(elf({ text, bigEndian: true, entry: 16, abiVersion: 1 }));
  assert.ok(machine.bigEndian);
  assert.equal(machine.pc, TEXT);
  assert.equal(machine.get('r2'), 0x1234n);
  assert.equal(machine.get('msr') & 1n, 0n, 'MSR[LE] clear');
});

test('bad files are one-line ElfErrors', () => {
  const good = elf({ text: wordsToBytes(program(['nop'])) });
  const expectError = (bytes: Uint8Array, pattern: RegExp) =>
    assert.throws(() => loadElf(bytes), (e: unknown) => e instanceof ElfError && pattern.test(e.message) && !e.message.includes('\n'));
  expectError(new TextEncoder().encode('#!/bin/sh\necho hi\n'), /^not an ELF file$/);
  expectError(good.subarray(0, 40), /^truncated ELF header$/);
  expectError(good.subarray(0, 100), /truncated ELF: (program headers|segment 0) .*past the end of the file/);
  const x86 = good.slice();
  new DataView(x86.buffer).setUint16(18, 62, true);
  expectError(x86, /not a PowerPC64 ELF file \(machine 62\)/);
  const dynamic = good.slice();
  new DataView(dynamic.buffer).setUint32(64, 3, true);
  expectError(dynamic, /dynamically linked/);
  const badEntry = good.slice();
  new DataView(badEntry.buffer).setBigUint64(24, 0x5000n, true);
  expectError(badEntry, /entry point 0x5000 is not in an executable segment/);
  assert.equal(parseElf(good).segments.length, 1);
});
