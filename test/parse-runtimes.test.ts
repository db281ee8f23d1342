// The two tree-sitter runtimes side by side: identical trees and models on the committed
// fixtures, the CLI's choice of runtime and its fallback to WebAssembly when the native
// addons cannot load, and bad input handled alike by both.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SyntaxDocument } from '../server/src/parse/document';
import { nativeRuntimeError, type GrammarName, type ParserRuntime } from '../server/src/parse/runtime';
import { repoRoot, runCli, scratchDir, writeScratch } from './helpers';
import { compareRuntimes, compareTrees, formatDisagreement } from './oracle/parse-differential';

const nativeMissing = nativeRuntimeError();
const skipNative = nativeMissing === undefined ? false : `the native runtime is not built here: ${nativeMissing}`;
const runtimes: ParserRuntime[] = nativeMissing === undefined ? ['native', 'wasm'] : ['wasm'];

/** Inputs of a tree-sitter corpus file (the text between each header and its `---`). */
function corpusInputs(file: string): string[] {
  const parts = readFileSync(file, 'utf8').split(/^={3,}\n.*\n={3,}\n/m).slice(1);
  return parts.map((p) => p.split(/^-{3,}$/m)[0].replace(/\r?\n$/, ''));
}

function fixtures(): { file: string; grammar: GrammarName; text: string }[] {
  const out: { file: string; grammar: GrammarName; text: string }[] = [];
  for (const grammar of ['ppc64asm', 'objdump'] as GrammarName[]) {
    const dir = join(repoRoot, 'grammars', grammar, 'test', 'corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      corpusInputs(join(dir, f)).forEach((text, i) => out.push({ file: `${grammar}/test/corpus/${f} #${i + 1}`, grammar, text }));
    }
  }
  for (const f of readdirSync(join(repoRoot, 'examples', 'parse')).sort()) {
    out.push({ file: `examples/parse/${f}`, grammar: f.endsWith('.S') ? 'ppc64asm' : 'objdump', text: readFileSync(join(repoRoot, 'examples', 'parse', f), 'utf8') });
  }
  return out;
}

describe('native and wasm runtimes agree', { skip: skipNative }, () => {
  test('identical trees (S-expression, every node and range) and models on the committed fixtures', async () => {
    const all = fixtures();
    assert.ok(all.length > 50, `only ${all.length} fixtures`);
    for (const { file, grammar, text } of all) {
      const { disagreement } = await compareRuntimes(file, grammar, text);
      assert.equal(disagreement, undefined, disagreement && formatDisagreement(disagreement));
    }
  });

  test('a disagreement names the file, the first differing node and both sides', async () => {
    // Two different texts stand in for two runtimes that disagree.
    const { syntaxTree: a } = await SyntaxDocument.parse('ppc64asm', 'li r3,12\n', 'native');
    const b = await SyntaxDocument.parse('ppc64asm', 'li r3,1 \n', 'wasm');
    const { first } = compareTrees(a, b.syntaxTree);
    assert.equal(first?.native, 'instruction bytes 0-8 at 1:1-1:9');
    assert.equal(first?.wasm, 'instruction bytes 0-7 at 1:1-1:8');
    b.dispose();
  });
});

test('edits re-parse incrementally to the tree a fresh parse gives, under both runtimes', async () => {
  const listing = readFileSync(join(repoRoot, 'examples', 'parse', 'meminfo.objdump'), 'utf8');
  const edits = [
    { range: { start: { line: 10, column: 0 }, end: { line: 10, column: 0 } }, text: '   0:\t00 00 00 60 \tnop\n\n' },
    { range: { start: { line: 20, column: 3 }, end: { line: 23, column: 1 } }, text: '' },
    { range: { start: { line: 5, column: 400 }, end: { line: 6, column: 2 } }, text: 'x\ny' },
    { range: { start: { line: 9999, column: 0 }, end: { line: 9999, column: 0 } }, text: '\n...\n' },
  ];
  for (const runtime of runtimes) {
    const doc = await SyntaxDocument.parse('objdump', listing, runtime);
    for (const edit of edits) {
      doc.applyChanges([edit]);
      const fresh = await SyntaxDocument.parse('objdump', doc.text, runtime);
      assert.equal(doc.syntaxTree.rootNode.toString(), fresh.syntaxTree.rootNode.toString());
      assert.deepEqual(doc.syntax, fresh.syntax);
      fresh.dispose();
    }
    doc.dispose();
  }
});

/** The CLI's JSON without what legitimately differs between runs and runtimes. */
function comparableJson(stdout: string): unknown {
  return JSON.parse(stdout).map(({ ms: _ms, parser: _parser, ...rest }: Record<string, unknown>) => rest);
}

const examples = readdirSync(join(repoRoot, 'examples', 'parse')).sort().map((f) => join(repoRoot, 'examples', 'parse', f));

