// The language server publishes the TOC check's findings for open listings, together with the
// syntax errors, in one publishDiagnostics per version, and updates them after an edit.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { moduleListing as listing } from '../editor/moduleListing';
import { LspSession } from '../lsp';

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start();
  await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await lsp.connection.sendNotification('initialized', {});
});
after(async () => {
  await lsp.stop();
});


interface Published {
  range: { start: { line: number } };
  code?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[];
  data?: unknown;
}

test('publishes livepatch-call-lacks-nop with related information and fix data', async () => {
  const uri = 'file:///tmp/tocsin-lsp/patch.dis';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text: listing } });
  const published = (await lsp.diagnosticsFor(uri, 1)).diagnostics as Published[];
  assert.equal(published.length, 1);
  const d = published[0];
  assert.equal(d.code, 'livepatch-call-lacks-nop');
  assert.equal(d.range.start.line, 11);
  assert.match(d.message, /patch: Expected nop after call, got 7c7f1b78 at 0x<load address of patched\+0xc>/);
  assert.ok(d.relatedInformation?.some((r) => r.location.uri === uri && r.location.range.start.line === 12), 'the relocation line');
  assert.equal(d.data, undefined, 'a listing is objdump output: no edit of it fixes the code (a code action explains the fix)');

  // Turn the mr into a nop: the finding goes away.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 13, character: 6 }, end: { line: 13, character: 33 } }, text: '00 00 00 60 \tnop' }],
  });
  assert.deepEqual((await lsp.diagnosticsFor(uri, 2)).diagnostics, []);
});

test('syntax errors and check findings arrive together', async () => {
  const uri = 'file:///tmp/tocsin-lsp/both.dis';
  const text = listing + '0000000000000020 <broken\n';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text } });
  const codes = (await lsp.diagnosticsFor(uri, 1, 10_000, (p) => p.diagnostics.some((d) => !String(d.code).startsWith('syntax-')))).diagnostics.map((d) => d.code);
  assert.ok(codes.includes('livepatch-call-lacks-nop'), codes.join());
  assert.ok(codes.some((c) => String(c).startsWith('syntax-')), codes.join());
});

test('assembly documents are assembled and checked as the user types, on the line written', async () => {
  const uri = 'file:///tmp/tocsin-lsp/report.S';
  const text = '#include <asm/ppc_asm.h>\n\t.abiversion 2\n_GLOBAL_TOC(report)\n\tmflr r0\n\tbl printk\n\tmtlr r0\n\tblr\n';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text } });
  const first = (await lsp.diagnosticsFor(uri, 1)).diagnostics as Published[];
  assert.deepEqual(first.map((d) => [d.code, d.range.start.line]), [['call-lacks-nop', 4]]);

  // Add the nop after the call: clean.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '\tnop\n' }],
  });
  assert.deepEqual((await lsp.diagnosticsFor(uri, 2)).diagnostics, []);

  // An operand the assembler rejects is an error on its line, beside no syntax error.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } }, text: '\taddi r3,r3,70000' }],
  });
  const third = (await lsp.diagnosticsFor(uri, 3)).diagnostics as Published[];
  assert.equal(third.length, 1);
  assert.equal(third[0].range.start.line, 3);
  assert.doesNotMatch(String(third[0].code), /^syntax-/);

  // A module target (a setting) makes the missing nop the module loader's error.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 4 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 6, character: 0 } }, text: '\tmflr r0\n\tbl printk\n' }],
  });
  await lsp.diagnosticsFor(uri, 4);
  const before = lsp.published.length;
  await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tocsin: { target: 'module' } } });
  for (let i = 0; i < 100 && !lsp.published.slice(before).some((p) => p.uri === uri); i++) await new Promise((r) => setTimeout(r, 50));
  const republished = lsp.published.slice(before).filter((p) => p.uri === uri).pop()!;
  assert.deepEqual(republished.diagnostics.map((d) => [d.code, d.range.start.line]), [['livepatch-call-lacks-nop', 4]]);
});
