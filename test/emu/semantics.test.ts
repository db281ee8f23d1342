// Instruction semantics on chosen edge cases. Expected values follow the ISA, and where it
// leaves results undefined, what qemu-ppc64le produces (checked by test/oracle/emu-qemu.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, machineWith, program, TEXT, wordsToBytes } from './helpers.js';
import { Cpu } from '../../server/src/emu/cpu.js';
import { Machine } from '../../server/src/emu/machine.js';
import { PERM_R, PERM_X } from '../../server/src/emu/memory.js';
import { resolve } from '../../server/src/emu/semantics/resolve.js';
import { lookupWord } from '../../server/src/isa/decode.js';
import { encode } from './helpers.js';

type Regs = Record<string, bigint>;

/** Runs the instructions from the given registers; returns the machine afterwards. */
function exec(regs: Regs, insns: [string, ...number[]][], opts: { bigEndian?: boolean } = {}) {
  const words = program(...insns);
  const { m, cpu } = machineWith(words, opts);
  for (const [k, v] of Object.entries(regs)) m.set(k, v);
  const stop = cpu.run(words.length);
  assert.equal(stop.kind, 'max-steps', stop.message);
  return m;
}

function expectRegs(m: ReturnType<typeof exec>, want: Regs, label: string): void {
  for (const [k, v] of Object.entries(want)) {
    assert.equal(`0x${m.get(k).toString(16)}`, `0x${v.toString(16)}`, `${label}: ${k}`);
  }
}

const XER_SO = 0x80000000n, XER_OV = 0x40000000n, XER_CA = 0x20000000n, XER_OV32 = 0x80000n, XER_CA32 = 0x40000n;
const M = (v: bigint) => BigInt.asUintN(64, v);

