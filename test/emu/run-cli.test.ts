import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../server/src/commands/args.js';
import { runCommand } from '../../server/src/commands/run.js';
import { elf, EXIT, program, TEXT, wordsToBytes } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tocsin-run-'));
let files = 0;
function file(bytes: Uint8Array | string): string {
  const path = join(dir, `f${files++}`);
  writeFileSync(path, bytes);
  return path;
}
const elfOf = (...insns: [string, ...number[]][]) => file(elf({ text: wordsToBytes(program(...insns)) }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCommand.run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

async function json(...argv: string[]) {
  const r = await run(...argv, '--format', 'json');
  return { code: r.code, result: JSON.parse(r.out) };
}

const hex16 = /^0x[0-9a-f]{16}$/;

test('a program that exits: status, exit code, registers as 16-digit hex', async () => {
  const { code, result } = await json('--elf', elfOf(['li', 3, 42], ['li', 4, -1], ...EXIT));
  assert.equal(code, 0);
  assert.deepEqual(Object.keys(result), ['status', 'steps', 'exitCode', 'findings', 'registers']);
  assert.equal(result.status, 'exited');
  assert.equal(result.exitCode, 42);
  assert.equal(result.steps, 4);
  assert.deepEqual(result.findings, []);
  assert.equal(result.registers.r4, '0xffffffffffffffff');
  assert.equal(Object.keys(result.registers).length, 37);
  for (const v of Object.values(result.registers)) assert.match(v as string, hex16);
});

test('--trace gives the registers after every instruction, with its disassembly', async () => {
  const { result } = await json('--elf', elfOf(['li', 3, 1], ['addi', 3, 3, 2], ...EXIT), '--trace');
  assert.deepEqual(result.trace.map((e: { pc: string; text: string }) => [e.pc, e.text]), [
    ['0x0000000010000000', 'li r3,1'], ['0x0000000010000004', 'addi r3,r3,2'], ['0x0000000010000008', 'li r0,1'], ['0x000000001000000c', 'sc'],
  ]);
  assert.equal(result.trace[0].regs.r3, '0x0000000000000001');
  assert.equal(result.trace[1].regs.r3, '0x0000000000000003');
});

test('--regs sets registers; r1, r12 and LR have defaults', async () => {
  const regs = file(JSON.stringify({ r5: '0x10', cr: '0x80000000' }));
  const { result } = await json('--elf', elfOf(['add', 3, 5, 5], ['blr']), '--regs', regs);
  assert.equal(result.status, 'returned', 'blr to the LR set at start is a clean return');
  assert.equal(result.registers.r3, '0x0000000000000020');
  assert.equal(result.registers.cr, '0x0000000080000000');
  assert.equal(result.registers.r12, `0x${TEXT.toString(16).padStart(16, '0')}`);
  assert.notEqual(result.registers.r1, '0x0000000000000000');
});

test('findings: step limit, fault, illegal instruction, trap', async () => {
  let r = await json('--elf', elfOf(['b', 0]), '--max-steps', '50');
  assert.equal(r.code, 1);
  assert.equal(r.result.status, 'max-steps');
  assert.equal(r.result.steps, 50);
  r = await json('--elf', elfOf(['li', 4, 0], ['ld', 3, 0, 4]));
  assert.equal(r.result.status, 'fault');
  assert.deepEqual(r.result.findings.map((f: Record<string, unknown>) => [f.kind, f.line, f.pc]), [['fault', null, '0x0000000010000004']]);
  assert.match(r.result.findings[0].message, /read at 0x0: unmapped address/);
  r = await json('--elf', file(elf({ text: wordsToBytes([0x00000000]) })));
  assert.equal(r.result.status, 'illegal-instruction');
  r = await json('--elf', elfOf(['trap']));
  assert.equal(r.result.status, 'trap');
  assert.equal(r.code, 1);
});

test('text output: a line per traced instruction with what changed, the end, the registers', async () => {
  const r = await run('--elf', elfOf(['li', 3, 7], ...EXIT), '--trace');
  assert.equal(r.code, 0);
  const lines = r.out.split('\n');
  assert.match(lines[0], /^0x0000000010000000 {2}li r3,7 +r3=0x0000000000000007$/);
  assert.match(r.out, /: exited with code 7 after 3 instructions\n/);
  assert.match(r.out, /^r0 {2}0x0000000000000001 {2}r1 /m);
});

test('bad input is a one-line usage error', async () => {
  const oneLine = (pattern: RegExp) => (e: unknown) => e instanceof CliError && pattern.test(e.message) && !e.message.includes('\n');
  await assert.rejects(run('--elf', file('garbage')), oneLine(/not an ELF file/));
  await assert.rejects(run('--elf', file(elf({ text: wordsToBytes(program(['nop'])) }).subarray(0, 100))), oneLine(/truncated ELF/));
  await assert.rejects(run('scenario.json'), oneLine(/cannot read scenario\.json: no such file/));
  await assert.rejects(run(file('not elf')), oneLine(/:1:1: not valid JSON/));
  await assert.rejects(run('--elf', join(dir, 'missing')), oneLine(/cannot read/));
  const elfFile = elfOf(...EXIT);
  await assert.rejects(run('--elf', elfFile, '--regs', file('{"r99": "0x1"}')), oneLine(/unknown register 'r99'/));
  await assert.rejects(run('--elf', elfFile, '--regs', file('{"r3": 5}')), oneLine(/r3 must be a hex string/));
  await assert.rejects(run('--elf', elfFile, '--max-steps', 'lots'), oneLine(/--max-steps must be a whole number/));
  await assert.rejects(run(), oneLine(/give a SCENARIO file or --elf FILE/));
  await assert.rejects(run('--elf', elfFile, elfFile), oneLine(/give one scenario or program/));
  // A positional ELF program is taken as --elf.
  assert.equal((await run(elfFile)).code, 0);
});
