// Writes the fuzzers' seed files, one folder per grammar: each grammar's corpus cases, the
// bundled examples, every kept regression input, every `.S` file under arch/powerpc of
// kernel 6.1 (when its source is installed) and the generated listings (when given).
// Usage: node --import tsx test/fuzz/seeds.ts --out DIR [--listings DIR]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GrammarName } from '../../server/src/parse/runtime';

const repoRoot = join(__dirname, '..', '..');

function filesBelow(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesBelow(path, keep) : keep(e.name) && statSync(path).isFile() ? [path] : [];
  });
}

/** The inputs of a tree-sitter corpus file: the text between each header and its `---`. */
function corpusInputs(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const header = /^(={3,})\n.*\n\1\n/gm;
  const bodies: string[] = [];
  let previous: number | undefined;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    if (previous !== undefined) bodies.push(text.slice(previous, m.index));
    previous = m.index + m[0].length;
  }
  if (previous !== undefined) bodies.push(text.slice(previous));
  return bodies.map((b) => b.split(/^-{3,}$/m)[0].replace(/\r?\n$/, ''));
}

/** arch/powerpc of the kernel source scripts/kernel-source.sh gives, or undefined when it is not installed. */
export function kernelPowerpc(): string | undefined {
  try {
    const tree = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-source.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return join(tree, 'arch', 'powerpc');
  } catch {
    return undefined;
  }
}

function main(argv: string[]): void {
  const out = argv[argv.indexOf('--out') + 1];
  const listings = argv.includes('--listings') ? argv[argv.indexOf('--listings') + 1] : undefined;
  if (!argv.includes('--out') || !out) throw new Error('usage: seeds.ts --out DIR [--listings DIR]');
  const kernel = kernelPowerpc();
  const sources: Record<GrammarName, (Buffer | string)[]> = {
    ppc64asm: [
      ...filesBelow(join(repoRoot, 'grammars', 'ppc64asm', 'test', 'corpus'), (n) => n.endsWith('.txt')).flatMap(corpusInputs),
      ...filesBelow(join(repoRoot, 'examples'), (n) => /\.S$/.test(n)).map((f) => readFileSync(f)),
      ...(kernel ? filesBelow(kernel, (n) => n.endsWith('.S')).map((f) => readFileSync(f)) : []),
    ],
    objdump: [
      ...filesBelow(join(repoRoot, 'grammars', 'objdump', 'test', 'corpus'), (n) => n.endsWith('.txt')).flatMap(corpusInputs),
      ...filesBelow(join(repoRoot, 'examples'), (n) => /\.(objdump|readelf|dis)$/.test(n)).map((f) => readFileSync(f)),
      ...(listings ? filesBelow(listings, () => true).map((f) => readFileSync(f)) : []),
    ],
  };
  for (const grammar of Object.keys(sources) as GrammarName[]) {
    const dir = join(out, grammar);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const all = [...sources[grammar], ...filesBelow(join(repoRoot, 'test', 'fuzz', 'regressions', grammar), () => true).map((f) => readFileSync(f))];
    for (const seed of all) writeFileSync(join(dir, createHash('sha1').update(seed).digest('hex').slice(0, 16)), seed);
    console.log(`seeds: ${readdirSync(dir).length} ${grammar} files${grammar === 'ppc64asm' && !kernel ? ' (no kernel source installed)' : ''}${grammar === 'objdump' && !listings ? ' (no generated listings given)' : ''}`);
  }
}

if (require.main === module) main(process.argv.slice(2));
