// Macro definitions and their expansion, modelled on gcc's libcpp so that results and
// spacing agree with `gcc -E`: a macro is disabled while its own expansion is being read,
// a name met while its macro is disabled is painted (NO_EXPAND) for good, arguments are
// fully expanded before substitution except next to `#`/`##`, and padding tokens carry
// the whitespace decisions that cpp's printer makes.
import { lexFragment, Token, TokenFlag } from './lexer';

const { NO_EXPAND, PASTE_LEFT, PREV_WHITE, STRINGIFY_ARG } = TokenFlag;

export interface SourcePosition {
  path: string;
  line: number;
  column: number;
}

export interface MacroDefinition {
  name: string;
  functionLike: boolean;
  /** Parameter names; a `...` parameter is named `__VA_ARGS__`, a GNU `args...` keeps its name. */
  params: string[];
  variadic: boolean;
  /** Replacement list; parameters appear as MacroArg tokens. */
  body: Token[];
  /** Where the name was written in `#define`; absent for built-in and command-line macros. */
  location?: SourcePosition;
  /** `__LINE__`, `__FILE__`, ...: computed at each use. */
  builtin?: boolean;
}

/** What the expander needs from the preprocessor around it. */
export interface ExpansionEnvironment {
  macros: Map<string, MacroDefinition>;
  /** Macros whose expansion is being read: they do not expand again. */
  disabled: Set<MacroDefinition>;
  /** Records one expansion for the source map; returns its id. */
  recordExpansion(macro: string, at: Token): number;
  /** Expands a built-in macro; `line` is the line cpp reports for the invocation. */
  builtin(name: string, at: Token, line: number): Token;
  error(at: Token, code: string, message: string): void;
  /**
   * Charges `cost` steps (one per expansion and per substituted token); false once the budget
   * is spent, after which nothing more expands, so runaway macros end with a diagnostic.
   */
  charge(at: Token, cost: number): boolean;
}

/** Where the expander reads unexpanded tokens from: a file (across lines) or one directive line. */
export interface TokenSource {
  /** Next token; an Eof at the end of the line (directives) or file. */
  next(expander: Expander): Token;
  /** Returns a token read one step too far. */
  pushBack(token: Token): void;
}

interface Context {
  tokens: Token[];
  pos: number;
  macro: MacroDefinition | null;
}

interface MacroArgument {
  tokens: Token[];
  expanded?: Token[];
  stringified?: Token;
  /** The variadic argument was left out entirely (`f(a)` for `f(x, ...)`): `, ## args` drops the comma. */
  omitted: boolean;
}

function padding(source: Token | null): Token {
  return new Token('padding', '', 0, -1, 0, 0, -1, -1, source);
}

/** Padding after an expansion or argument: asks the printer to keep neighbours from pasting. */
export const AVOID_PASTE: Token = padding(null);
/** Ends a macro argument while it is pre-expanded. */
const ARGUMENT_END = new Token('eof', '', 0, -1, 0, 0, -1);

export class Expander {
  preventExpansion = 0;
  /** 1 while looking for the `(` after a function-like macro name, 2 while reading its arguments. */
  parsingArgs = 0;
  private readonly contexts: Context[] = [];
  /** Line of the outermost macro invocation, which `__LINE__` inside an expansion reports. */
  private invocationLine = 0;

  constructor(
    private readonly env: ExpansionEnvironment,
    private readonly source: TokenSource,
    /** Directive lines need no padding, and macros in them may not run past the line. */
    private readonly inDirective: boolean,
  ) {}

  /** Next fully macro-expanded token (cpp_get_token). Padding tokens are returned too. */
  next(): Token {
    for (;;) {
      let token: Token;
      const context = this.contexts[this.contexts.length - 1];
      if (!context) {
        token = this.source.next(this);
      } else if (context.pos < context.tokens.length) {
        token = context.tokens[context.pos++];
        if (token.flags & PASTE_LEFT) {
          this.pasteAll(token, context);
          if (this.inDirective) continue;
          return padding(token);
        }
      } else {
        this.popContext();
        if (this.inDirective) continue;
        return AVOID_PASTE;
      }
      if (token.kind !== 'name' || token.flags & NO_EXPAND) return token;
      const macro = this.env.macros.get(token.text);
      if (!macro) return token;
      if (this.env.disabled.has(macro)) return token.withFlags(token.flags | NO_EXPAND);
      if (this.preventExpansion) return token;
      if (!this.contexts.length) this.invocationLine = token.line;
      if (macro.builtin) {
        const result = this.env.builtin(token.text, token, this.contexts.length ? this.invocationLine : token.line);
        result.flags |= token.flags & PREV_WHITE;
        return result;
      }
      if (!this.env.charge(token, 1)) return token.withFlags(token.flags | NO_EXPAND);
      if (this.enterMacro(token, macro)) {
        if (this.inDirective) continue;
        return padding(token);
      }
      return token;
    }
  }

