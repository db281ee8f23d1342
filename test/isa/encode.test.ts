import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble } from '../../server/src/isa/disasm.js';
import { encodeInstruction, type Encoded } from '../../server/src/isa/encode.js';
import { roundTrip } from './roundtrip-check.js';

const encode = (text: string, address = 0n) => {
  const e = encodeInstruction(text, { address });
  if ('error' in e) throw new Error(e.error);
  return e;
};
const hex = (e: Encoded) => e.words.map((w) => w.toString(16).padStart(8, '0')).join(' ');

test('every word of the objdump fixtures round-trips: disassemble, encode the text, same bytes', () => {
  for (const name of ['objdump-sample.txt', 'objdump-enumerate.txt']) {
    const words = readFileSync(join(process.cwd(), 'test/fixtures/isa', name), 'utf8').split('\n')
      .filter((l) => l && !l.startsWith('#')).map((l) => parseInt(l.split('\t')[0], 16)).filter((w) => w >>> 26 !== 1);
    const bytes = new Uint8Array(words.length * 4);
    words.forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w, true));
    const failed = disassemble(bytes).map((d) => ({ d, r: roundTrip(d) })).filter(({ r }) => r.result === 'failed')
      .map(({ d, r }) => `${d.word.toString(16)} ${d.text}: ${'detail' in r ? r.detail : ''}`);
    assert.deepEqual(failed, []);
  }
});

test('GNU as encodings of common kernel instructions', () => {
  assert.equal(hex(encode('addis r2,r12,25')), '3c4c0019');
  assert.equal(hex(encode('ld r3,16(r1)')), 'e8610010');
  assert.equal(hex(encode('stdu r1,-112(r1)')), 'f821ff91');
  assert.equal(hex(encode('mflr r0')), '7c0802a6');
  assert.equal(hex(encode('cmpdi cr7,r3,0')), '2fa30000');
  assert.equal(hex(encode('cmpwi r3,0')), '2c030000');
  assert.equal(hex(encode('bl 0x100', 0x40n)), '480000c1');
  assert.equal(hex(encode('beq- cr1,0x20', 0x10n)), '41c60010');
  assert.equal(hex(encode('rldicr r3,r4,5,58')), '78832ea4');
  assert.equal(hex(encode('sldi r3,r4,5')), '78832ea4');
  assert.equal(hex(encode('pld r9,16')), '04100000 e5200010');
});

test('assembler-only extended mnemonics', () => {
  assert.equal(hex(encode('subi r3,r4,8')), hex(encode('addi r3,r4,-8')));
  assert.equal(hex(encode('extrdi r3,r4,8,16')), hex(encode('rldicl r3,r4,24,56')));
  assert.equal(hex(encode('insrdi r3,r4,8,16')), hex(encode('rldimi r3,r4,40,16')));
  assert.equal(hex(encode('rotrdi r3,r4,8')), hex(encode('rldicl r3,r4,56,0')));
  assert.equal(hex(encode('la r3,8(r1)')), hex(encode('addi r3,r1,8')));
  assert.equal(hex(encode('sub r3,r4,r5')), hex(encode('subf r3,r5,r4')));
  assert.equal(hex(encode('twlnl r3,r4')), hex(encode('twlge r3,r4')));
  assert.equal(hex(encode('mtsprg1 r3')), hex(encode('mtsprg 1,r3')));
  assert.equal(hex(encode('cmp cr1,1,r3,r4')), hex(encode('cmpd cr1,r3,r4')));
  assert.equal(hex(encode('bnl cr2,0x40')), hex(encode('bge cr2,0x40')));
  assert.equal(hex(encode('bt 4*cr1+eq,0x40')), hex(encode('beq cr1,0x40')));
});

test('relocations are chosen as GNU as chooses them', () => {
  const relocs = (text: string) => encode(text).relocations.map((r) => `${r.offset} ${r.type} ${r.symbol}${r.addend ? '+' + r.addend : ''}`);
  assert.deepEqual(relocs('addis r2,r12,.TOC.-.@ha'), ['0 R_PPC64_REL16_HA .TOC.']);
  assert.deepEqual(relocs('ld r3,foo@toc@l(r2)'), ['0 R_PPC64_TOC16_LO_DS foo']);
  assert.deepEqual(relocs('addis r3,r2,foo@toc@ha'), ['0 R_PPC64_TOC16_HA foo']);
  assert.deepEqual(relocs('lwz r3,foo@l(r4)'), ['0 R_PPC64_ADDR16_LO foo']);
  assert.deepEqual(relocs('std r3,foo@l(r4)'), ['0 R_PPC64_ADDR16_LO_DS foo']);
  assert.deepEqual(relocs('bl foo'), ['0 R_PPC64_REL24 foo']);
  assert.deepEqual(relocs('bl foo@notoc'), ['0 R_PPC64_REL24_NOTOC foo']);
  assert.deepEqual(relocs('b foo+4'), ['0 R_PPC64_REL24 foo+4']);
  assert.deepEqual(relocs('beq foo'), ['0 R_PPC64_REL14 foo']);
  assert.deepEqual(relocs('pld r3,foo@pcrel'), ['0 R_PPC64_PCREL34 foo']);
  assert.deepEqual(relocs('pld r3,foo@got@pcrel'), ['0 R_PPC64_GOT_PCREL34 foo']);
  assert.deepEqual(relocs('lis r3,foo@highest'), ['0 R_PPC64_ADDR16_HIGHEST foo']);
  assert.equal(hex(encode('pla r3,foo@pcrel')), '06100000 38600000');
});

test('errors name the operand that is out of range or of the wrong kind', () => {
  const error = (text: string) => {
    const e = encodeInstruction(text);
    assert.ok('error' in e, `${text} should not encode`);
    return e.error;
  };
  assert.match(error('addi r3,r4,40000'), /operand 3 \(SI\).*out of range -32768\.\.32767/);
  assert.match(error('addi r3,f4,1'), /operand 2 \(RA0\).*general-purpose register/);
  assert.match(error('ld r3,6(r1)'), /operand 2 \(DS\).*multiple of 4/);
  assert.match(error('frob r3'), /unknown instruction 'frob'/);
  assert.match(error('lwz r3,r4'), /needs a base register/);
});

// Expected words and relocations from powerpc64le-linux-gnu-as 2.40 on the same lines.
test('rotate-and-mask with a 32-bit mask in place of MB,ME, and @high/@higha, as GNU as takes them', () => {
  assert.equal(hex(encode('rlwinm r7,r3,8,0xffffffff')), '5467403e');
  assert.equal(hex(encode('rlwinm r7,r3,0,0xff0000ff')), '5467060e');
  assert.equal(hex(encode('rlwinm. r7,r3,4,0x00fff000')), '54672227');
  assert.equal(hex(encode('rlwnm r3,r4,r5,0x0000ffff')), '5c832c3e');
  assert.equal(hex(encode('rlwimi r3,r4,8,0xff00')), '5083442e');
  assert.match((encodeInstruction('rlwinm r3,r4,0,0xf0f0') as { error: string }).error, /not one run of ones/);
  assert.equal(encode('lis r3,sym@high').relocations[0].type, 'R_PPC64_ADDR16_HIGH');
  assert.equal(encode('addi r3,r3,sym@higha').relocations[0].type, 'R_PPC64_ADDR16_HIGHA');
});