const cases: { label: string; regs: Regs; insns: [string, ...number[]][]; want: Regs }[] = [
  { label: 'addo. into the sign bit', regs: { r4: 0x7fffffffffffffffn, r5: 1n }, insns: [['addo.', 3, 4, 5]],
    want: { r3: 0x8000000000000000n, xer: XER_SO | XER_OV, cr: 0x90000000n } },
  { label: 'addo: word overflow sets OV32 only', regs: { r4: 0x7fffffffn, r5: 1n }, insns: [['addo', 3, 4, 5]],
    want: { r3: 0x80000000n, xer: XER_OV32 } },
  { label: 'addc carries out of both halves', regs: { r4: M(-1n), r5: 1n }, insns: [['addc', 3, 4, 5]],
    want: { r3: 0n, xer: XER_CA | XER_CA32 } },
  { label: 'subfc borrows (no carry)', regs: { r4: 5n, r5: 3n }, insns: [['subfc', 3, 4, 5]], want: { r3: M(-2n), xer: 0n } },
  { label: 'subfc without borrow', regs: { r4: 3n, r5: 5n }, insns: [['subfc', 3, 4, 5]], want: { r3: 2n, xer: XER_CA | XER_CA32 } },
  { label: 'adde takes CA in', regs: { r4: M(-1n), r5: 0n, xer: XER_CA }, insns: [['adde', 3, 4, 5]], want: { r3: 0n, xer: XER_CA | XER_CA32 } },
  { label: 'subfme with no carry in', regs: { r4: 0n, xer: 0n }, insns: [['subfme', 3, 4]], want: { r3: M(-2n), xer: XER_CA | XER_CA32 } },
  { label: 'neg, subf', regs: { r4: 5n, r5: 3n }, insns: [['neg', 3, 4], ['subf', 6, 4, 5], ['neg', 7, 6]], want: { r3: M(-5n), r6: M(-2n), r7: 2n } },
  { label: 'nego of the most negative', regs: { r4: 0x8000000000000000n }, insns: [['nego', 3, 4]], want: { r3: 0x8000000000000000n, xer: XER_SO | XER_OV } },
  { label: 'addic. sets CA and CR0', regs: { r4: M(-1n) }, insns: [['addic.', 3, 4, 1]], want: { r3: 0n, xer: XER_CA | XER_CA32, cr: 0x20000000n } },
  { label: 'subfic', regs: { r4: 10n }, insns: [['subfic', 3, 4, 3]], want: { r3: M(-7n), xer: 0n } },
  { label: 'addex uses and sets OV as its carry', regs: { r4: M(-1n), r5: 0n, xer: XER_OV }, insns: [['addex', 3, 4, 5, 0]], want: { r3: 0n, xer: XER_OV | XER_OV32 } },
  { label: 'li/lis/addis with RA = 0', regs: { r0: 99n }, insns: [['li', 3, -1], ['lis', 4, -32768], ['addi', 5, 0, 7]],
    want: { r3: M(-1n), r4: 0xffffffff80000000n, r5: 7n } },
  { label: 'mullwo: the full product, OV when it leaves 32 bits', regs: { r4: 0x10000n, r5: 0x10000n }, insns: [['mullwo', 3, 4, 5]],
    want: { r3: 0x100000000n, xer: XER_SO | XER_OV | XER_OV32 } },
  { label: 'mulhw zero-extends its high word', regs: { r4: M(-2n), r5: 3n }, insns: [['mulhw', 3, 4, 5]], want: { r3: 0xffffffffn } },
  { label: 'mulhdu and mulhd', regs: { r4: M(-1n), r5: M(-1n) }, insns: [['mulhdu', 3, 4, 5], ['mulhd', 6, 4, 5]], want: { r3: M(-2n), r6: 0n } },
  { label: 'mulldo overflow', regs: { r4: 0x100000000n, r5: 0x80000000n }, insns: [['mulldo', 3, 4, 5]], want: { r3: 0x8000000000000000n, xer: XER_SO | XER_OV | XER_OV32 } },
  { label: 'divw zero-extends; -6/3', regs: { r4: M(-6n), r5: 3n }, insns: [['divw', 3, 4, 5]], want: { r3: 0xfffffffen } },
  { label: 'divwo by zero returns the dividend', regs: { r4: 0x12345678n, r5: 0n }, insns: [['divwo', 3, 4, 5]],
    want: { r3: 0x12345678n, xer: XER_SO | XER_OV | XER_OV32 } },
  { label: 'divw of the most negative by -1', regs: { r4: 0x80000000n, r5: M(-1n) }, insns: [['divw', 3, 4, 5]], want: { r3: 0x80000000n } },
  { label: 'divdu by zero', regs: { r4: 42n, r5: 0n }, insns: [['divdu', 3, 4, 5]], want: { r3: 42n } },
  { label: 'divd', regs: { r4: M(-7n), r5: 2n }, insns: [['divd', 3, 4, 5]], want: { r3: M(-3n) } },
  { label: 'divde: RA/RB scaled by 2^64', regs: { r4: 1n, r5: 3n }, insns: [['divde', 3, 4, 5]], want: { r3: 0x5555555555555555n } },
  { label: 'divdeo overflow gives 0', regs: { r4: 3n, r5: 3n }, insns: [['divdeo', 3, 4, 5]], want: { r3: 0n, xer: XER_SO | XER_OV | XER_OV32 } },
  { label: 'divwe sign-extends', regs: { r4: M(-1n), r5: 2n }, insns: [['divwe', 3, 4, 5]], want: { r3: M(-0x80000000n) } },
  { label: 'modsw, moduw by zero', regs: { r4: M(-7n), r5: 2n, r6: 0n }, insns: [['modsw', 3, 4, 5], ['moduw', 7, 4, 6]], want: { r3: M(-1n), r7: 0n } },
  { label: 'modud', regs: { r4: 100n, r5: 7n }, insns: [['modud', 3, 4, 5]], want: { r3: 2n } },
  { label: 'maddld/maddhdu', regs: { r4: M(-1n), r5: 2n, r6: 5n }, insns: [['maddld', 3, 4, 5, 6], ['maddhdu', 7, 4, 5, 6]], want: { r3: 3n, r7: 2n } },
  { label: 'cmpw compares low words, cmpd all 64 bits', regs: { r4: 0x100000000n, r5: 1n, xer: XER_SO },
    insns: [['cmpw', 0, 4, 5], ['cmpd', 1, 4, 5], ['cmpldi', 2, 5, 1]], want: { cr: 0x95300000n } },
  { label: 'cmprb in one or two ranges', regs: { r4: 0x41n, r5: 0x5a41n, r6: 0x7a615a41n, r7: 0x7a61n },
    insns: [['cmprb', 0, 0, 4, 5], ['cmprb', 1, 1, 4, 6], ['cmprb', 2, 0, 5, 5], ['cmprb', 3, 0, 4, 7]], want: { cr: 0x44400000n } },
  { label: 'cmpeqb', regs: { r4: 0x33n, r5: 0x1122334455667788n }, insns: [['cmpeqb', 3, 4, 5], ['cmpeqb', 4, 5, 4]], want: { cr: 0x00040000n } },
  { label: 'setb, setbc, setnbcr', regs: { cr: 0x84000000n }, insns: [['setb', 3, 0], ['setb', 4, 1], ['setbc', 5, 0], ['setnbcr', 6, 1]],
    want: { r3: M(-1n), r4: 1n, r5: 1n, r6: M(-1n) } },
  { label: 'isel with RA = 0', regs: { r5: 9n, cr: 0x20000000n }, insns: [['isel', 3, 0, 5, 2], ['isel', 4, 0, 5, 0]], want: { r3: 0n, r4: 9n } },
  { label: 'logicals and immediates', regs: { r4: 0xf0f0f0f0f0f0f0f0n, r5: 0xff00ff00ff00ff00n },
    insns: [['and', 3, 4, 5], ['andc', 6, 4, 5], ['nand', 7, 4, 5], ['eqv', 8, 4, 5], ['andi.', 9, 4, 0xff], ['oris', 10, 4, 0x1234], ['xoris', 11, 4, 0xffff]],
    want: { r3: 0xf000f000f000f000n, r6: 0x00f000f000f000f0n, r7: 0x0fff0fff0fff0fffn, r8: 0xf00ff00ff00ff00fn, r9: 0xf0n, r10: 0xf0f0f0f0f2f4f0f0n, r11: 0xf0f0f0f00f0ff0f0n, cr: 0x40000000n } },
  { label: 'extensions and counts', regs: { r4: 0x80n, r5: 0x0000000100000000n },
    insns: [['extsb', 3, 4], ['cntlzd', 6, 5], ['cntlzw', 7, 5], ['cnttzd', 8, 5], ['cnttzw', 9, 5], ['popcntb', 10, 3], ['prtyd', 11, 4]],
    want: { r3: M(-128n), r6: 31n, r7: 32n, r8: 32n, r9: 32n, r10: 0x0808080808080801n, r11: 0n } },
  { label: 'byte reversals', regs: { r4: 0x0102030405060708n }, insns: [['brd', 3, 4], ['brw', 5, 4], ['brh', 6, 4]],
    want: { r3: 0x0807060504030201n, r5: 0x0403020108070605n, r6: 0x0201040306050807n } },
  { label: 'cmpb and bpermd', regs: { r4: 0x1122334455667788n, r5: 0x1100330055007700n, r6: 0x3f3e3d3c00010203n, r7: 0x8000000000000001n },
    insns: [['cmpb', 3, 4, 5], ['bpermd', 8, 6, 7]], want: { r3: 0xff00ff00ff00ff00n, r8: 0x88n } },
  { label: 'pdepd, pextd, cfuged, cntlzdm', regs: { r4: 0b1011n, r5: 0xf0n },
    insns: [['pdepd', 3, 4, 5], ['pextd', 6, 3, 5], ['cfuged', 7, 3, 5], ['cntlzdm', 8, 3, 5]],
    want: { r3: 0xb0n, r6: 0b1011n, r7: 0xbn, r8: 0n } },
  { label: 'rlwinm with a wrapping mask keeps the doubled word in the high half', regs: { r4: 0x12345678n },
    insns: [['rlwinm', 3, 4, 0, 28, 3]], want: { r3: 0x1234567810000008n } },
  { label: 'rlwimi inserts', regs: { r3: M(-1n), r4: 0n }, insns: [['rlwimi', 3, 4, 8, 16, 23]], want: { r3: 0xffffffffffff00ffn } },
  { label: 'rldicl, rldicr, rldic, rldimi', regs: { r4: 0x0123456789abcdefn, r8: 0n },
    insns: [['rldicl', 3, 4, 4, 8], ['rldicr', 5, 4, 4, 55], ['rldic', 6, 4, 8, 16], ['rldimi', 8, 4, 32, 0]],
    want: { r3: 0x003456789abcdef0n, r5: 0x123456789abcde00n, r6: 0x00006789abcdef00n, r8: 0x89abcdef00000000n } },
  { label: 'sraw sets CA when a negative value loses ones', regs: { r4: 0xfffffffdn, r5: 1n, r6: 40n },
    insns: [['sraw', 3, 4, 5], ['srawi', 7, 4, 0], ['sraw', 8, 4, 6]], want: { r3: M(-2n), r7: M(-3n), r8: M(-1n), xer: XER_CA | XER_CA32 } },
  { label: 'srad, sld and srd with amounts past the width', regs: { r4: 0x8000000000000000n, r5: 64n, r6: 63n },
    insns: [['sld', 3, 4, 5], ['srd', 7, 4, 6], ['srad', 8, 4, 5]], want: { r3: 0n, r7: 1n, r8: M(-1n), xer: XER_CA | XER_CA32 } },
  { label: 'slw/srw clear the high word', regs: { r4: 0xffffffff80000001n, r5: 1n },
    insns: [['slw', 3, 4, 5], ['srw', 6, 4, 5]], want: { r3: 2n, r6: 0x40000000n } },
  { label: 'extswsli', regs: { r4: 0x80000000n }, insns: [['extswsli', 3, 4, 4]], want: { r3: 0xfffffff800000000n } },
  { label: 'CR logicals, mcrf, mfcr, mtcrf, mtocrf, mfocrf', regs: { cr: 0x80000000n, r4: 0x0000000f0000000fn },
    insns: [['cror', 2, 0, 1], ['crnot', 3, 0], ['mcrf', 7, 0], ['mfcr', 5], ['mtocrf', 0x01, 4], ['mfocrf', 6, 0x80]],
    want: { r5: 0xa000000an, cr: 0xa000000fn, r6: 0xa0000000n } },
  { label: 'mcrxrx', regs: { xer: XER_OV | XER_CA32 }, insns: [['mcrxrx', 0]], want: { cr: 0x90000000n } },
  { label: 'XER keeps its low word only', regs: { r4: 0xffffffffffffffffn }, insns: [['mtxer', 4], ['mfxer', 3]], want: { r3: 0xffffffffn } },
  { label: 'priority nops set PPR (problem state: low, medium-low, medium only)', regs: { ppr: 0x0010000000000000n },
    insns: [['mr', 6, 6], ['mfspr', 8, 896], ['mr', 31, 31], ['mfspr', 9, 896], ['mr', 1, 1], ['mfspr', 10, 896]],
    want: { r8: 0x000c000000000000n, r9: 0x000c000000000000n, r10: 0x0008000000000000n } },
  { label: 'LR, CTR and TAR moves', regs: { r4: 0x1234n }, insns: [['mtlr', 4], ['mtctr', 4], ['mtspr', 815, 4], ['mflr', 5], ['mfctr', 6], ['mfspr', 7, 815]],
    want: { r5: 0x1234n, r6: 0x1234n, r7: 0x1234n } },
  { label: 'GPR and VSR moves', regs: { r4: 0x1122334455667788n, r5: 0x99n },
    insns: [['mtvsrdd', 40, 4, 5], ['mfvsrld', 3, 40], ['mfvrd', 6, 8], ['mtvsrws', 1, 5], ['mfvsrld', 7, 1], ['xxpermdi', 2, 40, 1, 1], ['mffprd', 8, 2], ['mfvsrld', 9, 2]],
    want: { r3: 0x99n, r6: 0x1122334455667788n, r7: 0x9900000099n, r8: 0x1122334455667788n, r9: 0x9900000099n } },
  { label: 'fneg, fabs, fcpsgn change sign bits only; FPR writes zero doubleword 1', regs: { vs1: (0x3ff0000000000000n << 64n) | 0x1234n },
    insns: [['fneg', 2, 1], ['fabs', 3, 2], ['fcpsgn', 4, 2, 1], ['mffprd', 5, 2], ['mffprd', 6, 3], ['mffprd', 7, 4], ['mfvsrld', 8, 1], ['mfvsrld', 9, 2]],
    want: { r5: 0xbff0000000000000n, r6: 0x3ff0000000000000n, r7: 0xbff0000000000000n, r8: 0x1234n, r9: 0n } },
];