  /** Next token that is not padding. */
  nextReal(): Token {
    for (;;) {
      const token = this.next();
      if (token.kind !== 'padding') return token;
    }
  }

  private popContext(): void {
    const context = this.contexts.pop()!;
    if (context.macro) this.env.disabled.delete(context.macro);
  }

  private backUp(token: Token): void {
    const context = this.contexts[this.contexts.length - 1];
    if (context) context.pos--;
    else this.source.pushBack(token);
  }

  /** Starts expanding `macro` named by `name`; false when a function-like name has no arguments. */
  private enterMacro(name: Token, macro: MacroDefinition): boolean {
    let args: MacroArgument[] | null = null;
    if (macro.functionLike) {
      this.preventExpansion++;
      this.parsingArgs = 1;
      args = this.collectInvocation(name, macro);
      this.parsingArgs = 0;
      this.preventExpansion--;
      if (!args) return false;
    }
    const expansion = this.env.recordExpansion(macro.name, name);
    const tokens = args && macro.params.length > 0
      ? this.substitute(macro, args, expansion)
      : this.env.charge(name, macro.body.length) ? copyBody(macro.body, expansion) : [];
    this.env.disabled.add(macro);
    this.contexts.push({ tokens, pos: 0, macro });
    return true;
  }

  /** Finds the `(` and reads the arguments (funlike_invocation_p and collect_args). */
  private collectInvocation(name: Token, macro: MacroDefinition): MacroArgument[] | null {
    let skipped: Token | null = null;
    let token = this.next();
    while (token.kind === 'padding') {
      if (!skipped || !skipped.source || (!(skipped.source.flags & PREV_WHITE) && !token.source)) skipped = token;
      token = this.next();
    }
    if (token.kind !== 'punct' || token.text !== '(') {
      // End of file is never backed over; the end of an argument being expanded is.
      if (token.kind !== 'eof' || token === ARGUMENT_END) {
        this.backUp(token);
        if (skipped) this.contexts.push({ tokens: [skipped], pos: 0, macro: null });
      }
      return null;
    }
    this.parsingArgs = 2;
    const args: MacroArgument[] = [{ tokens: [], omitted: false }];
    let depth = 0;
    for (;;) {
      token = this.next();
      const current = args[args.length - 1].tokens;
      if (token.kind === 'padding') {
        if (current.length) current.push(token);
        continue;
      }
      if (token.kind === 'eof') {
        if (token === ARGUMENT_END || this.inDirective) this.backUp(token);
        this.env.error(name, 'unterminated-invocation', `unterminated argument list invoking macro "${macro.name}"`);
        return null;
      }
      if (token.kind === 'punct') {
        if (token.text === '(') depth++;
        else if (token.text === ')' && depth-- === 0) break;
        else if (token.text === ',' && depth === 0 && !(macro.variadic && args.length === macro.params.length)) {
          args.push({ tokens: [], omitted: false });
          continue;
        }
      }
      current.push(token);
    }
    for (const arg of args) {
      while (arg.tokens.length && arg.tokens[arg.tokens.length - 1].kind === 'padding') arg.tokens.pop();
    }
    if (args.length === 1 && macro.params.length === 0 && args[0].tokens.length === 0) args.length = 0;
    if (args.length === macro.params.length) return args;
    if (args.length < macro.params.length) {
      if (args.length + 1 === macro.params.length && macro.variadic) {
        args.push({ tokens: [], omitted: true });
        return args;
      }
      this.env.error(name, 'macro-arguments',
        `macro "${macro.name}" requires ${macro.params.length} arguments, but only ${args.length} given`);
    } else {
      this.env.error(name, 'macro-arguments',
        `macro "${macro.name}" passed ${args.length} arguments, but takes just ${macro.params.length}`);
    }
    return null;
  }

