// Every capability over stdio against the bundled server (dist/server.js), as a client sees
// it: hover, definition, references, highlight, outline, workspace symbols, CodeLens, code
// actions with their edit applied, server commands; a malformed change; a broken frame.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { applyChanges } from '../../server/src/host/edits';
import { repoRoot } from '../helpers';
import { LspSession } from '../lsp';

const workspace = mkdtempSync(join(tmpdir(), 'tocsin-protocol-'));
mkdirSync(join(workspace, 'lib'));
writeFileSync(join(workspace, 'lib', 'helpers.S'), '#define HELPER_MACRO(x) x\n\t.globl far_helper\nfar_helper:\n\tblr\n');
const path = join(workspace, 'report.S');
const uri = pathToFileURL(path).href;
const text = [
  '#include <asm/ppc_asm.h>',
  '\t.abiversion 2',
  '_GLOBAL_TOC(report)',
  '\tmflr r0',
  '1:\tbl printk',
  '\tmtlr r0',
  '\tbl report',
  '\tnop',
  '\tb 1b',
  '',
].join('\n');

let lsp: LspSession;
let init: any;
before(async () => {
  lsp = await LspSession.start();
  init = await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
  assert.ok(init.capabilities.hoverProvider && init.capabilities.codeLensProvider && init.capabilities.executeCommandProvider);
  await lsp.connection.sendNotification('initialized', {});
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text } });
  await lsp.diagnosticsFor(uri, 1, 10_000, (p) => p.diagnostics.length > 0);
});
after(async () => {
  await lsp.stop();
});

const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const request = <T>(method: string, params: unknown) => lsp.connection.sendRequest(method, params) as Promise<T>;

test('hover', async () => {
  const result = await request<any>('textDocument/hover', at(3, 2));
  assert.equal(result.contents.kind, 'markdown');
  assert.match(result.contents.value, /\*\*mflr\*\*: Move from SPR 8 \(LR\)[\s\S]*`7c0802a6`[\s\S]*`r0 = LR`/);
  assert.deepEqual(result.range, { start: { line: 3, character: 1 }, end: { line: 3, character: 5 } });
});

test('definition: a local label, a symbol, and a symbol of a workspace file', async () => {
  assert.deepEqual((await request<any[]>('textDocument/definition', at(8, 4))).map((l) => [l.uri, l.range.start.line]), [[uri, 4]]);
  assert.deepEqual((await request<any[]>('textDocument/definition', at(6, 5))).map((l) => [l.uri, l.range.start.line]), [[uri, 2]]);
  // Nothing here defines printk; nothing in the workspace either.
  assert.deepEqual(await request<any[]>('textDocument/definition', at(4, 6)), []);
});

test('references and document highlight', async () => {
  const refs = await request<any[]>('textDocument/references', { ...at(6, 5), context: { includeDeclaration: true } });
  assert.deepEqual(refs.map((r) => r.range.start.line), [2, 6]);
  const highlights = await request<any[]>('textDocument/documentHighlight', at(8, 4));
  assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [[4, 3], [8, 2]]);
});

test('document and workspace symbols', async () => {
  const outline = await request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(outline.map((s) => [s.name, s.kind]), [['report', 12]]);
  const found = await request<any[]>('workspace/symbol', { query: 'far_help' });
  assert.deepEqual(found.map((s) => [s.name, s.location.uri, s.location.range.start.line]), [['far_helper', pathToFileURL(join(workspace, 'lib', 'helpers.S')).href, 2]]);
  const macro = await request<any[]>('workspace/symbol', { query: 'HELPER_MACRO' });
  assert.equal(macro[0]?.name, 'HELPER_MACRO');
});

test('CodeLens and the command it runs in the server', async () => {
  const lenses = await request<any[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 1);
  assert.match(lenses[0].command.title, /^global entry 0x0000000000000000 · local entry \+8 · TOC \.TOC\. \(set at link time\) · 1 caller \(1 local\)$/);
  const result = await request<any>('workspace/executeCommand', { command: lenses[0].command.command, arguments: lenses[0].command.arguments });
  assert.match(result.message, /report: 1 caller: report at 0x0000000000000014 \(local, line 7\)/);
  assert.equal(result.locations[0].range.start.line, 6);
});

test('completion and signature help on the line as typed', async () => {
  const list = await request<any>('textDocument/completion', at(3, 4));
  const mflr = list.items.find((i: any) => i.label === 'mflr');
  assert.deepEqual([mflr.kind, mflr.detail, mflr.documentation], [14, 'mflr RT', { kind: 'markdown', value: '**mflr**: Move from SPR 8 (LR)  \nXFX-form · Power ISA 2.07 · problem state (user)' }]);
  const help = await request<any>('textDocument/signatureHelp', at(3, 6));
  assert.deepEqual([help.signatures[0].label, help.activeParameter], ['mflr RT', 0]);
});

