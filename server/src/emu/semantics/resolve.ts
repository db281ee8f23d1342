// From a decoded table entry to the semantics that run it. An extended mnemonic (li, mr,
// srdi, blr, mflr, ...) runs its base instruction's semantics with the base entry's operand
// fields read from the same word; the base is the most general table entry of the same form
// that fixes a subset of the entry's bits and agrees with them. The variant flags [o] [.] [l] [a] and the
// branch hints +/- are then stripped from the base's name, each one only where the table holds
// the twin entry without it, differing in that single bit: the key that is left names the
// semantics (add for addo., bc for bcla+).

import { TABLE, type Insn } from '../../isa/table.js';

export interface Resolved {
  base: Insn;
  key: string;
  rc: boolean;
  oe: boolean;
  lk: boolean;
  aa: boolean;
}

const decodable = TABLE.filter((r) => !r.asOnly);

function popcount(x: number): number {
  let n = 0;
  for (x >>>= 0; x; x = (x & (x - 1)) >>> 0) n++;
  return n;
}

/**
 * Whether b could be e's base: same form, same processor generation (an older processor's
 * instruction in the same encoding space is not a base), fixing a subset of e's bits.
 */
const fixes = (b: Insn, e: Insn): boolean =>
  b.form === e.form && b.fallback === e.fallback
  && ((e.opcode & b.mask) >>> 0) === b.opcode && ((b.mask & ~e.mask) >>> 0) === 0
  && ((e.prefixOpcode & b.prefixMask) >>> 0) === b.prefixOpcode && ((b.prefixMask & ~e.prefixMask) >>> 0) === 0
  && (b.prefixMask === 0) === (e.prefixMask === 0);

function baseOf(e: Insn): Insn {
  let best = e;
  let bestBits = popcount(e.mask) + popcount(e.prefixMask);
  for (const b of decodable) {
    if (!fixes(b, e)) continue;
    const bits = popcount(b.mask) + popcount(b.prefixMask);
    // Equal masks (mr and or): the later row is the base, as extended mnemonics come first,
    // but never an older processor's spelling (POWER's lu for lwzu) over a current one.
    if (bits < bestBits || (bits === bestBits && (!b.fallback || best.fallback))) {
      best = b;
      bestBits = bits;
    }
  }
  return best;
}

const unhinted = (name: string) => name.replace(/[+-]$/, '');

/** Entries by name without branch hint, for the twin look-ups. */
const byName = new Map<string, Insn[]>();
for (const r of decodable) {
  const list = byName.get(unhinted(r.mnemonic)) ?? [];
  list.push(r);
  byName.set(unhinted(r.mnemonic), list);
}

/** The twin of `e` named `name` less `suffix`: same mask, one opcode bit fewer set. */
function twin(e: Insn, name: string, suffix: string): Insn | undefined {
  if (!name.endsWith(suffix) || name.length === suffix.length) return undefined;
  return (byName.get(name.slice(0, -suffix.length)) ?? []).find((t) => {
    const diff = (t.opcode ^ e.opcode) >>> 0;
    return t.mask === e.mask && t.prefixOpcode === e.prefixOpcode && popcount(diff) === 1 && (e.opcode & diff) !== 0;
  });
}

const resolved = new Map<Insn, Resolved>();

export function resolve(insn: Insn): Resolved {
  let r = resolved.get(insn);
  if (r) return r;
  const base = baseOf(insn);
  let key = unhinted(base.mnemonic);
  let entry = base;
  const flags = { rc: false, oe: false, lk: false, aa: false };
  // Variant suffixes come in this order after the stem: [o][.] and [l][a].
  for (const [suffix, flag] of [['.', 'rc'], ['o', 'oe'], ['a', 'aa'], ['l', 'lk']] as const) {
    const t = twin(entry, key, suffix);
    if (t) {
      key = key.slice(0, -1);
      entry = t;
      flags[flag] = true;
    }
  }
  r = { base, key, ...flags };
  resolved.set(insn, r);
  return r;
}

/** Operand values of an entry's operands for a word (and prefix word), by operand kind name. */
export function operandValues(insn: Insn, word: number, prefix: number): Record<string, number> {
  const f: Record<string, number> = {};
  for (const k of insn.operands) f[k.name] = k.get(word, prefix);
  return f;
}

/** Every base entry of the table with its key, for coverage reports. */
export function baseEntries(): Resolved[] {
  const seen = new Set<Insn>();
  const out: Resolved[] = [];
  for (const e of decodable) {
    const r = resolve(e);
    if (!seen.has(r.base)) {
      seen.add(r.base);
      out.push(r);
    }
  }
  return out;
}
