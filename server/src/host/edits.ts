// Text changes as the host keeps them: applied to the document's text, and remembered as
// moves of positions, so that answers from an older snapshot land where the text is now.
import { offsetAt, positionAt } from '../parse/document';
import type { TextChange } from '../parse/document';
import type { Position } from '../parse/syntax';
import type { TextRange } from './snapshot';

export type { TextChange };

/** One change as a move: text in [start, oldEnd) became text in [start, newEnd). */
export interface Move {
  start: Position;
  oldEnd: Position;
  newEnd: Position;
  /** A whole-document replacement: nothing maps across it. */
  whole?: boolean;
}

/**
 * A document's text as lines, so that an edit of a million-line listing costs a splice of
 * its line array, not a copy of 30 MB of text; joined only when the whole is needed.
 */
export class TextBuffer {
  private lines: string[];
  private joined: string | undefined;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.joined = text;
  }

  get text(): string {
    return (this.joined ??= this.lines.join('\n'));
  }

  line(n: number): string {
    return this.lines[n] ?? '';
  }

  /** Applies changes in order (positions clamped as offsetAt clamps them); returns their moves. */
  apply(changes: readonly TextChange[]): Move[] {
    const moves: Move[] = [];
    for (const change of changes) {
      this.joined = undefined;
      if (!change.range) {
        this.lines = change.text.split('\n');
        this.joined = change.text;
        const origin = { line: 0, column: 0 };
        moves.push({ start: origin, oldEnd: origin, newEnd: origin, whole: true });
        continue;
      }
      const start = this.clamp(change.range.start);
      const end = this.clamp(change.range.end);
      if (end.line < start.line || (end.line === start.line && end.column < start.column)) Object.assign(end, start);
      const before = this.lines[start.line].slice(0, start.column);
      const after = this.lines[end.line].slice(end.column);
      const inserted = (before + change.text + after).split('\n');
      const count = end.line - start.line + 1;
      if (inserted.length < 10_000) this.lines.splice(start.line, count, ...inserted);
      else this.lines = this.lines.slice(0, start.line).concat(inserted, this.lines.slice(end.line + 1));
      const last = start.line + inserted.length - 1;
      moves.push({ start, oldEnd: end, newEnd: { line: last, column: inserted[inserted.length - 1].length - after.length } });
    }
    return moves;
  }

  private clamp(p: Position): Position {
    if (p.line >= this.lines.length) {
      const line = this.lines.length - 1;
      return { line, column: this.lines[line].length };
    }
    return { line: p.line, column: Math.min(p.column, this.lines[p.line].length) };
  }
}

/** Applies changes in order; returns the new text and the moves they make. */
export function applyChanges(text: string, changes: readonly TextChange[]): { text: string; moves: Move[] } {
  const moves: Move[] = [];
  for (const change of changes) {
    if (!change.range) {
      text = change.text;
      const origin = { line: 0, column: 0 };
      moves.push({ start: origin, oldEnd: origin, newEnd: origin, whole: true });
      continue;
    }
    const start = offsetAt(text, change.range.start);
    const end = Math.max(start, offsetAt(text, change.range.end));
    // Where the clamped offsets are, so moves agree with what was replaced.
    const startPos = positionAt(text, start);
    const oldEnd = positionAt(text, end);
    text = text.slice(0, start) + change.text + text.slice(end);
    moves.push({ start: startPos, oldEnd, newEnd: endOf(startPos, change.text) });
  }
  return { text, moves };
}

/**
 * Several changes as one: the span between the first and the last character they changed,
 * and its new text. A parse tree takes one edit at the cost of many (each edit of a tree
 * whose root holds a million lines walks all of them).
 */
export function collapseChanges(text: string, changes: readonly TextChange[]): TextChange[] {
  if (changes.length < 2 || changes.some((c) => !c.range)) return [...changes];
  const after = applyChanges(text, changes).text;
  let prefix = 0;
  const shortest = Math.min(text.length, after.length);
  while (prefix < shortest && text.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && text.charCodeAt(text.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return [{ range: { start: positionAt(text, prefix), end: positionAt(text, text.length - suffix) }, text: after.slice(prefix, after.length - suffix) }];
}

function endOf(start: Position, inserted: string): Position {
  const last = inserted.lastIndexOf('\n');
  if (last < 0) return { line: start.line, column: start.column + inserted.length };
  let lines = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) lines++;
  return { line: start.line + lines, column: inserted.length - last - 1 };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function shift(p: Position, from: Position, to: Position): Position {
  if (p.line === from.line) return { line: to.line, column: to.column + (p.column - from.column) };
  return { line: p.line + (to.line - from.line), column: p.column };
}

/** Where a position of the older text is after the moves; undefined inside replaced text. */
export function mapForward(p: Position, moves: readonly Move[]): Position | undefined {
  let at: Position = p;
  for (const m of moves) {
    if (m.whole) return undefined;
    if (before(at, m.start) || (at.line === m.start.line && at.column === m.start.column)) continue;
    if (before(at, m.oldEnd)) return undefined;
    at = shift(at, m.oldEnd, m.newEnd);
  }
  return at;
}

/** Where a position of the newer text was before the moves; undefined inside inserted text. */
export function mapBack(p: Position, moves: readonly Move[]): Position | undefined {
  let at: Position = p;
  for (let i = moves.length - 1; i >= 0; i--) {
    const m = moves[i];
    if (m.whole) return undefined;
    if (before(at, m.start) || (at.line === m.start.line && at.column === m.start.column)) continue;
    if (before(at, m.newEnd)) return undefined;
    at = shift(at, m.newEnd, m.oldEnd);
  }
  return at;
}

export function mapRangeForward(r: TextRange, moves: readonly Move[]): TextRange | undefined {
  if (moves.length === 0) return r;
  const start = mapForward(r.start, moves);
  const end = mapForward(r.end, moves);
  return start && end ? { start, end } : undefined;
}
