// The assembler proper: reads statements (through GNU as macros, `.rept`/`.irp` and `.if`),
// defines labels, runs directives and instructions into frags, and records fixups for what
// can only be resolved once every address is known.
import type { Origin, RawDiagnostic, Severity } from './diagnostics';
import { Evaluator, isConstant, NotYetKnown, type Value } from './evaluate';
import { bignumTruncates, ExpressionError, isBignum, isSignedConstant, ExpressionParser, type Expr, type ExpressionScope } from './expression';
import { bindArguments, MacroError, parseParameters, splitArguments, substitute, type MacroDefinition } from './macros';
import { defaultsFor, Frag, Section } from './sections';
import { splitStatements, stripBlockComments, type Statement } from './source';
import { AsmSymbol, LocalLabels, SymbolTable } from './symbols';
import { DIRECTIVES } from './directives';
import { assembleInstruction } from './instructions';
import type { EncodeOptions } from '../../isa/encode';
import { CallFrames } from './cfi';

export interface AssemblerOptions {
  /** `.include` resolution: the file's text, why it cannot be read, or undefined when there is none. */
  include?: (name: string) => { path: string; text: string } | { error: string } | undefined;
  /** `.incbin` resolution: the file's bytes, why they cannot be read, or undefined. */
  includeBinary?: (name: string) => { path: string; bytes: Uint8Array } | { error: string } | undefined;
  /** The -m option GNU as was given (`power8`, `power4`...): it picks the alignment nops. */
  machine?: string;
  /**
   * GNU as's `max_macro_nest` (100): it stops with a fatal error when an expansion (macro,
   * `.rept`, `.irp`) starts while more than this many are in progress.
   */
  maxMacroDepth?: number;
  /**
   * Statements, and characters of statement text, that macro, `.rept` and `.irp` expansions
   * may produce before the assembler stops (a runaway): kernel 6.1's largest input (head_64.S
   * with exceptions-64s.S, 46,560 statements, 975 kB, expansions and its own lines together)
   * stays below half of both, and a runaway stops within a second. The input's own lines are
   * bounded by its size.
   */
  maxStatements?: number;
  maxStatementText?: number;
}

export interface Fixup {
  frag: Frag;
  /** Offset of the relocated field in the frag. */
  where: number;
  reloc: string;
  expr: Expr;
  /** Added to the expression (a `@l+4` suffix addend). */
  addend: bigint;
  /** The field is relative to its own address (branches). */
  pcrel: boolean;
  /** An instruction operand: half-word fields check the operand's signedness. */
  signedHalf: boolean;
  origin: Origin;
}

interface Conditional {
  /** This branch is being assembled. */
  active: boolean;
  /** Some branch of this group was taken, or the group sits in skipped text. */
  done: boolean;
  sawElse: boolean;
  origin: Origin;
}

interface InputFrame {
  statements: Statement[];
  next: number;
  /** `.rept`: further passes over the same statements. */
  repeats?: number;
  /** A macro expansion (`.exitm` leaves it); `.rept`/`.irp` bodies are not. */
  macro?: string;
  /** A macro, `.rept` or `.irp` body: what GNU as's macro nesting counts. */
  expansion?: boolean;
  /** Lines of the input or of an included file, split into statements as they are reached. */
  lines?: { text: string[]; next: number; file?: string };
}

interface Capture {
  kind: 'macro' | 'rept';
  opener: Statement;
  depth: number;
  body: Statement[];
  finish: (body: Statement[]) => void;
}

/** Identical diagnostics from one source position shown before the rest are only counted. */
const MAX_SAME_DIAGNOSTIC = 100;

const GROUP_NOP_MACHINES = /^(power[789]|power1\d|pwr[789]|pwr1\d|ppc64|future|any|e6500|)$/i;
/** CPUs with binutils' PPC_OPCODE_POWER4: GNU as encodes a one-field `mtcrf` as `mtocrf` for them. */
const POWER4_MACHINES = /^(power[4-9]|power1\d|pwr[4-9]|pwr5x|pwr1\d|a2|cell|e5500|e6500|future|libresoc|)$/i;
/** POWER4-class CPUs before POWER7: their `tlbie` is `tlbie RB[,L]` (binutils ppc-opc.c). */
const TLBIE_L_MACHINES = /^(power[456]|pwr[456]|pwr5x|a2|cell)$/i;
/** `.machine` operands that add a unit to the CPU rather than name one (binutils' "sticky" ppc_opts entries). */
const UNIT_OPTIONS = /^(any|altivec|vsx|htm|spe|spe2|lsp|vle)$/i;

