// Scenario files through the real CLI: a small kernel + module scenario written here runs to
// its expectations, and scenario files with wrong types, unknown fields, bad JSON or missing
// inputs give one clear line and exit code 2, never a crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { registersJson } from '../../server/src/emu/machine';
import { prepareScenario } from '../../server/src/emu/scenario/session';
import { repoRoot, runCli, scratchDir, writeScratch } from '../helpers';

const KERNEL = `#include <asm/ppc_asm.h>
	.text
_GLOBAL_TOC(caller)
	mflr	r0
	std	r0,16(r1)
	stdu	r1,-32(r1)
	bl	callee
	addi	r3,r3,1
	addi	r1,r1,32
	ld	r0,16(r1)
	mtlr	r0
	blr
_GLOBAL_TOC(callee)
	li	r3,41
	blr
_GLOBAL_TOC(clobber)
	mflr	r0
	std	r0,16(r1)
	stdu	r1,-32(r1)
	bl	toc_breaker
	addi	r1,r1,32
	ld	r0,16(r1)
	mtlr	r0
	blr
_GLOBAL(toc_breaker)
	li	r2,0x123
	blr
`;

function scenario(dir: string, body: object): string {
  writeScratch(dir, 'kernel.S', KERNEL);
  return writeScratch(dir, 'demo.scenario.json', JSON.stringify({ inputs: [{ file: 'kernel.S', role: 'kernel', address: '0xc000000000000000' }], ...body }, null, 2));
}

