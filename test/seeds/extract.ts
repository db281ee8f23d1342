// Extracts the code samples of the seed documents (../shared/seeds) at test time, so that
// their text never enters the repository. Rules:
// - unified-diff hunks of `.S` files: the pre-image (context and `-` lines) and the
//   post-image (context and `+` lines), each with the diff markers removed;
// - objdump-style listing blocks (lines that start with a kernel or object address and
//   `<sym>:` or `:`), and blocks that start with a pasted `# objdump`/`# readelf` command
//   or a `Symbol table '...'` line, up to the next blank line;
// - the blog's livepatch_handler fragment, from its first comment to its last one. The
//   archive lost the `/*` and `*/` of one block comment there; its orphaned ` * ` lines are
//   dropped, because no assembler would accept them and they were never code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedSample {
  seed: string;
  name: string;
  grammar: 'ppc64asm' | 'objdump';
  text: string;
}

export const seedsDir = join(__dirname, '..', '..', '..', 'shared', 'seeds');

export function seedsAvailable(): boolean {
  return existsSync(seedsDir) && readdirSync(seedsDir).some((f) => f.endsWith('.txt'));
}

function diffSamples(seed: string, lines: string[]): SeedSample[] {
  const samples: SeedSample[] = [];
  let file = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^diff --git a\/(\S+)/.exec(lines[i]);
    if (header) file = header[1];
    if (!lines[i].startsWith('@@ ') || !file.endsWith('.S')) continue;
    const hunk: string[] = [];
    for (i++; i < lines.length; i++) {
      const l = lines[i];
      if (l.startsWith('@@ ') || l.startsWith('diff --git')) { i--; break; }
      if (l !== '' && !/^[ +-]/.test(l)) break;
      hunk.push(l);
    }
    const image = (keep: string) => hunk.filter((l) => l === '' || l[0] === ' ' || l[0] === keep).map((l) => l.slice(1)).join('\n') + '\n';
    const at = samples.length / 2 + 1;
    samples.push({ seed, name: `${file} hunk ${at} (before)`, grammar: 'ppc64asm', text: image('-') });
    samples.push({ seed, name: `${file} hunk ${at} (after)`, grammar: 'ppc64asm', text: image('+') });
  }
  return samples;
}

const listingStart = /^(# (objdump|readelf)\b|Symbol table ')/;
const addressLine = /^\s*[0-9a-f]{8,16}( <[^>]+>)?:/;

function listingSamples(seed: string, lines: string[]): SeedSample[] {
  const samples: SeedSample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!listingStart.test(lines[i]) && !addressLine.test(lines[i])) continue;
    const block: string[] = [];
    const byAddress = !listingStart.test(lines[i]);
    for (; i < lines.length && lines[i].trim() !== ''; i++) {
      if (byAddress && !addressLine.test(lines[i])) break;
      block.push(lines[i]);
    }
    samples.push({ seed, name: `listing at line ${i - block.length + 1}`, grammar: 'objdump', text: block.join('\n') + '\n' });
  }
  return samples;
}

function fragmentSample(seed: string, lines: string[]): SeedSample[] {
  const first = lines.findIndex((l) => l.includes('/* Allocate 3 x 8 bytes */'));
  const last = lines.findIndex((l) => l.includes('/* Return to original caller of live patched function */'));
  if (first < 0 || last < first) return [];
  const code = lines.slice(first, last + 1).filter((l) => !/^\s+\*( |$)/.test(l));
  return [{ seed, name: 'livepatch_handler fragment', grammar: 'ppc64asm', text: code.join('\n') + '\n' }];
}

export function extractSeedSamples(dir = seedsDir): SeedSample[] {
  const samples: SeedSample[] = [];
  for (const seed of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, seed), 'utf8').split('\n');
    samples.push(...diffSamples(seed, lines), ...listingSamples(seed, lines), ...fragmentSample(seed, lines));
  }
  return samples;
}
