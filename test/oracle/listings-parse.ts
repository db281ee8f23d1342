// Parses every listing and symbol table in a folder made by test/listings/generate.sh
// (fresh output of powerpc64le-linux-gnu-gcc, objdump and readelf) and reports the
// files with ERROR or MISSING nodes. The bar is zero.
// Usage: node --import tsx test/oracle/listings-parse.ts DIR
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: listings-parse.ts DIR');
  process.exit(2);
}
const files = readdirSync(dir).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).sort();
if (files.length === 0) {
  console.error(`listings-parse: no listings in ${dir}`);
  process.exit(2);
}
const r = runCli(['parse', '--format', 'json', '--language', 'objdump', ...files]);
if (r.code === 2) {
  console.error(r.stderr);
  process.exit(2);
}
const reports: { file: string; errors: { line: number; column: number; kind: string }[] }[] = JSON.parse(r.stdout);
const failing = reports.filter((x) => x.errors.length > 0);
for (const f of failing) console.log(`  ${f.file}: ${f.errors.length} errors, first ${f.errors[0].kind} at ${f.errors[0].line}:${f.errors[0].column}`);
console.log(`generated listings: ${reports.length} files parsed, ${failing.length} with errors`);
process.exit(failing.length === 0 ? 0 : 1);
