// Parse benchmarks, with each runtime (native tree-sitter binding, web-tree-sitter): the
// arch/powerpc corpus, a listing of over 1,000,000 lines beside the time objdump takes to
// write it, and re-parsing after a one-line edit; then a short run of both fuzzers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyntaxDocument } from '../server/src/parse/document';
import { loadLanguages, nativeRuntimeError, type ParserRuntime } from '../server/src/parse/runtime';
import { benchFloor } from './floor';

const repoRoot = join(__dirname, '..');
export const libDir = '/usr/powerpc64le-linux-gnu/lib';
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

/** Writes an `objdump -dr` listing of at least 1,000,000 lines to `out`, timing objdump. */
export function timeObjdump(out: string): { ms: number; lines: number; inputs: string[] } {
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

async function parseTimed(grammar: 'ppc64asm' | 'objdump', text: string, runtime: ParserRuntime): Promise<{ ms: number; errors: number }> {
  const started = performance.now();
  const doc = await SyntaxDocument.parse(grammar, text, runtime);
  const ms = performance.now() - started;
  const errors = doc.errors.length;
  doc.dispose();
  return { ms, errors };
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;

export async function benchParse(): Promise<string> {
  await loadLanguages();
  const nativeError = nativeRuntimeError();
  if (nativeError) throw new Error(`the native runtime is not built: ${nativeError}`);
  const runtimes: ParserRuntime[] = ['native', 'wasm'];
  const out: string[] = ['## Parsing: native tree-sitter binding and web-tree-sitter', ''];

  const tree = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-source.sh')], { encoding: 'utf8' }).trim();
  const files = sFiles(join(tree, 'arch', 'powerpc'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const corpusLines = texts.reduce((a, t) => a + t.split('\n').length - 1, 0);
  const corpus: Record<ParserRuntime, number> = { native: 0, wasm: 0 };
  for (const runtime of runtimes) {
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      let total = 0;
      for (const t of texts) total += (await parseTimed('ppc64asm', t, runtime)).ms;
      runs.push(total);
    }
    corpus[runtime] = median(runs);
  }
  out.push(
    `- Kernel 6.1 \`arch/powerpc\`: ${files.length} \`.S\` files, ${corpusLines} lines (median of 3 runs):`
      + ` native **${ms(corpus.native)}**, wasm **${ms(corpus.wasm)}**; wasm/native **${(corpus.wasm / corpus.native).toFixed(2)}**.`,
  );

  const work = mkdtempSync(join(tmpdir(), 'tocsin-bench-'));
  const listingPath = join(work, 'big.dr');
  const objdump = timeObjdump(listingPath);
  const listing = readFileSync(listingPath, 'utf8');
  const big: Record<ParserRuntime, { ms: number; errors: number }> = {
    native: await parseTimed('objdump', listing, 'native'),
    wasm: await parseTimed('objdump', listing, 'wasm'),
  };
  const cliStarted = performance.now();
  const cli = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), 'parse', '--language', 'objdump', listingPath], { encoding: 'utf8' });
  const cliMs = performance.now() - cliStarted;
  out.push(
    `- \`objdump -dr\` listing of ${objdump.inputs.join(', ')} (${objdump.lines} lines, ${(listing.length / 1e6).toFixed(1)} MB):`
      + ` objdump writes it in **${ms(objdump.ms)}**; native parses it in **${ms(big.native.ms)}** (${big.native.errors} syntax errors),`
      + ` wasm in **${ms(big.wasm.ms)}** (${big.wasm.errors}).`,
    `  Ratios: native/objdump **${(big.native.ms / objdump.ms).toFixed(2)}**, wasm/objdump ${(big.wasm.ms / objdump.ms).toFixed(2)},`
      + ` wasm/native **${(big.wasm.ms / big.native.ms).toFixed(2)}**. The whole \`tocsin parse\` command (native, file read and error report included) takes ${ms(cliMs)} (exit ${cli.status}).`,
  );

  out.push(benchFloor(listingPath, objdump.lines, objdump.ms));

  // The editor case: a 100,000-line listing, one line changed, re-parsed incrementally.
  const hundredK = listing.split('\n').slice(0, 100_000).join('\n') + '\n';
  writeFileSync(join(work, '100k.dr'), hundredK);
  for (const runtime of runtimes) {
    const doc = await SyntaxDocument.parse('objdump', hundredK, runtime);
    const fullMs = (await parseTimed('objdump', hundredK, runtime)).ms;
    const editMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const line = 50_000 + i * 97;
      const started = performance.now();
      doc.applyChanges([{ range: { start: { line, column: 0 }, end: { line, column: 0 } }, text: i % 2 ? '' : ' ' }]);
      void doc.errors;
      editMs.push(performance.now() - started);
    }
    const started = performance.now();
    doc.applyChanges([]);
    const unchangedMs = performance.now() - started;
    doc.dispose();
    out.push(`- Re-parse after a one-line edit in a 100,000-line listing, ${runtime}: **${median(editMs).toFixed(1)} ms** median of 20 edits; with no edit at all ${unchangedMs.toFixed(1)} ms; a full parse takes ${ms(fullMs)}.`);
  }
  return out.join('\n');
}
