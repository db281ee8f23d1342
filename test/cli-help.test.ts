// `tocsin --help` and `tocsin COMMAND --help`: usage on stdout and exit code 0, for every command.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './helpers';

const COMMANDS = ['parse', 'check', 'functions', 'asm', 'asm-insn', 'disasm', 'run'];

test('tocsin --help lists every command', () => {
  const r = runCli(['--help']);
  assert.equal(r.code, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
});

for (const c of COMMANDS) {
  test(`tocsin ${c} --help prints its usage and exits 0`, () => {
    const r = runCli([c, '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^usage: tocsin ${c} `));
    assert.equal(r.stderr, '');
  });
}
