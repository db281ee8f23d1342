// Inlay hints where a value helps: the TOC value a global entry's setup gives r2, the full
// value of a high/low pair (`addis`/`lis` then `addi`, `ori` or a load/store through the same
// register: `0xc000000001a2b3c0 <sym+0x10>`), and the target of a call the line does not name
// (a call a macro makes). Pair values are off by default: in a linked listing every
// TOC-relative access would get one.
import { lookupWord } from '../isa/decode';
import { effectsOf } from '../isa/effects';
import { addAddress, nearestSymbol } from '../isa/address';
import type { Insn } from '../isa/table';
import type { LineIndex } from '../host/lines';
import type { Position, Snapshot } from '../host/snapshot';
import { hex16, listingInstruction, listingRelocation, wordsOf } from './text';

export interface InlayHintOptions {
  tocValues: boolean;
  pairValues: boolean;
  branchTargets: boolean;
}

export const DEFAULT_INLAY_HINTS: InlayHintOptions = { tocValues: true, pairValues: false, branchTargets: true };

export interface InlayHint {
  position: Position;
  label: string;
  kind: 'toc' | 'pair' | 'target';
  tooltip?: string;
}

/** Hints on lines `from` to `to` (inclusive) of the snapshot's text. */
export function inlayHints(snapshot: Snapshot, lines: LineIndex, from: number, to: number, options: InlayHintOptions): InlayHint[] {
  const out: InlayHint[] = [];
  const end = (line: number): Position => ({ line, column: lines.line(line).length });
  if (options.tocValues) {
    for (const f of snapshot.functions) {
      const last = f.tocSetup?.lines[f.tocSetup.lines.length - 1];
      if (last === undefined || last < from || last > to || f.toc?.kind !== 'value') continue;
      out.push({ position: end(last), label: `r2 = 0x${hex16(f.toc.value)}`, kind: 'toc', tooltip: `TOC of ${f.name}` });
    }
  }
  if (options.branchTargets && snapshot.language === 'ppc64asm') {
    for (const c of snapshot.calls) {
      if (c.line < from || c.line > to || !c.target || lines.line(c.line).includes(c.target)) continue;
      out.push({ position: end(c.line), label: `→ ${c.target}${c.offset ? `+0x${c.offset.toString(16)}` : ''}`, kind: 'target', tooltip: `${c.kind} call` });
    }
  }
  if (options.pairValues) out.push(...pairHints(snapshot, lines, from, to));
  return out.sort((a, b) => a.position.line - b.position.line);
}

interface Written {
  line: number;
  address: bigint;
  word: number;
  relocated: boolean;
}

/** The instructions of lines `from`..`to` with their words (single-word ones only). */
function instructionsIn(snapshot: Snapshot, lines: LineIndex, from: number, to: number): Written[] {
  const out: Written[] = [];
  if (snapshot.language === 'ppc64asm') {
    for (const i of snapshot.instructions) {
      if (i.line >= from && i.line <= to && i.words.length === 1) out.push({ line: i.line, address: i.address, word: i.words[0], relocated: i.relocations.length > 0 });
    }
    return out;
  }
  for (let n = from; n <= Math.min(to, lines.count - 1); n++) {
    const insn = listingInstruction(lines.line(n), n);
    if (!insn || insn.bytes.length !== 4) continue;
    const reloc = listingRelocation(lines.line(n + 1));
    out.push({ line: n, address: insn.address, word: wordsOf(insn.bytes, snapshot.bigEndian)[0], relocated: reloc?.address === insn.address });
  }
  return out;
}

const field = (insn: Insn, word: number, name: RegExp) => insn.operands.find((o) => name.test(o.name))?.get(word, 0);

function pairHints(snapshot: Snapshot, lines: LineIndex, from: number, to: number): InlayHint[] {
  // A pair may start a few lines above the range.
  const written = instructionsIn(snapshot, lines, Math.max(0, from - 8), to);
  const symbols = containingSymbol(snapshot);
  const tocAt = (address: bigint) => snapshot.functions.find((f) => f.toc?.kind === 'value' && address >= f.globalEntry && (f.size === undefined || address < f.globalEntry + f.size))?.toc;
  const out: InlayHint[] = [];
  written.forEach((high, k) => {
    const hi = lookupWord(high.word);
    if (!hi || (hi.mnemonic !== 'addis' && hi.mnemonic !== 'lis') || high.relocated) return;
    const rt = field(hi, high.word, /^RT$/)!;
    const ra = hi.mnemonic === 'lis' ? 0 : field(hi, high.word, /^RA0?$/)!;
    const upper = BigInt(field(hi, high.word, /^SI$/)!) << 16n;
    for (const low of written.slice(k + 1, k + 5)) {
      const lo = lookupWord(low.word);
      if (!lo) return;
      const base = field(lo, low.word, /^RA0?$/);
      const target = field(lo, low.word, /^R[TS]$/);
      const imm = field(lo, low.word, /^(SI|D|DS|UI)$/);
      const memory = effectsOf(lo).memory;
      const combines = base === rt && imm !== undefined && (lo.mnemonic === 'addi' || lo.mnemonic === 'ori' || !!memory);
      if (combines && !low.relocated && low.line >= from) {
        const offset = lo.mnemonic === 'ori' ? upper | BigInt(imm) : upper + BigInt(imm);
        out.push({ position: { line: low.line, column: lines.line(low.line).length }, label: pairValue(ra, offset, tocAt(high.address), symbols), kind: 'pair', tooltip: `${hi.mnemonic} at line ${high.line + 1} with ${lo.mnemonic}${memory ? ' (effective address)' : ''}` });
        return;
      }
      // The register is written over, or read by something else first: no pair.
      if (target === rt || combines) return;
    }
  });
  return out;
}

function pairValue(ra: number, offset: bigint, toc: Snapshot['functions'][number]['toc'], symbols: (value: bigint) => string | undefined): string {
  let value: bigint | undefined;
  if (ra === 0) value = BigInt.asUintN(64, offset);
  else if (ra === 2 && toc?.kind === 'value') value = addAddress(toc.value, offset);
  if (value === undefined) return `= r${ra} ${offset < 0n ? '- ' : '+ '}0x${(offset < 0n ? -offset : offset).toString(16)}`;
  const name = symbols(value);
  return name ? `= 0x${hex16(value)} <${name}>` : `= 0x${value.toString(16)}`;
}

/** The symbol whose extent holds an address, objdump-style (`sym+0x10`); only in linked code, where values are addresses. */
function containingSymbol(snapshot: Snapshot): (value: bigint) => string | undefined {
  if (snapshot.objectKind === 'relocatable' || snapshot.objectKind === 'module') return () => undefined;
  const sized = snapshot.symbols.filter((s) => s.section !== 'undefined' && s.section !== 'absolute' && s.type !== 'section' && s.type !== 'file' && s.size);
  const size = new Map(sized.map((s) => [s.name, s.size!]));
  const nearest = nearestSymbol(sized);
  return (value) => {
    const name = nearest(value);
    const [base, offset] = (name ?? '').split('+0x');
    return name && BigInt('0x' + (offset ?? '0')) < (size.get(base) ?? 0n) ? name : undefined;
  };
}
