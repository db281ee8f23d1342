// 64-bit addresses through every layer: decode and text (against objdump's output at the same
// addresses), branch and PC-relative targets modulo 2^64, the encoder, the listing loader, the
// emulator's fetch, and the CLI's options and JSON. The bases straddle 2^53 (where a JavaScript
// number stops holding every address), kernel text, and the top of the address space.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeCalls } from '../server/src/analysis/calls';
import { functionEntries } from '../server/src/analysis/entryPoints';
import { disasmCommand } from '../server/src/commands/disasm';
import { Cpu } from '../server/src/emu/cpu';
import { Machine } from '../server/src/emu/machine';
import { PERM_R, PERM_X } from '../server/src/emu/memory';
import { parseAddress } from '../server/src/isa/address';
import { disassemble } from '../server/src/isa/disasm';
import { encodeInstruction } from '../server/src/isa/encode';
import { loadObjects } from './analysis/load';

const fixture = readFileSync(join(__dirname, 'fixtures/isa/addresses.txt'), 'utf8').split('\n');
const WORDS = /^# words: (.*)$/.exec(fixture[1])![1].split(' ').map((w) => parseInt(w, 16));
const BASES = [0n, 0x1fffffffffffffn, 0x20000000000000n, 0xc000000000000000n];
const TOP = 0xfffffffffffffffcn;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function bytesOf(words: number[]): Uint8Array {
  const b = new Uint8Array(words.length * 4);
  words.forEach((w, i) => new DataView(b.buffer).setUint32(i * 4, w, true));
  return b;
}

/** objdump's lines with an instruction, one block per base (a block starts where addresses jump). */
const objdumpBlocks: { address: bigint; text: string }[][] = [];
let previous: bigint | undefined;
for (const line of fixture.filter((l) => l && !l.startsWith('#'))) {
  // A prefixed instruction's second word has a line of its own, with bytes and no text.
  const [address, , ...text] = line.split('\t');
  const at = BigInt('0x' + address.replace(':', ''));
  if (previous === undefined || at !== previous + 4n) objdumpBlocks.push([]);
  previous = at;
  if (text.length) objdumpBlocks.at(-1)!.push({ address: at, text: norm(text.join('\t')) });
}

test('at 0, 2^53 - 1, 2^53 and kernel text, every instruction reads as objdump prints it there', () => {
  assert.equal(objdumpBlocks.length, BASES.length);
  BASES.forEach((base, i) => {
    const mine = disassemble(bytesOf(WORDS), base).map((d) => ({ address: d.address, text: norm(d.text) }));
    assert.deepEqual(mine, objdumpBlocks[i], `base 0x${base.toString(16)}`);
  });
});

test('branch and PC-relative targets are exact 64-bit addresses; an absolute branch sign-extends', () => {
  const [b, bl, bne, bdnz, ba, baNegative, pla, pld] = disassemble(bytesOf(WORDS), 0xc000000000000000n);
  assert.deepEqual([b, bl, bne, bdnz].map((d) => d.target), [0xc000000000000008n, 0xc000000000000000n, 0xc000000000000018n, 0xc000000000000004n]);
  assert.equal(ba.target, 0x100n);
  // objdump prints `ba 0xfffffffc`; the hardware branches to the sign-extended field.
  assert.equal(baNegative.target, 0xfffffffffffffffcn);
  assert.deepEqual([pla.target, pld.target], [0xc000000000000028n, 0xc000000000000000n]);
});

test('past 0xffffffffffffffff addresses wrap to 0, as the hardware counts them', () => {
  const d = disassemble(bytesOf(WORDS), TOP);
  assert.deepEqual(d.slice(0, 3).map((x) => x.address), [TOP, 0n, 4n]);
  assert.equal(norm(d[0].text), 'b 0x4');
  assert.equal(d[0].target, 4n);
  assert.equal(norm(d[1].text), 'bl 0xfffffffffffffffc');
  assert.equal(d[1].target, TOP);
  // pla at 0x14 reaches 0x24; pld at 0x1c reaches back across 0 to 0xfffffffffffffffc.
  assert.deepEqual([d[6].address, d[6].target, d[7].address, d[7].target], [0x14n, 0x24n, 0x1cn, TOP]);
});

test('the encoder takes branch targets at any address and wraps the displacement', () => {
  const word = (text: string, address: bigint) => {
    const e = encodeInstruction(text, { address });
    if ('error' in e) throw new Error(e.error);
    return e.words[0].toString(16);
  };
  for (const base of BASES) {
    const at = (n: number) => '0x' + (base + BigInt(n)).toString(16);
    assert.equal(word(`b ${at(8)}`, base), '48000008');
    assert.equal(word(`bl ${at(0)}`, base + 4n), '4bfffffd');
    assert.equal(word(`bne cr1,${at(0x18)}`, base + 8n), '40860010');
  }
  assert.equal(word('b 0x4', TOP), '48000008');
  assert.equal(word('bl 0xfffffffffffffffc', 0n), '4bfffffd');
  assert.match((encodeInstruction('b 0xc000000000000000', { address: 0n }) as { error: string }).error, /out of range/);
});

