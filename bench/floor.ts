// The tree-sitter runtime's floor on the big listing: the C runtime alone (no Node binding)
// parsing it with the project's objdump grammar and with a grammar of one node per line
// (bench/floor/), beside the time objdump takes to write it. Tells how far any grammar could
// go toward objdump's speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..');
const runtime = join(repoRoot, 'node_modules', 'tree-sitter', 'vendor', 'tree-sitter', 'lib');

interface Floor {
  ms: number;
  nodes: number;
}

function build(name: string, sources: string[], entry: string, work: string): string {
  const out = join(work, name);
  // The generated parsers share tree_sitter/parser.h: the objdump grammar's copy serves both.
  const cc = spawnSync('gcc', ['-O2', '-o', out, `-DLANGUAGE=${entry}`, '-I', join(runtime, 'include'), '-I', join(runtime, 'src'),
    '-I', join(repoRoot, 'grammars', 'objdump', 'src'),
    join(repoRoot, 'bench', 'floor', 'driver.c'), join(runtime, 'src', 'lib.c'), ...sources], { encoding: 'utf8' });
  if (cc.status !== 0) throw new Error(`building the ${name} floor driver failed: ${cc.stderr}`);
  return out;
}

function fastest(driver: string, listing: string): Floor {
  const runs: Floor[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(driver, [listing], { encoding: 'utf8' });
    const [ms, nodes, error] = r.stdout.trim().split(' ').map(Number);
    if (r.status !== 0 || error) throw new Error(`${driver} failed on ${listing}: ${r.stderr}`);
    runs.push({ ms, nodes });
  }
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

export function benchFloor(listing: string, lines: number, objdumpMs: number): string {
  const work = mkdtempSync(join(tmpdir(), 'tocsin-floor-'));
  const objdumpGrammar = join(repoRoot, 'grammars', 'objdump', 'src');
  const ours = fastest(build('objdump', [join(objdumpGrammar, 'parser.c'), join(objdumpGrammar, 'scanner.c')], 'tree_sitter_objdump', work), listing);
  const floor = fastest(build('lines', [join(repoRoot, 'bench', 'floor', 'src', 'parser.c')], 'tree_sitter_lines', work), listing);
  const perLine = (f: Floor) => (f.nodes / lines).toFixed(1);
  return [
    `- The tree-sitter C runtime alone (gcc -O2, no Node binding; fastest of 3 CPU times) on the same listing:`
      + ` the objdump grammar **${f0(ours.ms)} ms** (${perLine(ours)} nodes per line, ${(ours.ms / objdumpMs).toFixed(2)}× objdump);`
      + ` a grammar of one node per line (\`bench/floor/\`) **${f0(floor.ms)} ms** (${(floor.ms / objdumpMs).toFixed(2)}× objdump).`
      + ' The second is the floor for any tree-sitter grammar that gives each line a node.',
  ].join('\n');
}

const f0 = (x: number): string => x.toFixed(0);
