// Reading assembler input the way GNU as's input scrubber does for PowerPC: `/* */` and `#`
// comments go, `;` separates statements, and blanks survive only after the first word and
// between two symbol characters (so `m 1 + 2, 3` passes the macro `1+2` and `3`).
import type { Origin } from './diagnostics';
import { readEscape } from './expression';

export interface Statement {
  text: string;
  origin: Origin;
}

const isSymbolChar = (c: string | undefined): boolean => c !== undefined && c !== '' && /[A-Za-z0-9_.$\\@]/.test(c);
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\r' || c === '\v';

/** Blanks out `/* *\/` comments, keeping newlines so that lines keep their numbers. */
export function stripBlockComments(text: string): { text: string; unterminatedAt?: number } {
  if (!text.includes('/*')) return { text };
  let out = '';
  let i = 0;
  let quote = '';
  while (i < text.length) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === quote || c === '\n') quote = '';
      i++;
    } else if (c === '"') {
      quote = c;
      out += c;
      i++;
    } else if (c === '#') {
      // A line comment hides any `/*` after it.
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      if (end < 0) return { text: out, unterminatedAt: i };
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out };
}

/** One physical line into its statements, each scrubbed, with the column where it starts. */
export function splitStatements(line: string): { text: string; column: number }[] {
  const out: { text: string; column: number }[] = [];
  let start = 0;
  let quote = '';
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"') {
      quote = c;
      continue;
    }
    if (c === "'") {
      // A character constant: `'#` or `';` is no comment or separator.
      i += line[i + 1] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '#' || c === ';' || c === undefined) {
      const text = scrub(line.slice(start, i));
      if (text) out.push({ text, column: start + (line.slice(start).length - line.slice(start).trimStart().length) });
      if (c !== ';') break;
      start = i + 1;
    }
  }
  return out;
}

/**
 * Collapses blanks the way the scrubber does, leaving quoted strings alone. Pieces are collected
 * and joined once, and the last character kept aside: a statement of megabytes (a long macro
 * expansion) is scrubbed in linear time.
 */
export function scrub(statement: string): string {
  const pieces: string[] = [];
  let last = '';
  const put = (piece: string) => {
    if (!piece) return;
    pieces.push(piece);
    last = piece[piece.length - 1];
  };
  let i = 0;
  const n = statement.length;
  while (i < n && isBlank(statement[i])) i++;
  // Labels, then the first word keeps one blank after it.
  let firstWordDone = false;
  while (i < n) {
    const c = statement[i];
    if (c === '"') {
      let j = i + 1;
      while (j < n && statement[j] !== '"') j += statement[j] === '\\' ? 2 : 1;
      put(statement.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === "'") {
      const len = statement[i + 1] === '\\' ? 3 : 2;
      put(statement.slice(i, i + len));
      i += len;
      continue;
    }
    if (isBlank(c)) {
      while (i < n && isBlank(statement[i])) i++;
      if (i >= n) break;
      const next = statement[i];
      if (!firstWordDone && last !== ':') {
        firstWordDone = true;
        put(' ');
      } else if ((isSymbolChar(last) || last === '"') && (isSymbolChar(next) || next === '"' || next === "'")) {
        put(' ');
      }
      continue;
    }
    if (c === ':' && !firstWordDone) {
      // `label:` ends a label; the statement after it starts afresh.
      put(c);
      i++;
      while (i < n && isBlank(statement[i])) i++;
      continue;
    }
    // A run of ordinary characters is copied whole.
    let j = i + 1;
    while (j < n && !isBlank(statement[j]) && statement[j] !== '"' && statement[j] !== "'" && statement[j] !== ':') j++;
    put(statement.slice(i, j));
    i = j;
  }
  return pieces.join('');
}

/** Splits operands at top-level commas (not inside parentheses or quotes). */
export function splitOperands(text: string): string[] {
  if (text.trim() === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"') quote = c;
    else if (c === "'") i += text[i + 1] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** A GAS string literal's bytes: the escapes of character constants, UTF-8 for the rest. */
export function parseString(text: string, at: number): { bytes: number[]; end: number } | undefined {
  if (text[at] !== '"') return undefined;
  const bytes: number[] = [];
  let i = at + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') {
      const [byte, next] = readEscape(text, i + 1);
      bytes.push(byte);
      i = next;
    } else {
      const code = text.codePointAt(i)!;
      for (const b of Buffer.from(String.fromCodePoint(code), 'utf8')) bytes.push(b);
      i += code > 0xffff ? 2 : 1;
    }
  }
  if (text[i] !== '"') return undefined;
  return { bytes, end: i + 1 };
}