test('rename: prepare gives the name, the edit changes the definition and every use', async () => {
  assert.deepEqual(await request<any>('textDocument/prepareRename', at(6, 5)), { range: { start: { line: 6, character: 4 }, end: { line: 6, character: 10 } }, placeholder: 'report' });
  const edit = await request<any>('textDocument/rename', { ...at(6, 5), newName: 'report2' });
  assert.deepEqual(edit.changes[uri].map((e: any) => [e.range.start.line, e.range.start.character, e.newText]), [[2, 12, 'report2'], [6, 4, 'report2']]);
  await assert.rejects(request('textDocument/prepareRename', at(2, 3)), /_GLOBAL_TOC is defined in .*ppc_asm\.h, which is not open/);
});

test('semantic tokens with the legend, folding, inlay hints', async () => {
  const legend = init.capabilities.semanticTokensProvider.legend;
  const { data } = await request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const decoded: string[] = [];
  let line = 0;
  let column = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    column = data[i] ? data[i + 1] : column + data[i + 1];
    const mods = legend.tokenModifiers.filter((_: string, k: number) => data[i + 4] & (1 << k));
    decoded.push([`${line}:${text.split('\n')[line].slice(column, column + data[i + 2])}`, legend.tokenTypes[data[i + 3]], ...mods].join(' '));
  }
  assert.deepEqual(decoded.filter((d) => d.startsWith('3:') || d.startsWith('8:')), ['3:mflr mnemonic', '3:r0 register volatile', '8:b mnemonic', '8:1b label']);
  assert.deepEqual(await request<any[]>('textDocument/foldingRange', { textDocument: { uri } }), [{ startLine: 2, endLine: 8 }]);
  assert.deepEqual(await request<any[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), []);
});

test('a quick fix as a workspace edit, after which the finding is gone', async () => {
  const published = await lsp.diagnosticsFor(uri, 1);
  const finding = published.diagnostics.find((d) => d.code === 'call-lacks-nop')!;
  assert.equal(finding.range.start.line, 4);
  const actions = await request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
  const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
  assert.equal(fix.title, 'Insert a nop after the call');
  const edits = fix.edit.changes[uri] as { range: any; newText: string }[];
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
  });
  const fixedText = applyChanges(text, edits.map((e) => ({ range: { start: { line: e.range.start.line, column: e.range.start.character }, end: { line: e.range.end.line, column: e.range.end.character } }, text: e.newText }))).text;
  assert.match(fixedText, /1:\tbl printk\n\tnop\n/);
  const after = await lsp.diagnosticsFor(uri, 2, 10_000, (p) => !p.diagnostics.some((d) => d.code === 'call-lacks-nop'));
  assert.deepEqual(after.diagnostics, []);
});

test('a malformed change is refused with an error and the document keeps working', async () => {
  const messages: { type: number; message: string }[] = [];
  lsp.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => messages.push(m));
  const doc = 'file:///tmp/tocsin-protocol/bad.S';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'ppc64-asm', version: 1, text: '\tnop\n' } });
  await lsp.diagnosticsFor(doc, 1);
  await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc, version: 2 }, contentChanges: [{ range: null, text: 'junk(' }] });
  // A later valid change gets its diagnostics: a syntax error where the text says so.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: doc, version: 3 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\tstd r0,16(r1\n' }],
  });
  const third = await lsp.diagnosticsFor(doc, 3);
  assert.deepEqual(third.diagnostics.map((d) => [d.range.start.line, String(d.code).startsWith('syntax-')]), [[1, true]]);
  assert.ok(messages.some((m) => m.type === 1 && /refused: malformed range null/.test(m.message)), JSON.stringify(messages));
});

test('a broken frame ends the server with a message', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.write('Content-Length: abc\r\n\r\n{}');
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.equal(code, 1);
  assert.match(stderr, /tocsin: unreadable message from the client, exiting: Content-Length value must be a number/);
});

test('a change of tocsin.inlayHints alone asks a client that can refresh for its hints again, and analyses nothing', async () => {
  const other = await LspSession.start();
  try {
    let refreshes = 0;
    other.connection.onRequest('workspace/inlayHint/refresh', () => { refreshes++; return null; });
    await other.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: { workspace: { inlayHint: { refreshSupport: true } } } });
    await other.connection.sendNotification('initialized', {});
    const hints = (pairValues: boolean) => other.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tocsin: { inlayHints: { tocValues: true, branchTargets: true, pairValues } } } });
    await hints(true);
    await hints(true);
    await other.connection.sendRequest('workspace/symbol', { query: 'x' });
    assert.equal(refreshes, 1, 'once for the change, not again for the same settings');
    await hints(false);
    await other.connection.sendRequest('workspace/symbol', { query: 'x' });
    assert.equal(refreshes, 2);
  } finally {
    await other.stop();
  }
});
