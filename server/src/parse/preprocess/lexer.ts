// Preprocessing tokens as gcc's cpp lexes them for `-x assembler-with-cpp`: C comments
// are removed, an unbalanced quote swallows the rest of its line as one "other" token
// instead of failing (apostrophes in assembly comments), `$` joins identifiers, and
// pp-numbers take no `p+` exponent (so `0x1e+FOO` is one token, as in gcc).

export type TokenKind =
  | 'name'
  | 'number'
  | 'char'
  | 'string'
  /** A punctuator; `text` tells which. `#` and `##` have their own kinds. */
  | 'punct'
  | 'hash'
  | 'paste'
  /** Anything else: `@`, `\`, a stray byte, or an unterminated quote and the rest of its line. */
  | 'other'
  /** A parameter in a macro body; `arg` is its index. */
  | 'macro-arg'
  /** Spacing hint inside expansions, as cpp's padding tokens: never printed. */
  | 'padding'
  | 'eof';

/**
 * Token flag bits. Other modules copy them into local constants: property reads through a
 * module namespace cost a call each in the per-token loops.
 */
export const TokenFlag = {
  PREV_WHITE: 1,
  /** First token of a logical line. */
  BOL: 2,
  /** A macro name seen while that macro was disabled: it never expands again ("painted blue"). */
  NO_EXPAND: 4,
  /** Left operand of `##`. */
  PASTE_LEFT: 8,
  /** A macro parameter preceded by `#`. */
  STRINGIFY_ARG: 16,
} as const;

const { PREV_WHITE, BOL } = TokenFlag;

/** A preprocessing token. One class keeps every token the same shape for the engine. */
export class Token {
  constructor(
    public kind: TokenKind,
    public text: string,
    public flags: number,
    /** Index of the file in the preprocessor's file table, and 0-based position of the spelling. */
    public file: number,
    public line: number,
    public column: number,
    /** Macro expansion that produced the token (index into the expansion table), or -1. */
    public expansion: number,
    /** macro-arg: parameter index. */
    public arg = -1,
    /** padding: the token whose whitespace decides the spacing, or null. */
    public source: Token | null = null,
  ) {}

  withFlags(flags: number): Token {
    return new Token(this.kind, this.text, flags, this.file, this.line, this.column, this.expansion, this.arg, this.source);
  }

  withExpansion(expansion: number): Token {
    return new Token(this.kind, this.text, this.flags, this.file, this.line, this.column, expansion, this.arg, this.source);
  }
}

export interface LexProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

const CH_NL = 10;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 0;
}

/** Punctuators by first character, longest first. No digraphs: assembler mode has none. */
const PUNCTUATORS: Record<string, string[]> = {
  '.': ['...', '.'],
  '-': ['->', '--', '-=', '-'],
  '+': ['++', '+=', '+'],
  '&': ['&&', '&=', '&'],
  '|': ['||', '|=', '|'],
  '<': ['<<=', '<<', '<=', '<'],
  '>': ['>>=', '>>', '>=', '>'],
  '=': ['==', '='],
  '!': ['!=', '!'],
  '*': ['*=', '*'],
  '/': ['/=', '/'],
  '%': ['%=', '%'],
  '^': ['^=', '^'],
  '~': ['~'],
  '?': ['?'],
  ':': [':'],
  ';': [';'],
  ',': [','],
  '(': ['('],
  ')': [')'],
  '[': ['['],
  ']': [']'],
  '{': ['{'],
  '}': ['}'],
};

/**
 * Splits one file into logical lines of tokens. Backslash-newlines are spliced out first;
 * positions are mapped back to physical lines and columns through the splice table.
 */
export class Lexer {
  readonly problems: LexProblem[] = [];
  /** Number of physical lines, for the one-output-line-per-source-line layout. */
  readonly physicalLines: number;
  private readonly text: string;
  /** Start offset, in the spliced text, of every physical line. */
  private readonly lineStarts: number[];
  private pos = 0;
  private lineIndex = 0;
  private nulReported = -1;

