// Scenario runs in the editor over stdio against the bundled server: the run and debug lenses
// on a scenario and on the functions it runs, the run command, its findings as diagnostics
// with the scenario as related place, what each traced line changed (inlay hints, or lenses by
// the setting), register hovers with a line's values, all gone once the file changes; inline
// values for the debugger's stopped frame. On a copy of the bundled live-patch example (a),
// whose lost TOC the run reports at kernel.S:51.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers';
import { LspSession } from '../lsp';

const workspace = mkdtempSync(join(tmpdir(), 'tocsin-readouts-'));
cpSync(join(repoRoot, 'examples/livepatch'), workspace, { recursive: true });
const kernel = join(workspace, 'common/kernel.S');
const kernelUri = pathToFileURL(kernel).href;
const scenario = join(workspace, 'a-no-toc-save/local-call.scenario.json');
const scenarioUri = pathToFileURL(scenario).href;
const kernelText = readFileSync(kernel, 'utf8');
const kernelLines = kernelText.split('\n');
/** 0-based lines of kernel.S: A's `mflr r0` and the `addis r4, r2, ...` after its `bl B`. */
const mflrLine = kernelLines.findIndex((l, i) => /^\s*mflr\s+r0/.test(l) && /_GLOBAL_TOC\(A\)/.test(kernelLines[i - 1]));
const afterCall = 50;

let lsp: LspSession;
const request = <T>(method: string, params: unknown) => lsp.connection.sendRequest(method, params) as Promise<T>;
const whole = { start: { line: 0, character: 0 }, end: { line: kernelLines.length, character: 0 } };

before(async () => {
  lsp = await LspSession.start();
  lsp.connection.onRequest('workspace/codeLens/refresh', () => null);
  lsp.connection.onRequest('workspace/inlayHint/refresh', () => null);
  const init: any = await lsp.connection.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, initializationOptions: { clientCommands: ['tocsin.debugScenario'] },
  });
  assert.ok(init.capabilities.inlayHintProvider && init.capabilities.inlineValueProvider);
  assert.ok(init.capabilities.executeCommandProvider.commands.includes('tocsin.runScenario'));
  await lsp.connection.sendNotification('initialized', {});
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: kernelUri, languageId: 'ppc64-asm', version: 1, text: kernelText } });
  await lsp.diagnosticsFor(kernelUri, 1);
});
after(async () => {
  await lsp.stop();
});

test('run and debug lenses on a scenario file and on the functions its scenarios run', async () => {
  const own = await request<any[]>('textDocument/codeLens', { textDocument: { uri: scenarioUri } });
  assert.deepEqual(own.map((l) => [l.range.start.line, l.command.title, l.command.command, l.command.arguments[0]]), [
    [0, '▶ Run scenario', 'tocsin.runScenario', scenario], [0, 'Debug', 'tocsin.debugScenario', scenario],
  ]);
  const lenses = await request<any[]>('textDocument/codeLens', { textDocument: { uri: kernelUri } });
  const runs = lenses.filter((l) => l.command.command === 'tocsin.runScenario');
  // A is called by every scenario of the examples that read kernel.S, B is what they patch.
  const onA = runs.filter((l) => l.range.start.line === mflrLine - 1);
  assert.ok(onA.some((l) => l.command.arguments[0] === scenario), JSON.stringify(onA.map((l) => l.command.title)));
  assert.ok(onA.every((l) => /^▶ Run scenario /.test(l.command.title)));
  assert.equal(lenses.filter((l) => l.command.command === 'tocsin.debugScenario').length, runs.length);
});

test('a run: its finding as a diagnostic, what each line changed, register values in the hover; gone after an edit', async () => {
  const result = await request<any>('workspace/executeCommand', { command: 'tocsin.runScenario', arguments: [scenario] });
  assert.match(result.message, /^local-call\.scenario\.json: returned after \d+ instructions, 1 finding: toc-not-restored at kernel\.S:51$/);

  const published = await lsp.diagnosticsFor(kernelUri, undefined, 10_000, (p) => p.diagnostics.some((d) => d.code === 'toc-not-restored'));
  const finding = published.diagnostics.find((d) => d.code === 'toc-not-restored') as any;
  assert.equal(finding.range.start.line, afterCall);
  assert.match(finding.message, /r2 is 0xc008/);
  assert.equal(finding.relatedInformation[0].location.uri, scenarioUri);

  const hints = await request<any[]>('textDocument/inlayHint', { textDocument: { uri: kernelUri }, range: whole });
  const at = (line: number) => hints.find((h) => h.position.line === line)?.label as string | undefined;
  assert.equal(at(mflrLine), "r0 = 0xfffffffffffff000 (return to the scenario's caller)");
  assert.equal(hints.find((h) => h.position.line === mflrLine).position.character, kernelLines[mflrLine].length);
  // After the call r2 is still the module's TOC: A's TOC-relative address comes out in the module.
  assert.match(at(afterCall) ?? '', /^r4 = 0xc008[0-9a-f]{12} \(TOC of livepatch_demo\)$/);

  const hover = await request<any>('textDocument/hover', { textDocument: { uri: kernelUri }, position: { line: afterCall, character: kernelLines[afterCall].indexOf('r2') + 1 } });
  assert.match(hover.contents.value, /\*\*r2\*\* at this line in the last run: `0xc008[0-9a-f]{12} \(TOC of /);

  // Lenses instead of hints, by the setting.
  await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tocsin: { runReadouts: 'codeLens' } } });
  const lenses = await request<any[]>('textDocument/codeLens', { textDocument: { uri: kernelUri } });
  assert.ok(lenses.some((l) => l.range.start.line === mflrLine && l.command.title.startsWith('r0 = 0xfffffffffffff000')));
  assert.deepEqual(await request<any[]>('textDocument/inlayHint', { textDocument: { uri: kernelUri }, range: whole }), []);

  // An edit: the readouts and the run's diagnostic go.
  await lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: kernelUri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
  });
  const after = await lsp.diagnosticsFor(kernelUri, 2);
  assert.ok(!after.diagnostics.some((d) => d.code === 'toc-not-restored'));
  const lensesAfter = await request<any[]>('textDocument/codeLens', { textDocument: { uri: kernelUri } });
  assert.ok(!lensesAfter.some((l) => /^r0 = /.test(l.command.title)));
  assert.equal((await request<any>('textDocument/hover', { textDocument: { uri: kernelUri }, position: { line: afterCall + 1, character: kernelLines[afterCall].indexOf('r2') + 1 } }))?.contents.value.includes('last run') ?? false, false);
});

test('inline values: the registers and operands of the lines run so far in the stopped function', async () => {
  const stopped = { start: { line: mflrLine + 3, character: 0 }, end: { line: mflrLine + 3, character: 0 } };
  const values = await request<any[]>('textDocument/inlineValue', { textDocument: { uri: kernelUri }, range: whole, context: { frameId: 1, stoppedLocation: stopped } });
  const named = values.map((v) => `${v.range.start.line}:${v.variableName ?? v.expression}`);
  // The edit above moved A down one line; its mflr r0 and std r0,LRSAVE(r1) come first.
  assert.ok(named.includes(`${mflrLine + 1}:r0`), named.join(' '));
  assert.ok(values.every((v) => v.range.start.line <= mflrLine + 3 && v.range.start.line >= mflrLine));
});