for (const c of cases) {
  test(`semantics: ${c.label}`, () => expectRegs(exec(c.regs, c.insns), c.want, c.label));
}

test('loads and stores: widths, sign, update, index, byte reversal', () => {
  const m = exec({ r31: DATA, r4: 0x8182838485868788n, r30: 8n }, [
    ['std', 4, 0, 31], ['lbz', 5, 0, 31], ['lha', 6, 6, 31], ['lwa', 7, 4, 31], ['ldbrx', 9, 31, 30],
    ['stwbrx', 4, 31, 30], ['lwzx', 10, 31, 30], ['lhzu', 8, 2, 31], ['stbux', 4, 31, 30], ['lbz', 11, 0, 31],
  ]);
  expectRegs(m, {
    r5: 0x88n, r6: 0xffffffffffff8182n, r7: 0xffffffff81828384n, r9: 0n, r10: 0x88878685n, r8: 0x8586n, r31: DATA + 10n, r11: 0x88n,
  }, 'loads');
});

test('lfs and stfs convert between single and double bit-exactly, signalling NaNs too', () => {
  const { m, cpu } = machineWith(program(['lfs', 1, 0, 31], ['lfs', 2, 4, 31], ['stfs', 2, 8, 31], ['mffprd', 3, 1], ['mffprd', 4, 2]));
  m.set('r31', DATA);
  m.mem.poke(DATA, new Uint8Array([0x00, 0x00, 0x80, 0x3f, 0x01, 0x00, 0x80, 0x7f]));
  cpu.run(5);
  expectRegs(m, { r3: 0x3ff0000000000000n, r4: 0x7ff0000020000000n }, 'lfs');
  assert.deepEqual([...m.mem.peek(DATA + 8n, 4)!], [0x01, 0x00, 0x80, 0x7f]);
});

