// GNU as macros (non-alternate syntax): `.macro name a, b=1, c:req, d:vararg`, invocation
// arguments by position or `name=value`, `\a`, `\()` and `\@` in the body; and the bodies of
// `.rept`, `.irp` and `.irpc`.
import type { Statement } from './source';

export interface MacroParameter {
  name: string;
  defaultValue?: string;
  required: boolean;
  vararg: boolean;
}

export interface MacroDefinition {
  name: string;
  parameters: MacroParameter[];
  body: Statement[];
  origin: Statement['origin'];
}

export class MacroError extends Error {}

/** `a, b=1 c:req` → parameters (commas between them are optional). */
export function parseParameters(text: string): MacroParameter[] {
  const parameters: MacroParameter[] = [];
  for (const piece of splitArguments(text)) {
    const m = /^([A-Za-z_.$][A-Za-z0-9_.$]*)(?::(req|vararg))?(?:=(.*))?$/s.exec(piece.text);
    if (!m) throw new MacroError(`bad macro parameter '${piece.text}'`);
    if (parameters.some((p) => p.name === m[1])) throw new MacroError(`macro parameter '${m[1]}' given twice`);
    parameters.push({ name: m[1], required: m[2] === 'req', vararg: m[2] === 'vararg', defaultValue: m[3] !== undefined ? unquote(m[3]) : undefined });
  }
  const vararg = parameters.findIndex((p) => p.vararg);
  if (vararg >= 0 && vararg !== parameters.length - 1) throw new MacroError('only the last macro parameter may be :vararg');
  return parameters;
}

interface Piece {
  text: string;
  /** Offset in the argument text where the piece starts (for `:vararg`, which takes the rest). */
  start: number;
}

/**
 * Splits macro arguments as GNU as does: at commas, and at blanks outside parentheses and
 * brackets; a quoted string is one argument.
 */
export function splitArguments(text: string): Piece[] {
  const pieces: Piece[] = [];
  const n = text.length;
  const skipBlanks = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  let i = 0;
  skipBlanks();
  while (i < n) {
    const start = i;
    let depth = 0;
    while (i < n && text[i] !== ',' && (depth > 0 || (text[i] !== ' ' && text[i] !== '\t'))) {
      const c = text[i];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, i + 1);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (c === '(' || c === '[') depth++;
      else if ((c === ')' || c === ']') && depth > 0) depth--;
      i++;
    }
    pieces.push({ text: text.slice(start, i), start });
    skipBlanks();
    if (text[i] === ',') {
      i++;
      skipBlanks();
      // `a,` ends with an empty argument.
      if (i >= n) pieces.push({ text: '', start: i });
    }
  }
  return pieces;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/** Binds invocation arguments to parameters; returns the value of each parameter. */
export function bindArguments(macro: MacroDefinition, argumentText: string): Map<string, string> {
  const values = new Map<string, string>();
  const pieces = splitArguments(argumentText);
  let position = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    const keyword = /^([A-Za-z_.$][A-Za-z0-9_.$]*)=(.*)$/s.exec(piece.text);
    const named = keyword && macro.parameters.find((p) => p.name === keyword[1]);
    if (named) {
      values.set(named.name, named.vararg ? argumentText.slice(piece.start + keyword![1].length + 1) : unquote(keyword![2]));
      if (named.vararg) break;
      continue;
    }
    const parameter = macro.parameters[position++];
    if (!parameter) throw new MacroError(`too many positional arguments for macro '${macro.name}'`);
    if (parameter.vararg) {
      values.set(parameter.name, argumentText.slice(piece.start));
      break;
    }
    if (piece.text !== '') values.set(parameter.name, unquote(piece.text));
  }
  for (const p of macro.parameters) {
    if (values.has(p.name)) continue;
    if (p.required) throw new MacroError(`missing value for required parameter '${p.name}' of macro '${macro.name}'`);
    values.set(p.name, p.defaultValue ?? '');
  }
  return values;
}

/** Replaces `\name`, `\()` and `\@` in one body statement. */
export function substitute(text: string, values: Map<string, string>, counter: number): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (text[i + 1] === '(' && text[i + 2] === ')') {
      i += 2;
      continue;
    }
    if (text[i + 1] === '@') {
      out += String(counter);
      i++;
      continue;
    }
    const m = /^[A-Za-z_.$][A-Za-z0-9_.$]*/.exec(text.slice(i + 1));
    const value = m ? values.get(m[0]) : undefined;
    if (m && value !== undefined) {
      out += value;
      i += m[0].length;
    } else {
      out += c;
    }
  }
  return out;
}
