// Fast decoding: a decision tree over the table. Each node splits its rows by the bits they all
// fix and that no ancestor has tested yet, so a word follows one path to a short list of rows,
// still in table order (the first valid match names the word, as in objdump).

import { TABLE, type Insn } from './table.js';

interface Node {
  /** Bits tested at this node; 0 for a leaf. */
  keyMask: number;
  children: Map<number, Node>;
  /** Rows left to try in order, at a leaf. */
  rows: Insn[];
}

const LEAF_SIZE = 3;

function buildNode(rows: Insn[], tested: number): Node {
  const common = rows.reduce((m, r) => (m & r.mask) >>> 0, 0xffffffff);
  const keyMask = (common & ~tested) >>> 0;
  if (rows.length <= LEAF_SIZE || keyMask === 0) return { keyMask: 0, children: new Map(), rows };
  const groups = new Map<number, Insn[]>();
  for (const r of rows) {
    const key = (r.opcode & keyMask) >>> 0;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const children = new Map<number, Node>();
  for (const [key, list] of groups) children.set(key, buildNode(list, (tested | keyMask) >>> 0));
  return { keyMask, children, rows: [] };
}

function operandsValid(insn: Insn, word: number, prefix: number): boolean {
  for (const k of insn.operands) if (k.valid && !k.valid(word, prefix)) return false;
  return true;
}

function search(node: Node, word: number): Insn | undefined {
  while (node.keyMask !== 0) {
    const next = node.children.get((word & node.keyMask) >>> 0);
    if (!next) return undefined;
    node = next;
  }
  for (const insn of node.rows) if (((word & insn.mask) >>> 0) === insn.opcode && operandsValid(insn, word, 0)) return insn;
  return undefined;
}

const decodable = TABLE.filter((r) => !r.asOnly);
const WORD_TREE = buildNode(decodable.filter((r) => r.prefixMask === 0 && !r.fallback), 0);
const FALLBACK_TREE = buildNode(decodable.filter((r) => r.prefixMask === 0 && r.fallback), 0);
/** Prefixed rows by prefix type (bits 6..7 of the prefix word). */
const PREFIXED = [0, 1, 2, 3].map((type) => decodable.filter((r) => r.prefixMask !== 0 && ((r.prefixOpcode >>> 24) & 3) === type));

/** The table row naming a 32-bit word, or undefined when objdump would print `.long`. */
export function lookupWord(word: number): Insn | undefined {
  return search(WORD_TREE, word) ?? search(FALLBACK_TREE, word);
}

/** The row naming a prefixed instruction (prefix word then suffix word). */
export function lookupPrefixed(prefix: number, suffix: number): Insn | undefined {
  for (const insn of PREFIXED[(prefix >>> 24) & 3]) {
    if (((prefix & insn.prefixMask) >>> 0) === insn.prefixOpcode && ((suffix & insn.mask) >>> 0) === insn.opcode && operandsValid(insn, suffix, prefix)) return insn;
  }
  return undefined;
}
