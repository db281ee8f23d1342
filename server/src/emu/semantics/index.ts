// Every instruction family's semantics, by key (the base table entry's name without its
// variant suffixes; see resolve.ts).

import { ARITH } from './arith.js';
import { BRANCHES } from './branch.js';
import { COMPARES, comparePattern } from './compare.js';
import type { Factory, Pattern } from './context.js';
import { CR_OPS } from './cr.js';
import { loadStorePattern } from './loadstore.js';
import { LOGICAL } from './logical.js';
import { ROTATE } from './rotate.js';
import { SYSTEM } from './system.js';
import { VECTOR } from './vector.js';

const BY_KEY: Record<string, Factory> = { ...ARITH, ...LOGICAL, ...ROTATE, ...COMPARES, ...BRANCHES, ...CR_OPS, ...SYSTEM, ...VECTOR };
const PATTERNS: Pattern[] = [comparePattern, loadStorePattern];

export function semanticsFor(key: string): Factory | undefined {
  if (Object.hasOwn(BY_KEY, key)) return BY_KEY[key];
  for (const p of PATTERNS) {
    const f = p(key);
    if (f) return f;
  }
  return undefined;
}
