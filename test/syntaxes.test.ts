// TextMate grammars: runs vscode-tmgrammar-test over the scope assertions in test/syntaxes/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers';

test('TextMate scope assertions hold for both grammars', () => {
  const cli = join(repoRoot, 'node_modules', '.bin', 'vscode-tmgrammar-test');
  const r = spawnSync(cli, [
    '-g', 'syntaxes/ppc64-asm.tmLanguage.json',
    '-g', 'syntaxes/ppc64-objdump.tmLanguage.json',
    'test/syntaxes/**/*.test.*',
  ], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /ppc64-asm\.test\.S/);
  assert.match(r.stdout, /ppc64-objdump\.test\.objdump/);
});
