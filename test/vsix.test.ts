// `npm run package` produces a .vsix that holds only what runs. It is built in a copy of
// the project so that the production bundles do not replace dist/ under other tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot, scratchDir } from './helpers';
import { zipEntries } from './zip';

function preludeFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? preludeFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]);
}

test('the .vsix holds the bundles, wasm, kernel prelude, debugger harness, grammars, icon and manifest, and nothing else', () => {
  const work = scratchDir();
  for (const item of ['package.json', 'README.md', 'LICENSE', '.vscodeignore', 'scripts', 'client', 'server', 'syntaxes', 'language-configuration', 'schemas', 'images']) {
    cpSync(join(repoRoot, item), join(work, item), { recursive: true });
  }
  for (const g of ['ppc64asm', 'objdump']) {
    mkdirSync(join(work, 'grammars', g), { recursive: true });
    cpSync(join(repoRoot, 'grammars', g, `tree-sitter-${g}.wasm`), join(work, 'grammars', g, `tree-sitter-${g}.wasm`));
  }
  for (const part of ['common', 'c-livepatch-stack']) cpSync(join(repoRoot, 'examples/livepatch', part), join(work, 'examples/livepatch', part), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'));
  const npm = spawnSync('npm', ['run', 'package'], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(npm.status, 0, npm.stdout + npm.stderr);

  const all = zipEntries(join(work, 'tocsin.vsix'));
  const prelude = all.filter((e) => e.startsWith('extension/dist/prelude/'));
  assert.deepEqual(prelude, preludeFiles(join(repoRoot, 'server', 'prelude')).map((f) => `extension/dist/prelude/${f}`).sort());
  // The debugger's live-patch harness: example (c) and the shared parts.
  const harness = all.filter((e) => e.startsWith('extension/dist/harness/'));
  assert.deepEqual(harness, ['common', 'c-livepatch-stack'].flatMap((p) => preludeFiles(join(repoRoot, 'examples/livepatch', p)).map((f) => `extension/dist/harness/${p}/${f}`)).sort());
  const entries = all.filter((e) => !prelude.includes(e) && !harness.includes(e));
  assert.deepEqual(entries, [
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/LICENSE.txt',
    'extension/dist/analysisWorker.js',
    'extension/dist/client.js',
    'extension/dist/dap.js',
    'extension/dist/server.js',
    'extension/dist/tree-sitter-objdump.wasm',
    'extension/dist/tree-sitter-ppc64asm.wasm',
    'extension/dist/web-tree-sitter.wasm',
    'extension/images/icon.png',
    'extension/language-configuration/ppc64-asm.json',
    'extension/language-configuration/ppc64-objdump.json',
    'extension/package.json',
    'extension/readme.md',
    'extension/schemas/scenario.schema.json',
    'extension/syntaxes/ppc64-asm.tmLanguage.json',
    'extension/syntaxes/ppc64-objdump.tmLanguage.json',
  ]);
  assert.ok(!all.some((e) => /\.(ts|map|node)$|node_modules|\/test\//.test(e)));
});
