// Differential test of the disassembler against GNU objdump on real machine code: the C sources
// under test/oracle/c/ compiled with an option matrix, and binaries from Debian's ppc64el
// packages (fetched with apt-get download through a private apt configuration and unpacked with
// dpkg -x, never installed). Every file is disassembled with objdump -d and with Tocsin (same
// bytes, same symbols) and the instruction text compared; every instruction's text is also
// encoded back (round trip).
// Run from the repository root: node --import tsx test/oracle/isa-objdump.ts [--no-debian] [--show N]
//   TOCSIN_FIXTURE=test/fixtures/isa/objdump-sample.txt also writes the fixture npm test uses.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAt, type SymbolLookup } from '../../server/src/isa/disasm.js';
import { roundTrip } from '../isa/roundtrip-check.js';
import { unsupportedFamily } from '../fixtures/isa/unsupported.js';

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

interface Symbol {
  addr: number;
  name: string;
}

/** Nearest symbol at or before an address, as objdump names branch targets: `sym` or `sym+0x10`. */
function symbolLookup(syms: Symbol[]): (a: number) => string | undefined {
  // At one address, the names in order (objdump's choice among version symbols at 0).
  const bare = (s: Symbol) => s.name.replace(/@.*/, '');
  syms.sort((a, b) => a.addr - b.addr || (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
  return (a) => {
    let lo = 0;
    let hi = syms.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (syms[mid].addr <= a) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return undefined;
    // Of several symbols at one address objdump names the first.
    while (best > 0 && syms[best - 1].addr === syms[best].addr) best--;
    const s = syms[best];
    return s.addr === a ? s.name : `${s.name}+0x${(a - s.addr).toString(16)}`;
  };
}

/**
 * The symbols objdump names addresses by in a linked file: defined entries of the static and
 * dynamic symbol tables (versioned as name@@VER, or name@VER when hidden), without section symbols;
 * an address outside every section has no name.
 */
function linkedLookup(file: string, labels: Symbol[]): SymbolLookup {
  const syms: Symbol[] = [];
  for (const flag of ['-t', '-T']) {
    const table = execFileSync('powerpc64le-linux-gnu-objdump', [flag, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const line of table.split('\n')) {
      const m = /^([0-9a-f]{16}) (.{7}) (\S+)\t[0-9a-f]+\s+(.*)$/.exec(line);
      if (!m || m[3] === '*UND*' || m[2][5] === 'd' || m[2][6] === 'f') continue;
      const tokens = m[4].trim().split(/\s+/).filter((t) => !/^0x/.test(t) && t !== '.hidden');
      const name = tokens.pop()!;
      const version = tokens[0];
      syms.push({ addr: parseInt(m[1], 16), name: version ? `${name}${version.startsWith('(') ? '@' + version.slice(1, -1) : '@@' + version}` : name });
    }
  }
  // Synthetic symbols (PLT stubs, __glink_PLTresolve) appear only as labels of the listing.
  for (const label of labels) if (!/[+-]0x[0-9a-f]+$/.test(label.name) && !label.name.startsWith('.')) syms.push(label);
  const unique = [...new Map(syms.map((s) => [`${s.addr}:${s.name}`, s])).values()];
  const sections = execFileSync('powerpc64le-linux-gnu-objdump', ['-h', file], { encoding: 'utf8' }).split('\n')
    .map((l) => /^\s*\d+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)/.exec(l)).filter((m) => m !== null)
    .map((m) => ({ start: parseInt(m![2], 16), end: parseInt(m![2], 16) + parseInt(m![1], 16) }));
  const nearest = symbolLookup(unique);
  const first = unique[0];
  const last = unique.reduce<Symbol | undefined>((m, s) => (!m || s.addr >= m.addr ? s : m), undefined);
  return (a) => {
    // A target before address 0 is a huge 64-bit address to objdump: past every symbol.
    if (a < 0) return last && `${last.name}+0x${(BigInt.asUintN(64, BigInt(a)) - BigInt(last.addr)).toString(16)}`;
    const named = nearest(a);
    if (named) return named;
    if (!sections.some((s) => a >= s.start && a < s.end)) return '';
    // Inside a section but below every symbol, objdump counts back from the first one.
    return first ? `${first.name}-0x${(first.addr - a).toString(16)}` : undefined;
  };
}

/** Compare objdump -d and Tocsin on every instruction of one ELF file; `fixture` collects words. */
function compareFile(file: string, label: string, collectFixture: boolean, linked = false): void {
  const listing = execFileSync('powerpc64le-linux-gnu-objdump', ['-d', '-z', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const syms: Symbol[] = [];
  const sections: { base: number; bytes: number[]; texts: { addr: number; text: string; word: string }[] }[] = [];
  let section: (typeof sections)[number] | undefined;
  for (const line of listing.split('\n')) {
    if (line.startsWith('Disassembly of section ')) {
      section = undefined;
      continue;
    }
    const s = /^([0-9a-f]+) <(.+)>:$/.exec(line);
    if (s) syms.push({ addr: parseInt(s[1], 16), name: s[2] });
    const m = /^\s+([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$/.exec(line);
    if (!m) continue;
    const addr = parseInt(m[1], 16);
    if (!section) {
      section = { base: addr, bytes: [], texts: [] };
      sections.push(section);
    }
    if (addr !== section.base + section.bytes.length) continue;
    for (const x of m[2].trim().split(' ')) section.bytes.push(parseInt(x, 16));
    if (m[3]) section.texts.push({ addr, text: m[3], word: m[2].trim() });
  }
  const lookup = linked ? linkedLookup(file, syms) : symbolLookup(syms);
  for (const sec of sections) {
    const buf = Uint8Array.from(sec.bytes);
    for (const t of sec.texts) {
      const d = decodeAt(buf, t.addr - sec.base, t.addr, { symbols: lookup });
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

/** The Debian archive this machine's own apt configuration uses. */
function debianMirror(): string {
  const sources = ['/etc/apt/sources.list.d', '/etc/apt'].flatMap((dir) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => /\.(sources|list)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')) : []);
  for (const text of sources) {
    const uri = /^URIs:\s*(\S+)/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/m.exec(text)?.[1];
    if (uri) return uri;
  }
  throw new Error('no Debian archive found in /etc/apt');
}

/** Unpack the packages' ELF files into a cache directory kept between runs. */
function debianBinaries(): string[] {
  const root = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'tocsin', 'ppc64el-debs');
  const apt = join(root, 'apt');
  const opts = ['-q', '-o', `Dir::Etc=${apt}/etc`, '-o', `Dir::State=${apt}/state`, '-o', `Dir::State::status=${apt}/state/status`,
    '-o', `Dir::Cache=${apt}/cache`, '-o', 'APT::Architecture=ppc64el', '-o', 'APT::Architectures=ppc64el', '-o', 'APT::Sandbox::User=root'];
  const unpacked = join(root, 'unpacked');
  if (!existsSync(join(unpacked, '.done'))) {
    for (const d of ['etc/sources.list.d', 'etc/preferences.d', 'etc/apt.conf.d', 'state/lists/partial', 'cache/archives/partial']) mkdirSync(join(apt, d), { recursive: true });
    writeFileSync(join(apt, 'etc/sources.list'), `deb [arch=ppc64el signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${debianMirror()} bookworm main\n`);
    writeFileSync(join(apt, 'state/status'), '');
    execFileSync('apt-get', [...opts, 'update'], { stdio: 'pipe' });
    const debs = join(root, 'debs');
    mkdirSync(debs, { recursive: true });
    execFileSync('apt-get', [...opts, 'download', ...DEBIAN_PACKAGES], { cwd: debs, stdio: 'pipe' });
    for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg', ['-x', join(debs, deb), unpacked]);
    writeFileSync(join(unpacked, '.done'), '');
  }
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

const pct = (a: number, b: number) => ((100 * a) / Math.max(b, 1)).toFixed(3);
const checked = stats.total - stats.excused;
console.log(`instructions compared: ${stats.total} (${fromC} from ${objects} compiled objects, ${stats.total - fromC} from ${binaries} Debian binaries), ` +
  `identical: ${stats.same} (${pct(stats.same, checked)}% of ${checked}; ${stats.excused} data words objdump reads as other processors' instructions)`);
console.log(mismatches.slice(0, show).join('\n'));
console.log(`round trip (text -> encode -> bytes): ${trips.exact} exact, ${trips['same-text']} same text (bits objdump ignores), ${trips.failed} failed`);
console.log(tripFailures.slice(0, show).join('\n'));
if (process.env.TOCSIN_FIXTURE) {
  // One line per distinct word: `hexword<TAB>objdump text` (no branches: their text depends on the address).
  writeFileSync(process.env.TOCSIN_FIXTURE, fixture.join('\n') + '\n');
}
process.exit(stats.same === checked && trips.failed === 0 ? 0 : 1);
