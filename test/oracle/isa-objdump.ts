// Differential test of the disassembler against GNU objdump on real machine code: the C sources
// under test/oracle/c/ compiled with an option matrix, and binaries from Debian's ppc64el
// packages (fetched with apt-get download through a private apt configuration and unpacked with
// dpkg -x, never installed). Every file is disassembled with objdump -d and with Tocsin (same
// bytes, same symbols) and the instruction text compared; every instruction's text is also
// encoded back (round trip).
// Run from the repository root: node --import tsx test/oracle/isa-objdump.ts [--no-debian] [--show N]
//   TOCSIN_FIXTURE=test/fixtures/isa/objdump-sample.txt also writes the fixture npm test uses.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nearestSymbol, type NamedAddress, type SymbolLookup } from '../../server/src/isa/address.js';
import { decodeAt } from '../../server/src/isa/disasm.js';
import { roundTrip } from '../isa/roundtrip-check.js';
import { unsupportedFamily } from '../fixtures/isa/unsupported.js';
import { debianKernel, unpackedPackages } from './debian.js';
import { xorshift32 } from './xorshift.js';

const here = join(process.cwd(), 'test/oracle');
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 20;
const out = mkdtempSync(join(tmpdir(), 'tocsin-isa-'));
/** Debian packages whose binaries are compared: hand-written POWER8 crypto and bignum assembly
 * (libcrypto, libgmp), and large compiled C programs and libraries. */
const DEBIAN_PACKAGES = ['libssl3', 'libgmp10', 'bash', 'libzstd1', 'zlib1g', 'grep'];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const stats = { total: 0, same: 0, excused: 0 };
const trips = { exact: 0, 'same-text': 0, failed: 0 };
const tripFailures: string[] = [];
const mismatches: string[] = [];
const seen = new Set<number>();
const fixture: string[] = ['# made by: TOCSIN_FIXTURE=test/fixtures/isa/objdump-sample.txt node --import tsx test/oracle/isa-objdump.ts'];

/** A symbol with objdump's table flags (`l`/`g` first, `F`/`O` last), when a table gave them. */
type FlaggedSymbol = NamedAddress & { flags?: string };

/**
 * Nearest symbol at or before an address, as objdump names branch targets: `sym` or `sym+0x10`.
 * Of several at one address, objdump's compare_symbols order: functions, then objects, globals
 * before locals, names not starting with '.', then by name (bare of any version).
 */
function symbolLookup(syms: FlaggedSymbol[]): SymbolLookup {
  const bare = (s: NamedAddress) => s.name.replace(/@.*/, '');
  const rank = (s: FlaggedSymbol) => [s.flags?.[6] === 'F' ? 0 : 1, s.flags?.[6] === 'O' ? 0 : 1, s.flags?.[0] === 'l' ? 1 : 0, s.name.startsWith('.') ? 1 : 0];
  const compare = (a: FlaggedSymbol, b: FlaggedSymbol) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0;
  };
  return nearestSymbol([...syms].sort(compare));
}