/** What the CPU GNU as assembles for changes in the output. */
export interface Machine {
  /** Code alignment ends with a group-ending nop (`ori r2,r2,0`). */
  groupNop: boolean;
  /** Instruction forms that depend on the CPU. */
  encoding: Required<Pick<EncodeOptions, 'oneFieldCrMoves' | 'tlbieWithL'>>;
}

export class Assembler implements ExpressionScope {
  readonly symbols = new SymbolTable();
  readonly localLabels = new LocalLabels(this.symbols);
  readonly sections: Section[] = [];
  readonly fixups: Fixup[] = [];
  readonly diagnostics: RawDiagnostic[] = [];
  readonly macros = new Map<string, MacroDefinition>();
  /** `.reloc` entries: explicit relocations. */
  readonly explicitRelocs: { frag: Frag; where: number; offsetExpr: Expr; type: string; expr?: Expr; origin: Origin }[] = [];
  abiVersion = 0;
  readonly callFrames = new CallFrames(this);

  current!: { section: Section; subsection: number };
  previous?: { section: Section; subsection: number };
  readonly sectionStack: { section: Section; subsection: number; previous?: { section: Section; subsection: number } }[] = [];
  machine: Machine;
  readonly machineStack: Machine[] = [];

  private readonly input: InputFrame[] = [];
  private readonly repeats = new Map<string, { count: number; severity: Severity; code: string; origin: Origin }>();
  private readonly conditionals: Conditional[] = [];
  private capture?: Capture;
  private macroCounter = 0;
  private statementsRead = 0;
  private statementText = 0;
  private stopped = false;
  /** The statement being assembled. */
  origin: Origin = { line: 0, column: 0, macros: [] };
  readonly reading = new Evaluator('reading');

  constructor(private readonly options: AssemblerOptions = {}) {
    this.machine = machineFor(options.machine ?? 'power8');
    for (const name of ['.text', '.data', '.bss']) this.getSection(name);
    this.current = { section: this.sections[0], subsection: 0 };
  }

  // ---- input ----

  /** Assembles the input text (already preprocessed, if it was a `.S` file). */
  run(text: string): void {
    const stripped = stripBlockComments(text);
    const lines = stripped.text.split('\n');
    if (stripped.unterminatedAt !== undefined) {
      const line = text.slice(0, stripped.unterminatedAt).split('\n').length - 1;
      this.report('warning', 'unterminated-comment', 'end of file in a /* comment', { line, column: 0, macros: [] });
    }
    this.input.push({ statements: [], next: 0, lines: { text: lines, next: 0 } });
    for (let s = this.nextStatement(); s && !this.stopped; s = this.nextStatement()) this.statement(s);
    this.finishInput();
  }

  private nextStatement(): Statement | undefined {
    while (this.input.length) {
      const frame = this.input[this.input.length - 1];
      if (frame.next < frame.statements.length) {
        if (frame.expansion && (++this.statementsRead > (this.options.maxStatements ?? 100_000)
          || (this.statementText += frame.statements[frame.next].text.length) > (this.options.maxStatementText ?? 2 << 20))) {
          // As a fatal error: the blocks and conditionals it leaves open are no news.
          this.fatal('statement-limit', `stopped after ${this.statementsRead - 1} statements, ${this.statementText} characters of them (a .rept or macro that does not end?)`);
          return undefined;
        }
        return frame.statements[frame.next++];
      }
      if (frame.repeats) {
        frame.repeats--;
        frame.next = 0;
        continue;
      }
      if (frame.lines && frame.lines.next < frame.lines.text.length) {
        const line = frame.lines.next++;
        const file = frame.lines.file;
        frame.statements = splitStatements(frame.lines.text[line]).map((s) => ({ text: s.text, origin: { line, column: s.column, macros: [], file } }));
        frame.next = 0;
        continue;
      }
      this.input.pop();
    }
    return undefined;
  }