  /** Builds the replacement with arguments substituted (replace_args). */
  private substitute(macro: MacroDefinition, args: MacroArgument[], expansion: number): Token[] {
    const out: Token[] = [];
    const body = macro.body;
    for (let i = 0; i < body.length; i++) {
      const src = body[i];
      if (src.kind !== 'macro-arg') {
        out.push(src.withExpansion(expansion));
        continue;
      }
      const arg = args[src.arg];
      const afterPaste = i > 0 && (body[i - 1].flags & PASTE_LEFT) !== 0;
      let pasteFlagIndex = -1;
      let tokens: Token[];
      if (src.flags & STRINGIFY_ARG) {
        arg.stringified ??= stringify(arg.tokens, src);
        tokens = [arg.stringified];
      } else if (src.flags & PASTE_LEFT) {
        tokens = arg.tokens;
      } else if (afterPaste) {
        tokens = arg.tokens;
        const last = out.length - 1;
        if (last >= 0) {
          const previous = out[last];
          if (previous.kind === 'punct' && previous.text === ',' && macro.variadic && src.arg === macro.params.length - 1) {
            if (arg.omitted) out.pop();
            else pasteFlagIndex = last;
          } else if (tokens.length === 0) {
            pasteFlagIndex = last;
          }
        }
      } else {
        arg.expanded ??= this.expandArgument(arg.tokens);
        tokens = arg.expanded;
      }
      if (i > 0 && !afterPaste) out.push(padding(src));
      if (!this.env.charge(src, tokens.length)) break;
      if (tokens.length) {
        for (const token of tokens) out.push(token.kind === 'padding' ? token : token.withExpansion(expansion));
        if (src.flags & PASTE_LEFT) pasteFlagIndex = out.length - 1;
      }
      if (!(src.flags & PASTE_LEFT)) out.push(AVOID_PASTE);
      if (pasteFlagIndex >= 0) {
        const token = out[pasteFlagIndex];
        out[pasteFlagIndex] = token.withFlags(src.flags & PASTE_LEFT ? token.flags | PASTE_LEFT : token.flags & ~PASTE_LEFT);
      }
    }
    return out;
  }

  private expandArgument(tokens: Token[]): Token[] {
    const result: Token[] = [];
    this.contexts.push({ tokens: [...tokens, ARGUMENT_END], pos: 0, macro: null });
    for (;;) {
      const token = this.next();
      if (token.kind === 'eof') break;
      result.push(token);
    }
    this.popContext();
    return result;
  }

  /** Pastes `lhs` with the tokens after it (paste_all_tokens); the result gets its own context. */
  private pasteAll(lhs: Token, context: Context): void {
    let result = lhs;
    let rhs: Token;
    do {
      if (context.pos >= context.tokens.length) break;
      rhs = context.tokens[context.pos++];
      if (rhs.kind === 'padding') continue;
      const pasted = pasteTokens(result, rhs);
      if (!pasted) {
        // Assembler mode: an invalid paste leaves both tokens, without a diagnostic.
        context.pos--;
        result = result.withFlags(result.flags & ~PASTE_LEFT);
        break;
      }
      result = pasted;
    } while (rhs.flags & PASTE_LEFT);
    if (result.kind === 'name' && !(result.flags & NO_EXPAND)) {
      const macro = this.env.macros.get(result.text);
      if (macro && this.env.disabled.has(macro)) result = result.withFlags(result.flags | NO_EXPAND);
    }
    this.contexts.push({ tokens: [result], pos: 0, macro: null });
  }
}

function copyBody(body: Token[], expansion: number): Token[] {
  const out = new Array<Token>(body.length);
  for (let i = 0; i < body.length; i++) out[i] = body[i].withExpansion(expansion);
  return out;
}

function pasteTokens(lhs: Token, rhs: Token): Token | null {
  // A space keeps `/` `*` from starting a comment: such a paste is invalid anyway.
  const text = lhs.text + (lhs.text === '/' && rhs.text !== '=' ? ' ' : '') + rhs.text;
  const tokens = lexFragment(text, lhs);
  if (tokens.length !== 1) return null;
  const token = tokens[0];
  token.flags |= lhs.flags & PREV_WHITE;
  return token;
}

