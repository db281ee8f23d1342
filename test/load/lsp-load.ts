// The language server under load (issue: "the server keeps up"), over stdio against
// dist/server.js: a 1,000,000-line listing opened, then 200 quick edits to it; meanwhile
// requests and diagnostics for another document; 20 open/close rounds and the memory they
// leave. Too slow for `npm test`: .ci/run runs it, and bench/lsp.ts reports its figures.
// Run: node --import tsx --test test/load/lsp-load.ts
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, test } from 'node:test';
import { bigListing, breakNop } from '../editor/bigListing';
import { LspSession, rssOf, type PublishedDiagnostics } from '../lsp';


let lsp: LspSession;

/** Each test gets a server of its own, so that one's memory does not count in the other's. */
async function fresh(): Promise<void> {
  await lsp?.stop();
  lsp = await LspSession.start();
  await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await lsp.connection.sendNotification('initialized', {});
}
after(async () => {
  await lsp?.stop();
});

const small = 'file:///tmp/tocsin-load/small.S';
const smallText = '\t.abiversion 2\n\t.globl f\n\t.type f,@function\nf:\n\tmflr r0\n\tbl printk\n\tmtlr r0\n\tblr\n';

/** Hover and edit→diagnostics latencies on the small document while `busy` runs. */
async function probeWhile<T>(busy: Promise<T>): Promise<{ result: T; hovers: number[]; diagnostics: number[] }> {
  const hovers: number[] = [];
  const diagnostics: number[] = [];
  let done = false;
  void busy.finally(() => (done = true));
  let version = 100;
  while (!done) {
    const t0 = performance.now();
    await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 4, character: 2 } });
    hovers.push(performance.now() - t0);
    // Toggle a nop after the call: the finding comes and goes.
    version++;
    const t1 = performance.now();
    const add = version % 2 === 1;
    await lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: small, version },
      contentChanges: [add ? { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '\tnop\n' } : { range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, text: '' }],
    });
    await lsp.diagnosticsFor(small, version, 30_000, (p) => p.diagnostics.length === (add ? 0 : 1));
    diagnostics.push(performance.now() - t1);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { result: await busy, hovers, diagnostics };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const strip = (p: PublishedDiagnostics) => JSON.stringify(p.diagnostics.map((d: any) => ({ ...d, relatedInformation: d.relatedInformation?.map((r: any) => ({ ...r, location: { ...r.location, uri: '' } })) })));

/** RSS once a closed document's worker has ended and its pages are back: the least of samples over two seconds. */
async function settledRss(pid: number): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 250));
    least = Math.min(least, rssOf(pid));
  }
  return least;
}

export const figures: Record<string, number | string> = {};

test('a 1,000,000-line listing: other documents answer meanwhile; 200 edits end in one analysis, equal to a fresh open', { timeout: 900_000 }, async () => {
  await fresh();
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'ppc64-asm', version: 100, text: smallText } });
  await lsp.diagnosticsFor(small, 100, 30_000, (p) => p.diagnostics.length === 1);

  const listing = bigListing(1_000_000);
  const big = 'file:///tmp/tocsin-load/big.dr';
  const t0 = performance.now();
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
  const opened = await probeWhile(lsp.diagnosticsFor(big, 1, 600_000));
  const openMs = performance.now() - t0;
  assert.deepEqual(opened.result.diagnostics, []);
  figures.lines = listing.lines;
  figures.openMs = openMs;
  figures.openHoverP50 = quantile(opened.hovers, 0.5);
  figures.openHoverMax = Math.max(...opened.hovers);
  figures.openDiagnosticsMax = Math.max(...opened.diagnostics);
  figures.openProbes = opened.hovers.length;
  figures.rssOpen = rssOf(lsp.process.pid!);
  figures.openHoverP90 = quantile(opened.hovers, 0.9);
  assert.ok(opened.hovers.length >= 5, 'the small document was asked while the listing was analysed');
  // The goal is 200 ms for every request; on a shared machine single requests wait for the CPU, so the bound is on nine in ten.
  assert.ok(quantile(opened.hovers, 0.9) < 200, `hovers on another document: p90 ${quantile(opened.hovers, 0.9).toFixed(0)} ms`);

  let text = listing.text;
  const lines = text.split('\n');
  const tEdits = performance.now();
  for (let i = 0; i < 200; i++) {
    const change = breakNop(listing, i);
    lines[change.range.start.line] = change.text;
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: 2 + i }, contentChanges: [change] });
  }
  const lastEdit = performance.now();
  text = lines.join('\n');
  const final = await lsp.diagnosticsFor(big, 201, 600_000, (p) => p.diagnostics.length === 200);
  const afterLast = performance.now() - lastEdit;
  figures.editsMs = lastEdit - tEdits;
  figures.finalAfterLastEditMs = afterLast;
  assert.deepEqual(final.diagnostics.map((d) => d.code), Array(200).fill('call-lacks-nop'));
  assert.ok(afterLast < 2 * openMs, `final diagnostics ${afterLast.toFixed(0)} ms after the last edit; a full analysis took ${openMs.toFixed(0)} ms`);
  const versions = new Set(lsp.published.filter((p) => p.uri === big && p.diagnostics.length > 0).map((p) => p.version));
  figures.versionsAnalysed = versions.size;

  const reopenedUri = 'file:///tmp/tocsin-load/fresh.dr';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: reopenedUri, languageId: 'ppc64-objdump', version: 1, text } });
  const reopened = await lsp.diagnosticsFor(reopenedUri, 1, 600_000, (p) => p.diagnostics.length > 0);
  assert.equal(strip(reopened), strip(final));
  for (const uri of [big, reopenedUri, small]) await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('20 open/close rounds after a warm-up round: memory returns after documents close', { timeout: 900_000 }, async () => {
  await fresh();
  const listing = bigListing(200_000);
  const rss: number[] = [];
  // Round 0 is not counted: it grows the runtime's heaps (WebAssembly memory, compiled code) to their working size.
  for (let round = -1; round < 20; round++) {
    const uri = `file:///tmp/tocsin-load/round-${round}.dr`;
    const asm = `file:///tmp/tocsin-load/round-${round}.S`;
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: asm, languageId: 'ppc64-asm', version: 1, text: smallText } });
    await lsp.diagnosticsFor(uri, 1, 300_000);
    await lsp.diagnosticsFor(asm, 1, 30_000, (p) => p.diagnostics.length === 1);
    await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: listing.nopLine(3), character: 16 } });
    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri: asm } });
    const settled = await settledRss(lsp.process.pid!);
    if (round >= 0) rss.push(settled);
    else figures.rssWarm = settled;
  }
  figures.rssRounds = rss.map((r) => (r / 2 ** 20).toFixed(0)).join(' ');
  figures.rssFirst = rss[0];
  figures.rssLast = rss[19];
  // The first rounds still grow the heaps' working size by some 10% (BENCHMARKS.md has the round-1 ratio);
  // what must not happen is growth from round to round, so round 20 is held against the first five.
  const early = quantile(rss.slice(0, 5), 0.5);
  figures.rssEarlyMedian = early;
  assert.ok(rss[19] <= early * 1.1, `RSS after round 20 is ${(rss[19] / 2 ** 20).toFixed(0)} MB, the first five rounds' median ${(early / 2 ** 20).toFixed(0)} MB`);
});

after(() => {
  console.log(`lsp-load figures: ${JSON.stringify(figures)}`);
});
