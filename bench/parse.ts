// Parse benchmarks: the arch/powerpc corpus, a listing of over 1,000,000 lines beside
// the time objdump takes to write it, and re-parsing after a one-line edit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyntaxDocument } from '../server/src/parse/document';
import { loadLanguages } from '../server/src/parse/runtime';

const repoRoot = join(__dirname, '..');
const libDir = '/usr/powerpc64le-linux-gnu/lib';
/** Inputs for the big listing, in order, until it passes one million lines. */
const listingInputs = ['libc.a', 'libm.a', 'libstdc++.so.6.0.30', 'libubsan.so.1.0.0'];

function sFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sFiles(join(dir, e.name)) : e.name.endsWith('.S') ? [join(dir, e.name)] : []);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeObjdump(out: string): { ms: number; lines: number; inputs: string[] } {
  const fd = openSync(out, 'w');
  const used: string[] = [];
  let ms = 0;
  let lines = 0;
  for (const input of listingInputs) {
    const started = performance.now();
    const r = spawnSync('powerpc64le-linux-gnu-objdump', ['-dr', join(libDir, input)], { stdio: ['ignore', fd, 'inherit'] });
    ms += performance.now() - started;
    if (r.status !== 0) throw new Error(`objdump -dr ${input} failed`);
    used.push(input);
    lines = readFileSync(out, 'utf8').split('\n').length - 1;
    if (lines >= 1_000_000) break;
  }
  closeSync(fd);
  return { ms, lines, inputs: used };
}

async function parseTimed(grammar: 'ppc64asm' | 'objdump', text: string): Promise<{ ms: number; errors: number }> {
  const started = performance.now();
  const doc = await SyntaxDocument.parse(grammar, text);
  const ms = performance.now() - started;
  const errors = doc.errors.length;
  doc.dispose();
  return { ms, errors };
}

export async function benchParse(): Promise<string> {
  await loadLanguages();
  const out: string[] = ['## Parsing (web-tree-sitter runtime)', ''];

  const tree = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-source.sh')], { encoding: 'utf8' }).trim();
  const files = sFiles(join(tree, 'arch', 'powerpc'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const corpusLines = texts.reduce((a, t) => a + t.split('\n').length - 1, 0);
  const corpusRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    let ms = 0;
    for (const t of texts) ms += (await parseTimed('ppc64asm', t)).ms;
    corpusRuns.push(ms);
  }
  out.push(`- Kernel 6.1 \`arch/powerpc\`: ${files.length} \`.S\` files, ${corpusLines} lines: **${median(corpusRuns).toFixed(0)} ms** (median of 3 runs), ${(corpusLines / median(corpusRuns)).toFixed(0)} lines/ms.`);

  const work = mkdtempSync(join(tmpdir(), 'tocsin-bench-'));
  const listingPath = join(work, 'big.dr');
  const objdump = timeObjdump(listingPath);
  const listing = readFileSync(listingPath, 'utf8');
  const parsed = await parseTimed('objdump', listing);
  const cliStarted = performance.now();
  const cli = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), 'parse', '--language', 'objdump', listingPath], { encoding: 'utf8' });
  const cliMs = performance.now() - cliStarted;
  out.push(
    `- \`objdump -dr\` listing of ${objdump.inputs.join(', ')} (${objdump.lines} lines, ${(listing.length / 1e6).toFixed(1)} MB):`,
    `  objdump writes it in **${objdump.ms.toFixed(0)} ms**; Tocsin parses it in **${parsed.ms.toFixed(0)} ms** (${parsed.errors} syntax errors),`
      + ` ratio parse/objdump **${(parsed.ms / objdump.ms).toFixed(2)}**; the whole \`tocsin parse\` command takes ${cliMs.toFixed(0)} ms (exit ${cli.status}).`,
  );

  // The editor case: a 100,000-line listing, one line changed, re-parsed incrementally.
  const hundredK = listing.split('\n').slice(0, 100_000).join('\n') + '\n';
  writeFileSync(join(work, '100k.dr'), hundredK);
  const doc = await SyntaxDocument.parse('objdump', hundredK);
  const fullMs = (await parseTimed('objdump', hundredK)).ms;
  const editMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const line = 50_000 + i * 97;
    const started = performance.now();
    doc.applyChanges([{ range: { start: { line, column: 0 }, end: { line, column: 0 } }, text: i % 2 ? '' : ' ' }]);
    void doc.errors;
    editMs.push(performance.now() - started);
  }
  doc.dispose();
  out.push(`- Re-parse after a one-line edit in a 100,000-line listing: **${median(editMs).toFixed(1)} ms** median of 20 edits (a full parse of it takes ${fullMs.toFixed(0)} ms).`);
  return out.join('\n');
}
