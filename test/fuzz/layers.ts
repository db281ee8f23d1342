// The layers the structure-aware fuzzer drives (test/fuzz/layer-fuzz.ts): each takes seeds from
// real files (the kernel corpus, the examples, generated listings, ELF objects, scenarios),
// makes inputs by mutating them or by generating hostile shapes (macro recursion, #define
// chains, deep and long expressions, huge .org/.skip counts), and runs one input through its
// part of Tocsin. A layer throws only for a defect; the diagnostics and errors the layer gives
// users (assembler errors, ScenarioError, ElfFormatError...) are answers, not defects.
//
// Adding a layer: implement Layer and add it to makeLayers(); layer-fuzz.ts then counts, times
// and keeps its findings like the others', and test/fuzz-layers.test.ts replays what it kept.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { checkObjects, CHECK_TARGETS } from '../../server/src/analysis/tocRules';
import { Cpu } from '../../server/src/emu/cpu';
import { ElfError, loadElf } from '../../server/src/emu/elf';
import { Machine, RETURN_SENTINEL } from '../../server/src/emu/machine';
import { PERM_R, PERM_W, PERM_X } from '../../server/src/emu/memory';
import { runPrepared } from '../../server/src/emu/scenario/result';
import { ScenarioError } from '../../server/src/emu/scenario/scenario';
import { prepareScenario } from '../../server/src/emu/scenario/session';
import { assembleSource } from '../../server/src/model/assembler/index';
import { objdumpListingPieces } from '../../server/src/model/assembler/listing';
import { ElfFormatError, readElfObject } from '../../server/src/model/elf';
import { loadListings } from '../../server/src/model/listing';
import { SyntaxDocument } from '../../server/src/parse/document';
import { preprocess } from '../../server/src/parse/preprocess';
import { startServer } from '../../server/src/server';
import type { ListingFile } from '../../server/src/parse/syntax';
import { generateBatch } from '../oracle/emu/generate';

const repoRoot = join(__dirname, '..', '..');

/** A uniform choice in [0, n). */
export type Pick = (n: number) => number;

export interface Layer {
  name: string;
  /** Extension of a kept input, so that it opens as what it is. */
  extension: string;
  seeds: Buffer[];
  /** The next input: a mutated seed or a generated shape, under 100 kB. */
  next(pick: Pick): Buffer;
  /** Runs one input through the layer; throws for a defect only. */
  run(input: Buffer): Promise<void>;
  /** How many turns in ten this layer gets against the others' ten (a slow layer would take the whole run). */
  share?: number;
}

/** Inputs above this size are cut: a finding is about inputs under 100 kB. */
export const MAX_INPUT = 100_000;

function filesBelow(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesBelow(path, keep) : keep(e.name) && statSync(path).isFile() ? [path] : [];
  });
}

const choose = <T>(pick: Pick, xs: readonly T[]): T => xs[pick(xs.length)];

// ---- byte and line mutations, shared by the text layers ----

