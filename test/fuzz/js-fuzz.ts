// JavaScript-level fuzzer: mutates real files (byte flips, splices, truncation, NUL bytes,
// invalid UTF-8, 100,000-character lines, deep #if and macro nesting) and feeds them
// through the parse model under both runtimes, through incremental re-parsing, and through
// `tocsin parse`. A crash, a parse over 1 s (see hangMs), a disagreement between the
// runtimes on error-free trees, or a CLI answer other than a report or one clear line is a
// finding; each is kept under test/fuzz/regressions/GRAMMAR/ and replayed by `npm test`.
// Usage: node --import tsx test/fuzz/js-fuzz.ts --seconds N --seeds DIR [--seed N] [--current FILE] [--stats FILE]
//   DIR holds ppc64asm/ and objdump/ folders of seed files. --current FILE always holds the
//   input under test (FILE.grammar its grammar), so that the caller can keep one that hangs
//   the whole process. --stats FILE receives the counts as JSON.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyntaxDocument } from '../../server/src/parse/document';
import { nativeRuntimeError, type GrammarName, type ParserRuntime } from '../../server/src/parse/runtime';
import { compareDocuments, formatDisagreement } from '../oracle/parse-differential';

const repoRoot = join(__dirname, '..', '..');
export const regressionsDir = join(repoRoot, 'test', 'fuzz', 'regressions');
/**
 * A parse (with its model) slower than this is a hang: a second, and a second more per
 * 100,000 characters, since the mutations make inputs of several hundred kilobytes
 * (100,000-character lines nested 100,000 deep take tree-sitter itself about a second).
 */
export function hangMs(length: number): number {
  return 1000 + length / 100;
}
const grammars: GrammarName[] = ['ppc64asm', 'objdump'];

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** xorshift32: a run is reproducible from the seed it prints. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return n <= 0 ? 0 : state % n;
  };
}

type Mutation = (input: Buffer, pick: (n: number) => number, donor: Buffer) => Buffer;

const longLine = (pick: (n: number) => number): Buffer => {
  const units = ['r1,', '0x7f', ' ', '(', '00 00 4c 3c ', 'a', '@ha', '.', '\t', '#'];
  const unit = units[pick(units.length)];
  return Buffer.from(unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));
};

const nested = (open: string, close: string, depth: number, middle = ''): Buffer =>
  Buffer.from(open.repeat(depth) + middle + close.repeat(depth));

const mutations: Record<string, Mutation> = {
  flipBits(input, pick) {
    const out = Buffer.from(input);
    for (let i = 1 + pick(8); i > 0 && out.length; i--) out[pick(out.length)] ^= 1 << pick(8);
    return out;
  },
  randomBytes(input, pick) {
    const out = Buffer.from(input);
    for (let i = 1 + pick(8); i > 0 && out.length; i--) out[pick(out.length)] = pick(256);
    return out;
  },
  splice(input, pick, donor) {
    const at = pick(input.length + 1);
    const from = pick(donor.length + 1);
    const piece = donor.subarray(from, from + pick(4096));
    return Buffer.concat([input.subarray(0, at), piece, input.subarray(at + pick(256))]);
  },
  truncate(input, pick) {
    return input.subarray(0, pick(input.length + 1));
  },
  nulBytes(input, pick) {
    const at = pick(input.length + 1);
    return Buffer.concat([input.subarray(0, at), Buffer.alloc(1 + pick(4)), input.subarray(at)]);
  },
  invalidUtf8(input, pick) {
    const bad = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]][pick(5)];
    const at = pick(input.length + 1);
    return Buffer.concat([input.subarray(0, at), Buffer.from(bad), input.subarray(at)]);
  },
  longLine(input, pick) {
    const at = pick(input.length + 1);
    return Buffer.concat([input.subarray(0, at), longLine(pick), Buffer.from('\n'), input.subarray(at)]);
  },
  deepIf(input, pick) {
    const depth = 100 + pick(3000);
    const balanced = pick(4) !== 0;
    return Buffer.concat([nested('#if CONFIG_X\n', balanced ? '#endif\n' : '', depth), input]);
  },
  deepMacro(input, pick) {
    const depth = 100 + pick(2000);
    const shapes = [
      () => nested('.macro m\n', '.endm\n', depth),
      () => nested('.rept 2\n', '.endr\n', depth),
      () => nested('\tli r3,(', ')\n', depth, '1'),
      () => nested('\tld r3,F(', ')(r1)\n', depth, 'x'),
      () => nested('#define A(x) B(', ')\n', depth, 'x'),
    ];
    const at = pick(input.length + 1);
    return Buffer.concat([input.subarray(0, at), shapes[pick(shapes.length)](), input.subarray(at)]);
  },
  duplicateLines(input, pick) {
    const lines = input.toString('latin1').split('\n');
    const from = pick(lines.length);
    const copy = lines.slice(from, from + 1 + pick(50));
    lines.splice(pick(lines.length), 0, ...Array.from({ length: 1 + pick(20) }, () => copy).flat());
    return Buffer.from(lines.join('\n'), 'latin1');
  },
  lineEndings(input, pick) {
    const text = input.toString('latin1');
    return Buffer.from(pick(2) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r'), 'latin1');
  },
};

