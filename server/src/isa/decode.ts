// Fast decoding: the table indexed by primary opcode, then by the bits every row of that
// primary opcode fixes (its extended opcode), keeping table order inside each bucket.

import { TABLE, type Insn, type DerivedKind } from './table.js';

interface Bucket {
  keyMask: number;
  byKey: Map<number, Insn[]>;
}

function hasValidity(k: unknown): k is DerivedKind {
  return typeof (k as DerivedKind).valid === 'function';
}

function buildIndex(rows: readonly Insn[], prefixed: boolean): Bucket[] {
  const buckets: Bucket[] = [];
  for (let primary = 0; primary < 64; primary++) {
    const mine = rows.filter((r) => (r.prefixMask !== 0) === prefixed && (prefixed ? r.mask === 0 || r.opcode >>> 26 === primary : r.opcode >>> 26 === primary));
    const keyMask = mine.reduce((m, r) => (m & r.mask) >>> 0, 0xffffffff);
    const byKey = new Map<number, Insn[]>();
    for (const r of mine) {
      const key = (r.opcode & keyMask) >>> 0;
      const list = byKey.get(key) ?? [];
      list.push(r);
      byKey.set(key, list);
    }
    buckets.push({ keyMask, byKey });
  }
  return buckets;
}

const WORD_INDEX = buildIndex(TABLE, false);
const PREFIX_INDEX = buildIndex(TABLE, true);

function operandsValid(insn: Insn, word: number, prefix: number): boolean {
  for (const k of insn.operands) if (hasValidity(k) && !k.valid(word, prefix)) return false;
  return true;
}

/** The table row naming a 32-bit word, or undefined when objdump would print `.long`. */
export function lookupWord(word: number): Insn | undefined {
  const bucket = WORD_INDEX[word >>> 26];
  const list = bucket.byKey.get((word & bucket.keyMask) >>> 0);
  if (!list) return undefined;
  for (const insn of list) if (((word & insn.mask) >>> 0) === insn.opcode && operandsValid(insn, word, 0)) return insn;
  return undefined;
}

/** The row naming a prefixed instruction (prefix word then suffix word). */
export function lookupPrefixed(prefix: number, suffix: number): Insn | undefined {
  for (const bucket of [PREFIX_INDEX[suffix >>> 26]]) {
    for (const list of bucket.byKey.values()) {
      for (const insn of list) {
        if (((prefix & insn.prefixMask) >>> 0) === insn.prefixOpcode && ((suffix & insn.mask) >>> 0) === insn.opcode && operandsValid(insn, suffix, prefix)) return insn;
      }
    }
  }
  return undefined;
}