function mutateBytes(input: Buffer, pick: Pick, donor: Buffer): Buffer {
  const out = Buffer.from(input);
  switch (pick(6)) {
    case 0:
      for (let i = 1 + pick(8); i > 0 && out.length; i--) out[pick(out.length)] ^= 1 << pick(8);
      return out;
    case 1: {
      const at = pick(input.length + 1);
      const from = pick(donor.length + 1);
      return Buffer.concat([input.subarray(0, at), donor.subarray(from, from + pick(2048)), input.subarray(at + pick(128))]);
    }
    case 2:
      return input.subarray(0, pick(input.length + 1));
    case 3: {
      const lines = input.toString('latin1').split('\n');
      const from = pick(lines.length);
      const copy = lines.slice(from, from + 1 + pick(20));
      lines.splice(pick(lines.length), 0, ...Array.from({ length: 1 + pick(10) }, () => copy).flat());
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 4: {
      const lines = input.toString('latin1').split('\n');
      for (let i = 1 + pick(4); i > 0 && lines.length; i--) lines.splice(pick(lines.length), 1);
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    default: {
      // A token of assembly where a number or name was.
      const text = input.toString('latin1');
      const token = choose(pick, ['0x7fffffffffffffff', '0x1ffffffffffffffff', '-1', '0', '4096', '0x100000000', '(', ')', ',', '@ha', '.', 'r1', '\\', '"', '/*', '#', ';', '\n']);
      const at = pick(text.length + 1);
      return Buffer.from(text.slice(0, at) + token + text.slice(at + pick(6)), 'latin1');
    }
  }
}

function cut(bytes: Buffer): Buffer {
  return bytes.length > MAX_INPUT ? bytes.subarray(0, MAX_INPUT) : bytes;
}

/** A stretch of whole lines of a seed, so that big kernel files give many small inputs. */
function window(seed: Buffer, pick: Pick): Buffer {
  if (seed.length <= 16_384) return seed;
  const from = seed.indexOf(10, pick(seed.length - 16_384)) + 1;
  const to = seed.lastIndexOf(10, from + 1024 + pick(15_360));
  return to > from ? seed.subarray(from, to + 1) : seed.subarray(0, 16_384);
}

// ---- generated shapes ----

function expression(pick: Pick, depth: number): string {
  const atoms = ['1', '0', '-1', '0x7fffffffffffffff', '0x1ffffffffffffffff', 'x', '.', '1f', '2b', "'a", 'sym+4', '(0)'];
  const r = pick(10);
  if (depth > 6 || r < 3) return choose(pick, atoms);
  if (r < 5) return choose(pick, ['-', '~', '!', '+']) + expression(pick, depth + 1);
  if (r < 7) return `(${expression(pick, depth + 1)})`;
  return `${expression(pick, depth + 1)}${choose(pick, ['+', '-', '*', '/', '%', '<<', '>>', '|', '&', '^', '!', '==', '<>', '<', '>=', '&&', '||'])}${expression(pick, depth + 1)}`;
}

/** Assembler shapes: macro recursion, repetition, deep and long expressions, huge counts. */
function asmShape(pick: Pick): string {
  const n = (max: number) => 1 + pick(max);
  switch (pick(12)) {
    case 0:
      return `.macro m\n\tm\n${pick(2) ? '\tm\n' : ''}.endm\n\tm\n`;
    case 1:
      return `.macro a n\n.if \\n\n\tb "(\\n-1)"\n.endif\n.endm\n.macro b n\n\t.long \\n\n\ta \\n\n.endm\n\ta ${pick(130)}\n`;
    case 2: {
      const depth = n(6);
      return `${'\t.rept 3\n'.repeat(depth)}\tnop\n${'\t.endr\n'.repeat(depth)}`;
    }
    case 3:
      return `\t.long ${'('.repeat(n(4000))}1${')'.repeat(pick(4001))}\n`;
    case 4:
      return `\t.quad ${Array.from({ length: n(8000) }, () => choose(pick, ['1', 'x', '2', '-3'])).join(choose(pick, ['+', '-', '|', '*']))}\n`;
    case 5:
      return `\t${choose(pick, ['.org', '.skip', '.space', '.zero', '.fill'])} ${choose(pick, ['0x100000000', '0xffffffffffffffff', '100000000', '-1', '0x7fffffff', '12', 'x', '.+0x10000000'])}${pick(2) ? `, ${choose(pick, ['0', '1', '0xff', '4, 0', '8, 1'])}` : ''}\n\tnop\n`;
    case 6: {
      const count = n(6000);
      const lines = ['\t.set a0, later'];
      for (let i = 1; i < count; i++) lines.push(`\t.set a${i}, a${i - 1} + 1`);
      return `${lines.join('\n')}\n\t.quad a${count - 1}\nlater:\n`;
    }
    case 7:
      return `\t.irp x, ${Array.from({ length: n(200) }, (_, i) => i).join(',')}\n\t.long \\x\n\t.endr\n`;
    case 8:
      return Array.from({ length: n(50) }, () => `\t${choose(pick, ['.long', '.quad', '.short', '.byte', '.8byte', '.uleb128', '.sleb128', '.rept'])} ${expression(pick, 0)}${pick(4) === 0 ? '\n\t.endr' : ''}`).join('\n') + '\n';
    case 9:
      return `\t.section ${choose(pick, ['.text', '.data', '.bss', '.toc', '"x", "aw", @nobits'])}\n\t.p2align ${pick(40)}\n\t.balign ${choose(pick, ['3', '4096', '0x80000000'])}\n\tnop\n`;
    case 10:
      return `1:\t${choose(pick, ['bl', 'b', 'bne', 'addis 2,12', 'ld 3'])} ${expression(pick, 0)}${choose(pick, ['', '@ha', '@l', '@toc', '@notoc', '(1)'])}\n\tnop\n`;
    default:
      return `\t.incbin "${choose(pick, ['/dev/zero', 'missing.bin', '/etc', '.'])}"${pick(2) ? ', 1, -1' : ''}\n\t.include "${choose(pick, ['missing.s', '/dev/null', '.'])}"\n`;
  }
}

/** Preprocessor shapes: exponential chains (kept to 2^13 expansions), deep calls, deep and long #if. */
function cppShape(pick: Pick): string {
  const n = (max: number) => 1 + pick(max);
  switch (pick(8)) {
    case 0: {
      const depth = n(13);
      const lines = ['#define X0 1'];
      for (let i = 1; i <= depth; i++) lines.push(`#define X${i} (X${i - 1}+X${i - 1})`);
      return `${lines.join('\n')}\n\t.long X${depth}\n`;
    }
    case 1: {
      const depth = n(400);
      return `#define F(x) (x)\n\t.long ${'F('.repeat(depth)}1${')'.repeat(depth)}\n`;
    }
    case 2:
      return `#if ${'('.repeat(n(4000))}1${')'.repeat(n(4000))}\n\tnop\n#endif\n`;
    case 3:
      return `#if ${Array.from({ length: n(8000) }, () => choose(pick, ['1', '0', 'X', 'defined(X)'])).join(choose(pick, ['+', '||', '&&', '*', ',', '?1:']))}\n\tnop\n#endif\n`;
    case 4:
      return `#define CAT(a,b) a##b\n#define STR(x) #x\n#define V(...) __VA_ARGS__\n\t.long CAT(${expression(pick, 3)},1) V(${expression(pick, 2)}) STR(${expression(pick, 2)})\n`;
    case 5:
      return `${'#if 1\n'.repeat(n(3000))}\tnop\n${'#endif\n'.repeat(pick(3001))}`;
    case 6:
      return `#include ${choose(pick, ['"/dev/zero"', '<missing.h>', '"."', '"fuzz.S"', '__FILE__'])}\n\tnop\n`;
    default:
      return `#define A(x) B(x) A\n#define B(x) A(x) B\n\t.long A(B(A(1)))\n`;
  }
}

// ---- the layers ----

function textLayer(name: string, extension: string, seeds: Buffer[], shape: ((pick: Pick) => string) | undefined, run: (text: string) => Promise<void> | void): Layer {
  return {
    name,
    extension,
    seeds,
    next(pick) {
      if (shape && pick(3) === 0) {
        const made = shape(pick);
        // A file that includes itself is read 200 times over, as cpp reads it: alone, not in a
        // seed, so that the amplification measured is of the shape and not of kernel text.
        if (/#include ("fuzz\.S"|__FILE__)/.test(made)) return Buffer.from(made);
        const base = seeds.length ? window(choose(pick, seeds), pick).toString('latin1') : '';
        const at = pick(2) ? base.length : base.lastIndexOf('\n', pick(base.length + 1)) + 1;
        return cut(Buffer.from(base.slice(0, at) + made + base.slice(at), 'latin1'));
      }
      let bytes = window(choose(pick, seeds), pick);
      for (let i = 1 + pick(3); i > 0; i--) bytes = mutateBytes(bytes, pick, choose(pick, seeds));
      return cut(bytes);
    },
    async run(input) {
      await run(input.toString('utf8'));
    },
  };
}

/** What the C preprocessor reads, alone: includes come from an empty file system. */
function preprocessorLayer(seeds: Buffer[]): Layer {
  return textLayer('preprocessor', '.S', seeds, cppShape, (text) => {
    const result = preprocess({ path: 'fuzz.S', text }, { includePaths: [], readFile: () => undefined });
    if (typeof result.text !== 'string') throw new Error('no text');
    result.map.originalPosition(0, 0);
  });
}

/** The assembler (with the C preprocessor and the prelude for `.S`), its listing, and the TOC checks. */
function assemblerLayer(seeds: Buffer[], scratch: string): Layer {
  return textLayer('assembler', '.S', seeds, (pick) => (pick(2) ? asmShape(pick) : cppShape(pick)), (text) => {
    // As a `.S` (C preprocessor and the kernel prelude first) or as a `.s`, the same way for the same input.
    const hash = createHash('sha1').update(text).digest();
    const cpp = hash[0] % 2 === 0;
    const result = assembleSource(join(scratch, cpp ? 'fuzz.S' : 'fuzz.s'), text, { prelude: cpp, preprocess: cpp });
    // The listing is as long as objdump's: a `.p2align 25` in code is 8 million lines (3 s of
    // objdump). Only listings of up to a megabyte of code are timed here.
    if (result.assembled.sections.every((s) => s.size <= 1 << 20)) for (const piece of objdumpListingPieces(result.assembled, 'fuzz.o')) void piece;
    checkObjects([result.object], { target: [undefined, ...CHECK_TARGETS][hash[1] % (CHECK_TARGETS.length + 1)] });
  });
}

/** Listings through the grammar, the listing loader and the TOC checks. */
function listingLayer(seeds: Buffer[]): Layer {
  return textLayer('listing', '.dis', seeds, undefined, async (text) => {
    const doc = await SyntaxDocument.parse('objdump', text, 'wasm');
    try {
      const objects = loadListings([{ syntax: doc.syntax as ListingFile, text, file: 'fuzz.dis' }]);
      checkObjects(objects, { target: [undefined, ...CHECK_TARGETS][text.length % (CHECK_TARGETS.length + 1)] });
    } finally {
      doc.dispose();
    }
  });
}

/** ELF offsets worth corrupting: header fields and each section header's type, offset, size and link. */
function elfFieldMutation(input: Buffer, pick: Pick): Buffer {
  const out = Buffer.from(input);
  if (out.length < 64) return out;
  const values = [0n, 1n, 0xffffffffn, 0xffffffffffffffffn, BigInt(out.length), BigInt(out.length - 1), 0x7fffffffffffffffn];
  const put64 = (at: number) => {
    if (at + 8 <= out.length) out.writeBigUInt64LE(choose(pick, values), at);
  };
  const shoff = Number(out.readBigUInt64LE(40));
  const shnum = out.readUInt16LE(60);
  switch (pick(4)) {
    case 0:
      put64(choose(pick, [24, 32, 40]));
      break;
    case 1:
      out.writeUInt16LE(choose(pick, [0, 1, 0xffff, (shnum + 1) & 0xffff]), choose(pick, [54, 56, 58, 60, 62]));
      break;
    default: {
      if (shnum === 0 || shoff + shnum * 64 > out.length) break;
      const header = shoff + 64 * pick(shnum);
      const field = choose(pick, [4, 8, 24, 32, 40, 44, 48, 56]);
      if (field === 4 || field === 40 || field === 44) out.writeUInt32LE(choose(pick, [0, 1, 2, 4, 8, 9, 0xffffffff]), header + field);
      else put64(header + field);
    }
  }
  return out;
}

/** ELF objects through the reader and the TOC checks; executables through the program loader and the CPU. */
function elfLayer(seeds: Buffer[]): Layer {
  return {
    name: 'elf',
    extension: '.o',
    seeds,
    next(pick) {
      let bytes = choose(pick, seeds);
      for (let i = 1 + pick(3); i > 0; i--) bytes = pick(2) ? elfFieldMutation(bytes, pick) : mutateBytes(bytes, pick, choose(pick, seeds));
      return cut(bytes);
    },
    async run(input) {
      try {
        const object = readElfObject(new Uint8Array(input), 'fuzz.o');
        for (const target of [undefined, ...CHECK_TARGETS]) checkObjects([object], { target });
      } catch (err) {
        if (!(err instanceof ElfFormatError)) throw err;
      }
      try {
        const loaded = loadElf(new Uint8Array(input));
        new Cpu(loaded.machine, { returnAddress: RETURN_SENTINEL, symbols: loaded.symbols }).run(20_000);
      } catch (err) {
        if (!(err instanceof ElfError)) throw err;
      }
    },
  };
}

/** Machine code straight into the CPU: generated programs, mutated, and random words. */
function emulatorLayer(seeds: Buffer[]): Layer {
  const base = 0x10000000n;
  return {
    name: 'emulator',
    extension: '.bin',
    seeds,
    next(pick) {
      if (pick(4) === 0) {
        const words = Buffer.alloc(4 * (1 + pick(256)));
        for (let i = 0; i < words.length; i += 4) words.writeUInt32LE((pick(0x10000) << 16 | pick(0x10000)) >>> 0, i);
        return words;
      }
      let bytes = window(choose(pick, seeds), pick);
      for (let i = pick(3); i > 0; i--) bytes = mutateBytes(bytes, pick, choose(pick, seeds));
      return cut(bytes);
    },
    async run(input) {
      for (const bigEndian of [false, true]) {
        const machine = new Machine({ bigEndian });
        const size = BigInt(Math.max(4096, (input.length + 4095) & ~4095));
        machine.mem.map('text', base, size, PERM_R | PERM_X);
        machine.mem.poke(base, input);
        machine.mem.map('data', 0x20000000n, 0x10000n, PERM_R | PERM_W);
        machine.mem.map('stack', 0x7fff0000n, 0x10000n, PERM_R | PERM_W);
        machine.set('r1', 0x7fff8000n);
        for (let r = 3; r < 11; r++) machine.set(`r${r}`, 0x20000000n + BigInt(r * 0x100));
        machine.set('lr', RETURN_SENTINEL);
        machine.pc = base;
        new Cpu(machine, { returnAddress: RETURN_SENTINEL, modelPrivileged: bigEndian }).run(50_000);
      }
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A scenario value changed: numbers and addresses to extremes, arrays grown or cut, fields dropped. */
function mutateJson(value: Json, pick: Pick, depth = 0): Json {
  if (Array.isArray(value)) {
    const out = value.map((v) => (pick(3) === 0 ? mutateJson(v, pick, depth + 1) : v));
    if (pick(6) === 0 && out.length) out.splice(pick(out.length), 1);
    if (pick(6) === 0 && out.length) for (let i = pick(600); i > 0; i--) out.push(out[pick(out.length)]);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (pick(12) === 0 && depth > 0) continue;
      out[k] = pick(3) === 0 ? mutateJson(v, pick, depth + 1) : v;
    }
    return out;
  }
  if (typeof value === 'string' && /^0x[0-9a-f]+$/i.test(value)) {
    return choose(pick, ['0x0', '0x1', '0xffffffffffffffff', '0xfffffffffffff000', '0x8000000000000000', '0x100', '0x3fff', `0x${(pick(0x10000) * 0x10000).toString(16)}`, value]);
  }
  if (typeof value === 'string') return choose(pick, [value, value, '', 'r1+0x60', 'A', 'B+8', '0x10', 'missing_symbol', 'r99', value + 'x']);
  if (typeof value === 'number') return choose(pick, [0, 1, -1, 2 ** 31, 2 ** 53, value, value * 2]);
  return value;
}

/** Scenario files name repository files as `@repo/...`, so that kept inputs run anywhere. */
const REPO = '@repo/';

/** Scenarios through loading, linking, set-up and a bounded run. */
function scenarioLayer(seeds: Buffer[], scratch: string): Layer {
  return {
    name: 'scenario',
    extension: '.scenario.json',
    seeds,
    next(pick) {
      const text = choose(pick, seeds).toString('utf8');
      if (pick(10) === 0) return mutateBytes(Buffer.from(text), pick, choose(pick, seeds));
      return Buffer.from(JSON.stringify(mutateJson(JSON.parse(text) as Json, pick), null, 1));
    },
    async run(input) {
      const file = join(scratch, 'fuzz.scenario.json');
      writeFileSync(file, input.toString('utf8').split(REPO).join(repoRoot + '/'));
      try {
        // Runs are kept short: step-back snapshots grow with the call depth at every step.
        const prepared = await prepareScenario(file, { root: '/', maxSteps: 5000 });
        runPrepared(prepared, file);
      } catch (err) {
        if (!(err instanceof ScenarioError)) throw err;
      }
    },
  };
}

/** One step of an edit script: a change (possibly malformed, as a careless client sends it) or a request at a place. */
type EditStep =
  | { change: { range?: { start: { line: number; character: number }; end: { line: number; character: number } } | null; text: string }[] }
  | { request: string; line: number; character: number };

interface EditScript {
  languageId: 'ppc64-asm' | 'ppc64-objdump';
  text: string;
  steps: EditStep[];
}

/** The requests a user's editor sends while typing, at a position. */
const POSITION_REQUESTS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight'];
const DOCUMENT_REQUESTS = ['textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/codeAction'];

/** An edit script over a window of a seed: typing, deleting, pasting, replacing all, and requests between. */
function editScript(pick: Pick, asmSeeds: Buffer[], listingSeeds: Buffer[]): EditScript {
  const listing = listingSeeds.length > 0 && (asmSeeds.length === 0 || pick(3) === 0);
  const seeds = listing ? listingSeeds : asmSeeds;
  const text = window(choose(pick, seeds), pick).toString('latin1').slice(0, 20_000);
  const lines = text.split('\n').length;
  // Mostly real places, some past the end or negative: the server must refuse or clamp them, never fail.
  const line = () => (pick(10) === 0 ? choose(pick, [-1, lines + 5, 2 ** 31]) : pick(lines + 1));
  const character = () => (pick(10) === 0 ? choose(pick, [-1, 10_000]) : pick(80));
  const position = () => ({ line: line(), character: character() });
  const steps: EditStep[] = [];
  for (let i = 1 + pick(40); i > 0; i--) {
    const r = pick(10);
    if (r < 6) {
      const start = position();
      // A selection runs forward; now and then one runs backwards, as no editor sends it.
      const end = pick(3) ? start : pick(10) ? { line: Math.max(start.line, 0) + pick(4), character: pick(80) } : position();
      const inserted = pick(4) === 0 ? window(choose(pick, seeds), pick).toString('latin1').slice(0, pick(2000)) : choose(pick, ['n', 'op', '\tnop\n', '\tbl printk\n', '1:', '#if 0\n', '#endif\n', '.macro m\n', '.endm\n', '(', '@ha', '\n', '']);
      steps.push({ change: [pick(20) === 0 ? { range: null, text: inserted } : pick(30) === 0 ? { text: inserted } : { range: { start, end }, text: inserted }] });
    } else if (r < 9) {
      steps.push({ request: choose(pick, POSITION_REQUESTS), ...position() });
    } else {
      steps.push({ request: choose(pick, DOCUMENT_REQUESTS), line: 0, character: 0 });
    }
  }
  return { languageId: listing ? 'ppc64-objdump' : 'ppc64-asm', text, steps };
}

/**
 * The language server in this process, driven by a client over a pair of in-memory streams as
 * an editor drives it over stdio. Started on first use.
 */
class InProcessServer {
  private client?: MessageConnection;
  private readonly published = new Map<string, number | undefined>();
  private readonly refused = new Set<string>();
  private waiters: (() => void)[] = [];

  async connection(): Promise<MessageConnection> {
    if (this.client) return this.client;
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // The editor's debounce: quick edits supersede each other as they do while a user types.
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
      this.published.set(p.uri, p.version);
      for (const w of this.waiters.splice(0)) w();
    });
    // A refused change is answered with a message, an answer and not a defect; the document keeps its previous version.
    client.onNotification('window/showMessage', (p: { message: string }) => {
      const refused = /^tocsin: change to (\S+) \(version (\d+)\) refused/.exec(p.message);
      if (refused) this.refused.add(`${refused[1]} ${refused[2]}`);
      for (const w of this.waiters.splice(0)) w();
    });
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest(() => null);
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    this.client = client;
    return client;
  }

  /** The version the document is at: the last change the server did not refuse. */
  private accepted(uri: string, version: number): number {
    while (version > 1 && this.refused.has(`${uri} ${version}`)) version--;
    return version;
  }

  /** Until the diagnostics of `uri` at its last accepted version up to `version` are published; a defect if they never come. */
  async diagnostics(uri: string, version: number, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (this.published.get(uri) !== this.accepted(uri, version)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for version ${this.accepted(uri, version)} within ${ms} ms of the last edit`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    this.published.delete(uri);
  }
}

/** The language server: edit scripts on real files, with requests between the edits. */
function serverLayer(asmSeeds: Buffer[], listingSeeds: Buffer[]): Layer {
  const server = new InProcessServer();
  let documents = 0;
  return {
    name: 'server',
    extension: '.json',
    // An edit script takes seconds of waiting for the server, a hundred times another input.
    share: 1,
    seeds: [...asmSeeds, ...listingSeeds],
    next(pick) {
      return Buffer.from(JSON.stringify(editScript(pick, asmSeeds, listingSeeds)));
    },
    async run(input) {
      const script = JSON.parse(input.toString('utf8')) as EditScript;
      const client = await server.connection();
      const uri = `file:///fuzz/doc-${++documents}${script.languageId === 'ppc64-asm' ? '.S' : '.dis'}`;
      let version = 1;
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: script.languageId, version, text: script.text } });
      try {
        for (const step of script.steps) {
          if ('change' in step) {
            await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: step.change });
            continue;
          }
          const { line, character } = step;
          const params = step.request === 'textDocument/codeAction'
            ? { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } }, context: { diagnostics: [] } }
            : { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } };
          try {
            await client.sendRequest(step.request, params);
          } catch (err) {
            // A refused request (invalid params) is an answer; a handler that failed is a defect.
            if (!(err instanceof ResponseError) || err.code === -32603) throw new Error(`${step.request} failed: ${(err as Error).message}`);
          }
        }
        // A refused change keeps the previous text under the new version: diagnostics still come for it.
        await server.diagnostics(uri, version, 20_000);
      } finally {
        await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    },
  };
}

