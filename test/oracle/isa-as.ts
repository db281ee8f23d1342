// Differential test of the encoder against GNU as: for every mnemonic and extended mnemonic of
// the table (Power ISA rows, including the assembler-only spellings) and the formula-defined
// extended mnemonics, sample operands, assemble all lines with powerpc64le-linux-gnu-as and
// encode them with Tocsin, and compare bytes; then the same with symbols, comparing relocation
// type, offset and addend (readelf -rW).
// Run from the repository root: node --import tsx test/oracle/isa-as.ts [--samples N] [--show N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE, type Insn } from '../../server/src/isa/table.js';
import { formatInstruction } from '../../server/src/isa/disasm.js';
import { encodeInstruction, type Relocation } from '../../server/src/isa/encode.js';
import { xorshift32 } from './xorshift.js';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const samplesPerRow = arg('--samples', 4);
const show = arg('--show', 30);
const dir = mkdtempSync(join(tmpdir(), 'tocsin-as-'));

const random = xorshift32(0x2545f491);

/** Each sample sits in its own 8-byte slot, so a sample's bytes are at 8 * its index. */
const SLOT = 8;

/**
 * Source text for `insn` with random operand values: a random word the row names, printed as
 * objdump would but with relative branch targets written `.+N` (a plain number is an absolute
 * address to as, which it would relocate).
 */