test('a scenario runs a kernel call to its return, with the result and its expectations met', () => {
  const dir = scratchDir();
  const file = scenario(dir, { call: { function: 'caller' }, expect: { status: 'returned', findings: [], registers: { r3: '0x2a' } } });
  const r = runCli(['run', file, '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.status, 'returned');
  assert.equal(out.registers.r3, '0x000000000000002a');
  assert.deepEqual(out.expectations, { met: true, failures: [] });
  assert.ok(out.steps >= 9, `steps ${out.steps}`);
});

test('a callee that changes r2 is found on return, at the caller\'s line after the bl', () => {
  const dir = scratchDir();
  const file = scenario(dir, { call: { function: 'clobber' }, expect: { status: 'returned', findings: [{ kind: 'toc-not-restored', file: 'kernel.S', line: 21 }] } });
  const r = runCli(['run', file, '--format', 'json', '--trace'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.findings.length, 1, r.stdout);
  assert.equal(out.findings[0].kind, 'toc-not-restored');
  assert.equal(out.findings[0].line, 21);
  assert.ok(out.trace.every((row: { line: number | null }) => typeof row.line === 'number'), 'every traced instruction has its source line');
  assert.equal(out.trace.at(-1).text, 'blr');
});

test('an expectation that does not hold fails the run with exit code 1 and says which', () => {
  const dir = scratchDir();
  const file = scenario(dir, { call: { function: 'caller' }, expect: { registers: { r3: '0x29' }, findings: [{ kind: 'trap' }] } });
  const r = runCli(['run', file], { cwd: dir });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /expectation failed: missing finding trap/);
  assert.match(r.stdout, /expectation failed: r3 is 0x000000000000002a, expected 0x0000000000000029/);
});

for (const [what, body, message] of [
  ['a role of the wrong kind', { inputs: [{ file: 'kernel.S', role: 'driver' }], call: { function: 'caller' } }, /\/inputs\/0\/role: must be equal to one of the allowed values \(kernel, module, object\)/],
  ['a step limit as text', { inputs: [{ file: 'kernel.S', role: 'kernel' }], call: { function: 'caller' }, maxSteps: 'ten' }, /\/maxSteps: must be integer/],
  ['an unknown field', { inputs: [{ file: 'kernel.S', role: 'kernel' }], call: { function: 'caller' }, entry: 'caller' }, /must NOT have additional properties 'entry'/],
  ['a register value that is not hex', { inputs: [{ file: 'kernel.S', role: 'kernel' }], call: { function: 'caller' }, registers: { r3: 42 } }, /\/registers\/r3: must be string/],
  ['a missing input file', { inputs: [{ file: 'nowhere.S', role: 'kernel' }], call: { function: 'caller' } }, /\/inputs\/0: cannot read nowhere\.S: no such file/],
  ['a call of a function no input has', { inputs: [{ file: 'kernel.S', role: 'kernel' }], call: { function: 'nosuch' } }, /\/call\/function: no function 'nosuch' in the inputs/],
] as const) {
  test(`a scenario with ${what} is refused with one line and exit code 2`, () => {
    const dir = scratchDir();
    writeScratch(dir, 'kernel.S', KERNEL);
    const file = writeScratch(dir, 'bad.scenario.json', JSON.stringify(body));
    const r = runCli(['run', file], { cwd: dir });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  });
}

test('a scenario that is not JSON is refused at its line and column', () => {
  const dir = scratchDir();
  const file = writeScratch(dir, 'broken.scenario.json', '{\n  "inputs": [,]\n}\n');
  const r = runCli(['run', file], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /broken\.scenario\.json:2:\d+: not valid JSON/);
});

test('stepping back undoes registers, memory, the checks\' state and their findings; stepping on finds the same again', async () => {
  const dir = scratchDir();
  const file = scenario(dir, { call: { function: 'clobber' } });
  const prepared = await prepareScenario(file, { root: dir });
  const s = prepared.session!;
  s.run();
  assert.equal(s.status, 'returned');
  assert.deepEqual(s.findings.map((f) => [f.kind, f.line]), [['toc-not-restored', 21]]);
  const end = registersJson(s.machine.s);
  // Back over the epilogue and toc_breaker's blr: before the return, nothing is found yet.
  for (let i = 0; i < 5; i++) assert.ok(s.back());
  assert.equal(s.machine.get('r2'), 0x123n);
  assert.equal(s.findings.length, 0);
  assert.equal(s.done, false);
  // Back past `li r2,0x123` and the bl: r2 is the kernel TOC again and LR as before the call.
  assert.ok(s.back());
  assert.ok(s.back());
  assert.equal(s.machine.get('lr'), 0xfffffffffffff000n);
  assert.notEqual(s.machine.get('r2'), 0x123n);
  s.run();
  assert.deepEqual(s.findings.map((f) => [f.kind, f.line]), [['toc-not-restored', 21]]);
  assert.deepEqual(registersJson(s.machine.s), end);
});

test('the same kernel as an objdump -dr listing and as a GNU as object runs to the same result and finding', (t) => {
  const dir = scratchDir();
  writeScratch(dir, 'kernel.S', KERNEL);
  const listing = runCli(['asm', join(dir, 'kernel.S')]);
  assert.equal(listing.code, 0, listing.stderr);
  writeScratch(dir, 'kernel.dis', listing.stdout);
  const inputs: [string, string][] = [['kernel.dis', 'listing']];
  const as = spawnSync('powerpc64le-linux-gnu-gcc', ['-c', '-I', join(repoRoot, 'server/prelude'), '-include', join(repoRoot, 'server/prelude/tocsin/prelude.h'), 'kernel.S', '-o', 'kernel.o'], { cwd: dir, encoding: 'utf8' });
  if (as.status === 0) inputs.push(['kernel.o', 'ELF object']);
  else t.diagnostic('powerpc64le-linux-gnu-gcc is not installed: the ELF object case is skipped (scripts/install-oracles.sh installs it)');
  for (const [file, what] of inputs) {
    const scenarioFile = writeScratch(dir, `${file}.scenario.json`, JSON.stringify({ inputs: [{ file, role: 'kernel' }], call: { function: 'clobber' } }));
    const out = JSON.parse(runCli(['run', scenarioFile, '--format', 'json'], { cwd: dir }).stdout);
    assert.equal(out.status, 'returned', what);
    assert.deepEqual(out.findings.map((f: { kind: string }) => f.kind), ['toc-not-restored'], what);
    assert.equal(out.registers.r2, '0x0000000000000123', what);
    const caller = JSON.parse(runCli(['run', writeScratch(dir, `${file}.caller.scenario.json`, JSON.stringify({ inputs: [{ file, role: 'kernel' }], call: { function: 'caller' } })), '--format', 'json'], { cwd: dir }).stdout);
    assert.equal(caller.registers.r3, '0x000000000000002a', what);
  }
  // The listing's finding points at the listing's own line for the instruction after the bl.
  const out = JSON.parse(runCli(['run', join(dir, 'kernel.dis.scenario.json'), '--format', 'json'], { cwd: dir }).stdout);
  const line = listing.stdout.split('\n')[out.findings[0].line - 1];
  assert.match(line, /addi\s+r1,r1,32/);
});

const BAD = `#include <asm/ppc_asm.h>
	.section .rodata, "a"
table:	.8byte	0
	.text
_GLOBAL(into_data)
	addis	r12, r2, table@toc@ha
	addi	r12, r12, table@toc@l
	mtctr	r12
	bctr
_GLOBAL(forever)
1:	b	1b
_GLOBAL(unmapped)
	lis	r9, 0x7000
	ld	r3, 0(r9)
	blr
_GLOBAL(undefined_insn)
	.long	0
	blr
`;

for (const [fn, status, kind, line, message] of [
  ['into_data', 'fault', 'left-mapped-code', 9, /bctr at into_data\+0xc went to 0xc[0-9a-f]+ <table>|bctr at into_data\+0xc went to 0xc[0-9a-f]+/],
  ['forever', 'max-steps', 'max-steps', 11, /no return after 500 instructions/],
  ['unmapped', 'fault', 'fault', 14, /read at 0x70000000: unmapped address/],
  ['undefined_insn', 'illegal-instruction', 'illegal-instruction', 17, /illegal instruction 0x00000000/],
] as const) {
  test(`bad code in a scenario: ${fn} stops as ${status} with a ${kind} finding at its line`, () => {
    const dir = scratchDir();
    writeScratch(dir, 'bad.S', BAD);
    const file = writeScratch(dir, 'bad.scenario.json', JSON.stringify({ inputs: [{ file: 'bad.S', role: 'kernel' }], call: { function: fn }, maxSteps: 500 }));
    const r = runCli(['run', file, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.status, status);
    assert.equal(out.findings.length, 1, r.stdout);
    assert.equal(out.findings[0].kind, kind);
    assert.equal(out.findings[0].line, line);
    assert.match(out.findings[0].message, message);
  });
}

test('stopAt ends the run where it says, with the registers of that moment and no finding', () => {
  const dir = scratchDir();
  const file = scenario(dir, { call: { function: 'clobber' }, stopAt: ['toc_breaker+4'], expect: { status: 'breakpoint', findings: [], registers: { r2: '0x123' } } });
  const r = runCli(['run', file, '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.status, 'breakpoint');
  assert.equal(out.steps, 7);
  assert.equal(out.registers.r2, '0x0000000000000123');
});

test('a 1 GB input is refused before it is read, with one line and exit code 2', () => {
  const dir = scratchDir();
  truncateSync(writeScratch(dir, 'huge.S', ''), 1024 ** 3);
  const file = writeScratch(dir, 'huge.scenario.json', JSON.stringify({ inputs: [{ file: 'huge.S', role: 'kernel' }], call: { function: 'x' } }));
  const r = runCli(['run', file], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\/inputs\/0: cannot read huge\.S: file too large \(1073741824 bytes; the limit is 268435456 bytes\)/);
});

test('privileged instructions run in a kernel scenario, or stop it when the scenario says so', () => {
  const dir = scratchDir();
  writeScratch(dir, 'msr.S', '#include <asm/ppc_asm.h>\n\t.text\n_GLOBAL(irq_off)\n\tmfmsr\tr3\n\tli\tr4,0\n\tmtmsrd\tr4,1\n\tblr\n');
  const base = { inputs: [{ file: 'msr.S', role: 'kernel' }], call: { function: 'irq_off' } };
  const modelled = JSON.parse(runCli(['run', writeScratch(dir, 'a.scenario.json', JSON.stringify(base)), '--format', 'json'], { cwd: dir }).stdout);
  assert.equal(modelled.status, 'returned');
  assert.equal(modelled.registers.r3, '0x9000000000001033');
  assert.equal(BigInt(modelled.registers.msr) & 0x8000n, 0n, 'mtmsrd r4,1 cleared EE');
  const stopped = JSON.parse(runCli(['run', writeScratch(dir, 'b.scenario.json', JSON.stringify({ ...base, privileged: 'stop' })), '--format', 'json'], { cwd: dir }).stdout);
  assert.equal(stopped.status, 'privileged');
  assert.deepEqual(stopped.findings.map((f: { kind: string; line: number }) => [f.kind, f.line]), [['privileged', 4]]);
});

test('a scenario whose assembly does not assemble fails to load at the line of the error', () => {
  const dir = scratchDir();
  writeScratch(dir, 'loop.S', '\t.text\n\t.macro again\n\tagain\n\t.endm\nf:\tagain\n\tblr\n');
  const r = runCli(['run', writeScratch(dir, 'c.scenario.json', JSON.stringify({ inputs: [{ file: 'loop.S', role: 'kernel' }], call: { function: 'f' } })), '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.status, 'load-failed');
  assert.equal(out.findings[0].kind, 'assembly');
  assert.ok(out.findings.length >= 1 && out.findings.every((f: { line: number }) => f.line >= 1));
});

const DRIVER = `#include <asm/ppc_asm.h>
	.text
_GLOBAL_TOC(A)
	mflr	r0
	std	r0,16(r1)
	stdu	r1,-32(r1)
	bl	B
	addi	r1,r1,32
	ld	r0,16(r1)
	mtlr	r0
	blr
_GLOBAL_TOC(B)
	mflr	r0
	bl	_mcount
	add	r3,r3,r4
	blr
`;
const PATCH = `#include <asm/ppc_asm.h>
	.text
_GLOBAL_TOC(P)
	add	r3,r3,r4
	addi	r3,r3,0x1000
	blr
`;
const MCOUNT = `#include <asm/ppc_asm.h>
	.text
_GLOBAL(_mcount)
	mflr	r12
	mtctr	r12
	mtlr	r0
	bctr
`;

test('a function in a module, traced and live-patched from another module: the loader\'s ftrace stubs carry the calls', () => {
  const dir = scratchDir();
  writeScratch(dir, 'driver.S', DRIVER);
  writeScratch(dir, 'patch.S', PATCH);
  writeScratch(dir, 'mcount.S', MCOUNT);
  const inputs = [
    { file: 'mcount.S', role: 'kernel' },
    { file: join(repoRoot, 'examples/livepatch/c-livepatch-stack/ftrace_caller.S'), role: 'kernel' },
    { file: 'driver.S', role: 'module', name: 'driver', address: '0xc008000000000000' },
    { file: 'patch.S', role: 'module', name: 'livepatch_demo', address: '0xc008000000100000' },
  ];
  const kernel = { paca: '0xc000000002000000', stack: { address: '0xc000000003000000', size: '0x4000' }, threadInfo: '0xc000000002100000' };
  const standIns = [{ symbol: 'klp_ftrace_handler', behaviour: 'livepatch-ftrace-handler' }];
  const base = { inputs, kernel, standIns, call: { function: 'A', args: ['0x1', '0x2'] } };
  const traced = JSON.parse(runCli(['run', writeScratch(dir, 't.scenario.json', JSON.stringify({ ...base, ftrace: { functions: ['B'] } })), '--format', 'json', '--trace', '--root', '/'], { cwd: dir }).stdout);
  assert.equal(traced.status, 'returned', JSON.stringify(traced.findings));
  assert.deepEqual(traced.findings, []);
  assert.equal(traced.registers.r3, '0x0000000000000003');
  // B's profiling call goes to the module's trampoline stub, which loads the kernel TOC from the paca and saves no r2.
  const texts = traced.trace.map((row: { text: string }) => row.text);
  const stub = texts.indexOf('ld r12,16(r13)');
  assert.ok(stub > 0, texts.join('\n'));
  assert.deepEqual(texts.slice(stub, stub + 5).map((t: string) => t.split(' ')[0]), ['ld', 'addis', 'addi', 'mtctr', 'bctr']);
  const patched = JSON.parse(runCli(['run', writeScratch(dir, 'p.scenario.json', JSON.stringify({ ...base, livepatch: [{ old: 'B', new: 'P' }] })), '--format', 'json', '--root', '/'], { cwd: dir }).stdout);
  assert.equal(patched.status, 'returned', JSON.stringify(patched.findings));
  assert.deepEqual(patched.findings, []);
  assert.equal(patched.registers.r3, '0x0000000000001003');
});
