// Structure-aware fuzzing of every layer (test/fuzz/layers.ts): preprocessor, assembler and its
// listing, listing loader, ELF reader and program loader, TOC checker, emulator, scenarios and the language server.
// A finding is a crash (an exception a layer does not give users), more than 2 s, or more than
// 1 GiB of memory, on an input under 100 kB. Each is kept under fuzz/build/findings/LAYER/; cut
// to what matters (seeds include kernel sources, which stay out of the repository), it goes
// under test/fuzz/regressions/layers/LAYER/, which test/fuzz-layers.test.ts replays.
//
// The inputs run in a worker process that this one watches: an input that kills the worker
// (out of memory) or stops it answering (a hang) is a finding too, and a new worker goes on.
// Counts per layer are added to fuzz/inputs-run.json, the cumulative record BENCHMARKS.md quotes.
//
//   node --import tsx test/fuzz/layer-fuzz.ts --seconds N [--seed N] [--listings DIR] [--elf DIR]
//     [--stats FILE] [--no-record]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xorshift32 } from '../oracle/xorshift';
import { makeLayers, type Layer, type Pick } from './layers';
import { kernelPowerpc } from './seeds';

const repoRoot = join(__dirname, '..', '..');
export const layerRegressions = join(repoRoot, 'test', 'fuzz', 'regressions', 'layers');
const findingsDir = join(repoRoot, 'fuzz', 'build', 'findings');
const cumulativeFile = join(repoRoot, 'fuzz', 'inputs-run.json');
/**
 * An input that takes more CPU time than this is a finding (it gets a second try, for the
 * garbage collector). CPU time, not wall time: on a shared machine the second is not the input's.
 */
export const SLOW_MS = 2000;
/** A process whose peak memory passes this while an input runs has a finding. */
export const MEMORY_LIMIT = 1024 * 1024 * 1024;
/** A worker silent this long is stuck on its input. */
const HANG_MS = 30_000;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** A uniform choice in [0, n) from a seeded sequence: a run is made again from its seed. */
function picker(seed: number): Pick {
  const next = xorshift32(seed || 1);
  return (n) => (n <= 0 ? 0 : next() % n);
}

export interface LayerFinding {
  kind: 'crash' | 'slow' | 'memory' | 'hang';
  detail: string;
}

