// The language server as an editor meets it, over stdio against dist/server.js: hover on a
// 100,000-line listing with a ready snapshot and while it is analysed again; edit →
// diagnostics on entry_64.S after the debounce; didOpen of a 1,000,000-line listing → first
// diagnostics beside `tocsin check` on the same file; and the load test's figures (200 edits,
// open/close rounds, requests for other documents meanwhile).
// Run alone: npm run bench -- lsp
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bigListing, breakNop } from '../test/editor/bigListing';
import { LspSession } from '../test/lsp';

const repoRoot = join(__dirname, '..');
const DEBOUNCE_MS = 200;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function session(initializationOptions: object = {}): Promise<LspSession> {
  const lsp = await LspSession.start();
  await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await lsp.connection.sendNotification('initialized', {});
  return lsp;
}

async function hoverTimes(lsp: LspSession, uri: string, lines: number[], until?: () => boolean): Promise<number[]> {
  const out: number[] = [];
  for (const line of lines) {
    if (until?.()) break;
    const t0 = performance.now();
    await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 16 } });
    out.push(performance.now() - t0);
  }
  return out;
}

export async function benchHover(): Promise<string[]> {
  const lsp = await session();
  const listing = bigListing(100_000);
  const uri = 'file:///tmp/tocsin-bench/hover.dr';
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
  await lsp.diagnosticsFor(uri, 1, 300_000);
  const lines = Array.from({ length: 300 }, (_, i) => listing.nopLine((i * 97) % listing.functions) - 2);
  await hoverTimes(lsp, uri, lines.slice(0, 20));
  const ready = await hoverTimes(lsp, uri, lines);
  // An edit far from the hovers: they are answered from the previous snapshot, moved through the edit.
  await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [breakNop(listing, listing.functions - 1)] });
  let analysed = false;
  const done = lsp.diagnosticsFor(uri, 2, 300_000, (p) => p.diagnostics.length === 1).then(() => (analysed = true));
  const during: number[] = [];
  const started = performance.now();
  while (!analysed) {
    during.push(...await hoverTimes(lsp, uri, lines, () => analysed));
  }
  await done;
  const reanalysisMs = performance.now() - started;
  await lsp.stop();
  const fmt = (xs: number[]) => `median **${quantile(xs, 0.5).toFixed(1)} ms**, p99 **${quantile(xs, 0.99).toFixed(1)} ms** (${xs.length} hovers)`;
  return [
    `- Hover on a ${listing.lines.toLocaleString('en')}-line listing (mnemonics of 300 functions), ready snapshot: ${fmt(ready)}.`,
    `- The same while an edit is analysed (${(reanalysisMs / 1000).toFixed(1)} s from the edit to its diagnostics, in a worker thread): ${fmt(during)}. Goal p99 < 20 ms.`,
  ];
}

const ENTRY = 'arch/powerpc/kernel/entry_64.S';
const INCLUDES = ['arch/powerpc/include', 'arch/powerpc/include/generated', 'include', 'arch/powerpc/include/uapi',
  'arch/powerpc/include/generated/uapi', 'include/uapi', 'include/generated/uapi', 'arch/powerpc'];

/** entry_64.S of the prepared 6.1 tree opened with kbuild's include paths and forced includes. */
async function openEntry(): Promise<{ lsp: LspSession; uri: string; text: string }> {
  const tree = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-prepare.sh')], { encoding: 'utf8' }).trim();
  const path = join(tree, ENTRY);
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, 'utf8');
  const lsp = await session({
    includePaths: INCLUDES.map((p) => join(tree, p)),
    forcedIncludes: ['include/linux/compiler-version.h', 'include/linux/kconfig.h'].map((p) => join(tree, p)),
    defines: { __KERNEL__: 1, HAVE_AS_ATHIGH: 1 },
    target: 'vmlinux',
  });
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text } });
  return { lsp, uri, text };
}

export async function benchEntry(): Promise<string[]> {
  const { lsp, uri, text } = await openEntry();
  const first = await lsp.diagnosticsFor(uri, 1, 60_000, (p) => p.diagnostics.every((d) => !String(d.code).startsWith('syntax-')));
  // A comment toggled at the end of the first line: the analysis runs again, its findings stay.
  const line0 = text.split('\n')[0].length;
  const times: number[] = [];
  for (let v = 2; v < 2 + 21; v++) {
    const add = v % 2 === 0;
    const change = add
      ? { range: { start: { line: 0, character: line0 }, end: { line: 0, character: line0 } }, text: ' /* x */' }
      : { range: { start: { line: 0, character: line0 }, end: { line: 0, character: line0 + 8 } }, text: '' };
    const t0 = performance.now();
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await lsp.diagnosticsFor(uri, v, 60_000);
    times.push(performance.now() - t0 - DEBOUNCE_MS);
    await new Promise((r) => setTimeout(r, 300));
  }
  await lsp.stop();
  return [
    `- Edit → diagnostics on \`${ENTRY}\` (the prepared 6.1 tree's include paths and kbuild's forced includes, target vmlinux; ${text.split('\n').length} lines, ${first.diagnostics.length} diagnostics), after the ${DEBOUNCE_MS} ms debounce: median **${quantile(times.slice(1), 0.5).toFixed(0)} ms**, max ${Math.max(...times.slice(1)).toFixed(0)} ms over 20 edits. Goal < 250 ms.`,
  ];
}