/** Scenario seeds: the examples, their input paths from the repository root (they run from a scratch folder). */
function scenarioSeeds(): Buffer[] {
  const fromRoot = (path: string, file: string) => REPO + relative(repoRoot, resolve(path, '..', file));
  return filesBelow(join(repoRoot, 'examples'), (n) => n.endsWith('.scenario.json')).map((path) => {
    const scenario = JSON.parse(readFileSync(path, 'utf8'));
    for (const input of scenario.inputs ?? []) {
      input.file = fromRoot(path, input.file);
      if (input.includePaths) input.includePaths = input.includePaths.map((p: string) => fromRoot(path, p));
    }
    return Buffer.from(JSON.stringify(scenario, null, 1));
  });
}

/** ELF seeds: the assembler fixtures assembled by GNU as when it is installed, and any objects given. */
function elfSeeds(scratch: string, more: string[]): Buffer[] {
  const seeds: Buffer[] = [];
  for (const source of filesBelow(join(repoRoot, 'test', 'fixtures', 'asm'), (n) => n.endsWith('.s'))) {
    const object = join(scratch, `seed-${seeds.length}.o`);
    try {
      execFileSync('powerpc64le-linux-gnu-as', ['-a64', '-mlittle', '-mpower8', '-o', object, source], { stdio: 'ignore', cwd: repoRoot });
      seeds.push(readFileSync(object));
    } catch {
      // No GNU as here, or a fixture it rejects: no seed from it.
    }
  }
  for (const path of more) seeds.push(readFileSync(path));
  return seeds.filter((s) => s.length <= MAX_INPUT);
}