  private finishInput(): void {
    if (this.capture) {
      const what = this.capture.kind === 'macro' ? '.macro' : this.capture.opener.text.split(' ')[0];
      this.report('error', 'unterminated-block', `end of file inside ${what} (missing ${this.capture.kind === 'macro' ? '.endm' : '.endr'})`, this.capture.opener.origin);
      this.capture = undefined;
    }
    for (const c of this.conditionals) this.report('error', 'unterminated-conditional', 'end of file inside a conditional (missing .endif)', c.origin);
    this.conditionals.length = 0;
  }

  private pushStatements(statements: Statement[], macro?: string, repeats = 0): void {
    this.input.push({ statements, next: 0, macro, repeats, expansion: true });
  }

  /** `.include`: the file's lines come next. */
  pushFile(text: string, file: string): void {
    this.input.push({ statements: [], next: 0, lines: { text: stripBlockComments(text).text.split('\n'), next: 0, file } });
  }

  /** `.include "file"`: found through the options' resolver, read next. */
  includeFile(name: string): void {
    const found = this.options.include?.(name);
    if (!found) {
      this.error('include-not-found', `can't open ${name} for reading: no such file`);
      return;
    }
    if ('error' in found) {
      this.error('include-unreadable', found.error);
      return;
    }
    if (this.input.length > 100) {
      this.error('include-depth', `.include nested too deeply at ${name} (an include cycle?)`);
      return;
    }
    this.pushFile(found.text, found.path);
  }

  /** `.incbin "file"[,skip[,count]]`: the file's bytes, or the part asked for. */
  includeBinary(name: string, skip: bigint, count: bigint | undefined): void {
    if (count === 0n) {
      this.report('warning', 'incbin', `.incbin count zero, ignoring \`${name}'`);
      count = undefined;
    }
    const found = this.options.includeBinary?.(name);
    if (!found) {
      this.error('include-not-found', `file not found: ${name}`);
      return;
    }
    if ('error' in found) {
      this.error('include-unreadable', found.error);
      return;
    }
    const size = BigInt(found.bytes.length);
    const length = count ?? size - skip;
    if (skip < 0n || length < 0n || skip + length > size) {
      this.error('incbin', `skip (${skip}) or count (${length}) invalid for file size (${size})`);
      return;
    }
    this.emit(found.bytes.subarray(Number(skip), Number(skip + length)));
  }

  /** `.end`: nothing after it is read. */
  exitAll(): void {
    this.input.length = 0;
  }

  get macroDepth(): number {
    return this.input.filter((f) => f.macro).length;
  }

  /**
   * GNU as's as_fatal: one message, then nothing more is read or reported (the unterminated
   * conditionals and blocks of the expansions it abandons included).
   */
  fatal(code: string, message: string): void {
    this.error(code, message);
    this.stopped = true;
    this.input.length = 0;
    this.conditionals.length = 0;
    this.capture = undefined;
  }

  /** True once a fatal error ended the input: the object is not worth laying out. */
  get fatalStop(): boolean {
    return this.stopped;
  }

  // ---- diagnostics ----

  report(severity: Severity, code: string, message: string, origin: Origin = this.origin): void {
    // One line repeated by `.rept` or a macro says the same thing each time: past a hundred
    // times it is counted, not repeated (a flood would drown the rest and cost seconds).
    const key = `${severity}\0${code}\0${message}\0${origin.file ?? ''}\0${origin.line}\0${origin.column}`;
    const seen = this.repeats.get(key);
    if (seen) {
      if (++seen.count > MAX_SAME_DIAGNOSTIC) return;
    } else this.repeats.set(key, { count: 1, severity, code, origin });
    this.diagnostics.push({ severity, code, message, origin });
  }

  /** One note per diagnostic that was counted rather than repeated (once all are in). */
  reportRepeats(): void {
    for (const r of this.repeats.values()) {
      if (r.count <= MAX_SAME_DIAGNOSTIC) continue;
      this.diagnostics.push({ severity: 'info', code: 'repeated', message: `${r.count - MAX_SAME_DIAGNOSTIC} more '${r.code}' ${r.severity}s like the above from this line are not shown`, origin: r.origin });
    }
  }

