// The bundled prelude on 6.1's own files, read where scripts/kernel-source.sh unpacks them (never
// copied here): the live-patch and ftrace files assemble with no error and no tree, and the
// kernel macros and constants of exceptions-64s.S that the prelude lacks get one diagnostic each,
// where the file writes them, saying how to give Tocsin the tree.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assembleFile, type AssemblyDiagnostic } from '../../server/src/model/assembler/index';
import { repoRoot } from '../helpers';

const source = process.env.TOCSIN_KERNEL_SOURCE ?? join(homedir(), '.cache/tocsin/linux-source-6.1');
const kernel = (file: string) => join(source, 'arch/powerpc/kernel', file);
const skip = existsSync(kernel('entry_64.S')) ? false : `no 6.1 kernel source at ${source} (bash scripts/kernel-source.sh unpacks it)`;
const LIVEPATCH_FILES = ['entry_64.S', 'misc_64.S', 'trace/ftrace_mprofile.S', 'trace/ftrace_low.S'];
const reported = (diagnostics: AssemblyDiagnostic[]) => diagnostics.filter((d) => d.severity !== 'info');
const at = (d: AssemblyDiagnostic) => `${d.line + 1}:${d.column + 1}`;

test('6.1 live-patch and ftrace files: no error or warning with the prelude alone', { skip }, () => {
  for (const file of LIVEPATCH_FILES) {
    const result = assembleFile(kernel(file), { prelude: true });
    assert.deepEqual(reported(result.diagnostics).map((d) => `${at(d)} ${d.message}`), [], file);
    assert.ok(result.object.sections.some((s) => s.name === '.text' && s.size > 0), file);
  }
});

test('6.1 exceptions-64s.S: one diagnostic per unknown kernel name, where it is written, with the hint', { skip }, () => {
  const path = kernel('exceptions-64s.S');
  const lines = readFileSync(path, 'utf8').split('\n');
  const diagnostics = reported(assembleFile(path, { prelude: true }).diagnostics);
  assert.ok(diagnostics.length > 20, `${diagnostics.length} diagnostics: the prelude does not cover this file's headers`);
  const names = diagnostics.map((d) => {
    assert.equal(d.code, 'prelude-unknown', `${at(d)} ${d.message}`);
    assert.match(d.message, /-p BUILD_DIR.*tocsin\.buildDirectory/);
    const name = /^'([^']+)'/.exec(d.message)![1];
    assert.equal(d.path, path);
    assert.equal(lines[d.line].slice(d.column, d.column + name.length), name, `${name} is written at ${at(d)}`);
    return name;
  });
  assert.equal(new Set(names).size, names.length, 'each name once');
});

test('HMT_LOW after a label is the prelude\'s; a name it lacks is named once where written, not per .rept pass', () => {
  const fixture = join(repoRoot, 'test/fixtures/prelude/unknown-kernel-names.S');
  const result = assembleFile(fixture, { prelude: true });
  const text = result.object.sections.find((s) => s.name === '.text')!;
  // or 1,1,1 right after the label, at the function's start.
  assert.equal(new DataView(text.bytes.buffer, text.bytes.byteOffset).getUint32(0, true), 0x7c210b78);
  assert.deepEqual(reported(result.diagnostics).map((d) => `${d.severity} ${at(d)} ${/^'[^']+'/.exec(d.message)?.[0]}`), [
    "error 4:5 'INTERRUPT_TO_KERNEL'",
    "error 8:11 'SPRN_HID4'",
    "warning 10:9 'PACA_IRQ_HAPPENED'",
  ]);
  // Without the prelude (a tree's own flags) the assembler's own errors stand.
  assert.ok(assembleFile(fixture).diagnostics.some((d) => d.message === "unknown instruction 'hmt_low'"));
});