  constructor(source: string, private readonly file: number) {
    let text = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
    this.physicalLines = text.length === 0 ? 0 : countNewlines(text) + (text.endsWith('\n') ? 0 : 1);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    if (text.indexOf('\\') >= 0) {
      // gcc also splices a backslash followed by blanks before the newline. Each physical
      // line start moves left by what the splices before it removed.
      const parts: string[] = [];
      let removed = 0;
      let start = 0;
      let line = 0;
      const splice = /\\[ \t\f\v]*\n/g;
      for (let m = splice.exec(text); m; m = splice.exec(text)) {
        const after = m.index + m[0].length;
        while (line < lineStarts.length && lineStarts[line] < after) lineStarts[line++] -= removed;
        parts.push(text.slice(start, m.index));
        removed += m[0].length;
        start = after;
      }
      while (line < lineStarts.length) lineStarts[line++] -= removed;
      parts.push(text.slice(start));
      text = parts.join('');
    }
    this.text = text;
    this.lineStarts = lineStarts;
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The logical line's tokens (possibly none), or null at end of file. */
  nextLine(): Token[] | null {
    const text = this.text;
    if (this.pos >= text.length) return null;
    const tokens: Token[] = [];
    let flags: number = BOL;
    for (;;) {
      let c = text.charCodeAt(this.pos);
      if (this.pos >= text.length) return tokens;
      if (c === CH_NL) {
        this.pos++;
        return tokens;
      }
      if (isSpace(c)) {
        if (c === 0) this.reportNul();
        this.pos++;
        flags |= PREV_WHITE;
        continue;
      }
      if (c === 47 /* / */) {
        const next = text.charCodeAt(this.pos + 1);
        if (next === 47) {
          const end = text.indexOf('\n', this.pos);
          this.pos = end < 0 ? text.length : end;
          flags |= PREV_WHITE;
          continue;
        }
        if (next === 42 /* * */) {
          const end = text.indexOf('*/', this.pos + 2);
          if (end < 0) {
            this.problem(this.pos, 'error', 'unterminated-comment', 'unterminated comment');
            this.pos = text.length;
            return tokens;
          }
          this.pos = end + 2;
          flags |= PREV_WHITE;
          continue;
        }
      }
      const start = this.pos;
      let kind: TokenKind;
      if (isIdentStart(c)) {
        let end = start + 1;
        while (end < text.length && isIdentChar(text.charCodeAt(end))) end++;
        c = text.charCodeAt(end);
        if ((c === 39 || c === 34) && end === start + 1 && text.charCodeAt(start) === 76 /* L */) {
          kind = this.lexQuoted(end);
        } else {
          this.pos = end;
          kind = 'name';
        }
      } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(start + 1)))) {
        let end = start + 1;
        for (; end < text.length; end++) {
          const d = text.charCodeAt(end);
          if (isIdentChar(d) || d === 46) continue;
          if ((d === 43 || d === 45) && (text.charCodeAt(end - 1) | 32) === 101 /* e */) continue;
          break;
        }
        this.pos = end;
        kind = 'number';
      } else if (c === 39 || c === 34) {
        kind = this.lexQuoted(start);
      } else if (c === 35 /* # */) {
        const paste = text.charCodeAt(start + 1) === 35;
        this.pos = start + (paste ? 2 : 1);
        kind = paste ? 'paste' : 'hash';
      } else {
        const candidates = PUNCTUATORS[text[start]];
        kind = 'other';
        this.pos = start + 1;
        if (candidates) {
          for (const p of candidates) {
            if (text.startsWith(p, start)) {
              this.pos = start + p.length;
              kind = 'punct';
              break;
            }
          }
        }
      }
      const line = this.lineAt(start);
      tokens.push(new Token(kind, text.slice(start, this.pos), flags, this.file, line, start - this.lineStarts[line], -1));
      flags = 0;
    }
  }

  /** Lexes `'…'` or `"…"` (maybe after an `L`) whose quote is at `quote`; unterminated, it runs to end of line. */
  private lexQuoted(quote: number): TokenKind {
    const text = this.text;
    const terminator = text.charCodeAt(quote);
    let i = quote + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */ && text.charCodeAt(i + 1) !== CH_NL) {
        i++;
      } else if (c === terminator) {
        this.pos = i + 1;
        return terminator === 34 ? 'string' : 'char';
      } else if (c === CH_NL) {
        break;
      }
    }
    this.pos = i;
    return 'other';
  }

  private lineAt(offset: number): number {
    const starts = this.lineStarts;
    let i = this.lineIndex;
    if (starts[i] > offset) i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    this.lineIndex = i;
    return i;
  }

  private reportNul(): void {
    const line = this.lineAt(this.pos);
    if (line === this.nulReported) return;
    this.nulReported = line;
    this.problem(this.pos, 'warning', 'null-character', 'null character(s) ignored');
  }

  private problem(offset: number, severity: 'error' | 'warning', code: string, message: string): void {
    const line = this.lineAt(offset);
    this.problems.push({ line, column: offset - this.lineStarts[line], severity, code, message });
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Lexes a short string (a `##` result) into tokens; all get the given position. */
export function lexFragment(text: string, at: Pick<Token, 'file' | 'line' | 'column' | 'expansion'>): Token[] {
  const lexer = new Lexer(text, at.file);
  const tokens = lexer.nextLine() ?? [];
  if (!lexer.atEnd || lexer.problems.length > 0) return [];
  for (const t of tokens) {
    t.line = at.line;
    t.column = at.column;
    t.expansion = at.expansion;
    t.flags &= ~(BOL | PREV_WHITE);
  }
  return tokens;
}