/** Code seeds: generated test programs, assembled by Tocsin, as raw .text bytes. */
function codeSeeds(): Buffer[] {
  const seeds: Buffer[] = [];
  for (let seed = 1; seed <= 8; seed++) {
    const { assembled } = assembleSource('gen.s', generateBatch(seed, 0, 1, 60), { preprocess: false });
    const text = assembled.sections.find((s) => s.name === '.text');
    if (text && text.bytes.length) seeds.push(Buffer.from(text.bytes));
  }
  return seeds;
}

export interface SeedSources {
  /** arch/powerpc of a kernel tree, for `.S` seeds. */
  kernel?: string;
  /** A folder of generated listings (test/listings/generate.sh). */
  listings?: string;
  /** ELF objects (`.o`, `.ko`) to mutate besides the assembled fixtures. */
  elfs?: string[];
}

/** The layers with their seeds; `withSeeds: false` for replaying kept inputs, which needs none. */
export function makeLayers(sources: SeedSources = {}, withSeeds = true): Layer[] {
  const scratch = mkdtempSync(join(tmpdir(), 'tocsin-layers-'));
  mkdirSync(scratch, { recursive: true });
  const read = (paths: string[]) => (withSeeds ? paths.map((p) => readFileSync(p)) : []);
  const asmSeeds = read([
    ...filesBelow(join(repoRoot, 'examples'), (n) => /\.S$/.test(n)),
    ...filesBelow(join(repoRoot, 'test', 'fixtures', 'asm'), (n) => n.endsWith('.s')),
    ...filesBelow(join(repoRoot, 'test', 'fixtures', 'asm-messages'), (n) => n.endsWith('.s')),
    ...(sources.kernel ? filesBelow(sources.kernel, (n) => n.endsWith('.S')) : []),
  ]);
  const listingSeeds = read([
    ...filesBelow(join(repoRoot, 'examples'), (n) => /\.(dis|objdump|readelf)$/.test(n)),
    ...filesBelow(join(repoRoot, 'test', 'fixtures', 'asm'), (n) => n.endsWith('.objdump')),
    ...(sources.listings ? filesBelow(sources.listings, () => true) : []),
  ]);
  const layers = [
    preprocessorLayer(asmSeeds),
    assemblerLayer(asmSeeds, scratch),
    listingLayer(listingSeeds),
    elfLayer(withSeeds ? elfSeeds(scratch, sources.elfs ?? []) : []),
    emulatorLayer(withSeeds ? codeSeeds() : []),
    scenarioLayer(withSeeds ? scenarioSeeds() : [], scratch),
    serverLayer(asmSeeds, listingSeeds),
  ];
  return withSeeds ? layers.filter((l) => l.seeds.length > 0) : layers;
}
