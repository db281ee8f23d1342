// The server's presence over stdio: the expansion view (against gcc -E for the preprocessor's
// part), the log of what it did, work-done progress and cancellation of long work, and
// workspace trust.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../lsp';

const GCC = 'powerpc64le-linux-gnu-gcc';
function tool(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'tocsin-presence-'));
// An include directory of its own: the file is preprocessed as gcc -E sees it, without the bundled prelude.
mkdirSync(join(workspace, 'include'));
writeFileSync(join(workspace, 'include', 'regs.h'), '#define r3 %r3\n#define r4 %r4\n#define LOAD(d, s) ld d, 0(s)\n');
const path = join(workspace, 'expand.S');
const uri = pathToFileURL(path).href;
const text = [
  '#include <regs.h>',
  '#define TWICE(x) x; x',
  '\t.macro pair a, b',
  '\tmr \\a, \\b',
  '\tmr \\b, \\a',
  '\t.endm',
  '\tLOAD(r3, r4)',
  '\tTWICE(nop)',
  '\tpair r3, r4',
  '\t.rept 2',
  '\tnop',
  '\t.endr',
  '',
].join('\n');
writeFileSync(path, text);

let lsp: LspSession;
const logs: { type: number; message: string }[] = [];
before(async () => {
  lsp = await LspSession.start();
  lsp.connection.onNotification('window/logMessage', (m: { type: number; message: string }) => logs.push(m));
  await lsp.connection.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {},
    initializationOptions: { includePaths: [join(workspace, 'include')] },
  });
  await lsp.connection.sendNotification('initialized', {});
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text } });
  await lsp.diagnosticsFor(uri, 1, 20_000);
});
after(async () => {
  await lsp.stop();
});

async function waitFor(condition: () => boolean, ms = 20_000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
  }
}

const expansion = (start: number, end: number, endCharacter = 0) =>
  lsp.connection.sendRequest('tocsin/expansion', { textDocument: { uri }, range: { start: { line: start, character: 0 }, end: { line: end, character: endCharacter } } }) as Promise<{ text?: string; error?: string }>;

/** gcc -E's output lines for each source line of the file, from its line markers. */
function gccLines(): Map<number, string[]> {
  const out = execFileSync(GCC, ['-E', '-x', 'assembler-with-cpp', '-I', join(workspace, 'include'), path], { encoding: 'utf8' });
  const byLine = new Map<number, string[]>();
  let file = '';
  let line = 0;
  for (const l of out.split('\n')) {
    const marker = /^# (\d+) "([^"]*)"/.exec(l);
    if (marker) {
      line = Number(marker[1]) - 1;
      file = marker[2];
      continue;
    }
    if (file === path && l.trim()) byLine.set(line, [...(byLine.get(line) ?? []), l]);
    line++;
  }
  return byLine;
}

test('expansion: a cpp macro line shows gcc -E\'s output and the statements as runs', { skip: tool(GCC) ? false : `${GCC} is needed` }, async () => {
  const result = await expansion(6, 6, 14);
  assert.ok(result.text, result.error);
  const lines = result.text!.split('\n');
  const cpp = lines.slice(lines.indexOf('#   cpp:') + 1, lines.indexOf('#   as:'));
  assert.deepEqual(cpp.map((l) => l.trim()), gccLines().get(6)!.map((l) => l.trim()));
  assert.deepEqual(lines.slice(lines.indexOf('#   as:') + 1).filter(Boolean), ['\tld %r3,0(%r4)']);
});

test('expansion: a selection over a .macro call and a .rept shows what each line makes', async () => {
  const { text: shown } = await expansion(7, 12);
  assert.ok(shown);
  assert.match(shown, /# 8: TWICE\(nop\)\n#   cpp:\n\s*nop; nop\n#   as:\n\tnop\n\tnop\n/);
  assert.match(shown, /# 9: pair r3, r4\n#   cpp:\n\s*pair %r3, %r4\n#   as:\n\tpair %r3,%r4\n\tmr %r3,%r4\t# in pair\n\tmr %r4,%r3\t# in pair\n/);
  assert.match(shown, /# 10: \.rept 2\n[\s\S]*\tnop\t# in \.rept\n\tnop\t# in \.rept\n/);
});

test('expansion: a listing is not expanded', async () => {
  const listing = 'file:///tmp/tocsin-presence/x.dis';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: listing, languageId: 'ppc64-objdump', version: 1, text: '\nx.o:     file format elf64-powerpcle\n' } });
  const result = await lsp.connection.sendRequest('tocsin/expansion', { textDocument: { uri: listing }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }) as { error?: string };
  assert.match(result.error ?? '', /not an open assembly document/);
});

test('the log says what the server started with, and each analysis with its reason and stages', async () => {
  assert.ok(logs.some((l) => l.message === `started for ${workspace}: include paths ${join(workspace, 'include')}; each file checked on its own (no target)`), JSON.stringify(logs));
  assert.ok(logs.some((l) => /^analysed expand\.S version 1 \(opened\): 0 findings, \d+ definitions; syntax \d+ ms, model \d+ ms, calls \d+ ms, findings \d+ ms, index \d+ ms$/.test(l.message)), JSON.stringify(logs));
  await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tocsin: { includePaths: [join(workspace, 'include')], target: 'module' } } });
  await waitFor(() => logs.some((l) => l.message.includes('(settings changed)')));
  assert.ok(logs.some((l) => l.message.endsWith('; target module') && l.message.startsWith('settings changed: ')));
});