/** One input through one layer, timed, with the peak memory it reached. */
export async function runInput(layer: Layer, input: Buffer): Promise<LayerFinding | undefined> {
  let ms = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = process.cpuUsage();
    try {
      await layer.run(input);
    } catch (err) {
      return { kind: 'crash', detail: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    const used = process.cpuUsage(started);
    ms = (used.user + used.system) / 1000;
    if (process.resourceUsage().maxRSS * 1024 > MEMORY_LIMIT) {
      return { kind: 'memory', detail: `peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB` };
    }
    if (ms <= SLOW_MS) return undefined;
  }
  return { kind: 'slow', detail: `${ms.toFixed(0)} ms of CPU time (limit ${SLOW_MS} ms)` };
}

export function keepLayerFinding(layer: Layer, kind: string, input: Buffer): string {
  const dir = join(findingsDir, layer.name);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${kind}-${createHash('sha1').update(input).digest('hex').slice(0, 12)}${layer.extension}`);
  writeFileSync(path, input);
  return path;
}

function elfFiles(dir: string | undefined): string[] {
  if (!dir || !existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(o|ko)$/.test(e.name) && statSync(p).size <= 100_000) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The worker: inputs until the deadline; the current one always on disk, the counts after each. */
async function worker(argv: string[]): Promise<void> {
  const seed = Number(option(argv, 'seed'));
  const deadline = Number(option(argv, 'deadline'));
  const state = option(argv, 'state')!;
  const layers = makeLayers({ kernel: option(argv, 'kernel'), listings: option(argv, 'listings'), elfs: elfFiles(option(argv, 'elf')) });
  const pick = picker(seed);
  const turns = layers.flatMap((l) => Array<Layer>(l.share ?? 10).fill(l));
  const counts: Record<string, number> = Object.fromEntries(layers.map((l) => [l.name, 0]));
  const ms: Record<string, number> = Object.fromEntries(layers.map((l) => [l.name, 0]));
  let findings = 0;
  writeFileSync(`${state}.layers`, layers.map((l) => `${l.name} ${l.seeds.length}`).join('\n'));
  while (Date.now() < deadline) {
    const layer = turns[pick(turns.length)];
    writeFileSync(`${state}.layer`, layer.name);
    const input = layer.next(pick);
    writeFileSync(`${state}.input`, input);
    const started = performance.now();
    const finding = await runInput(layer, input);
    counts[layer.name]++;
    ms[layer.name] += performance.now() - started;
    if (finding) findings++;
    // Written whole, then renamed: the watcher never reads half a file.
    writeFileSync(`${state}.counts.new`, JSON.stringify({ counts, ms, findings }));
    renameSync(`${state}.counts.new`, `${state}.counts`);
    if (finding) {
      const path = keepLayerFinding(layer, finding.kind, input);
      process.stdout.write(`FINDING ${finding.kind} (${layer.name}): ${path}\n  ${finding.detail.split('\n').slice(0, 8).join('\n  ')}\n`);
      // A peak cannot be lowered: a fresh worker goes on.
      if (finding.kind === 'memory') process.exit(3);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const seconds = Number(option(argv, 'seconds') ?? '60');
  const seed0 = Number(option(argv, 'seed') ?? Date.now() % 2 ** 31);
  const statsFile = option(argv, 'stats');
  const listings = option(argv, 'listings');
  const elf = option(argv, 'elf');
  const kernel = kernelPowerpc();
  const deadline = Date.now() + seconds * 1000;
  const scratch = mkdtempSync(join(tmpdir(), 'tocsin-layer-fuzz-'));
  const state = join(scratch, 'state');
  const totals: Record<string, number> = {};
  const time: Record<string, number> = {};
  let findings = 0;
  const readState = () => JSON.parse(readFileSync(`${state}.counts`, 'utf8')) as { counts: Record<string, number>; ms: Record<string, number>; findings: number };
  console.log(`layer-fuzz: seed ${seed0}, ${seconds} s${kernel ? '' : ' (no kernel source installed)'}`);
  for (let round = 0; Date.now() < deadline - 1000; round++) {
    const seed = (seed0 + round * 7919) >>> 0;
    const args = ['--max-old-space-size=1536', '--expose-gc', '--import', 'tsx', __filename, '--worker', '--seed', String(seed), '--deadline', String(deadline), '--state', state,
      ...(kernel ? ['--kernel', kernel] : []), ...(listings ? ['--listings', listings] : []), ...(elf ? ['--elf', elf] : [])];
    rmSync(`${state}.counts`, { force: true });
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
    let lastCount = -1;
    let lastChange = Date.now();
    const watch = setInterval(() => {
      const count = existsSync(`${state}.counts`) ? Object.values(readState().counts).reduce((a, b) => a + b, 0) : 0;
      if (count !== lastCount) {
        lastCount = count;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > HANG_MS + (lastCount < 0 ? 60_000 : 0)) {
        child.kill('SIGKILL');
      }
    }, 1000);
    const code: number | null = await new Promise((done) => child.on('exit', (c, signal) => done(signal ? null : c)));
    clearInterval(watch);
    if (existsSync(`${state}.counts`)) {
      const worked = readState();
      for (const [layer, n] of Object.entries(worked.counts)) totals[layer] = (totals[layer] ?? 0) + n;
      for (const [layer, n] of Object.entries(worked.ms)) time[layer] = (time[layer] ?? 0) + n;
      findings += worked.findings;
    }
    if (round === 0 && existsSync(`${state}.layers`)) console.log(`layer-fuzz: layers and seeds: ${readFileSync(`${state}.layers`, 'utf8').split('\n').join(', ')}`);
    if (code === 0 || code === 3) continue;
    findings++;
    // Killed (a hang) or died (out of memory, a native crash): the input it was on is the finding.
    const layerName = existsSync(`${state}.layer`) ? readFileSync(`${state}.layer`, 'utf8') : 'unknown';
    if (!existsSync(`${state}.input`)) {
      console.log(`FINDING worker failed before its first input:\n${stderr}`);
      break;
    }
    const input = readFileSync(`${state}.input`);
    const kind = code === null ? 'hang' : 'crash';
    const path = keepLayerFinding({ name: layerName, extension: '', seeds: [], next: () => input, run: async () => undefined }, kind, input);
    console.log(`FINDING ${kind} (${layerName}): the worker ${code === null ? 'stopped answering' : `exited with ${code}`}; input kept as ${path}\n  ${stderr.trim().split('\n').slice(-6).join('\n  ')}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`layer-fuzz: ${total} inputs (${Object.entries(totals).map(([l, n]) => `${l} ${n}, ${((time[l] ?? 0) / Math.max(n, 1)).toFixed(1)} ms each`).join('; ')}), ${(total / seconds).toFixed(1)} inputs/s, ${findings} findings`);
  if (statsFile) writeFileSync(statsFile, JSON.stringify({ seconds, layers: totals, total, findings }));
  if (!argv.includes('--no-record')) record(totals);
  return findings === 0 ? 0 : 1;
}

/** Adds this run's counts to the cumulative record. */
function record(totals: Record<string, number>): void {
  const previous = existsSync(cumulativeFile) ? JSON.parse(readFileSync(cumulativeFile, 'utf8')) as { layers: Record<string, number>; total: number } : { layers: {}, total: 0 };
  for (const [layer, n] of Object.entries(totals)) previous.layers[layer] = (previous.layers[layer] ?? 0) + n;
  previous.total = Object.values(previous.layers).reduce((a, b) => a + b, 0);
  writeFileSync(cumulativeFile, JSON.stringify(previous, null, 2) + '\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv.includes('--worker')) {
    worker(argv).then(() => process.exit(0), (err) => {
      console.error(err);
      process.exit(2);
    });
  } else {
    main(argv).then((code) => process.exit(code), (err) => {
      console.error(err);
      process.exit(2);
    });
  }
}