/** objdump's symbol tables (-t, -T) and section extents of a file, read once per file. */
const tableCache = new Map<string, { tables: string[]; sections: { start: bigint; end: bigint }[] }>();
function linkedTables(file: string): { tables: string[]; sections: { start: bigint; end: bigint }[] } {
  let cached = tableCache.get(file);
  if (!cached) {
    const tables = ['-t', '-T'].map((flag) => execFileSync('powerpc64le-linux-gnu-objdump', [flag, file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const sections = execFileSync('powerpc64le-linux-gnu-objdump', ['-h', file], { encoding: 'utf8' }).split('\n')
      .map((l) => /^\s*\d+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)/.exec(l)).filter((m) => m !== null)
      .map((m) => ({ start: BigInt('0x' + m![2]), end: BigInt('0x' + m![2]) + BigInt('0x' + m![1]) }));
    cached = { tables, sections };
    tableCache.set(file, cached);
  }
  return cached;
}

/**
 * The symbols objdump names addresses by in a linked file: defined entries of the static and
 * dynamic symbol tables (versioned as name@@VER, or name@VER when hidden), without section symbols;
 * an address outside every section has no name.
 */
function linkedLookup(file: string, labels: NamedAddress[]): SymbolLookup {
  const { tables, sections } = linkedTables(file);
  const syms: FlaggedSymbol[] = [];
  for (const table of tables) {
    for (const line of table.split('\n')) {
      const m = /^([0-9a-f]{16}) (.{7}) (\S+)\t[0-9a-f]+\s+(.*)$/.exec(line);
      if (!m || m[3] === '*UND*' || m[2][5] === 'd' || m[2][6] === 'f') continue;
      const tokens = m[4].trim().split(/\s+/).filter((t) => !/^0x/.test(t) && t !== '.hidden');
      const name = tokens.pop()!;
      const version = tokens[0];
      syms.push({ value: BigInt('0x' + m[1]), flags: m[2], name: version ? `${name}${version.startsWith('(') ? '@' + version.slice(1, -1) : '@@' + version}` : name });
    }
  }
  // Synthetic symbols (PLT stubs, __glink_PLTresolve) appear only as labels of the listing.
  for (const label of labels) if (!/[+-]0x[0-9a-f]+$/.test(label.name) && !label.name.startsWith('.')) syms.push(label);
  const unique = [...new Map(syms.map((s) => [`${s.value}:${s.name}`, s])).values()];
  const nearest = symbolLookup(unique);
  const first = unique.reduce<NamedAddress | undefined>((m, s) => (!m || s.value < m.value ? s : m), undefined);
  return (a) => {
    const named = nearest(a);
    if (named) return named;
    if (!sections.some((s) => a >= s.start && a < s.end)) return '';
    // Inside a section but below every symbol, objdump counts back from the first one.
    return first ? `${first.name}-0x${(first.value - a).toString(16)}` : undefined;
  };
}

/**
 * Compare objdump -d and Tocsin on every instruction of one ELF file (or of the window `range`
 * gives, as objdump's --start-address/--stop-address); `fixture` collects words.
 */
function compareFile(file: string, label: string, collectFixture: boolean, linked = false, range: string[] = []): number {
  const before = stats.total;
  const listing = execFileSync('powerpc64le-linux-gnu-objdump', ['-d', '-z', ...range, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const syms: NamedAddress[] = [];
  const sections: { base: bigint; bytes: number[]; texts: { addr: bigint; text: string; word: string }[] }[] = [];
  let section: (typeof sections)[number] | undefined;
  for (const line of listing.split('\n')) {
    if (line.startsWith('Disassembly of section ')) {
      section = undefined;
      continue;
    }
    const s = /^([0-9a-f]+) <(.+)>:$/.exec(line);
    if (s) syms.push({ value: BigInt('0x' + s[1]), name: s[2] });
    const m = /^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$/.exec(line);
    if (!m) continue;
    const addr = BigInt('0x' + m[1]);
    if (!section) {
      section = { base: addr, bytes: [], texts: [] };
      sections.push(section);
    }
    if (addr !== section.base + BigInt(section.bytes.length)) continue;
    for (const x of m[2].trim().split(' ')) section.bytes.push(parseInt(x, 16));
    if (m[3]) section.texts.push({ addr, text: m[3], word: m[2].trim() });
  }
  const lookup = linked ? linkedLookup(file, syms) : symbolLookup(syms);
  for (const sec of sections) {
    const buf = Uint8Array.from(sec.bytes);
    for (const t of sec.texts) {
      const d = decodeAt(buf, Number(t.addr - sec.base), t.addr, { symbols: lookup });
      stats.total++;
      if (collectFixture && d.length === 4 && d.target === undefined && !seen.has(d.word)) {
        seen.add(d.word);
        fixture.push(`${d.word.toString(16).padStart(8, '0')}\t${norm(t.text)}`);
      }
      const trip = roundTrip(d);
      trips[trip.result]++;
      if (trip.result === 'failed') tripFailures.push(`${label}: ${t.word.padEnd(12)} ${norm(d.text)}: ${trip.detail}`);
      if (norm(d.text) === norm(t.text)) stats.same++;
      // Data in .text that objdump reads as another processor's instruction (see unsupported.ts).
      else if ((!d.insn || d.insn.fallback) && unsupportedFamily(norm(t.text).split(' ')[0])) stats.excused++;
      else mismatches.push(`${label}: ${t.word.padEnd(12)} objdump: ${norm(t.text).padEnd(36)} tocsin: ${norm(d.text)}`);
    }
  }
  return stats.total - before;
}

// C sources × -O0/-O2/-O3 × power8/9/10 × (± -mprofile-kernel -pg).
const sources = readdirSync(join(here, 'c')).filter((f) => f.endsWith('.c'));
const matrix: string[][] = [];
for (const o of ['-O0', '-O2', '-O3']) for (const cpu of ['power8', 'power9', 'power10']) for (const pg of [[], ['-mprofile-kernel', '-pg']]) matrix.push([o, `-mcpu=${cpu}`, ...pg]);
let objects = 0;
for (const src of sources) {
  for (const opts of matrix) {
    const obj = join(out, `${src}${opts.join('')}.o`);
    try {
      execFileSync('powerpc64le-linux-gnu-gcc', ['-c', ...opts, '-o', obj, join(here, 'c', src)], { stdio: 'pipe' });
    } catch {
      continue;
    }
    objects++;
    compareFile(obj, `${src} ${opts.join(' ')}`, true);
  }
}
const fromC = stats.total;

/** The packages' ELF files, unpacked into a cache directory kept between runs. */
function debianBinaries(): string[] {
  const unpacked = unpackedPackages('unpacked', DEBIAN_PACKAGES);
  const files = execFileSync('find', [unpacked, '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  return files.filter(isPpc64leElf).sort();
}

/** ELF magic, 64-bit class, little-endian data, machine EM_PPC64 (21). */
function isPpc64leElf(file: string): boolean {
  const head = Buffer.alloc(20);
  const fd = openSync(file, 'r');
  const n = readSync(fd, head, 0, 20, 0);
  closeSync(fd);
  return n === 20 && head.readUInt32BE(0) === 0x7f454c46 && head[4] === 2 && head[5] === 1 && head.readUInt16LE(18) === 21;
}

let binaries = 0;
if (!process.argv.includes('--no-debian')) {
  for (const file of debianBinaries()) {
    binaries++;
    compareFile(file, file.replace(/.*unpacked/, ''), false, true);
  }
}
const fromDebian = stats.total - fromC;

/**
 * Debian's ppc64el 6.1 vmlinux at its real addresses (0xc000...): all of .head.text, and
 * windows of .text, .init.text and .exit.text at seeded places (at least 8 in each of the small
 * sections), each as objdump prints that range.
 */
const WINDOW = 0x2000n;
const WINDOWS = 64;
let kernelWindows = 0;
let fromKernel = 0;
if (!process.argv.includes('--no-debian')) {
  const { vmlinux } = debianKernel();
  const sections = new Map(execFileSync('powerpc64le-linux-gnu-objdump', ['-h', vmlinux], { encoding: 'utf8' }).split('\n')
    .map((l) => /^\s*\d+\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)/.exec(l)).filter((m) => m !== null)
    .map((m) => [m![1], { start: BigInt('0x' + m![3]), size: BigInt('0x' + m![2]) }]));
  const window = (start: bigint, end: bigint, name: string) => {
    kernelWindows++;
    fromKernel += compareFile(vmlinux, `vmlinux ${name} 0x${start.toString(16)}`, false, true, [`--start-address=0x${start.toString(16)}`, `--stop-address=0x${end.toString(16)}`]);
  };
  const head = sections.get('.head.text')!;
  window(head.start, head.start + head.size, '.head.text');
  const random = xorshift32(Number(process.env.TOCSIN_SEED ?? 20261207));
  const quota: [string, number][] = [['.init.text', 8], ['.exit.text', 8], ['.text', WINDOWS - 16]];
  for (const [name, count] of quota) {
    const s = sections.get(name)!;
    for (let i = 0; i < count; i++) {
      const span = s.size > WINDOW ? s.size - WINDOW : 0n;
      const start = s.start + ((BigInt(random()) * 0x100000000n + BigInt(random())) % (span + 1n)) / 4n * 4n;
      window(start, start + (s.size < WINDOW ? s.size : WINDOW), name);
    }
  }
}

const pct = (a: number, b: number) => ((100 * a) / Math.max(b, 1)).toFixed(3);
const checked = stats.total - stats.excused;
console.log(`instructions compared: ${stats.total} (${fromC} from ${objects} compiled objects, ${fromDebian} from ${binaries} Debian binaries, ` +
  `${fromKernel} from ${kernelWindows} windows of Debian's ppc64el vmlinux at 0xc000...), ` +
  `identical: ${stats.same} (${pct(stats.same, checked)}% of ${checked}; ${stats.excused} data words objdump reads as other processors' instructions)`);
console.log(mismatches.slice(0, show).join('\n'));
console.log(`round trip (text -> encode -> bytes): ${trips.exact} exact, ${trips['same-text']} same text (bits objdump ignores), ${trips.failed} failed`);
console.log(tripFailures.slice(0, show).join('\n'));
if (process.env.TOCSIN_FIXTURE) {
  // One line per distinct word: `hexword<TAB>objdump text` (no branches: their text depends on the address).
  writeFileSync(process.env.TOCSIN_FIXTURE, fixture.join('\n') + '\n');
}
process.exit(stats.same === checked && trips.failed === 0 ? 0 : 1);
