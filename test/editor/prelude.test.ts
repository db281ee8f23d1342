// The editor on 6.1's live-patch, ftrace and exception files opened outside a kernel tree (read
// where scripts/kernel-source.sh unpacks them): the bundled prelude, and the same diagnostics
// as `tocsin check`: none on the live-patch files, one per unknown kernel name elsewhere.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assembleFile } from '../../server/src/model/assembler/index';
import { analysed } from './harness';

const source = process.env.TOCSIN_KERNEL_SOURCE ?? join(homedir(), '.cache/tocsin/linux-source-6.1');
const kernel = (file: string) => join(source, 'arch/powerpc/kernel', file);
const skip = existsSync(kernel('entry_64.S')) ? false : `no 6.1 kernel source at ${source} (bash scripts/kernel-source.sh unpacks it)`;

async function findings(file: string) {
  const path = kernel(file);
  const { host, view } = await analysed(pathToFileURL(path).href, 'ppc64-asm', readFileSync(path, 'utf8'));
  host.dispose();
  return view.snapshot.findings.filter((f) => f.severity !== 'info');
}

test('live-patch and ftrace files outside a tree: no findings', { skip }, async () => {
  for (const file of ['entry_64.S', 'misc_64.S', 'trace/ftrace_mprofile.S', 'trace/ftrace_low.S']) {
    assert.deepEqual((await findings(file)).map((f) => `${f.range.start.line + 1}: ${f.message}`), [], file);
  }
});

test('exceptions-64s.S outside a tree: each unknown kernel name once, with the hint', { skip }, async () => {
  const shown = await findings('exceptions-64s.S');
  assert.ok(shown.length > 20);
  const names = shown.map((f) => {
    assert.equal(f.code, 'prelude-unknown', f.message);
    assert.match(f.message, /-p BUILD_DIR.*tocsin\.buildDirectory/);
    return /^'([^']+)'/.exec(f.message)![1];
  });
  assert.equal(new Set(names).size, names.length);
  const checked = assembleFile(kernel('exceptions-64s.S'), { prelude: true }).diagnostics.filter((d) => d.severity !== 'info');
  assert.deepEqual(shown.map((f) => `${f.range.start.line}:${f.message}`), checked.map((d) => `${d.line}:${d.message}`), 'as tocsin check reports them');
});
