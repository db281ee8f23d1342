import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asmInsnCommand } from '../../server/src/commands/asmInsn.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await asmInsnCommand.run(argv, { stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } } as never);
  return { code, out, err };
}

test('asm-insn prints the word of an instruction', async () => {
  assert.deepEqual(await run('addis r2,r12,25'), { code: 0, out: '0x3c4c0019\n', err: '' });
});

test('asm-insn prints both words of a prefixed instruction and its relocation', async () => {
  const r = await run('pld r3,foo@pcrel');
  assert.equal(r.code, 0);
  assert.equal(r.out, '0x04100000\n0xe4600000\n0: R_PPC64_PCREL34 foo\n');
});

test('asm-insn reports the operand out of range on one line, exit 1', async () => {
  const r = await run('li r3,99999');
  assert.equal(r.code, 1);
  assert.match(r.err, /^tocsin asm-insn: li: operand 2 \(SI\): out of range -32768\.\.32767 \(got 99999\)\n$/);
});

test('asm-insn without an instruction is a usage error, exit 2', async () => {
  assert.equal((await run()).code, 2);
});

test('asm-insn json output', async () => {
  const r = await run('--format', 'json', 'bl foo');
  assert.deepEqual(JSON.parse(r.out), { mnemonic: 'bl', words: ['0x48000001'], relocations: [{ offset: 0, type: 'R_PPC64_REL24', symbol: 'foo', addend: '0x0' }] });
});