function sampleText(insn: Insn, address: bigint): string | undefined {
  for (let tries = 0; tries < 50; tries++) {
    const word = ((random() & ~insn.mask) | insn.opcode) >>> 0;
    const prefix = insn.prefixMask ? ((random() & ~insn.prefixMask) | insn.prefixOpcode) >>> 0 : 0;
    if (insn.operands.some((k) => k.valid && !k.valid(word, prefix))) continue;
    const d = formatInstruction(insn, word, prefix, address);
    let text = d.text.replace(/\t#.*$/, '');
    if (d.target !== undefined && insn.operands.some((k) => k.cls === 'rel')) {
      const disp = BigInt.asIntN(64, d.target - address);
      text = text.replace(/0x[0-9a-f]+$/, `.${disp < 0n ? '-' : '+'}${disp < 0n ? -disp : disp}`);
    }
    return text;
  }
  return undefined;
}

/** Lines for the formula-defined extended mnemonics GNU as accepts. */
const REWRITE_SAMPLES = [
  'extldi r3,r4,8,16', 'extrdi r3,r4,8,16', 'insrdi r3,r4,8,16', 'rotrdi r3,r4,8', 'clrlsldi r3,r4,24,8',
  'extlwi r3,r4,8,16', 'extrwi r3,r4,8,16', 'inslwi r3,r4,8,16', 'insrwi r3,r4,8,16', 'rotrwi r3,r4,8', 'clrlslwi r3,r4,24,8',
  'subi r3,r4,8', 'subis r3,r4,8', 'subic r3,r4,8', 'subic. r3,r4,8', 'la r3,8(r1)', 'sub r3,r4,r5', 'sub. r3,r4,r5',
  'subo r3,r4,r5', 'subc r3,r4,r5', 'subc. r3,r4,r5', 'cmp cr1,1,r3,r4', 'cmpl cr1,0,r3,r4', 'cmpi cr1,1,r3,-5',
  'cmpli cr1,0,r3,5', 'lis r11,0xe841', 'addis r3,r2,0xffff', 'mtsprg0 r3', 'mtsprg3 r3', 'mfsprg2 r3', 'bnl cr2,.+64', 'bng .-8', 'bun cr1,.+12', 'bnu+ cr7,.+16',
  'bnllr cr3', 'bngctr', 'bt 4*cr1+eq,.+64', 'bf gt,.-64', 'btlr so', 'bfctr 4*cr7+lt', 'bt- eq,.+8', 'subpcis r3,5',
];

/** Symbol samples: relocation types as GNU as chooses them. */
const SYMBOL_SAMPLES = [
  'addis r2,r12,.TOC.-.@ha', 'addi r2,r2,.TOC.-.@l', 'ld r3,foo@toc@l(r2)', 'addis r3,r2,foo@toc@ha', 'addi r3,r3,foo@toc@l',
  'lis r3,foo@highest', 'ori r3,r3,foo@higher', 'oris r3,r3,foo@h', 'ori r3,r3,foo@l', 'lis r3,foo@ha', 'addi r3,r3,foo@l',
  'lwz r3,foo@l(r4)', 'std r3,foo@l(r4)', 'lbz r3,foo+8@l(r4)', 'ld r3,foo@got(r2)', 'lwa r3,foo@toc(r2)', 'li r3,foo@l',
  'bl foo', 'bl foo@notoc', 'b foo+4', 'bl foo-8', 'beq foo', 'bne- cr1,foo', 'bdnz foo', 'bla foo', 'lis r3,foo@highesta',
  'pld r3,foo@pcrel', 'pld r3,foo@got@pcrel', 'pla r3,foo@pcrel', 'plwz r3,foo+16@pcrel', 'pstd r3,foo@pcrel', 'pli r3,foo',
  'plxv vs40,foo@pcrel', 'lxv vs40,foo@toc@l(r2)', 'stxv vs1,foo@l(r3)', 'addis r3,r2,foo+0x10@toc@ha',
];

interface Sample {
  text: string;
  mnemonic: string;
}

const samples: Sample[] = [];
for (const insn of TABLE) {
  // Other processors' rows are objdump's fallback spellings; as -mpower10 does not take them.
  if (insn.fallback) continue;
  for (let i = 0; i < samplesPerRow; i++) {
    const text = sampleText(insn, BigInt(samples.length * SLOT));
    if (text) samples.push({ text, mnemonic: insn.mnemonic });
  }
}
for (const text of REWRITE_SAMPLES) samples.push({ text, mnemonic: text.split(/\s/)[0] });
const firstSymbol = samples.length;
for (const text of SYMBOL_SAMPLES) samples.push({ text, mnemonic: text.split(/\s/)[0] });

/**
 * Where GNU as is stricter than objdump: it refuses encodings objdump prints (and Tocsin must be
 * able to re-encode for the round trip). Lines as rejects with these messages are excused.
 */
const AS_STRICTER: [RegExp, string][] = [
  [/invalid when little-endian/, 'load/store multiple and string instructions always trap in little-endian mode'],
  [/invalid counter access/, 'bcctr that decrements CTR is an invalid form; objdump prints it as bcctr'],
  [/invalid conditional option/, 'BO with z bits set is reserved; objdump names it by the y-bit rules'],
  [/is not a multiple of 2|is not between 0 and 62/, 'the f64 rank updates want an even VSR pair; objdump prints an odd one as is'],
];

/** Assemble `lines`, dropping (and reporting) the lines as rejects until the rest assembles. */
function assemble(lines: (string | undefined)[], cpu: string): { bytes: Uint8Array; relocs: string; rejected: Map<number, string> } {
  const rejected = new Map<number, string>();
  for (;;) {
    const src = join(dir, 'samples.s');
    const obj = join(dir, 'samples.o');
    writeFileSync(src, lines.map((l, i) => `${rejected.has(i) || l === undefined ? '.long 0' : l}\n.p2align 3\n`).join(''));
    const r = spawnSync('powerpc64le-linux-gnu-as', ['-mregnames', cpu, '-o', obj, src], { encoding: 'utf8' });
    const errors = [...r.stderr.matchAll(/samples\.s:(\d+): Error: (.*)/g)];
    if (r.status === 0) {
      execFileSync('powerpc64le-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', obj, join(dir, 'text.bin')]);
      const relocs = execFileSync('powerpc64le-linux-gnu-readelf', ['-rW', obj], { encoding: 'utf8' });
      return { bytes: readFileSync(join(dir, 'text.bin')), relocs, rejected };
    }
    if (!errors.length) throw new Error(`as failed: ${r.stderr}`);
    for (const [, line, message] of errors) rejected.set(Math.floor((Number(line) - 1) / 2), message);
  }
}