/** A run of whole lines from a seed: most inputs are small, so that many get tried. */
function window(seed: Buffer, pick: (n: number) => number): Buffer {
  if (seed.length <= 16384 || pick(4) === 0) return seed;
  const from = seed.indexOf(10, pick(seed.length - 16384)) + 1;
  const to = seed.lastIndexOf(10, from + 1024 + pick(15360));
  return to > from ? seed.subarray(from, to + 1) : seed;
}

/** What the editor may hand the server: any UTF-16, lone surrogates included. */
function editorText(bytes: Buffer, pick: (n: number) => number): string {
  const text = bytes.toString('utf8');
  if (pick(8) !== 0) return text;
  const at = pick(text.length + 1);
  return text.slice(0, at) + ['\ud800', '\udfff', '\u0000', '\ufeff'][pick(4)] + text.slice(at);
}

/** Inputs with syntax errors on which the runtimes' error recovery differed (not findings). */
let recoveryDifferences = 0;

export interface Finding {
  kind: 'crash' | 'hang' | 'disagreement' | 'incremental' | 'cli';
  detail: string;
}

/**
 * Parses and builds the model; a second try before calling it a hang, for the garbage collector.
 * The time is the process's CPU time: a parse that hangs spends it, while a machine busy with
 * other work stretches only the wall clock.
 */
async function parseWithinLimit(grammar: GrammarName, text: string, runtime: ParserRuntime): Promise<SyntaxDocument | Finding> {
  const limit = hangMs(text.length);
  let ms = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = process.cpuUsage();
    const doc = await SyntaxDocument.parse(grammar, text, runtime);
    void doc.syntax;
    const used = process.cpuUsage(started);
    ms = (used.user + used.system) / 1000;
    if (ms <= limit) return doc;
    doc.dispose();
  }
  return { kind: 'hang', detail: `${runtime} parse took ${ms.toFixed(0)} ms of CPU time (limit ${limit.toFixed(0)} ms)` };
}

/** Both runtimes, the model, and one incremental edit; the first problem found, if any. */
export async function checkInProcess(grammar: GrammarName, text: string, runtimes: ParserRuntime[], pick: (n: number) => number): Promise<Finding | undefined> {
  const docs: SyntaxDocument[] = [];
  try {
    for (const runtime of runtimes) {
      const parsed = await parseWithinLimit(grammar, text, runtime);
      if (!(parsed instanceof SyntaxDocument)) return parsed;
      docs.push(parsed);
    }
    if (docs.length === 2) {
      // The native binding and web-tree-sitter embed different tree-sitter releases, whose
      // error recovery differs: only trees without syntax errors must agree.
      const comparison = compareDocuments('fuzz input', docs[0], docs[1], text.length < 1 << 20);
      if (comparison.disagreement && !comparison.syntaxErrors) return { kind: 'disagreement', detail: formatDisagreement(comparison.disagreement) };
      if (comparison.disagreement) recoveryDifferences++;
    }
    // Incremental re-parsing must give what a fresh parse gives (error recovery may differ).
    const doc = docs[pick(docs.length)];
    const lines = text.split('\n');
    const line = pick(lines.length);
    const start = { line, column: pick(lines[line].length + 1) };
    const insert = ['', ' ', '\n', 'r1', ',', '#', '/*', ':', '\t0:\t00 00 00 60 \tnop\n'][pick(9)];
    doc.applyChanges([{ range: { start, end: { line, column: Math.min(lines[line].length, start.column + pick(8)) } }, text: insert }]);
    const fresh = await SyntaxDocument.parse(grammar, doc.text, doc.runtime);
    const same = fresh.errors.length > 0 || doc.syntaxTree.rootNode.toString() === fresh.syntaxTree.rootNode.toString();
    void doc.syntax;
    fresh.dispose();
    if (!same) return { kind: 'incremental', detail: `${doc.runtime}: incremental re-parse after an edit at ${line + 1}:${start.column + 1} differs from a fresh parse` };
  } catch (err) {
    return { kind: 'crash', detail: err instanceof Error ? err.stack ?? err.message : String(err) };
  } finally {
    for (const doc of docs) doc.dispose();
  }
  return undefined;
}

