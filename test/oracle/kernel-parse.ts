// Parses every `.S` file under arch/powerpc of kernel 6.1 (Debian's linux-source) with
// the CLI and reports the files with ERROR or MISSING nodes. The bar is zero.
// Usage: node --import tsx test/oracle/kernel-parse.ts [KERNEL_TREE]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, runCli } from '../helpers';

function sFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sFiles(join(dir, e.name)) : e.name.endsWith('.S') ? [join(dir, e.name)] : []);
}

const tree = process.argv[2] ?? execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-source.sh')], { encoding: 'utf8' }).trim();
const files = sFiles(join(tree, 'arch', 'powerpc')).sort();
const r = runCli(['parse', '--format', 'json', '--language', 'asm', ...files]);
if (r.code === 2) {
  console.error(r.stderr);
  process.exit(2);
}
const reports: { file: string; nodes: number; errors: { line: number; column: number; kind: string }[]; ms: number }[] = JSON.parse(r.stdout);
const failing = reports.filter((x) => x.errors.length > 0);
const ms = reports.reduce((a, x) => a + x.ms, 0);
for (const f of failing) {
  const first = f.errors[0];
  console.log(`  ${relative(tree, f.file)}: ${f.errors.length} errors, first ${first.kind} at ${first.line}:${first.column}`);
}
console.log(`kernel 6.1 arch/powerpc: ${reports.length} .S files parsed, ${failing.length} with errors, ${ms.toFixed(0)} ms of parsing`);
process.exit(failing.length === 0 && reports.length === files.length ? 0 : 1);