test('lxvx reverses all 16 bytes in little-endian mode, lxvd2x keeps doubleword order', () => {
  const { m, cpu } = machineWith(program(['lxvx', 40, 0, 31], ['lxvd2x', 41, 0, 31]));
  m.set('r31', DATA);
  m.mem.poke(DATA, Uint8Array.from({ length: 16 }, (_, i) => i));
  cpu.run(2);
  assert.equal(m.get('vs40'), 0x0f0e0d0c0b0a0908_0706050403020100n);
  assert.equal(m.get('vs41'), 0x0706050403020100_0f0e0d0c0b0a0908n);
});

test('big-endian mode: loads and stores in big-endian byte order', () => {
  const { m, cpu } = machineWith(program(['std', 4, 0, 31], ['lwz', 5, 0, 31], ['lhbrx', 6, 0, 31]), { bigEndian: true });
  m.set('r31', DATA);
  m.set('r4', 0x1122334455667788n);
  assert.equal(cpu.run(3).kind, 'max-steps');
  expectRegs(m, { r5: 0x11223344n, r6: 0x2211n }, 'big-endian');
});

test('reservations: stwcx. succeeds once after lwarx, fails without or after a change', () => {
  const m = exec({ r31: DATA, r4: 7n, r5: 8n }, [
    ['lwarx', 3, 0, 31, 0], ['stwcx.', 4, 0, 31], ['mfocrf', 6, 0x80], ['stwcx.', 5, 0, 31], ['mfocrf', 7, 0x80],
    ['lwarx', 3, 0, 31, 0], ['stb', 5, 0, 31], ['stwcx.', 4, 0, 31], ['mfocrf', 8, 0x80], ['lwz', 9, 0, 31],
  ]);
  expectRegs(m, { r6: 0x20000000n, r7: 0n, r8: 0n, r9: 8n }, 'reservation');
});

