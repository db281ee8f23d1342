// GNU ld as the oracle for the scenario linker's kernel group (server/src/emu/link): random
// kernel-style sources (calls between files to functions with and without a local entry,
// `.TOC.` prologues, TOC-relative loads, REL16 address arithmetic, ADDR64/REL32/REL64 data)
// are assembled by GNU as, linked by our link() (over the `.o` files read by model/elf.ts, and
// over our own assembler's output of the same sources) and by powerpc64le-linux-gnu-ld with a
// linker script that puts every input section where our layout put it. Section bytes, symbol
// addresses and the TOC base must agree. Module loading has no oracle here: it is unit-tested.
//
// Usage: node --import tsx test/oracle/link-ld.ts [--seed N] [--cases N] [--keep DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { link, type LinkedImage, type LinkInput } from '../../server/src/emu/link/index';
import { assembleSource } from '../../server/src/model/assembler/index';
import { readElfHeader, readElfObject, readSectionHeaders, readSymbolTable } from '../../server/src/model/elf';
import type { ObjectFile } from '../../server/src/model/object';
import { xorshift32 } from './xorshift';

const PREFIX = 'powerpc64le-linux-gnu-';
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seed = Number(option('seed') ?? 20240611);
const cases = Number(option('cases') ?? 12);
const keep = option('keep');

if (spawnSync(`${PREFIX}ld`, ['--version']).status !== 0 || spawnSync(`${PREFIX}as`, ['--version']).status !== 0) {
  console.log(`link-ld: skipped: ${PREFIX}as/ld not installed (apt-get install binutils-powerpc64le-linux-gnu)`);
  process.exit(0);
}

const next = xorshift32(seed);
const below = (n: number) => next() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

/** One case: files, each with functions, data, TOC entries and read-only data. */
function generate(c: number): string[] {
  const files = 2 + below(3);
  const fns = Array.from({ length: files }, (_, f) => Array.from({ length: 1 + below(3) }, (_, j) => ({ name: `f${c}_${f}_${j}`, toc: below(3) !== 0 })));
  const all = fns.flat();
  return fns.map((list, f) => {
    const d = `d${c}_${f}`;
    const lines = ['\t.abiversion 2', '\t.text'];
    for (const fn of list) {
      lines.push(`\t.globl ${fn.name}`, `\t.type ${fn.name},@function`, '\t.p2align 2', `${fn.name}:`);
      if (fn.toc) lines.push('0:\taddis 2,12,.TOC.-0b@ha', '\taddi 2,2,.TOC.-0b@l', `\t.localentry ${fn.name},.-${fn.name}`);
      lines.push('\tmflr 0');
      for (let k = 0, n = 1 + below(4); k < n; k++) {
        switch (below(8)) {
          case 0: case 1: lines.push(`\tbl ${pick(all).name}`, '\tnop'); break;
          case 2: lines.push(`\taddis 3,2,${d}@toc@ha`, `\tld 3,${d}@toc@l(3)`); break;
          case 3: lines.push(`\tld 4,.LC${f}@toc(2)`); break;
          case 4: lines.push(`\taddis 5,2,${d}+${8 * below(3)}@toc@ha`, `\taddi 5,5,${d}+${8 * below(3)}@toc@l`); break;
          case 5: lines.push(`1:\taddis 6,12,(${d}-1b)@ha`, `\taddi 6,6,(${d}-1b)@l`); break;
          case 6: lines.push(`\tlis 7,${d}@highest`, `\tori 7,7,${d}@higher`, '\tsldi 7,7,32', `\toris 7,7,${d}@high`, `\tori 7,7,${d}@l`); break;
          default: lines.push(`\taddi 8,2,.LC${f}@toc`, `\tb ${pick(all).name}`); break;
        }
      }
      lines.push('\tmtlr 0', '\tblr', `\t.size ${fn.name},.-${fn.name}`);
    }
    const other = pick(all).name;
    lines.push('\t.data', '\t.p2align 3', `\t.globl ${d}`, `${d}:`, `\t.8byte ${other}`, `\t.8byte ${pick(all).name}+8`, `\t.4byte ${d}-.`, `\t.4byte ${other}-.`,
      `\t.8byte ${other}-.`, `\t.8byte ${below(1000)}`, `\t.size ${d},.-${d}`);
    lines.push('\t.section .rodata', '\t.p2align 3', `r${c}_${f}:`, `\t.8byte ${d}`, `\t.2byte ${below(60000)}`);
    lines.push('\t.section .toc,"aw"', `.LC${f}:`, `\t.8byte ${d}`, `\t.8byte ${other}`);
    lines.push('\t.bss', '\t.p2align 4', `b${c}_${f}:`, `\t.space ${8 * (1 + below(8))}`);
    return lines.join('\n') + '\n';
  });
}

