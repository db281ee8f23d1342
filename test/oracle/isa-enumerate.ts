// Differential test of the disassembler against GNU objdump on constructed words: for every table
// row, words with each operand field at sampled values (0, 1, max, mid, seeded random), then a
// fixed-seed sample of random 32-bit words (to catch words one side decodes and the other prints as
// `.long`). objdump reads them as raw ppc64le code with its default options, as it does for an
// elf64-powerpcle .text.
// Run from the repository root: node --import tsx test/oracle/isa-enumerate.ts [--random N] [--show N]
//   TOCSIN_FIXTURE=test/fixtures/isa/objdump-enumerate.txt also writes the fixture slice npm test uses.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disassemble } from '../../server/src/isa/disasm.js';
import { TABLE } from '../../server/src/isa/table.js';
import { unsupportedFamily } from '../fixtures/isa/unsupported.js';
import { roundTrip } from '../isa/roundtrip-check.js';
import { xorshift32 } from './xorshift.js';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const randomCount = arg('--random', 200_000);
const show = arg('--show', 30);

const random = xorshift32(0x9e3779b9);

/** Every value a field of `mask` bits can take, as the bit pattern of that field. */
function fieldSamples(mask: number): number[] {
  if (mask === 0) return [0];
  const bits: number[] = [];
  for (let b = 0; b < 32; b++) if (mask & (1 << b)) bits.push(b);
  const spread = (v: number) => bits.reduce((w, b, i) => (v & 2 ** i ? (w | (1 << b)) >>> 0 : w), 0);
  const max = 2 ** bits.length - 1;
  return [0, 1, max, Math.floor(max / 2) + 1, random() % (max + 1), random() % (max + 1)].map(spread);
}

// Words from the table: every operand field at each sample, the fields taking samples together.
const groups: { label: string; words: number[] }[] = [];
const tableWords: number[] = [];
for (const insn of TABLE) {
  if (insn.asOnly) continue;
  const wordFields = insn.operands.map((k) => k.wordBits).filter((m) => m);
  const prefixFields = insn.operands.map((k) => k.prefixBits).filter((m) => m);
  const wordSamples = wordFields.map(fieldSamples);
  const prefixSamples = prefixFields.map(fieldSamples);
  for (let s = 0; s < 6; s++) {
    const word = wordSamples.reduce((w, samples) => (w | samples[s]) >>> 0, insn.opcode);
    if (insn.prefixMask) {
      tableWords.push(prefixSamples.reduce((w, samples) => (w | samples[s]) >>> 0, insn.prefixOpcode), word);
    } else {
      tableWords.push(word);
    }
  }
}
// A prefix word whose suffix matches no row is printed as `.long` by both sides and the suffix
// decoded on its own, so the samples need no padding.
groups.push({ label: 'table rows', words: tableWords });
const randomWords: number[] = [];
for (let i = 0; i < randomCount; i++) randomWords.push(random());
groups.push({ label: 'random words', words: randomWords });

const dir = mkdtempSync(join(tmpdir(), 'tocsin-enum-'));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
let failed = false;
const fixture: string[] = ['# made by: TOCSIN_FIXTURE=test/fixtures/isa/objdump-enumerate.txt node --import tsx test/oracle/isa-enumerate.ts'];
for (const g of groups) {
  const bytes = new Uint8Array(g.words.length * 4);
  const view = new DataView(bytes.buffer);
  g.words.forEach((w, i) => view.setUint32(i * 4, w, true));
  const file = join(dir, 'words.bin');
  writeFileSync(file, bytes);
  const listing = execFileSync('powerpc64le-linux-gnu-objdump', ['-D', '-b', 'binary', '-m', 'powerpc:common64', '-EL', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const theirs = new Map<bigint, { text: string; hex: string }>();
  for (const line of listing.split('\n')) {
    const m = /^\s+([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$/.exec(line);
    if (m && m[3]) theirs.set(BigInt('0x' + m[1]), { text: norm(m[3]), hex: m[2].trim() });
  }
  let total = 0;
  let same = 0;
  let excused = 0;
  const trips = { exact: 0, 'same-text': 0, failed: 0 };
  const tripFailures: string[] = [];
  const wrong = new Map<string, { count: number; example: string }>();
  for (const d of disassemble(bytes)) {
    const t = theirs.get(d.address);
    if (!t) continue;
    total++;
    const mine = norm(d.text);
    const theirMnemonic = t.text.split(' ')[0];
    if (mine === t.text) {
      same++;
      const trip = roundTrip(d);
      trips[trip.result]++;
      if (trip.result === 'failed') tripFailures.push(`  ${t.hex}  ${mine}: ${trip.detail}`);
      // Every 3rd table-row sample and every 50th random word go into the fixture (not branches:
      // their text depends on the address).
      if (d.length === 4 && d.target === undefined && total % (g.label === 'table rows' ? 3 : 50) === 0) fixture.push(`${d.word.toString(16).padStart(8, '0')}\t${t.text}`);
      continue;
    }
    // An unsupported family's word is excused where Tocsin prints `.long` or another fallback row
    // (objdump's fallback pass finds the unsupported row first).
    if ((!d.insn || d.insn.fallback) && unsupportedFamily(theirMnemonic)) { excused++; continue; }
    const key = `${theirMnemonic} / ${d.mnemonic}`;
    const entry = wrong.get(key) ?? { count: 0, example: `${t.hex}  objdump: ${t.text}  tocsin: ${mine}` };
    entry.count++;
    wrong.set(key, entry);
  }
  const checked = total - excused;
  console.log(`${g.label}: ${total} instructions, ${same} identical (${((100 * same) / Math.max(checked, 1)).toFixed(3)}% of ${checked} checked; ${excused} in unsupported fallback families)`);
  for (const [key, e] of [...wrong].sort((a, b) => b[1].count - a[1].count).slice(0, show)) console.log(`  ${String(e.count).padStart(6)}  ${key.padEnd(28)} ${e.example}`);
  console.log(`  round trip (text -> encode -> bytes): ${trips.exact} exact, ${trips['same-text']} same text (bits objdump ignores), ${trips.failed} failed`);
  console.log(tripFailures.slice(0, show).join('\n'));
  if (same !== checked || trips.failed) failed = true;
}
if (process.env.TOCSIN_FIXTURE) writeFileSync(process.env.TOCSIN_FIXTURE, [...new Set(fixture)].join('\n') + '\n');
process.exit(failed ? 1 : 0);
