// The built-in live-patch examples (examples/livepatch/), each run through the real CLI: the
// outcome every seed describes is asserted here independently of the scenario's own `expect`
// (status, each finding's kind and line, the result in r3), and the scenario's `expect` must
// hold too. A trampoline or checker change that moves a finding fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from '../helpers';

interface Outcome {
  status: string;
  /** kind@file:line, the file relative to examples/livepatch. */
  findings: string[];
  r3?: string;
}

const EXAMPLES: Record<string, Outcome> = {
  'baseline/plain-call': { status: 'returned', findings: [], r3: '0x00000b0000000021' },
  'baseline/stack-args': { status: 'returned', findings: [], r3: '0x00000ba987654321' },
  'a-no-toc-save/local-call': { status: 'returned', findings: ['toc-not-restored@common/kernel.S:51'], r3: '0x0001800000000021' },
  'b-stack-frame/plain-call': { status: 'returned', findings: [], r3: '0x0000cb0000000021' },
  'b-stack-frame/stack-args': { status: 'returned', findings: ['stack-argument-misread@common/patch.S:57'], r3: '0x0000cb0087654321' },
  'c-livepatch-stack/plain-call': { status: 'returned', findings: [], r3: '0x0000cb0000000021' },
  'c-livepatch-stack/stack-args': { status: 'returned', findings: [], r3: '0x0000cba987654321' },
  'c-livepatch-stack/marker-trashed': { status: 'trap', findings: ['livepatch-stack-marker@common/patch.S:67', 'bug@c-livepatch-stack/ftrace_caller.S:58'] },
  'c-livepatch-stack/overflow': { status: 'livepatch-stack-overflow', findings: ['livepatch-stack-overflow@c-livepatch-stack/ftrace_caller.S:27'] },
  'd-return-helper/mini-frame': { status: 'returned', findings: [], r3: '0x0000cb0000000021' },
  'd-return-helper/mini-frame-stack-args': { status: 'returned', findings: ['stack-argument-misread@common/patch.S:57'], r3: '0x0000cb0087654321' },
  'd-return-helper/odd-toc-local-call': { status: 'returned', findings: [], r3: '0x0000cb0000000021' },
  'd-return-helper/odd-toc-sibling-call': { status: 'fault', findings: ['left-mapped-code@d-return-helper/odd-toc.S:59'], r3: '0x000dc00000000021' },
  'e-klp-sym-no-nop/load': { status: 'load-failed', findings: ['module-load@common/patch.S:37'] },
};

const dir = join(repoRoot, 'examples', 'livepatch');

test('every scenario under examples/livepatch has its outcome asserted here', () => {
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.scenario.json')).map((f) => `${d.name}/${f.replace('.scenario.json', '')}`));
  assert.deepEqual(found.sort(), Object.keys(EXAMPLES).sort());
});

for (const [name, want] of Object.entries(EXAMPLES)) {
  test(`example ${name}: ${want.status}${want.findings.length ? ', ' + want.findings.join(', ') : ', no findings'}`, () => {
    const r = runCli(['run', join(dir, `${name}.scenario.json`), '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    assert.equal(out.status, want.status, r.stdout);
    assert.deepEqual(out.findings.map((f: { kind: string; file: string; line: number }) => `${f.kind}@${f.file}:${f.line}`).sort(), [...want.findings].sort());
    if (want.r3) assert.equal(out.registers.r3, want.r3);
    assert.deepEqual(out.expectations, { met: true, failures: [] });
    assert.equal(r.code, 0, r.stderr);
  });
}

test('example (e) fails to load with the kernel module loader\'s own words', () => {
  const r = runCli(['run', join(dir, 'e-klp-sym-no-nop/load.scenario.json'), '--format', 'json']);
  const [finding] = JSON.parse(r.stdout).findings;
  assert.equal(finding.message, 'livepatch_demo: Expected nop after call, got 3c820000 at 0xc00800000000001c');
});

test('example (d3) returns to the address its README gives', () => {
  const r = runCli(['run', join(dir, 'd-return-helper/odd-toc-sibling-call.scenario.json'), '--format', 'json']);
  assert.match(r.stdout, /0xc007fffffff00018/);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /going to `0xc007fffffff00018`/);
});

test('example (a) traced: the instruction after A\'s bl runs with the module\'s TOC in r2, each row at its source line', () => {
  const r = runCli(['run', join(dir, 'a-no-toc-save/local-call.scenario.json'), '--format', 'json', '--trace'], { cwd: dir });
  const out = JSON.parse(r.stdout);
  const rows = out.trace as { pc: string; text: string; file: string | null; line: number | null; regs: Record<string, string> }[];
  const stub = rows.filter((row) => row.file === null);
  assert.ok(stub.every((row) => /^(sc|blr)$/.test(row.text) || row.text === ''), JSON.stringify(stub));
  const back = rows.findIndex((row) => row.file === 'common/kernel.S' && row.line === 51);
  assert.ok(back > 0);
  assert.equal(rows[back - 1].text, 'blr');
  assert.equal(rows[back - 1].file, 'common/patch.S');
  assert.equal(rows[back - 1].regs.r2, '0xc008000000009000');
});