interface CliAnswer {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tocsin parse` must answer with a report (0, 1) or one clear line (2), alike under both runtimes. */
export function checkCli(grammar: GrammarName, bytes: Buffer, runtimes: ParserRuntime[], scratch: string): Finding | undefined {
  const file = join(scratch, grammar === 'ppc64asm' ? 'input.S' : 'input.dis');
  writeFileSync(file, bytes);
  const answers: CliAnswer[] = [];
  for (const runtime of runtimes) {
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), 'parse', '--format', 'json', '--parser', runtime, file], {
      encoding: 'utf8',
      timeout: 30_000,
      maxBuffer: 64 << 20,
    });
    const answer = { code: r.status, stdout: r.stdout, stderr: r.stderr };
    const oneLine = answer.stderr.trim().split('\n').length === 1 && /^tocsin parse: /.test(answer.stderr) && !/internal error/.test(answer.stderr);
    const fine = answer.code === 0 || answer.code === 1 ? answer.stderr === '' : answer.code === 2 && oneLine;
    if (!fine) return { kind: 'cli', detail: `--parser ${runtime}: exit ${answer.code ?? r.signal}, stderr: ${answer.stderr.slice(0, 500)}` };
    answers.push(answer);
  }
  // As in process: answers must agree unless syntax errors (exit 1) leave room for recovery.
  const comparable = (a: CliAnswer) => JSON.stringify([a.code, a.stderr, a.stdout ? JSON.parse(a.stdout).map(({ ms: _ms, parser: _parser, ...rest }: Record<string, unknown>) => rest) : '']);
  if (answers.length === 2 && answers.every((a) => a.code !== 1) && comparable(answers[0]) !== comparable(answers[1])) {
    return { kind: 'cli', detail: 'the two runtimes gave different answers' };
  }
  return undefined;
}

/** Keeps a finding's input under test/fuzz/regressions/GRAMMAR/; returns its path. */
export function keepFinding(grammar: GrammarName, kind: string, bytes: Buffer): string {
  const dir = join(regressionsDir, grammar);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `js-${kind}-${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}`);
  writeFileSync(path, bytes);
  return path;
}

function loadSeeds(dir: string): Record<GrammarName, Buffer[]> {
  const seeds = {} as Record<GrammarName, Buffer[]>;
  for (const grammar of grammars) {
    seeds[grammar] = readdirSync(join(dir, grammar)).sort().map((f) => readFileSync(join(dir, grammar, f)));
    if (seeds[grammar].length === 0) throw new Error(`no ${grammar} seeds in ${dir}`);
  }
  return seeds;
}

async function main(argv: string[]): Promise<number> {
  const seconds = Number(option(argv, 'seconds') ?? '60');
  const seedsDir = option(argv, 'seeds');
  const current = option(argv, 'current');
  const stats = option(argv, 'stats');
  const seed = Number(option(argv, 'seed') ?? Date.now() % 2 ** 31);
  if (!seedsDir || !(seconds > 0)) {
    console.error('usage: js-fuzz.ts --seconds N --seeds DIR [--seed N] [--current FILE] [--stats FILE]');
    return 2;
  }
  const seeds = loadSeeds(seedsDir);
  const runtimes: ParserRuntime[] = nativeRuntimeError() === undefined ? ['native', 'wasm'] : ['wasm'];
  const pick = random(seed);
  const names = Object.keys(mutations);
  const scratch = mkdtempSync(join(tmpdir(), 'tocsin-fuzz-'));
  const deadline = performance.now() + seconds * 1000;
  const counts: Record<GrammarName, number> = { ppc64asm: 0, objdump: 0 };
  let cliRuns = 0;
  let nextCli = 0;
  const findings: string[] = [];
  console.log(`js-fuzz: seed ${seed}, runtimes ${runtimes.join(' and ')}, ${seconds} s`);
  while (performance.now() < deadline) {
    const grammar = grammars[pick(2)];
    const pool = seeds[grammar];
    let bytes = window(pool[pick(pool.length)], pick);
    const applied: string[] = [];
    for (let i = 1 + pick(3); i > 0; i--) {
      const name = names[pick(names.length)];
      applied.push(name);
      bytes = mutations[name](bytes, pick, pool[pick(pool.length)]);
    }
    // Kept where the caller can find it if this input hangs the whole process.
    if (current) {
      writeFileSync(current, bytes);
      writeFileSync(`${current}.grammar`, grammar);
    }
    counts[grammar]++;
    let finding = await checkInProcess(grammar, editorText(bytes, pick), runtimes, pick);
    if (!finding && performance.now() >= nextCli) {
      // The CLI costs a process start per runtime: one input in five seconds goes through it.
      finding = checkCli(grammar, bytes, runtimes, scratch);
      cliRuns++;
      nextCli = performance.now() + 5000;
    }
    if (finding) {
      const path = keepFinding(grammar, finding.kind, bytes);
      findings.push(path);
      console.log(`FINDING ${finding.kind} (${grammar}; ${applied.join(', ')}): ${path}\n  ${finding.detail.split('\n').join('\n  ')}`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  const total = counts.ppc64asm + counts.objdump;
  console.log(`js-fuzz: ${total} inputs (ppc64asm ${counts.ppc64asm}, objdump ${counts.objdump}), ${(total / seconds).toFixed(1)} inputs/s, ${cliRuns} through the CLI, ${recoveryDifferences} with differing error recovery, ${findings.length} findings`);
  if (stats) writeFileSync(stats, JSON.stringify({ seconds, ...counts, cli: cliRuns, recoveryDifferences, findings: findings.length }));
  return findings.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
    console.error(err);
    process.exit(2);
  });
}
