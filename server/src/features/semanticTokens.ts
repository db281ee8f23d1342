// Semantic colouring: registers by their ELFv2 role (stack r1, TOC r2, arguments r3-r10,
// other volatile, non-volatile), mnemonics, directives, macros, labels and functions,
// symbols, relocation operators (`@toc@ha`); lines in a skipped `#if` group are one
// `comment` token with the `inactive` modifier (LSP has no inactive type; clangd marks them
// as comments too).
import { TOKEN_CLASSES, type Snapshot } from '../host/snapshot';
import type { LineIndex } from '../host/lines';

export const TOKEN_TYPES = ['mnemonic', 'directive', 'macro', 'register', 'label', 'function', 'variable', 'operator', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'stack', 'toc', 'argument', 'volatile', 'nonVolatile', 'inactive'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

const TYPE = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;
const MODIFIER = Object.fromEntries(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i])) as Record<TokenModifier, number>;
const CLASS = Object.fromEntries(TOKEN_CLASSES.map((c, i) => [c, i])) as Record<(typeof TOKEN_CLASSES)[number], number>;

/** Per token five numbers: line, column, length, index into TOKEN_TYPES, bits of TOKEN_MODIFIERS; in document order. */
export type SemanticTokens = number[];

/** The role of a register, as the ELFv2 ABI and the kernel use it. */
export function registerRole(name: string): TokenModifier | undefined {
  const m = /^%?r(\d+)$/.exec(name);
  if (!m) return /^%?(?:lr|ctr|xer|cr[0-1]|cr[5-7]|f(?:[0-9]|1[0-3])|v(?:1?\d))$/.test(name) ? 'volatile' : /^%?(?:cr[2-4]|f(?:1[4-9]|2\d|3[01])|v(?:2\d|3[01]))$/.test(name) ? 'nonVolatile' : undefined;
  const n = Number(m[1]);
  if (n === 1) return 'stack';
  if (n === 2) return 'toc';
  if (n >= 3 && n <= 10) return 'argument';
  // r13 is the paca (kernel) or thread pointer: never touched as a scratch register.
  if (n === 0 || n === 11 || n === 12) return 'volatile';
  return 'nonVolatile';
}

interface Names {
  functions: Set<string>;
  labels: Set<string>;
  macros: Set<string>;
  /** GNU as macros: their calls parse as instructions. */
  asMacros: Set<string>;
}

const namesOf = new WeakMap<Snapshot, Names>();

function names(snapshot: Snapshot): Names {
  let n = namesOf.get(snapshot);
  if (!n) {
    n = {
      functions: new Set(snapshot.functions.map((f) => f.name)),
      labels: new Set(snapshot.definitions.filter((d) => d.kind === 'label').map((d) => d.name)),
      macros: new Set(snapshot.macros.map((m) => m.name)),
      asMacros: new Set(snapshot.macros.filter((m) => m.kind === 'as').map((m) => m.name.toLowerCase())),
    };
    namesOf.set(snapshot, n);
  }
  return n;
}

/** The tokens of lines `from` to `to` (inclusive) of the snapshot's text. */
export function semanticTokens(snapshot: Snapshot, lines: LineIndex, from = 0, to = Number.MAX_SAFE_INTEGER): SemanticTokens {
  const { functions, labels, macros, asMacros } = names(snapshot);
  const inactive = snapshot.inactive;
  const out: number[] = [];
  let region = 0;
  const skipped = (line: number) => {
    while (region < inactive.length && inactive[region + 1] < line) region += 2;
    return region < inactive.length && inactive[region] <= line;
  };
  // A C macro or GNU as macro at a statement's head parses as an instruction.
  const isMacroCall = (name: string) => macros.has(name) || asMacros.has(name.toLowerCase());
  let nextLine = from;
  /** Inactive lines before `line` get their comment token first. */
  const flushInactive = (line: number) => {
    for (; nextLine < line; nextLine++) {
      if (!skipped(nextLine)) continue;
      const text = lines.line(nextLine);
      if (text.length) out.push(nextLine, 0, text.length, TYPE.comment, MODIFIER.inactive);
    }
  };
  const t = snapshot.tokens;
  let i = firstTokenAt(t, from);
  for (; i < t.length / 4; i++) {
    const line = t[i * 4];
    if (line > to) break;
    if (line >= nextLine) flushInactive(line);
    if (skipped(line)) continue;
    nextLine = line + 1;
    const column = t[i * 4 + 1];
    const length = t[i * 4 + 2];
    const cls = t[i * 4 + 3];
    let type: TokenType;
    let modifiers = 0;
    switch (cls) {
      case CLASS.mnemonic:
        type = isMacroCall(lines.line(line).slice(column, column + length)) ? 'macro' : 'mnemonic';
        break;
      case CLASS.directive: type = 'directive'; break;
      case CLASS.macro: type = 'macro'; break;
      case CLASS.relocation: type = 'operator'; break;
      case CLASS.register: {
        type = 'register';
        const role = registerRole(lines.line(line).slice(column, column + length).toLowerCase());
        if (role) modifiers = MODIFIER[role];
        break;
      }
      case CLASS.label: {
        const name = lines.line(line).slice(column, column + length);
        type = functions.has(name) ? 'function' : 'label';
        modifiers = MODIFIER.declaration;
        break;
      }
      default: {
        const name = lines.line(line).slice(column, column + length);
        type = functions.has(name) ? 'function' : labels.has(name) || /^\d+[bf]$/.test(name) ? 'label' : macros.has(name) ? 'macro' : 'variable';
      }
    }
    out.push(line, column, length, TYPE[type], modifiers);
  }
  flushInactive(Math.min(to + 1, lines.count));
  return out;
}

/** The first token on or after `line` (tokens are in document order). */
function firstTokenAt(t: Int32Array, line: number): number {
  let lo = 0;
  let hi = t.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid * 4] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