/** A linker script putting each input section at the address our layout gave it. */
function script(image: LinkedImage, files: string[]): string {
  const tocInput = image.sections.find((s) => s.name === '.toc' || s.name === '.got');
  const out = ['SECTIONS', '{'];
  image.sections.forEach((s, k) => {
    const name = s === tocInput ? s.name : `.o${k}`;
    const type = s.name === '.bss' ? ' (NOLOAD)' : '';
    out.push(`  ${name} 0x${s.address.toString(16)}${type} : { *${files[s.input]}(${s.name}) }`);
  });
  out.push('  /DISCARD/ : { *(.note.GNU-stack) *(.comment) }', '}');
  return out.join('\n') + '\n';
}

interface Linked {
  sections: Map<string, { address: bigint; bytes: Uint8Array }>;
  symbols: Map<string, bigint>;
  toc?: bigint;
}

function readLinked(bytes: Uint8Array): Linked {
  const h = readElfHeader(bytes);
  const headers = readSectionHeaders(h);
  const sections = new Map<string, { address: bigint; bytes: Uint8Array }>();
  for (const s of headers) if (s.flags & 2) sections.set(s.name, { address: s.addr, bytes: s.type === 8 ? new Uint8Array(s.size) : bytes.slice(s.offset, s.offset + s.size) });
  const symbols = new Map<string, bigint>();
  const symtab = headers.find((s) => s.type === 2);
  let toc: bigint | undefined;
  for (const e of symtab ? readSymbolTable(h, headers, symtab) : []) {
    if (e.name === '.TOC.') toc = e.value;
    else if (e.name && e.type <= 2 && e.shndx !== 0) symbols.set(e.name, e.value);
  }
  return { sections, symbols, toc };
}

const work = keep ?? mkdtempSync(join(tmpdir(), 'tocsin-link-ld-'));
mkdirSync(work, { recursive: true });
const tally = { sections: 0, sectionsSame: 0, symbols: 0, symbolsSame: 0, tocs: 0, tocsSame: 0, tocsUnreferenced: 0, errors: 0, errorsSame: 0, ours: 0, oursSame: 0, linkErrors: 0 };
const failures: string[] = [];

