// Compares Tocsin's preprocessor with gcc's on kernel 6.1 `.S` files: the expanded text,
// line by line with whitespace normalised (blank lines ignored), and the source line each
// output line maps back to against the line markers of `gcc -E` without -P.
// Usage: node --import tsx test/oracle/preprocess-cpp.ts [PREPARED_KERNEL_TREE] [SUBDIR...]
// The tree defaults to scripts/kernel-prepare.sh (ppc64le_defconfig, `make prepare`d); the
// subdirectories default to arch/powerpc/kernel.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { preprocess } from '../../server/src/parse/preprocess';

const repoRoot = resolve(__dirname, '..', '..');
const tree = resolve(process.argv[2] ?? execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-prepare.sh')], { encoding: 'utf8' }).trim());
const subdirs = process.argv.length > 3 ? process.argv.slice(3) : ['arch/powerpc/kernel'];

// The include flags kbuild gives every assembly file of a ppc64le build.
const includePaths = [
  'arch/powerpc/include', 'arch/powerpc/include/generated', 'include', 'arch/powerpc/include/uapi',
  'arch/powerpc/include/generated/uapi', 'include/uapi', 'include/generated/uapi',
].map((dir) => join(tree, dir));
const forcedIncludes = ['include/linux/compiler-version.h', 'include/linux/kconfig.h'].map((file) => join(tree, file));
const gccArgs = [
  '-E', '-x', 'assembler-with-cpp', '-nostdinc', '-D__KERNEL__', '-D__ASSEMBLY__',
  ...includePaths.map((dir) => `-I${dir}`), ...forcedIncludes.flatMap((file) => ['-include', file]),
];

function sFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sFiles(join(dir, e.name)) : e.name.endsWith('.S') ? [join(dir, e.name)] : []);
}

const normalise = (line: string) => line.trim().replace(/\s+/g, ' ');

interface Line {
  path: string;
  line: number;
  text: string;
}

/** Non-blank lines of `gcc -E` output with the source line its line markers give them. */
function gccLines(output: string): Line[] {
  const lines: Line[] = [];
  let path = '';
  let line = 0;
  for (const raw of output.split('\n')) {
    const marker = /^# (\d+) "(.*)"/.exec(raw);
    if (marker) {
      line = Number(marker[1]);
      path = marker[2];
      continue;
    }
    const text = normalise(raw);
    if (text) lines.push({ path: resolve(path), line, text });
    line++;
  }
  return lines;
}

let identical = 0;
let mapped = 0;
let slowest = { file: '', ms: 0, lines: 0 };
let inactiveLines = 0;
const failures: string[] = [];
const files = subdirs.flatMap((dir) => sFiles(join(tree, dir))).sort();
for (const file of files) {
  const name = relative(tree, file);
  const gcc = spawnSync('powerpc64le-linux-gnu-gcc', [...gccArgs, file], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 });
  const expected = gccLines(gcc.stdout);
  const start = performance.now();
  const result = preprocess({ path: file, text: readFileSync(file, 'utf8') }, { includePaths, forcedIncludes });
  const ms = performance.now() - start;
  const outputLines = result.text.split('\n');
  if (ms > slowest.ms) slowest = { file: name, ms, lines: outputLines.length };
  const actual: Line[] = [];
  outputLines.forEach((raw, i) => {
    const text = normalise(raw);
    const origin = result.map.lineOrigin(i);
    if (text && origin) actual.push({ path: resolve(origin.path), line: origin.line + 1, text });
  });
  const textDiff = firstDifference(expected.map((l) => l.text), actual.map((l) => l.text));
  if (textDiff < 0) identical++;
  else failures.push(`${name}: text differs at output line ${textDiff + 1}:\n    gcc:    ${expected[textDiff]?.text}\n    tocsin: ${actual[textDiff]?.text}`);
  if (textDiff < 0) {
    const mapDiff = firstDifference(expected.map((l) => `${l.path}:${l.line}`), actual.map((l) => `${l.path}:${l.line}`));
    if (mapDiff < 0) mapped++;
    else failures.push(`${name}: line ${mapDiff + 1} maps to ${actual[mapDiff]?.path}:${actual[mapDiff]?.line}, gcc says ${expected[mapDiff]?.path}:${expected[mapDiff]?.line}`);
  }
  const inactive = inactiveAgainstGcc(file, expected, result.inactive);
  if (inactive.failure) failures.push(`${name}: ${inactive.failure}`);
  inactiveLines += inactive.lines;
  const gccErrors = (gcc.stderr.match(/error:/g) ?? []).length;
  const ourErrors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (gccErrors !== ourErrors) failures.push(`${name}: gcc reports ${gccErrors} errors, tocsin ${ourErrors}`);
}

/**
 * The skipped `#if` lines the editor greys out, held against gcc: no line of ours has gcc
 * output, and every instruction-like line outside a comment that gcc drops is one of ours.
 */
function inactiveAgainstGcc(file: string, gcc: Line[], pairs: number[]): { lines: number; failure?: string } {
  const ours = new Set<number>();
  for (let i = 0; i < pairs.length; i += 2) for (let n = pairs[i]; n <= pairs[i + 1]; n++) ours.add(n);
  const output = new Set(gcc.filter((l) => l.path === resolve(file)).map((l) => l.line - 1));
  const withOutput = [...ours].find((n) => output.has(n));
  if (withOutput !== undefined) return { lines: ours.size, failure: `line ${withOutput + 1} is marked inactive, gcc -E outputs it` };
  let inComment = false;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let n = 0; n < lines.length; n++) {
    // A `#define`'s continuation lines are the macro's body, not code.
    const continued = n > 0 && lines[n - 1].endsWith('\\');
    const code = !inComment && !continued && /^\s*[a-z_][\w.]*\s+[^\s=]/.test(lines[n]) && !/^\s*#/.test(lines[n]);
    if (code && !output.has(n) && !ours.has(n)) return { lines: ours.size, failure: `line ${n + 1} (${lines[n].trim()}) is skipped by gcc -E, not marked inactive` };
    for (const m of lines[n].matchAll(/\/\*|\*\//g)) inComment = m[0] === '/*';
  }
  return { lines: ours.size };
}

function firstDifference(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}

for (const failure of failures) console.log(`  ${failure}`);
console.log(`${files.length} files: ${identical} with identical text, ${mapped} with every line mapped as gcc's line markers say`);
console.log(`${inactiveLines} lines in skipped #if branches, none of them output by gcc -E, every dropped instruction line among them`);
console.log(`slowest: ${slowest.file} (${slowest.lines} output lines) in ${slowest.ms.toFixed(0)} ms`);
process.exit(identical === files.length && mapped === files.length && failures.length === 0 ? 0 : 1);