test('prefixed: paddi, pli, pla and PC-relative pld', () => {
  const { m, cpu } = machineWith(program(['paddi', 3, 4, -(2 ** 33), 0], ['pli', 5, 2 ** 33 - 1], ['pla', 6, 0x100, 0, 1], ['pld', 7, Number(DATA - TEXT) - 24, 0, 1]));
  m.set('r4', 1n);
  m.mem.poke(DATA, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  assert.equal(cpu.run(4).kind, 'max-steps');
  expectRegs(m, { r3: M(1n - 2n ** 33n), r5: 2n ** 33n - 1n, r6: TEXT + 16n + 0x100n, r7: 0x0807060504030201n, pc: TEXT + 32n }, 'prefixed');
});

test('branches: bdnz counts, bl links, blr returns, beq skips', () => {
  const words = program(
    ['li', 3, 3], ['mtctr', 3], ['addi', 4, 4, 1], ['bdnz', -4], // 0..12: r4 = 3
    ['bl', 8], ['b', 16], // 16: bl to 24; 20: b to 36
    ['mflr', 5], ['addi', 5, 5, 4], ['blr'], // 24..32: return to 20
    ['cmpdi', 0, 4, 3], ['beq', 0, 8], ['li', 6, 1], ['li', 7, 2], // 36..48: skips li r6
  );
  const { m, cpu } = machineWith(words);
  assert.equal(cpu.run(100).kind, 'illegal-instruction', 'the zero word after the code');
  expectRegs(m, { r4: 3n, r5: TEXT + 24n, r6: 0n, r7: 2n, ctr: 0n, lr: TEXT + 20n }, 'branches');
});

test('absolute branches (AA) go to the sign-extended address; bla links', () => {
  const m = new Machine();
  m.mem.map('low', 0x1000n, 0x1000n, PERM_R | PERM_X);
  m.mem.poke(0x1000n, wordsToBytes(program(['bla', 0x1010], ['nop'], ['nop'], ['nop'], ['li', 3, 5], ['ba', 0x1008])));
  m.pc = 0x1000n;
  const cpu = new Cpu(m);
  assert.equal(cpu.run(3).kind, 'max-steps');
  assert.equal(m.get('r3'), 5n);
  assert.equal(m.get('lr'), 0x1004n);
  assert.equal(m.pc, 0x1008n);
});

test('extended mnemonics run their base instruction with the flags of their variant', () => {
  const key = (m: string, ...ops: number[]) => {
    const r = resolve(lookupWord(encode(m, ...ops)[0])!);
    return [r.key, r.rc, r.oe, r.lk, r.aa].join(' ');
  };
  assert.equal(key('li', 3, 1), 'addi false false false false');
  assert.equal(key('mr.', 3, 4), 'or true false false false');
  assert.equal(key('addo.', 3, 4, 5), 'add true true false false');
  assert.equal(key('blr'), 'bclr false false false false');
  assert.equal(key('bctrl'), 'bcctr false false true false');
  assert.equal(key('bdnz', 8), 'bc false false false false');
  assert.equal(key('mflr', 0), 'mfspr false false false false');
  assert.equal(key('srdi', 3, 4, 5), 'rldicl false false false false');
  assert.equal(key('andi.', 3, 4, 5), 'andi. false false false false');
});

test('addpcis and lnia add the next instruction address and D << 16', () => {
  const m = exec({}, [['addpcis', 3, 1], ['lnia', 4], ['addpcis', 5, -1]]);
  expectRegs(m, { r3: TEXT + 4n + 0x10000n, r4: TEXT + 8n, r5: TEXT + 12n - 0x10000n }, 'addpcis');
});

test('BCD assists: addg6s, cdtbcd, cbcdtd', () => {
  const m = exec({
    // 19 + 28 in BCD: the sixes-biased 19, and 28.
    r4: 0x666666666666667fn, r5: 0x28n, r6: 0xf000000000000000n, r7: 0x1000000000000000n,
    // Declets of 123 (0x0a3) and 999 (0x0ff) in the low word; 0 and the non-canonical 999 (0x3ff) under junk in the high.
    r8: 0xfff003ff_00028cffn,
    // BCD 123999 and 999; an undefined digit A (taken as 8) under junk.
    r9: 0x00123999_00000999n, r10: 0xff00000an,
  }, [['addg6s', 3, 4, 5], ['addg6s', 11, 6, 7], ['cdtbcd', 12, 8], ['cbcdtd', 13, 9], ['cbcdtd', 14, 10]]);
  expectRegs(m, {
    r3: 0x6666666666666660n, r11: 0x0666666666666666n, r12: 0x00000999_00123999n, r13: 0x00028cff_000000ffn, r14: 0x8n,
  }, 'BCD');
});

test('cbcdtd then cdtbcd gives back every three-digit BCD value', () => {
  const { m, cpu } = machineWith(program(['cbcdtd', 5, 4], ['cdtbcd', 6, 5]));
  const seen = new Set<bigint>();
  for (let n = 0; n < 1000; n++) {
    const bcd = BigInt(parseInt(String(n), 16));
    m.set('r4', (bcd << 32n) | (bcd << 12n) | bcd);
    m.pc = TEXT;
    cpu.run(2);
    assert.equal(m.get('r6'), m.get('r4'), `BCD ${n}`);
    seen.add(m.get('r5') & 0x3ffn);
  }
  assert.equal(seen.size, 1000, 'distinct declets');
});

const bytes = (n: number, from = 0) => Uint8Array.from({ length: n }, (_, i) => from + i);

test('lq, stq, plq, pstq: the pair order in both byte orders', () => {
  const words = program(['lq', 4, 0, 31], ['plq', 6, 0, 31, 0], ['stq', 4, 16, 31], ['pstq', 4, 32, 31, 0]);
  const le = machineWith(words);
  le.m.set('r31', DATA);
  le.m.mem.poke(DATA, bytes(16));
  assert.equal(le.cpu.run(4).kind, 'max-steps');
  // Little-endian: lq takes the quadword as one byte-reversed value (r4 from EA+8), plq does not.
  expectRegs(le.m, { r4: 0x0f0e0d0c0b0a0908n, r5: 0x0706050403020100n, r6: 0x0706050403020100n, r7: 0x0f0e0d0c0b0a0908n }, 'LE loads');
  assert.deepEqual([...le.m.mem.peek(DATA + 16n, 16)!], [...bytes(16)]);
  assert.deepEqual([...le.m.mem.peek(DATA + 32n, 16)!], [...bytes(8, 8), ...bytes(8)]);
  const be = machineWith(words, { bigEndian: true });
  be.m.set('r31', DATA);
  be.m.mem.poke(DATA, bytes(16));
  assert.equal(be.cpu.run(4).kind, 'max-steps');
  expectRegs(be.m, { r4: 0x0001020304050607n, r5: 0x08090a0b0c0d0e0fn, r6: 0x0001020304050607n, r7: 0x08090a0b0c0d0e0fn }, 'BE loads');
  assert.deepEqual([...be.m.mem.peek(DATA + 16n, 16)!], [...bytes(16)]);
  assert.deepEqual([...be.m.mem.peek(DATA + 32n, 16)!], [...bytes(16)]);
});

test('lqarx and stqcx.: the quadword reservation pair stores while memory holds what lqarx loaded, and fails after a change', () => {
  // lqarx r4,0,r31; stqcx. r6,0,r31; lqarx r8,0,r31; stb r0,3(r31); stqcx. r6,0,r31; stqcx. r6,0,r31
  const { m, cpu } = machineWith(program(
    ['lqarx', 4, 0, 31], ['stqcx.', 6, 0, 31], ['lqarx', 8, 0, 31], ['stb', 0, 3, 31], ['stqcx.', 6, 0, 31], ['stqcx.', 6, 0, 31],
  ));
  m.set('r31', DATA);
  m.mem.poke(DATA, bytes(16));
  m.set('r6', 0x1111111111111111n);
  m.set('r7', 0x2222222222222222n);
  assert.equal(cpu.run(2).kind, 'max-steps');
  expectRegs(m, { r4: 0x0f0e0d0c0b0a0908n, r5: 0x0706050403020100n }, 'lqarx pairs as lq does in little-endian mode');
  assert.equal(m.get('cr') >> 28n, 2n, 'stqcx. succeeded: CR0 EQ');
  // The even register goes to EA+8, as lq's pair does.
  assert.deepEqual([...m.mem.peek(DATA, 16)!], [...Array(8).fill(0x22), ...Array(8).fill(0x11)]);
  assert.equal(cpu.run(3).kind, 'max-steps');
  assert.equal(m.get('cr') >> 28n, 0n, 'a store into the quadword after lqarx: stqcx. fails');
  assert.equal(m.mem.peek(DATA + 3n, 1)![0], 0);
  assert.equal(cpu.run(1).kind, 'max-steps');
  assert.equal(m.get('cr') >> 28n, 0n, 'the reservation is gone after a stqcx.');
  const unaligned = machineWith(program(['lqarx', 4, 0, 31]));
  unaligned.m.set('r31', DATA + 8n);
  assert.equal(unaligned.cpu.run(1).kind, 'fault');
});

test('big-endian load multiple and string loads: low words from the left, high words zeroed, wrapping to r0', () => {
  const { m, cpu } = machineWith(program(
    ['lmw', 29, 4, 3], ['lswi', 5, 3, 7], ['lswx', 8, 3, 4], ['lswi', 30, 3, 12], ['lswx', 12, 3, 4],
  ), { bigEndian: true });
  m.mem.poke(DATA, bytes(32));
  for (const r of ['r0', 'r5', 'r6', 'r9', 'r12']) m.set(r, M(-1n));
  m.set('r3', DATA);
  m.set('r4', 1n);
  m.set('xer', 5n);
  assert.equal(cpu.run(4).kind, 'max-steps');
  expectRegs(m, { r29: 0x04050607n, r30: 0x00010203n, r31: 0x04050607n, r0: 0x08090a0bn, r5: 0x00010203n, r6: 0x04050600n, r8: 0x01020304n, r9: 0x05000000n }, 'loads');
  m.set('xer', 0n);
  assert.equal(cpu.run(1).kind, 'max-steps');
  expectRegs(m, { r12: M(-1n) }, 'lswx with a zero byte count leaves RT alone');
});

test('big-endian store multiple and string stores', () => {
  const { m, cpu } = machineWith(program(['stmw', 30, 0, 3], ['stswi', 31, 3, 9], ['stswx', 5, 3, 4]), { bigEndian: true });
  m.set('r3', DATA);
  m.set('r4', 16n);
  m.set('r30', 0xffffffff00010203n);
  m.set('r31', 0x04050607n);
  m.set('r0', 0x08090a0bn);
  m.set('r5', 0x41424344n);
  m.set('r6', 0x45464748n);
  m.set('xer', 6n);
  assert.equal(cpu.run(1).kind, 'max-steps');
  assert.deepEqual([...m.mem.peek(DATA, 8)!], [...bytes(8)]);
  // stswi from r31 wraps to r0, then r1: 9 bytes, the byte after them untouched.
  m.set('r1', 0x0c0d0e0fn);
  assert.equal(cpu.run(2).kind, 'max-steps');
  assert.deepEqual([...m.mem.peek(DATA, 10)!], [...bytes(9, 4), 0]);
  assert.deepEqual([...m.mem.peek(DATA + 16n, 7)!], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0]);
});