for (let c = 0; c < cases; c++) {
  const sources = generate(c);
  const dir = join(work, `case${c}`);
  mkdirSync(dir, { recursive: true });
  const objects: ObjectFile[] = [];
  const mine: ObjectFile[] = [];
  const oNames: string[] = [];
  sources.forEach((text, f) => {
    const s = join(dir, `in${f}.s`);
    const o = join(dir, `in${f}.o`);
    writeFileSync(s, text);
    execFileSync(`${PREFIX}as`, ['-a64', '-mlittle', '-mpower8', '-o', o, s]);
    objects.push(readElfObject(new Uint8Array(readFileSync(o)), o));
    const ours = assembleSource(s, text);
    const errors = ours.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) failures.push(`case ${c} in${f}.s: our assembler: ${errors[0].message}`);
    mine.push(ours.object);
    oNames.push(`in${f}.o`);
  });
  const inputs = (objs: ObjectFile[]): LinkInput[] => objs.map((object) => ({ object, role: 'kernel', name: 'vmlinux' }));
  const fromElf = link(inputs(objects));
  if (!fromElf.image) {
    tally.linkErrors++;
    failures.push(`case ${c}: our link failed: ${fromElf.diagnostics.map((d) => d.message).join('; ')}`);
    continue;
  }
  const image = fromElf.image;
  writeFileSync(join(dir, 'link.ld'), script(image, oNames));
  const ld = spawnSync(`${PREFIX}ld`, ['-static', '-nostdlib', '--no-relax', '--no-toc-optimize', '--no-plt-localentry', '--no-tls-optimize', '--no-toc-sort',
    '--no-multi-toc', '-e', '0', '-T', 'link.ld', '-o', 'out', ...oNames], { cwd: dir, encoding: 'utf8' });
  if (ld.status !== 0) {
    tally.linkErrors++;
    failures.push(`case ${c}: ld failed: ${ld.stderr.trim().split('\n')[0]}`);
    continue;
  }
  const theirs = readLinked(new Uint8Array(readFileSync(join(dir, 'out'))));
  const tocSection = image.sections.find((s) => s.name === '.toc' || s.name === '.got');
  image.sections.forEach((s, k) => {
    const name = s === tocSection ? s.name : `.o${k}`;
    const other = theirs.sections.get(name);
    if (s.size === 0 && !other) return;
    tally.sections++;
    const contents = contentsOf(s);
    const same = other !== undefined && other.address === s.address && Buffer.compare(Buffer.from(other.bytes), Buffer.from(contents)) === 0;
    if (same) tally.sectionsSame++;
    else failures.push(`case ${c}: section ${s.name} of in${s.input}.o differs${other ? firstDifference(contents, other.bytes, s.address) : ' (ld has none)'}`);
  });
  for (const [name, address] of theirs.symbols) {
    if (name.startsWith('.L')) continue;
    tally.symbols++;
    const ours = image.symbol(name);
    if (ours === address) tally.symbolsSame++;
    else failures.push(`case ${c}: symbol ${name}: ld 0x${address.toString(16)}, ours ${ours === undefined ? 'none' : '0x' + ours.toString(16)}`);
  }
  // ld defines .TOC. only when something refers to the TOC; without a reference there is nothing to compare.
  if (theirs.toc === undefined) tally.tocsUnreferenced++;
  else {
    tally.tocs++;
    if (theirs.toc === image.toc(0)) tally.tocsSame++;
    else failures.push(`case ${c}: .TOC. ld 0x${theirs.toc.toString(16)}, ours 0x${image.toc(0)?.toString(16)}`);
  }

  // Our assembler's objects must link to the same bytes as GNU as's.
  const fromOurs = link(inputs(mine));
  tally.ours++;
  const same = fromOurs.image !== undefined && fromOurs.image.sections.length === image.sections.length
    && fromOurs.image.sections.every((s, k) => s.address === image.sections[k].address && s.size === image.sections[k].size
      && Buffer.compare(Buffer.from(contentsOf(s)), Buffer.from(contentsOf(image.sections[k]))) === 0);
  if (same) tally.oursSame++;
  else failures.push(`case ${c}: linking our assembler's objects gives other bytes${fromOurs.diagnostics.length ? ': ' + fromOurs.diagnostics[0].message : ''}`);
}