test('a kernel listing loads with exact addresses, also a section that runs past the top', async () => {
  const header = '\nvmlinux:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n\n';
  for (const base of [...BASES, 0xfffffffffffffff0n]) {
    const hex = (n: number) => BigInt.asUintN(64, base + BigInt(n)).toString(16).padStart(16, '0');
    const text = header + [
      `${hex(0)} <f>:`,
      `${hex(0)}:\t19 00 4c 3c \taddis   r2,r12,25`,
      `${hex(4)}:\t84 45 42 38 \taddi    r2,r2,17796`,
      `${hex(8)}:\tf9 ff ff 4b \tbl      ${hex(0)} <f>`,
      `${hex(12)}:\t00 00 00 60 \tnop`,
      `${hex(16)}:\t20 00 80 4e \tblr`,
      '',
    ].join('\n');
    const [object] = await loadObjects([`vmlinux-${base.toString(16)}.dis`, text]);
    assert.equal(object.sections.length, 1, `one section at 0x${base.toString(16)}`);
    assert.equal(object.sections[0].address, base);
    assert.equal(object.sections[0].bytes.length, 20);
    const [fn] = functionEntries(object);
    assert.equal(fn.globalEntry, base);
    assert.equal(fn.tocBase?.kind === 'value' && fn.tocBase.value, BigInt.asUintN(64, base + (25n << 16n) + 17796n));
    const [call] = analyzeCalls(object).calls;
    assert.equal(call.address, BigInt.asUintN(64, base + 8n));
    assert.equal(call.target?.address, base);
    assert.equal(call.after.kind, 'nop');
  }
});

test('lines far apart in one section become separate runs, not one vast buffer', async () => {
  const text = '\nx:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n\n'
    + '0000000000000000 <a>:\n   0:\t20 00 80 4e \tblr\n'
    + 'c000000000000000 <b>:\nc000000000000000:\t20 00 80 4e \tblr\n';
  const [object] = await loadObjects(['far.dis', text]);
  assert.deepEqual(object.sections.map((s) => [s.name, s.address, s.bytes.length]), [['.text', 0n, 4], ['.text', 0xc000000000000000n, 4]]);
  assert.deepEqual(functionEntries(object).map((f) => [f.symbol.name, f.globalEntry]), [['a', 0n], ['b', 0xc000000000000000n]]);
});

test('the emulator fetches and branches at every base, and wraps at the top', () => {
  for (const base of [0n, 0x1ffffffffff000n, 0x20000000000000n, 0xc000000000000000n]) {
    const m = new Machine();
    m.mem.map('text', base, 0x1000n, PERM_R | PERM_X);
    m.mem.poke(base, bytesOf([0x48000008, 0x60000000, 0x4bfffffd]));
    m.pc = base;
    const cpu = new Cpu(m);
    const first = cpu.step();
    assert.equal(first.decoded?.address, base);
    assert.equal(norm(first.decoded!.text), `b 0x${(base + 8n).toString(16)}`);
    assert.equal(m.pc, base + 8n);
    cpu.step();
    assert.equal(m.pc, base + 4n, 'bl .-4');
    assert.equal(m.get('lr'), base + 12n);
  }
  const m = new Machine();
  m.mem.map('top', 0xfffffffffffff000n, 0x1000n, PERM_R | PERM_X);
  m.mem.map('zero', 0n, 0x1000n, PERM_R | PERM_X);
  m.mem.poke(TOP, bytesOf([0x60000000])); // nop in the last word: the next one is at 0
  m.mem.poke(0n, bytesOf([0x60000000, 0x4bfffff9])); // nop; bl 0xfffffffffffffffc
  m.pc = TOP;
  const cpu = new Cpu(m);
  cpu.step();
  assert.equal(m.pc, 0n);
  cpu.step();
  const call = cpu.step();
  assert.equal(norm(call.decoded!.text), 'bl 0xfffffffffffffffc');
  assert.equal(m.pc, TOP);
  assert.equal(m.get('lr'), 8n);
});

async function disasm(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await disasmCommand.run(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

test('disasm: --address is a strict 64-bit hex number; JSON carries addresses as hex strings', async () => {
  const kernel = await disasm('--address', '0xc000000000000000', '--hex', '48000008', '60000000', '7c0802a6', '48000008');
  assert.equal(kernel.out, 'c000000000000000:\tb       0xc000000000000008\nc000000000000004:\tnop\nc000000000000008:\tmflr    r0\nc00000000000000c:\tb       0xc000000000000014\n');
  const top = await disasm('--address', 'ffffffffffffffff', '--hex', '60000000', '48000001');
  assert.equal(top.out, 'ffffffffffffffff:\tnop\n3:\tbl      0x3\n');
  for (const bad of ['10zz', '0x', '-4', '0x1ffffffffffffffff', 'c000 0000']) {
    const r = await disasm('--address', bad, '--hex', '60000000');
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--address must be a 64-bit hexadecimal address/);
  }
  const json = JSON.parse((await disasm('--format', 'json', '--address', 'c000000000ea8c00', '--hex', '4bfffffd')).out);
  assert.deepEqual([json[0].address, json[0].target], ['0xc000000000ea8c00', '0xc000000000ea8bfc']);
  assert.equal(parseAddress('C000000000EA8C00'), 0xc000000000ea8c00n);
});