  error(code: string, message: string): void {
    this.report('error', code, message);
  }

  /** A warning from the expression parser (a bignum operand read as 0). */
  warn(message: string): void {
    this.report('warning', 'bignum', message);
  }

  // ---- statements ----

  private statement(s: Statement): void {
    this.origin = s.origin;
    if (this.capture) {
      this.captureStatement(s);
      return;
    }
    let text = s.text;
    const word = /^\.?[A-Za-z0-9_$][A-Za-z0-9_.$]*/.exec(text)?.[0]?.toLowerCase() ?? '';
    if (this.conditionalDirective(word, text.slice(word.length).trim())) return;
    if (this.skipping) return;

    // Labels: `name:`, `1:`, `"quoted name":`.
    for (;;) {
      const m = /^(?:([A-Za-z_.$][A-Za-z0-9_.$]*)|([0-9]+)|"([^"]*)"):(?!:)/.exec(text);
      if (!m) break;
      this.defineLabel(m[1] ?? m[3], m[2]);
      text = text.slice(m[0].length).trimStart();
    }
    if (!text) return;

    const assignment = /^([A-Za-z_.$][A-Za-z0-9_.$]*|"[^"]*") ?=(?!=)(.*)$/s.exec(text);
    if (assignment) {
      const name = assignment[1].startsWith('"') ? assignment[1].slice(1, -1) : assignment[1];
      if (name === '.') this.moveDot(assignment[2]);
      else this.assign(name, assignment[2], true);
      return;
    }