// Overflows: ld and our link must reject the same relocations.
const ERROR_CASES: { name: string; sources: string[]; addresses?: (bigint | undefined)[] }[] = [
  { name: 'ADDR16_HA/HI of a kernel address', sources: ['\t.text\nf:\tlis 3,d@ha\n\taddi 3,3,d@l\n\toris 3,3,d@h\n\tli 3,d@l\n\toris 3,3,d@high\n\t.data\nd:\t.8byte 0\n'] },
  // (REL24 beyond 32 MiB is not here: ld adds a long-branch stub, where our link reports the overflow.)
  { name: 'misaligned TOC16_DS, REL16 too far', sources: ['\t.text\n\tld 3,odd@toc(2)\n\tli 4,far-.\n\t.data\n\t.byte 1,2\nodd:\t.8byte 0\n\t.space 0x10000\nfar:\t.8byte 0\n\t.section .toc,"aw"\n\t.8byte 0\n'] },
  { name: 'TOC16 beyond 32 KiB', sources: ['\t.text\n\tld 3,big@toc(2)\n\taddi 3,2,big@toc\n\taddis 3,2,big@toc@ha\n\t.data\nbig:\t.8byte 0\n\t.space 0x20000\n\t.section .toc,"aw"\n\t.8byte 0\n'] },
];
for (const [n, e] of ERROR_CASES.entries()) {
  const dir = join(work, `error${n}`);
  mkdirSync(dir, { recursive: true });
  const oNames = e.sources.map((text, f) => {
    writeFileSync(join(dir, `in${f}.s`), '\t.abiversion 2\n' + text);
    execFileSync(`${PREFIX}as`, ['-a64', '-mlittle', '-o', join(dir, `in${f}.o`), join(dir, `in${f}.s`)]);
    return `in${f}.o`;
  });
  const inputs: LinkInput[] = oNames.map((o, f) => ({ object: readElfObject(new Uint8Array(readFileSync(join(dir, o))), o), role: 'kernel', name: 'vmlinux', address: e.addresses?.[f] }));
  const r = link(inputs);
  // Lay out as our link would without the failing relocations: the same layout code ran.
  const layoutImage = link(inputs.map((i) => ({ ...i, object: { ...i.object, relocations: [] } }))).image!;
  writeFileSync(join(dir, 'link.ld'), script(layoutImage, oNames));
  const ld = spawnSync(`${PREFIX}ld`, ['-static', '-nostdlib', '--no-relax', '--no-toc-optimize', '-e', '0', '-T', 'link.ld', '-o', 'out', ...oNames], { cwd: dir, encoding: 'utf8' });
  const key = (line: string) => /\((\.\w+\+0x[0-9a-f]+)\): (relocation truncated to fit: R_PPC64_\w+|error: R_PPC64_\w+ not a multiple of 4)/.exec(line)?.slice(1).join(' ');
  const theirs = ld.stderr.split('\n').map(key).filter((k): k is string => !!k).sort();
  const ours = r.diagnostics.map((d) => key(d.message)).filter((k): k is string => !!k).sort();
  tally.errors++;
  if (theirs.length > 0 && JSON.stringify(theirs) === JSON.stringify(ours)) tally.errorsSame++;
  else failures.push(`error case ${e.name}: ld ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`);
}

/** A placed section as ld writes it: its stored bytes, then zeros up to its size (.bss stores none). */
function contentsOf(s: { bytes: Uint8Array; size: number }): Uint8Array {
  if (s.bytes.length === s.size) return s.bytes;
  const whole = new Uint8Array(s.size);
  whole.set(s.bytes.subarray(0, s.size));
  return whole;
}

function firstDifference(a: Uint8Array, b: Uint8Array, base: bigint): string {
  if (a.length !== b.length) return ` (size ${a.length} vs ld ${b.length})`;
  for (let i = 0; i < a.length; i += 4) {
    const x = Buffer.from(a.subarray(i, i + 4)).toString('hex');
    const y = Buffer.from(b.subarray(i, i + 4)).toString('hex');
    if (x !== y) return ` at 0x${(base + BigInt(i)).toString(16)}: ours ${x}, ld ${y}`;
  }
  return ' (address)';
}

console.log(`link-ld: seed ${seed}, ${cases} cases in ${work}`);
console.log(`  sections identical to ld: ${tally.sectionsSame}/${tally.sections}`);
console.log(`  symbol addresses identical: ${tally.symbolsSame}/${tally.symbols}`);
console.log(`  .TOC. identical: ${tally.tocsSame}/${tally.tocs} (${tally.tocsUnreferenced} links refer to no TOC, so ld defines none)`);
console.log(`  our assembler's objects link identically: ${tally.oursSame}/${tally.ours}`);
console.log(`  overflow cases rejected at the same relocations: ${tally.errorsSame}/${tally.errors}`);
console.log(`  links that failed: ${tally.linkErrors}`);
for (const f of failures.slice(0, 20)) console.log(`  MISMATCH ${f}`);
if (!keep) rmSync(work, { recursive: true, force: true });
process.exit(failures.length ? 1 : 0);