test('string loads stop on the invalid form, and all six stop in little-endian mode', () => {
  const invalid = machineWith(program(['lswi', 5, 6, 8]), { bigEndian: true });
  assert.equal(invalid.cpu.run(1).kind, 'illegal-instruction');
  for (const insn of [['lmw', 29, 0, 3], ['stmw', 29, 0, 3], ['lswi', 5, 3, 4], ['lswx', 5, 3, 4], ['stswi', 5, 3, 4], ['stswx', 5, 3, 4]] as [string, ...number[]][]) {
    const { m, cpu } = machineWith(program(insn));
    m.set('r3', DATA);
    m.set('r5', 7n);
    const stop = cpu.run(1);
    assert.equal(stop.kind, 'fault', insn[0]);
    assert.match(stop.message, /little-endian mode/);
    assert.equal(m.pc, TEXT);
    assert.equal(m.get('r5'), 7n);
  }
});

test('VR element loads and stores use the lanes lvx and stvx use, in both byte orders', () => {
  const junk = 0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaan;
  const source = 0x00112233445566778899aabbccddeeffn;
  const words = program(['lvebx', 1, 31, 4], ['lvehx', 2, 31, 5], ['lvewx', 3, 31, 6], ['stvewx', 4, 31, 7], ['stvebx', 4, 31, 8], ['stvehx', 4, 31, 9]);
  const run = (bigEndian: boolean) => {
    const { m, cpu } = machineWith(words, { bigEndian });
    m.mem.poke(DATA, bytes(16));
    // r5 = 7 and r6 = 13 are rounded down to the element: EA 6 and 12.
    for (const [k, v] of Object.entries({ r31: DATA, r4: 5n, r5: 7n, r6: 13n, r7: 20n, r8: 31n, r9: 35n, vs33: junk, vs34: junk, vs35: junk, vs36: source })) m.set(k, v);
    assert.equal(cpu.run(6).kind, 'max-steps');
    return m;
  };
  const le = run(false);
  expectRegs(le, {
    vs33: 0xaaaaaaaaaaaaaaaa_aaaa05aaaaaaaaaan, vs34: 0xaaaaaaaaaaaaaaaa_0706aaaaaaaaaaaan, vs35: 0x0f0e0d0caaaaaaaa_aaaaaaaaaaaaaaaan,
  }, 'LE element loads');
  assert.deepEqual([...le.mem.peek(DATA + 20n, 4)!], [0xbb, 0xaa, 0x99, 0x88]);
  assert.deepEqual([...le.mem.peek(DATA + 31n, 1)!], [0x00]);
  assert.deepEqual([...le.mem.peek(DATA + 34n, 2)!], [0xdd, 0xcc]);
  const be = run(true);
  expectRegs(be, {
    vs33: 0xaaaaaaaaaa05aaaa_aaaaaaaaaaaaaaaan, vs34: 0xaaaaaaaaaaaa0607_aaaaaaaaaaaaaaaan, vs35: 0xaaaaaaaaaaaaaaaa_aaaaaaaa0c0d0e0fn,
  }, 'BE element loads');
  assert.deepEqual([...be.mem.peek(DATA + 20n, 4)!], [0x44, 0x55, 0x66, 0x77]);
  assert.deepEqual([...be.mem.peek(DATA + 31n, 1)!], [0xff]);
  assert.deepEqual([...be.mem.peek(DATA + 34n, 2)!], [0x22, 0x33]);
});

test('lvsl and lvsr: permute controls from EA & 15, the same in both byte orders', () => {
  for (const bigEndian of [false, true]) {
    const { m, cpu } = machineWith(program(['lvsl', 1, 3, 4], ['lvsr', 2, 3, 4], ['lvsr', 3, 0, 5]), { bigEndian });
    m.set('r3', 0x1000n);
    m.set('r4', 0x23n);
    m.set('r5', 0x40n);
    assert.equal(cpu.run(3).kind, 'max-steps');
    expectRegs(m, {
      vs33: 0x030405060708090a0b0c0d0e0f101112n, vs34: 0x0d0e0f101112131415161718191a1b1cn, vs35: 0x101112131415161718191a1b1c1d1e1fn,
    }, `lvsl/lvsr ${bigEndian ? 'BE' : 'LE'}`);
  }
});

test('wait, waitrsv and pause_short only hint', () => {
  const m = exec({ r3: 5n }, [['wait'], ['waitrsv'], ['pause_short'], ['addi', 3, 3, 1]]);
  expectRegs(m, { r3: 6n, pc: TEXT + 16n }, 'wait');
});
