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
import { runCli, toolInstalled } from '../helpers';
import { LspSession } from '../lsp';
import { bigListing, breakNop } from './bigListing';

const GCC = 'powerpc64le-linux-gnu-gcc';

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

test('expansion: a cpp macro line shows gcc -E\'s output and the statements as runs', { skip: toolInstalled(GCC) ? false : `${GCC} is needed` }, async () => {
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

/** A session over `root` that accepts work-done progress and records it. */
async function progressSession(root: string): Promise<{ lsp: LspSession; progress: { token: unknown; value: { kind: string; title?: string; message?: string; cancellable?: boolean } }[]; logs: string[] }> {
  const session = await LspSession.start();
  const progress: { token: unknown; value: any }[] = [];
  const logLines: string[] = [];
  session.connection.onRequest('window/workDoneProgress/create', () => null);
  session.connection.onNotification('$/progress', (p: { token: unknown; value: any }) => progress.push(p));
  session.connection.onNotification('window/logMessage', (m: { message: string }) => logLines.push(m.message));
  await session.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { window: { workDoneProgress: true } } });
  await session.connection.sendNotification('initialized', {});
  return { lsp: session, progress, logs: logLines };
}

const MISSING_NOP = '\t.abiversion 2\n\t.globl f\nf:\n\tbl printk\n\tblr\n';

test('check workspace: the files not open are analysed with progress, their findings published as tocsin check finds them', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tocsin-check-'));
  writeFileSync(join(root, 'bad.S'), MISSING_NOP);
  writeFileSync(join(root, 'good.S'), '\t.abiversion 2\n\tnop\n');
  writeFileSync(join(root, 'header.h'), '#define X 1\n');
  const { lsp: session, progress, logs: logLines } = await progressSession(root);
  try {
    const result = await session.connection.sendRequest('workspace/executeCommand', { command: 'tocsin.checkWorkspace', arguments: [] }) as { message: string };
    assert.equal(result.message, 'checked 2 of 2 files: 1 errors, 0 warnings in 1 files');
    const bad = await session.diagnosticsFor(pathToFileURL(join(root, 'bad.S')).href);
    const cli = JSON.parse(runCli(['check', '--format', 'json', join(root, 'bad.S')]).stdout) as { code: string; line: number; message: string }[];
    assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.range.start.line, d.message]), cli.map((d) => [d.code, d.line - 1, d.message]));
    assert.deepEqual((await session.diagnosticsFor(pathToFileURL(join(root, 'good.S')).href)).diagnostics, []);
    const titles = progress.filter((p) => p.value.kind === 'begin').map((p) => [p.value.title, p.value.cancellable]);
    assert.deepEqual(titles, [['Tocsin: indexing the workspace', true], ['Tocsin: checking the workspace', true]]);
    assert.ok(progress.some((p) => p.value.kind === 'report' && /^(bad|good)\.S$/.test(p.value.message ?? '')));
    assert.equal(progress.filter((p) => p.value.kind === 'end').length, 2);
    assert.ok(logLines.includes(result.message));
  } finally {
    await session.stop();
  }
});

test('check workspace: cancelled from the progress, it stops and says how many it left', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tocsin-cancel-'));
  for (let i = 0; i < 60; i++) writeFileSync(join(root, `f${i}.S`), MISSING_NOP);
  const { lsp: session, progress } = await progressSession(root);
  try {
    const done = session.connection.sendRequest('workspace/executeCommand', { command: 'tocsin.checkWorkspace', arguments: [] }) as Promise<{ message: string }>;
    await waitFor(() => progress.some((p) => p.value.kind === 'report' && /\.S$/.test(p.value.message ?? '')));
    const token = progress.find((p) => p.value.kind === 'begin' && p.value.title === 'Tocsin: checking the workspace')!.token;
    await session.connection.sendNotification('window/workDoneProgress/cancel', { token });
    const { message } = await done;
    const m = /^checked (\d+) of 60 files \(cancelled: (\d+) not checked\)/.exec(message);
    assert.ok(m, message);
    assert.equal(Number(m[1]) + Number(m[2]), 60);
  } finally {
    await session.stop();
  }
});

const kernelTree = (() => {
  try {
    return execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'kernel-prepare.sh')], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

test('a whole 6.1 tree as the workspace: arch/powerpc and the headers it includes are indexed, other architectures are not', { skip: kernelTree ? false : 'scripts/kernel-prepare.sh gives no kernel tree' }, async () => {
  const { lsp: session, logs: logLines } = await progressSession(kernelTree!);
  try {
    await waitFor(() => logLines.some((l) => l.startsWith('indexed ')), 120_000);
    const indexed = /^indexed (\d+) files/.exec(logLines.find((l) => l.startsWith('indexed '))!)!;
    const search = async (query: string) => (await session.connection.sendRequest('workspace/symbol', { query }) as { name: string; location: { uri: string } }[])
      .filter((s) => s.name === query).map((s) => s.location.uri.slice(pathToFileURL(kernelTree!).href.length + 1));
    // A label of arch/powerpc, a macro of a header it includes (ppc_asm.h), one of a header two includes away (linkage.h via export.h).
    assert.deepEqual((await search('ftrace_caller')).sort(), ['arch/powerpc/kernel/trace/ftrace_64_pg.S', 'arch/powerpc/kernel/trace/ftrace_mprofile.S']);
    assert.ok((await search('LOAD_REG_ADDR')).includes('arch/powerpc/include/asm/ppc_asm.h'));
    assert.ok((await search('SYM_FUNC_START')).includes('include/linux/linkage.h'));
    // x86's entry code is not powerpc's business.
    assert.deepEqual(await search('entry_SYSCALL_64'), []);
    assert.ok(Number(indexed[1]) < 5000, indexed[0]);
  } finally {
    await session.stop();
  }
});

test('a large listing\'s analysis shows as progress; cancelled, it stops, and the next edit analyses again', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tocsin-large-'));
  const { lsp: session, progress, logs: logLines } = await progressSession(root);
  try {
    const listing = bigListing(100_000);
    const big = pathToFileURL(join(root, 'big.dis')).href;
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
    await waitFor(() => progress.some((p) => p.value.kind === 'begin' && /^Tocsin: analysing big\.dis \(100,\d{3} lines\)$/.test(p.value.title ?? '')));
    const begin = progress.find((p) => p.value.kind === 'begin' && p.value.title?.startsWith('Tocsin: analysing big.dis'))!;
    assert.equal(begin.value.cancellable, true);
    await session.connection.sendNotification('window/workDoneProgress/cancel', { token: begin.token });
    await waitFor(() => progress.some((p) => p.token === begin.token && p.value.kind === 'end'), 30_000);
    // Cancelled: version 1 was never analysed to the end, and none of its findings is published.
    assert.ok(!logLines.some((l) => l.startsWith('analysed big.dis version 1')));
    assert.ok(!session.published.some((p) => p.uri === big && p.version === 1 && p.diagnostics.length));
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [breakNop(listing, 3)] });
    await session.diagnosticsFor(big, 2, 300_000, (p) => p.diagnostics.some((d) => d.code === 'call-lacks-nop'));
    await waitFor(() => logLines.some((l) => /^analysed big\.dis version 2 \(edited\)/.test(l)), 300_000);
  } finally {
    await session.stop();
  }
});