describe('the CLI picks a runtime', () => {
  test('native when its addons load, and --parser forces either; the JSON says which ran', { skip: skipNative }, () => {
    const chosen = runCli(['parse', '--format', 'json', ...examples]);
    assert.equal(chosen.code, 0, chosen.stderr);
    assert.deepEqual(JSON.parse(chosen.stdout).map((r: { parser: string }) => r.parser), examples.map(() => 'native'));
    const wasm = runCli(['parse', '--format', 'json', '--parser', 'wasm', ...examples]);
    assert.deepEqual(JSON.parse(wasm.stdout).map((r: { parser: string }) => r.parser), examples.map(() => 'wasm'));
    assert.deepEqual(comparableJson(wasm.stdout), comparableJson(chosen.stdout));
    assert.match(runCli(['parse', '--parser', 'wasm', examples[0]]).stdout, /, wasm parser\n/);
  });

  test('with the native addons unloadable it falls back to wasm and gives the same JSON', () => {
    // A copy of the CLI whose grammar addons are not loadable shared objects.
    const work = scratchDir();
    for (const item of ['bin', 'dist', 'package.json']) cpSync(join(repoRoot, item), join(work, item), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'));
    const release = join(work, 'bindings', 'node', 'build', 'Release');
    mkdirSync(release, { recursive: true });
    cpSync(join(repoRoot, 'bindings', 'node', 'index.js'), join(work, 'bindings', 'node', 'index.js'));
    for (const g of ['ppc64asm', 'objdump']) writeFileSync(join(release, `tree_sitter_${g}_binding.node`), 'not a shared object');

    const copy = (args: string[]) => {
      const r = spawnSync(process.execPath, [join(work, 'bin', 'tocsin'), ...args], { cwd: work, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const fallback = copy(['parse', '--format', 'json', ...examples]);
    assert.equal(fallback.code, 0, fallback.stderr);
    assert.deepEqual(JSON.parse(fallback.stdout).map((r: { parser: string }) => r.parser), examples.map(() => 'wasm'));
    const reference = runCli(['parse', '--format', 'json', '--parser', 'wasm', ...examples]);
    assert.deepEqual(comparableJson(fallback.stdout), comparableJson(reference.stdout));

    const forced = copy(['parse', '--parser', 'native', examples[0]]);
    assert.equal(forced.code, 2);
    assert.equal(forced.stderr.trim().split('\n').length, 1, forced.stderr);
    assert.match(forced.stderr, /^tocsin parse: the native parser is not available \(.*\); use --parser wasm$/m);
  });
});

describe('bad input gets the same answer from both runtimes', () => {
  const dir = scratchDir();
  const cases: [string, string, RegExp][] = [
    ['binary file', writeScratch(dir, 'vmlinux.o', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])), /binary file \(NUL byte at offset 7\)/],
    ['invalid UTF-8', writeScratch(dir, 'latin1.S', Buffer.from('# caf\xe9\nblr\n', 'latin1')), /not valid UTF-8/],
    ['1 GB file', (() => {
      const path = writeScratch(dir, 'huge.dis', '');
      truncateSync(path, 1 << 30); // sparse: no disk used
      return path;
    })(), /file too large \(1073741824 bytes; the limit is 268435456 bytes\)/],
  ];
  for (const [name, file, message] of cases) {
    test(`${name}: one clear line and exit code 2`, () => {
      const answers = runtimes.map((runtime) => runCli(['parse', '--parser', runtime, file]));
      for (const r of answers) {
        assert.equal(r.code, 2);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, message);
        assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
      }
      assert.equal(new Set(answers.map((r) => r.stderr)).size, 1);
    });
  }

  // A sysfs file claims 4096 bytes and holds fewer: what a file that shrinks while it is read
  // looks like to the reader, which takes what is there, not what stat promised.
  const shrunk = '/sys/kernel/mm/transparent_hugepage/enabled';
  test('a file shorter than its stated size is parsed as it is, alike by both runtimes', { skip: !existsSync(shrunk) && `${shrunk} is absent` }, () => {
    const answers = runtimes.map((runtime) => runCli(['parse', '--format', 'json', '--language', 'asm', '--parser', runtime, shrunk]));
    for (const r of answers) {
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assert.equal(r.stderr, '');
    }
    assert.equal(new Set(answers.map((r) => JSON.stringify(comparableJson(r.stdout)))).size, 1);
  });

  // The editor hands the server any string: it must get an error-tolerant tree back.
  const junk: [string, string][] = [
    ['NUL bytes and control characters', 'li r3,\0\0\x01\x02\n\0blr\n'],
    ['lone surrogates and a byte-order mark', '\ufeffli r3,1 # \ud800\udfff\ud800\n.long \udc00\n'],
    ['a 100,000-character line', `\tli r3,${'(1+'.repeat(33_333)}1\n`],
    ['deep #if nesting', '#if A\n'.repeat(5000) + 'blr\n' + '#endif\n'.repeat(4999)],
    ['binary bytes decoded with replacement', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)).toString('utf8')],
  ];
  for (const [name, text] of junk) {
    test(`the server's model tolerates ${name}`, async () => {
      for (const runtime of runtimes) {
        for (const grammar of ['ppc64asm', 'objdump'] as GrammarName[]) {
          const doc = await SyntaxDocument.parse(grammar, text, runtime);
          assert.ok(Array.isArray(doc.syntax.errors));
          doc.applyChanges([{ range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, text: '\0' }]);
          assert.ok(doc.nodeCount > 0);
          doc.dispose();
        }
      }
    });
  }
});