    const m = /^(\.[A-Za-z0-9_.$]+|[A-Za-z_$][A-Za-z0-9_.$]*[+-]?)(?: (.*))?$/s.exec(text);
    if (!m) {
      this.error('syntax', `junk at start of statement: '${text}'`);
      return;
    }
    const name = m[1];
    const operands = m[2] ?? '';
    const lower = name.toLowerCase();
    const directive = name.startsWith('.') ? DIRECTIVES[lower.slice(1)] : undefined;
    if (directive) {
      directive(this, operands, lower.slice(1));
      return;
    }
    const macro = this.macros.get(lower);
    if (macro) {
      this.expandMacro(macro, operands);
      return;
    }
    if (name.startsWith('.')) {
      this.error('unknown-directive', `unknown pseudo-op: '${name}'`);
      return;
    }
    assembleInstruction(this, name, operands);
  }

  // ---- conditionals ----

  get skipping(): boolean {
    const top = this.conditionals[this.conditionals.length - 1];
    return top !== undefined && !top.active;
  }

  /** Handles `.if*`, `.else*`, `.endif` (also in skipped text); false for anything else. */
  private conditionalDirective(word: string, rest: string): boolean {
    if (word.startsWith('.if')) {
      const outerSkipping = this.skipping;
      const active = !outerSkipping && this.condition(word.slice(3), rest);
      this.conditionals.push({ active, done: active || outerSkipping, sawElse: false, origin: this.origin });
      return true;
    }
    const top = this.conditionals[this.conditionals.length - 1];
    if (word === '.elseif' || word === '.else') {
      if (!top) {
        this.error('unbalanced-conditional', `${word} without .if`);
        return true;
      }
      if (top.sawElse) this.error('unbalanced-conditional', `${word} after .else`);
      if (word === '.else') top.sawElse = true;
      const take = !top.done && (word === '.else' || this.condition('', rest));
      top.active = take;
      top.done ||= take;
      return true;
    }
    if (word === '.endif' || word === '.endc') {
      if (!top) this.error('unbalanced-conditional', '.endif without .if');
      else this.conditionals.pop();
      return true;
    }
    return false;
  }

  private condition(kind: string, rest: string): boolean {
    try {
      switch (kind) {
        case 'def': return this.symbols.find(rest.trim())?.isDefined ?? false;
        case 'ndef': case 'notdef': return !(this.symbols.find(rest.trim())?.isDefined ?? false);
        case 'b': return rest.trim() === '';
        case 'nb': return rest.trim() !== '';
        case 'c': case 'nc': {
          const [a, b] = splitComparison(rest);
          return (a === b) === (kind === 'c');
        }
        case 'eqs': case 'nes': {
          const [a, b] = splitComparison(rest);
          return (a === b) === (kind === 'eqs');
        }
      }
      if (isBignum(this.parseExpression(rest))) throw new ExpressionError('non-constant expression in ".if" statement');
      const v = this.absolute(rest);
      switch (kind) {
        case '': case 'ne': return v !== 0n;
        case 'eq': return v === 0n;
        case 'gt': return v > 0n;
        case 'ge': return v >= 0n;
        case 'lt': return v < 0n;
        case 'le': return v <= 0n;
      }
      this.error('unknown-directive', `unknown conditional '.if${kind}'`);
    } catch (err) {
      this.expressionFailure(err);
    }
    return false;
  }

  // ---- macros, .rept, .irp ----

  beginCapture(kind: Capture['kind'], finish: (body: Statement[]) => void): void {
    this.capture = { kind, opener: { text: '', origin: this.origin }, depth: 0, body: [], finish };
  }

  private captureStatement(s: Statement): void {
    const capture = this.capture!;
    const word = /^(?:[A-Za-z_.$][A-Za-z0-9_.$]*:)*\s*(\.[A-Za-z]+)/.exec(s.text)?.[1]?.toLowerCase() ?? '';
    const opens = capture.kind === 'macro' ? word === '.macro' : word === '.rept' || word === '.irp' || word === '.irpc';
    const closes = capture.kind === 'macro' ? word === '.endm' || word === '.endmacro' : word === '.endr';
    if (opens) capture.depth++;
    if (closes && capture.depth-- === 0) {
      this.capture = undefined;
      capture.finish(capture.body);
      return;
    }
    capture.body.push(s);
  }

  defineMacro(text: string): void {
    const m = /^([A-Za-z_.$][A-Za-z0-9_.$]*)(?:[ ,]+(.*))?$/s.exec(text.trim());
    const origin = this.origin;
    if (!m) {
      this.error('macro', `.macro needs a name`);
      this.beginCapture('macro', () => undefined);
      return;
    }
    let parameters: MacroDefinition['parameters'] = [];
    try {
      parameters = parseParameters(m[2] ?? '');
    } catch (err) {
      this.error('macro', (err as Error).message);
    }
    const name = m[1].toLowerCase();
    const existing = this.macros.get(name);
    this.beginCapture('macro', (body) => {
      if (existing) this.report('error', 'macro', `macro '${m[1]}' was already defined`, origin);
      else this.macros.set(name, { name: m[1], parameters, body, origin });
    });
  }

  private expandMacro(macro: MacroDefinition, argumentText: string): void {
    let values: Map<string, string>;
    try {
      values = bindArguments(macro, argumentText);
    } catch (err) {
      if (!(err instanceof MacroError)) throw err;
      this.error('macro', err.message);
      return;
    }
    const counter = this.macroCounter++;
    const step = { name: macro.name, line: this.origin.line, column: this.origin.column };
    this.pushBody(macro.body, (text) => substitute(text, values, counter), step, macro.name);
  }

  /** Pushes an expanded body: each statement substituted, re-split and re-scrubbed. */
  pushBody(body: Statement[], transform: (text: string) => string, step: { name: string; line: number; column: number }, macro?: string, times = 1): void {
    // GNU as checks its nesting as each body is pushed, empty ones too.
    if (this.input.filter((f) => f.expansion).length > (this.options.maxMacroDepth ?? 100)) {
      this.fatal('macro-depth', 'macros nested too deeply');
      return;
    }
    const macros = [step, ...this.origin.macros];
    const out: Statement[] = [];
    for (const s of body) {
      for (const piece of splitStatements(transform(s.text))) {
        out.push({ text: piece.text, origin: { ...s.origin, macros } });
      }
    }
    if (times > 0 && out.length) this.pushStatements(out, macro, times - 1);
  }

  exitMacro(): void {
    while (this.input.length) {
      const frame = this.input.pop()!;
      if (frame.macro) return;
    }
  }

  rept(countText: string): void {
    let count = 0n;
    try {
      count = this.absolute(countText);
    } catch (err) {
      this.expressionFailure(err);
    }
    if (count < 0n) {
      this.error('negative-count', 'negative count for REPT - ignored');
      count = 0n;
    }
    const step = { name: '.rept', line: this.origin.line, column: this.origin.column };
    this.beginCapture('rept', (body) => this.pushBody(body, (t) => t, step, undefined, count > 0n ? Number(count) : 0));
  }

  irp(kind: 'irp' | 'irpc', text: string): void {
    const m = /^([A-Za-z_.$][A-Za-z0-9_.$]*)(?:[ ,]+(.*))?$/s.exec(text.trim());
    const step = { name: '.' + kind, line: this.origin.line, column: this.origin.column };
    if (!m) this.error('syntax', `.${kind} needs a parameter name`);
    this.beginCapture('rept', (body) => {
      if (!m) return;
      const rest = m[2] ?? '';
      const values = kind === 'irp' ? splitArguments(rest).map((p) => p.text.replace(/^"(.*)"$/s, '$1')) : [...rest.replace(/[ ,]/g, '')];
      // No values: the body is assembled once with the parameter empty.
      const list = values.length ? values : [''];
      const bodies: Statement[] = [];
      const names: string[] = [];
      for (const v of list) {
        for (const s of body) {
          bodies.push(s);
          names.push(v);
        }
      }
      let index = 0;
      this.pushBody(bodies, (t) => substitute(t, new Map([[m[1], names[index++]]]), this.macroCounter), step);
    });
  }

  // ---- symbols and expressions ----

  symbol(name: string): AsmSymbol {
    const symbol = this.symbols.findOrCreate(name);
    symbol.referenced = true;
    return symbol;
  }

  /**
   * An absolute symbol reads as its value where it is used, as GNU as folds it (expr.c operand):
   * a later `sym = ...` does not change what an earlier expression wrote.
   */
  constant(name: string): bigint | undefined {
    const symbol = this.symbols.find(name);
    if (symbol?.definition?.kind !== 'absolute') return undefined;
    symbol.referenced = true;
    return symbol.definition.value;
  }

  localLabel(label: string, direction: 'b' | 'f'): AsmSymbol {
    const symbol = this.localLabels.reference(label, direction);
    if (!symbol) throw new ExpressionError(`backward reference to unknown label "${label}:"`);
    symbol.origin ??= this.origin;
    return symbol;
  }

  dot(): AsmSymbol {
    const symbol = this.symbols.createInternal('.');
    const frag = this.frag;
    symbol.definition = { kind: 'label', frag, offset: frag.length };
    return symbol;
  }

  get frag(): Frag {
    const list = this.current.section.frags(this.current.subsection);
    return list[list.length - 1];
  }

  /** Starts a new frag in the current subsection after a variable part. */
  addVariable(variable: Frag['variable']): void {
    const frag = this.frag;
    frag.variable = variable;
    frag.origin = this.origin;
    frag.groupNop = this.machine.groupNop;
    const list = this.current.section.frags(this.current.subsection);
    const next = new Frag(this.current.section, this.current.subsection);
    next.index = list.length;
    list.push(next);
  }

  /** An operand's expression; a missing operand (`.space` alone) is a missing expression. */
  parseExpression(text: string | undefined): Expr {
    text ??= '';
    const parser = new ExpressionParser(text, this);
    const expr = parser.parse();
    if (!parser.atEnd()) throw new ExpressionError(`junk at end of expression: '${text.slice(parser.pos)}'`);
    return expr;
  }

  /** An expression that must be a constant now (`.if`, `.rept`, `.fill` counts...). */
  absolute(text: string): bigint {
    const expr = this.parseExpression(text);
    if (isBignum(expr)) throw new ExpressionError('bad or irreducible absolute expression');
    let v: Value;
    try {
      v = this.reading.simplify(this.reading.evaluate(expr));
    } catch (err) {
      if (err instanceof NotYetKnown) throw new ExpressionError(`non-constant expression '${text}'`);
      throw err;
    }
    if (!isConstant(v)) throw new ExpressionError(`non-constant expression '${text}'`);
    return v.offset;
  }

  /** The value now, or undefined when it depends on what comes later. */
  tryEvaluate(expr: Expr): Value | undefined {
    try {
      return this.reading.simplify(this.reading.evaluate(expr));
    } catch (err) {
      if (err instanceof NotYetKnown) return undefined;
      throw err;
    }
  }

  expressionFailure(err: unknown): void {
    if (err instanceof ExpressionError || err instanceof MacroError) this.error('expression', err.message);
    else throw err;
  }

  defineLabel(name: string | undefined, numeric: string | undefined): void {
    const frag = this.frag;
    if (numeric !== undefined) {
      const symbol = this.localLabels.define(numeric);
      symbol.definition = { kind: 'label', frag, offset: frag.length };
      symbol.origin = this.origin;
      return;
    }
    const symbol = this.symbols.findOrCreate(name!);
    if (symbol.isDefined && !symbol.redefinable) {
      this.error('redefined', `symbol '${name}' is already defined`);
      return;
    }
    symbol.definition = { kind: 'label', frag, offset: frag.length };
    symbol.redefinable = false;
    symbol.origin = this.origin;
  }

  /** `.set`/`.equ`/`=`: constants become absolute symbols, the rest stays an expression. */
  assign(name: string, valueText: string, redefinable: boolean): void {
    const symbol = this.symbols.findOrCreate(name);
    if (symbol.isDefined && !symbol.redefinable) {
      this.error('redefined', `symbol '${name}' is already defined`);
      return;
    }
    try {
      const expr = this.parseExpression(valueText);
      if (isBignum(expr)) throw new ExpressionError('bignum invalid');
      const v = this.tryEvaluate(expr);
      if (v && v.register) symbol.definition = { kind: 'equated', expr };
      else if (v && isConstant(v)) symbol.definition = { kind: 'absolute', value: v.offset };
      else if (v && v.add && !v.sub && v.add.definition?.kind === 'label') {
        // A label plus a constant: the symbol sits at that place.
        const d = v.add.definition;
        symbol.definition = { kind: 'label', frag: d.frag, offset: d.offset + Number(v.offset) };
      } else if (v) {
        // Symbols still to come, with the equated symbols on the way read through now (as GNU
        // as keeps a `.set` symbol's value when it is used): a chain of `.set` costs one step each.
        symbol.definition = { kind: 'equated', expr: valueExpression(v) };
      } else symbol.definition = { kind: 'equated', expr };
      symbol.redefinable = redefinable;
      symbol.origin = this.origin;
    } catch (err) {
      this.expressionFailure(err);
    }
  }

  /** `. = expr`: `.org` by another name. */
  private moveDot(valueText: string): void {
    DIRECTIVES.org(this, valueText, 'org');
  }

  // ---- sections ----

  getSection(name: string, attributes?: { type?: number; flags?: number; entsize?: number }): Section {
    let section = this.sections.find((s) => s.name === name);
    if (!section) {
      const defaults = defaultsFor(name);
      section = new Section(
        name,
        attributes?.type ?? defaults.type,
        attributes?.flags ?? defaults.flags,
        attributes?.entsize ?? defaults.entsize ?? 0,
        this.origin,
      );
      section.symbol = this.symbols.createSectionSymbol(section);
      this.sections.push(section);
    } else if (attributes?.flags !== undefined && attributes.flags !== section.flags) {
      this.report('warning', 'section-attributes', `ignoring changed section attributes for ${name}`);
    }
    return section;
  }

  switchTo(section: Section, subsection: number): void {
    this.previous = this.current;
    this.current = { section, subsection };
  }

  // ---- emitting ----

  /** Appends bytes to the current frag. Bytes in a NOBITS section must be zero. */
  emit(bytes: ArrayLike<number>): { frag: Frag; where: number } {
    const frag = this.frag;
    if (this.current.section.isNobits && Array.prototype.some.call(bytes, (b: number) => b !== 0)) {
      this.error('nobits-data', `attempt to store non-zero value in section '${this.current.section.name}'`);
    }
    return { frag, where: frag.append(bytes) };
  }

  addFixup(fixup: Omit<Fixup, 'origin'>): void {
    this.fixups.push({ ...fixup, origin: this.origin });
  }

  /** Emits `size` bytes for an expression now when it is a constant, else a fixup. */
  emitValue(size: number, expr: Expr, reloc: string, addend: bigint, allowConstantNow: boolean): void {
    const { frag, where } = this.emit(new Uint8Array(size));
    // A word in code is an instruction the source spells as data (the kernel's `.long` for
    // opcodes the assembler may not know): a site with its line, as objdump lists it.
    if (size === 4 && this.sectionIsCode) frag.instructions.push({ offset: where, length: 4, origin: this.origin, data: true });
    if (allowConstantNow && isBignum(expr)) {
      writeLittleEndian(frag.bytes, where, size, expr.big.value);
      if (bignumTruncates(expr.big, size)) this.report('warning', 'truncated', `bignum truncated to ${size} byte${size === 1 ? '' : 's'}`);
      return;
    }
    if (allowConstantNow) {
      const v = this.tryEvaluate(expr);
      if (v && isConstant(v)) {
        const value = BigInt.asUintN(64, v.offset + addend);
        // Wider than 64 bits, a constant extends by its sign only when GNU as reads it as signed.
        writeLittleEndian(frag.bytes, where, size, size > 8 && isSignedConstant(expr) ? BigInt.asIntN(64, value) : value);
        // GNU as's emit_expr: quiet when the dropped bits are all zeros or the value negated fits.
        const dropped = size < 8 ? ~((1n << BigInt(size * 8)) - 1n) & 0xffffffffffffffffn : 0n;
        if ((value & dropped) !== 0n && (BigInt.asUintN(64, -value) & dropped) !== 0n) {
          this.report('warning', 'truncated', `value 0x${value.toString(16)} truncated to 0x${BigInt.asUintN(size * 8, value).toString(16)}`);
        }
        return;
      }
    }
    // No relocation is wider than 64 bits: GNU as refuses what is not a constant when it is read.
    if (size > 8) this.error('expression', `unsupported BFD relocation size ${size}`);
    else this.addFixup({ frag, where, reloc, expr, addend, pcrel: false, signedHalf: true });
  }

  setMachine(name: string): void {
    const named = machineFor(name);
    this.machine = UNIT_OPTIONS.test(name) ? { ...named, encoding: this.machine.encoding } : named;
  }

  get sectionIsCode(): boolean {
    return this.current.section.isCode;
  }
}

