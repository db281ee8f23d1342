// Differential test of the disassembler against GNU objdump on real compiled code: compiles the
// C sources under test/oracle/c/ with an option matrix, disassembles every object with objdump -d
// and with Tocsin (same bytes, same symbols), and compares the instruction text.
// Run from the repository root: node --import tsx test/oracle/isa-objdump.ts [--show N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAt } from '../../server/src/isa/disasm.js';

const here = join(process.cwd(), 'test/oracle');
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 20;
const out = mkdtempSync(join(tmpdir(), 'tocsin-isa-'));
const sources = readdirSync(join(here, 'c')).filter((f) => f.endsWith('.c'));
const matrix: string[][] = [];
for (const o of ['-O0', '-O2', '-O3']) for (const cpu of ['power8', 'power9', 'power10']) for (const pg of [[], ['-mprofile-kernel', '-pg']]) matrix.push([o, `-mcpu=${cpu}`, ...pg]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
let total = 0;
let same = 0;
const mismatches: string[] = [];
const seen = new Set<number>();
const fixture: string[] = ['# made by: TOCSIN_FIXTURE=test/fixtures/isa/objdump-sample.txt node --import tsx test/oracle/isa-objdump.ts'];
for (const src of sources) {
  for (const opts of matrix) {
    const obj = join(out, `${src}${opts.join('')}.o`);
    try {
      execFileSync('powerpc64le-linux-gnu-gcc', ['-c', ...opts, '-o', obj, join(here, 'c', src)], { stdio: 'pipe' });
    } catch {
      continue;
    }
    const listing = execFileSync('powerpc64le-linux-gnu-objdump', ['-d', '-z', obj], { encoding: 'utf8', maxBuffer: 1 << 28 });
    // Symbols of the text section, for branch targets printed as <sym+off>.
    const syms: { addr: number; name: string }[] = [];
    let bytes: number[] = [];
    const texts: { addr: number; text: string; word: string }[] = [];
    for (const line of listing.split('\n')) {
      const s = /^([0-9a-f]+) <(.+)>:$/.exec(line);
      if (s) syms.push({ addr: parseInt(s[1], 16), name: s[2] });
      const m = /^\s+([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$/.exec(line);
      if (!m) continue;
      const addr = parseInt(m[1], 16);
      const b = m[2].trim().split(' ').map((x) => parseInt(x, 16));
      if (addr !== bytes.length) continue;
      bytes.push(...b);
      if (m[3]) texts.push({ addr, text: m[3], word: m[2].trim() });
    }
    syms.sort((a, b) => a.addr - b.addr);
    const lookup = (a: number) => {
      let best: { addr: number; name: string } | undefined;
      for (const s of syms) if (s.addr <= a) best = s;
      return best ? (best.addr === a ? best.name : `${best.name}+0x${(a - best.addr).toString(16)}`) : undefined;
    };
    const buf = Uint8Array.from(bytes);
    for (const t of texts) {
      const d = decodeAt(buf, t.addr, t.addr, { symbols: lookup });
      total++;
      if (d.length === 4 && d.target === undefined && !seen.has(d.word)) { seen.add(d.word); fixture.push(`${d.word.toString(16).padStart(8, '0')}\t${norm(t.text)}`); }
      if (norm(d.text) === norm(t.text)) same++;
      else mismatches.push(`${t.word.padEnd(12)} objdump: ${norm(t.text).padEnd(36)} tocsin: ${norm(d.text)}`);
    }
  }
}
const byText = new Map<string, number>();
for (const m of mismatches) byText.set(m.replace(/^.{12}/, ''), (byText.get(m.replace(/^.{12}/, '')) ?? 0) + 1);
console.log(`instructions compared: ${total}, identical: ${same} (${((100 * same) / Math.max(total, 1)).toFixed(3)}%)`);
console.log(mismatches.slice(0, show).join('\n'));
if (process.env.TOCSIN_FIXTURE) {
  // One line per distinct word: `hexword<TAB>objdump text` (no branches: their text depends on the address).
  writeFileSync(process.env.TOCSIN_FIXTURE, fixture.join('\n') + '\n');
}
process.exit(same === total ? 0 : 1);