export async function benchOpen(): Promise<string[]> {
  const listing = bigListing(1_000_000);
  const file = join(mkdtempSync(join(tmpdir(), 'tocsin-bench-lsp-')), 'big.dr');
  writeFileSync(file, listing.text);
  const checkStarted = performance.now();
  const check = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), 'check', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const checkMs = performance.now() - checkStarted;
  if (check.status === 2) throw new Error(check.stderr);
  const lsp = await session();
  const uri = pathToFileURL(file).href;
  const started = performance.now();
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
  await lsp.diagnosticsFor(uri, 1, 900_000);
  const openMs = performance.now() - started;
  await lsp.stop();
  return [
    `- didOpen of a ${listing.lines.toLocaleString('en')}-line listing (${(listing.text.length / 2 ** 20).toFixed(1)} MB) → first diagnostics **${(openMs / 1000).toFixed(1)} s**; \`tocsin check\` on the same file **${(checkMs / 1000).toFixed(1)} s** (exit ${check.status}); ratio server/check **${(openMs / checkMs).toFixed(2)}** (goal ≤ 1).`,
  ];
}

function loadFigures(): string[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', join(repoRoot, 'test', 'load', 'lsp-load.ts')], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: repoRoot });
  const line = /lsp-load figures: (\{.*\})/.exec(run.stdout + run.stderr)?.[1];
  if (!line) return [`- The load test printed no figures (exit ${run.status}).`];
  const f = JSON.parse(line);
  const passed = /# pass (\d+)/.exec(run.stdout)?.[1];
  const failed = /# fail (\d+)/.exec(run.stdout)?.[1];
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  return [
    `- Load test (\`test/load/lsp-load.ts\`, ${passed} passed, ${failed} failed): while the ${Number(f.lines).toLocaleString('en')}-line listing is opened and analysed (${(f.openMs / 1000).toFixed(1)} s), ${f.openProbes} hovers on another document: median ${f.openHoverP50.toFixed(1)} ms, p90 ${f.openHoverP90.toFixed(0)} ms, max ${f.openHoverMax.toFixed(0)} ms; its edit → diagnostics at most ${f.openDiagnosticsMax.toFixed(0)} ms. Server RSS with the listing open: ${mb(f.rssOpen)}.`,
    f.finalAfterLastEditMs !== undefined
      ? `- 200 edits to that listing (sent in ${(f.editsMs / 1000).toFixed(1)} s): the final version's diagnostics ${(f.finalAfterLastEditMs / 1000).toFixed(1)} s after the last edit, against ${(f.openMs / 1000).toFixed(1)} s for the whole first analysis (ratio ${(f.finalAfterLastEditMs / f.openMs).toFixed(2)}), equal to a fresh open's.`
      : '- 200 edits: not reached.',
    f.rssRounds ? `- 20 open/close rounds of a 200,000-line listing and a \`.S\` file after a warm-up round (RSS ${mb(f.rssWarm)} after it), RSS after each round's close (MB): ${f.rssRounds}; round 20 / round 1 = ${(f.rssLast / f.rssFirst).toFixed(2)} (goal ≤ 1.10), round 20 / median of rounds 1-5 = ${(f.rssLast / f.rssEarlyMedian).toFixed(2)}.` : '- Open/close rounds: not reached.',
  ];
}

/** Completion requests at `positions` (each with the text typed there), in ms. */
async function completionTimes(lsp: LspSession, uri: string, positions: { line: number; character: number }[]): Promise<number[]> {
  const out: number[] = [];
  for (const position of positions) {
    const t0 = performance.now();
    await lsp.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    out.push(performance.now() - t0);
  }
  return out;
}

/** Completion latency: a 100,000-line listing (symbols) and entry_64.S with the prepared tree (mnemonics, 5,000 macros, asm-offsets). */
export async function benchCompletion(): Promise<string[]> {
  const fmt = (xs: number[]) => `median **${quantile(xs, 0.5).toFixed(1)} ms**, p99 **${quantile(xs, 0.99).toFixed(1)} ms** (${xs.length} requests)`;
  const listingSession = await session();
  const listing = bigListing(100_000);
  const listingUri = 'file:///tmp/tocsin-bench/completion.dr';
  await listingSession.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: listingUri, languageId: 'ppc64-objdump', version: 1, text: listing.text } });
  await listingSession.diagnosticsFor(listingUri, 1, 300_000);
  const listingLines = Array.from({ length: 200 }, (_, i) => listing.nopLine((i * 97) % listing.functions) - 2);
  const inListing = await completionTimes(listingSession, listingUri, listingLines.map((line) => ({ line, character: 40 })));
  await listingSession.stop();

  const { lsp, uri, text } = await openEntry();
  await lsp.diagnosticsFor(uri, 1, 60_000);
  // Every instruction line: at its mnemonic's second letter, and after its first operand's comma.
  const lines = text.split('\n');
  const positions: { line: number; character: number }[] = [];
  lines.forEach((l, line) => {
    const m = /^\t([a-z]\w+)\t[^,]+,/.exec(l);
    if (m) positions.push({ line, character: 2 }, { line, character: l.indexOf(',') + 1 });
  });
  await completionTimes(lsp, uri, positions.slice(0, 20));
  const inEntry = await completionTimes(lsp, uri, positions);
  await lsp.stop();
  return [
    `- Completion on a ${listing.lines.toLocaleString('en')}-line listing (its symbols): ${fmt(inListing)}.`,
    `- Completion on \`${ENTRY}\` (prepared tree; mnemonics at a statement's head, registers, symbols, macros and asm-offsets constants in operands): ${fmt(inEntry)}. Goal p99 < 50 ms.`,
  ];
}

export async function benchLsp(): Promise<string> {
  return [
    '## Language server',
    '',
    ...await benchHover(),
    ...await benchCompletion(),
    ...await benchEntry(),
    ...await benchOpen(),
    ...loadFigures(),
  ].join('\n');
}

