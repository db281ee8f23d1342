// The command line's listing scanner against the tree-sitter grammar: the same model, line for
// line, operands included, on every listing given (files, or folders such as the output of
// test/listings/generate.sh). Long listings are compared in pieces cut at blank lines, each piece
// scanned and parsed as a text of its own, so that the grammar's tree stays small.
//
//   node --import tsx test/oracle/listing-scan.ts DIR_OR_FILE...
//   node --import tsx test/oracle/listing-scan.ts --vmlinux   (objdump -dr of Debian's 6.1 vmlinux)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { SyntaxDocument } from '../../server/src/parse/document';
import { scanListing } from '../../server/src/parse/listingScan';
import { loadLanguages, preferredRuntime } from '../../server/src/parse/runtime';
import type { ListingFile } from '../../server/src/parse/syntax';
import { debianKernel } from './debian';

const PIECE = 4 << 20;

/** The first difference between the two models of a text, or undefined. */
export async function compareScan(text: string): Promise<string | undefined> {
  const doc = await SyntaxDocument.parse('objdump', text, preferredRuntime());
  const parsed = doc.syntax as ListingFile;
  doc.dispose();
  const scanned = await scanListing(text);
  if (!isDeepStrictEqual(parsed.errors, scanned.errors)) return `errors differ: ${show(parsed.errors.slice(0, 3))} parsed, ${show(scanned.errors.slice(0, 3))} scanned`;
  if (!isDeepStrictEqual(parsed.comments, scanned.comments)) return 'comments differ';
  const n = Math.max(parsed.lines.length, scanned.lines.length);
  for (let i = 0; i < n; i++) {
    const a = parsed.lines[i];
    const b = scanned.lines[i];
    if (!isDeepStrictEqual(a, b)) {
      const line = (a ?? b).range.start.line;
      return `line ${line + 1}: ${JSON.stringify(text.split('\n')[line])}\n  grammar: ${show(a)}\n  scanner: ${show(b)}`;
    }
  }
  return undefined;
}

function show(line: unknown): string {
  return JSON.stringify(line, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
}

/** Pieces of about PIECE characters, cut after a blank line. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    const cut = text.indexOf('\n\n', from + PIECE);
    const to = cut < 0 ? text.length : cut + 2;
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

function files(paths: string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)).filter((f) => statSync(f).isFile()) : [p]));
}

async function main(): Promise<void> {
  await loadLanguages();
  let args = process.argv.slice(2);
  if (args.includes('--vmlinux')) {
    const out = join(process.env.TMPDIR ?? '/tmp', `tocsin-scan-vmlinux-${process.pid}.dr`);
    const r = spawnSync('sh', ['-c', `powerpc64le-linux-gnu-objdump -dr "$1" > "$2"`, 'sh', debianKernel().vmlinux, out], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('objdump -dr vmlinux failed');
    args = [...args.filter((a) => a !== '--vmlinux'), out];
  }
  let checked = 0;
  let lines = 0;
  let failed = 0;
  for (const file of files(args)) {
    const text = readFileSync(file, 'utf8');
    for (const piece of pieces(text)) {
      const difference = await compareScan(piece);
      if (difference) {
        failed++;
        console.log(`${file}: ${difference}`);
        break;
      }
    }
    checked++;
    lines += text.split('\n').length - 1;
  }
  console.log(`${checked} listings, ${lines} lines: ${failed} differ`);
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) void main();