/** The `#x` string of an unexpanded argument (stringify_arg). */
function stringify(tokens: Token[], at: Token): Token {
  let text = '';
  let source: Token | null | undefined = null;
  let backslashes = 0;
  for (const token of tokens) {
    if (token.kind === 'padding') {
      if (!source || (!(source.flags & PREV_WHITE) && !token.source)) source = token.source;
      continue;
    }
    if (text.length) {
      source ??= token;
      if (source.flags & PREV_WHITE) text += ' ';
    }
    source = null;
    text += token.kind === 'string' || token.kind === 'char' ? token.text.replace(/[\\"]/g, '\\$&') : token.text;
    backslashes = token.kind === 'other' && token.text[0] === '\\' ? backslashes + 1 : 0;
  }
  // An odd final backslash would escape the closing quote.
  if (backslashes & 1) text = text.slice(0, -1);
  return new Token('string', `"${text}"`, 0, at.file, at.line, at.column, at.expansion);
}

export interface DefineProblem {
  /** Undefined for a `#define` with nothing after it. */
  at: Token | undefined;
  code: string;
  message: string;
}

/** Parses the tokens after `#define`; returns the macro or the reason it is rejected. */
export function parseDefine(tokens: Token[], location: (token: Token) => SourcePosition): MacroDefinition | DefineProblem {
  const nameToken = tokens[0];
  if (!nameToken) return { at: tokens[0], code: 'define-syntax', message: 'no macro name given in #define directive' };
  if (nameToken.kind !== 'name') return { at: nameToken, code: 'define-syntax', message: 'macro names must be identifiers' };
  if (nameToken.text === 'defined') return { at: nameToken, code: 'define-syntax', message: '"defined" cannot be used as a macro name' };
  const params: string[] = [];
  let variadic = false;
  let i = 1;
  const functionLike = tokens[1]?.kind === 'punct' && tokens[1].text === '(' && !(tokens[1].flags & PREV_WHITE);
  if (functionLike) {
    i = 2;
    for (;;) {
      const token = tokens[i++];
      if (!token) return { at: nameToken, code: 'define-syntax', message: 'missing \')\' in macro parameter list' };
      if (token.kind === 'punct' && token.text === ')' && params.length === 0) break;
      if (token.kind === 'punct' && token.text === '...') {
        variadic = true;
        params.push('__VA_ARGS__');
      } else if (token.kind === 'name') {
        if (params.includes(token.text)) return { at: token, code: 'define-syntax', message: `duplicate macro parameter "${token.text}"` };
        params.push(token.text);
        if (tokens[i]?.kind === 'punct' && tokens[i].text === '...') {
          variadic = true;
          i++;
        }
      } else {
        return { at: token, code: 'define-syntax', message: `expected parameter name, found "${token.text}"` };
      }
      const separator = tokens[i++];
      if (separator?.kind === 'punct' && separator.text === ')') break;
      if (variadic || separator?.kind !== 'punct' || separator.text !== ',') {
        return { at: separator ?? token, code: 'define-syntax', message: 'expected \',\' or \')\' in macro parameter list' };
      }
    }
  }
  const body: Token[] = [];
  for (; i < tokens.length; i++) {
    let token = tokens[i];
    if (functionLike && token.kind === 'name') {
      const index = params.indexOf(token.text);
      if (index >= 0) token = new Token('macro-arg', token.text, token.flags, token.file, token.line, token.column, -1, index);
    }
    const previous = body[body.length - 1];
    if (token.kind === 'paste') {
      if (!previous) return { at: token, code: 'define-syntax', message: '\'##\' cannot appear at either end of a macro expansion' };
      if (!(i > 0 && tokens[i - 1].kind === 'paste')) body[body.length - 1] = previous.withFlags(previous.flags | PASTE_LEFT);
      continue;
    }
    // `#` before a parameter stringifies it; in assembler mode any other `#` stays as it is.
    if (functionLike && token.kind === 'macro-arg' && previous?.kind === 'hash' && tokens[i - 1] === previous) {
      body[body.length - 1] = token.withFlags((token.flags & ~PREV_WHITE) | STRINGIFY_ARG | (previous.flags & PREV_WHITE));
      continue;
    }
    body.push(token);
  }
  if (body.length && body[body.length - 1].flags & PASTE_LEFT) {
    return { at: tokens[tokens.length - 1], code: 'define-syntax', message: '\'##\' cannot appear at either end of a macro expansion' };
  }
  if (body.length) body[0] = body[0].withFlags(body[0].flags & ~PREV_WHITE);
  return { name: nameToken.text, functionLike, params, variadic, body, location: location(nameToken) };
}

/** Whether a redefinition differs from the old definition (cpp then warns). */
export function definitionsDiffer(a: MacroDefinition, b: MacroDefinition): boolean {
  if (a.functionLike !== b.functionLike || a.variadic !== b.variadic || a.params.join(',') !== b.params.join(',')) return true;
  if (a.body.length !== b.body.length) return true;
  for (let i = 0; i < a.body.length; i++) {
    const x = a.body[i];
    const y = b.body[i];
    if (x.kind !== y.kind || x.text !== y.text || (x.flags & ~NO_EXPAND) !== (y.flags & ~NO_EXPAND)) return true;
  }
  return false;
}