function machineFor(name: string): Machine {
  return { groupNop: GROUP_NOP_MACHINES.test(name), encoding: { oneFieldCrMoves: POWER4_MACHINES.test(name), tlbieWithL: TLBIE_L_MACHINES.test(name) } };
}

export function writeLittleEndian(bytes: Uint8Array, at: number, size: number, value: bigint): void {
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    bytes[at + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** `add - sub + offset` as an expression. */
function valueExpression(v: Value): Expr {
  let e: Expr = v.add ? { kind: 'symbol', symbol: v.add } : { kind: 'number', value: 0n };
  if (v.sub) e = { kind: 'binary', op: '-', left: e, right: { kind: 'symbol', symbol: v.sub } };
  return v.offset === 0n ? e : { kind: 'binary', op: '+', left: e, right: { kind: 'number', value: v.offset } };
}

/** `.ifc a,b` operands: each optionally in single quotes, compared as text. */
function splitComparison(text: string): [string, string] {
  const parts: string[] = [];
  let i = 0;
  const t = text.trim();
  while (parts.length < 2) {
    while (t[i] === ' ') i++;
    if (t[i] === "'" || t[i] === '"') {
      const q = t[i];
      const end = t.indexOf(q, i + 1);
      parts.push(t.slice(i + 1, end < 0 ? t.length : end));
      i = end < 0 ? t.length : end + 1;
      while (t[i] === ' ') i++;
      if (t[i] === ',') i++;
    } else {
      const end = t.indexOf(',', i);
      parts.push(t.slice(i, end < 0 ? t.length : end).trim());
      i = end < 0 ? t.length : end + 1;
    }
  }
  return [parts[0], parts[1]];
}
