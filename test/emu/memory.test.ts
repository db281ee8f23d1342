import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, MemoryFault, PERM_R, PERM_W, PERM_X } from '../../server/src/emu/memory.js';
import { Machine, getRegister, registersJson, setRegister } from '../../server/src/emu/machine.js';

const split = (a: bigint): [number, number] => [Number(a >> 32n) | 0, Number(a & 0xffffffffn) | 0];

test('pages appear on first touch inside regions and read as zero', () => {
  const mem = new Memory();
  mem.map('data', 0x1000n, 0x3000n, PERM_R | PERM_W);
  assert.equal(mem.read32(...split(0x2ffcn)), 0);
  mem.write32(...split(0x2ffcn), 0x11223344);
  assert.equal(mem.read8(...split(0x2ffcn)), 0x44, 'little-endian by default');
  assert.equal(mem.read16(...split(0x2ffen)), 0x1122);
});

test('64-bit accesses, byte order and page-crossing accesses', () => {
  for (const littleEndian of [true, false]) {
    const mem = new Memory(littleEndian);
    mem.map('data', 0x10000n, 0x2000n, PERM_R | PERM_W);
    mem.write64(...split(0x10ffdn), 0x55667788, 0x11223344); // crosses into the next page
    mem.read64(...split(0x10ffdn));
    assert.deepEqual([mem.hi >>> 0, mem.lo >>> 0], [0x11223344, 0x55667788]);
    const bytes = [...mem.peek(0x10ffdn, 8)!];
    assert.deepEqual(bytes, littleEndian ? [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11] : [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
    assert.equal(mem.read32(...split(0x10ffen)) >>> 0, littleEndian ? 0x44556677 : 0x22334455);
  }
});

test('faults name the address, the access and the reason', () => {
  const mem = new Memory();
  mem.map('text', 0x10000000n, 0x1000n, PERM_R | PERM_X);
  assert.throws(() => mem.read32(...split(0x20000000n)), (e: unknown) =>
    e instanceof MemoryFault && e.address === 0x20000000n && e.access === 'read' && e.reason === 'unmapped address');
  assert.throws(() => mem.write8(...split(0x10000010n), 1), (e: unknown) =>
    e instanceof MemoryFault && e.access === 'write' && /text is r-x/.test(e.reason));
  mem.map('data', 0x10001000n, 0x1000n, PERM_R | PERM_W);
  assert.throws(() => mem.fetchPage(...split(0x10001000n)), (e: unknown) => e instanceof MemoryFault && /data is rw-/.test(e.reason));
});

test('a store across a page boundary into a read-only page changes nothing', () => {
  const mem = new Memory();
  mem.map('data', 0x1000n, 0x1000n, PERM_R | PERM_W);
  mem.map('rodata', 0x2000n, 0x1000n, PERM_R);
  assert.throws(() => mem.write64(...split(0x1ffcn), -1, -1), MemoryFault);
  assert.deepEqual([...mem.peek(0x1ffcn, 4)!], [0, 0, 0, 0]);
});

test('64-bit addresses: kernel space pages are distinct from user pages with the same low half', () => {
  const mem = new Memory();
  mem.map('kernel', 0xc000000000001000n, 0x1000n, PERM_R | PERM_W);
  mem.map('user', 0x1000n, 0x1000n, PERM_R | PERM_W);
  mem.write32(...split(0xc000000000001000n), 7);
  assert.equal(mem.read32(...split(0x1000n)), 0);
  assert.equal(mem.read32(...split(0xc000000000001000n)), 7);
});

test('the journal sees the old bytes of every store', () => {
  const mem = new Memory();
  mem.map('data', 0x1000n, 0x1000n, PERM_R | PERM_W);
  mem.write32(...split(0x1000n), 0x01020304);
  const seen: [bigint, number[]][] = [];
  mem.journal = (a, old) => seen.push([a, [...old]]);
  mem.write16(...split(0x1002n), 0xffff);
  assert.deepEqual(seen, [[0x1002n, [0x02, 0x01]]]);
});

test('registers by name: GPRs, XER composed from its flags, CR, VSRs of 128 bits', () => {
  const m = new Machine();
  m.set('r5', 0xdeadbeefcafef00dn);
  m.set('xer', 0xe00c007fn); // SO OV CA, OV32 CA32, byte count 0x7f
  m.set('vs40', 0x0123456789abcdef_fedcba9876543210n);
  assert.equal(m.get('r5'), 0xdeadbeefcafef00dn);
  assert.equal(m.get('xer'), 0xe00c007fn);
  assert.equal(m.get('vs40'), 0x0123456789abcdef_fedcba9876543210n);
  setRegister(m.s, 'cr', 0x12345678n);
  assert.equal(getRegister(m.s, 'cr'), 0x12345678n);
  const json = registersJson(m.s);
  assert.equal(json.r5, '0xdeadbeefcafef00d');
  assert.equal(json.cr, '0x0000000012345678');
  assert.deepEqual(Object.keys(json), [...Array.from({ length: 32 }, (_, i) => `r${i}`), 'cr', 'lr', 'ctr', 'xer', 'msr']);
});