const { bytes, relocs, rejected } = assemble(samples.map((s) => s.text), '-mpower10');
// Instructions Power10 dropped (nap, doze, the segment registers) go through as -many.
const older = assemble(samples.map((s, i) => (/unrecognized opcode/.test(rejected.get(i) ?? '') ? s.text : undefined)), '-many');
const olderView = new DataView(older.bytes.buffer, older.bytes.byteOffset, older.bytes.byteLength);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
// readelf: offset, info, type, symbol value, symbol name + addend.
const asRelocs = new Map<number, string[]>();
for (const line of relocs.split('\n')) {
  const m = /^([0-9a-f]+)\s+[0-9a-f]+\s+(R_PPC64_\w+)\s+[0-9a-f]+\s+(\S+)(?:\s*([+-])\s*([0-9a-f]+))?/.exec(line);
  if (!m) continue;
  const offset = parseInt(m[1], 16);
  const slot = Math.floor(offset / SLOT);
  const addend = m[4] ? (m[4] === '-' ? -1 : 1) * parseInt(m[5], 16) : 0;
  const list = asRelocs.get(slot) ?? [];
  list.push(`${offset - slot * SLOT} ${m[2]} ${m[3]}${addend ? (addend > 0 ? '+' : '') + addend : ''}`);
  asRelocs.set(slot, list);
}
const relocText = (r: Relocation) => `${r.offset} ${r.type} ${r.symbol}${r.addend ? (r.addend > 0 ? '+' : '') + r.addend : ''}`;

let same = 0;
let sameRelocs = 0;
const wrong: string[] = [];
const mnemonics = new Set<string>();
const excused = new Map<string, number>();
for (let i = 0; i < samples.length; i++) {
  const s = samples[i];
  mnemonics.add(s.mnemonic);
  const mine = encodeInstruction(s.text, { address: BigInt(i * SLOT) });
  const viaOlder = /unrecognized opcode/.test(rejected.get(i) ?? '') && !older.rejected.has(i);
  const asError = viaOlder ? undefined : rejected.get(i);
  const stricter = asError === undefined ? undefined : AS_STRICTER.find(([re]) => re.test(asError));
  if (stricter && !('error' in mine)) {
    excused.set(stricter[1], (excused.get(stricter[1]) ?? 0) + 1);
    continue;
  }
  if (asError !== undefined || 'error' in mine) {
    if (asError !== undefined && 'error' in mine) same++;
    else wrong.push(`${s.text.padEnd(36)} as: ${asError ?? 'accepted'}; tocsin: ${'error' in mine ? mine.error : 'accepted'}`);
    continue;
  }
  const theirs = mine.words.map((_, k) => (viaOlder ? olderView : view).getUint32(i * SLOT + 4 * k, true));
  const hex = (ws: number[]) => ws.map((w) => w.toString(16).padStart(8, '0')).join(' ');
  if (hex(theirs) !== hex(mine.words)) {
    wrong.push(`${s.text.padEnd(36)} as: ${hex(theirs)}  tocsin: ${hex(mine.words)}`);
    continue;
  }
  same++;
  if (i >= firstSymbol) {
    const a = (asRelocs.get(i) ?? []).join('; ');
    const b = mine.relocations.map(relocText).join('; ');
    if (a === b) sameRelocs++;
    else wrong.push(`${s.text.padEnd(36)} as relocs: ${a}  tocsin: ${b}`);
  }
}
const symbolCount = samples.length - firstSymbol;
const checked = samples.length - [...excused.values()].reduce((a, b) => a + b, 0);
console.log(`as: ${samples.length} lines over ${mnemonics.size} mnemonics; ${same} of ${checked} checked identical (${((100 * same) / checked).toFixed(3)}%; an as error matched by a Tocsin error counts), ` +
  `${rejected.size} rejected by as -mpower10 (${older.rejected.size} of them also by as -many); relocations identical on ${sameRelocs} of ${symbolCount} symbol lines`);
for (const [reason, count] of excused) console.log(`  excused: ${count} lines as refuses and Tocsin encodes: ${reason}`);
console.log(wrong.slice(0, show).join('\n'));
process.exit(wrong.length ? 1 : 0);
