// The language server over stdio: initialize, then diagnostics as the user types.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspSession } from './lsp';

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start();
});
after(async () => {
  await lsp.stop();
});

test('answers initialize with incremental sync', async () => {
  const result: any = await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  assert.equal(result.serverInfo.name, 'tocsin');
  assert.equal(result.capabilities.textDocumentSync.change, 2, 'TextDocumentSyncKind.Incremental');
  await lsp.connection.sendNotification('initialized', {});
});

test('publishes a syntax error and clears it after an incremental fix', async () => {
  const uri = 'file:///tmp/tocsin-lsp/entry.S';
  const text = '_GLOBAL(f)\n\tmflr r0\n\tstd r0,16(r1\n\tblr\n';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text } });
  const first = await lsp.diagnosticsFor(uri, 1);
  assert.ok(first.diagnostics.length > 0, 'the unclosed parenthesis is reported');
  assert.equal(first.diagnostics[0].range.start.line, 2);
  assert.match(String(first.diagnostics[0].code), /^syntax-/);

  // Insert the missing ')' at line 2, column 13: an incremental change, not a full text.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } }, text: ')' }],
  });
  const second = await lsp.diagnosticsFor(uri, 2);
  assert.deepEqual(second.diagnostics, []);

  // Break it again two edits at once: both apply in order.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [
      { range: { start: { line: 3, character: 1 }, end: { line: 3, character: 4 } }, text: 'ld r3,' },
      { range: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 } }, text: ',(' },
    ],
  });
  const third = await lsp.diagnosticsFor(uri, 3);
  assert.ok(third.diagnostics.length > 0);
  assert.equal(third.diagnostics[0].range.start.line, 3);
});

test('listings get the objdump grammar', async () => {
  const uri = 'file:///tmp/tocsin-lsp/x.objdump';
  const text = '\nx.o:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n\n0000000000000000 <f>:\n   0:\t20 00 80 4e \tblr\n';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text } });
  assert.deepEqual((await lsp.diagnosticsFor(uri, 1)).diagnostics, []);
});
