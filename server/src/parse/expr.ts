// Operand and expression nodes (both grammars name them alike) into model expressions.
import type { SyntaxNode } from './runtime';
import type { Expr } from './syntax';
import { rangeOf } from './tree';

export function parseNumber(text: string): bigint | undefined {
  const t = text.trim();
  const negative = t.startsWith('-');
  const body = negative || t.startsWith('+') ? t.slice(1) : t;
  let value: bigint;
  try {
    if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[bB][01]+$/.test(body)) value = BigInt(body.toLowerCase());
    else if (/^0[0-7]+$/.test(body)) value = BigInt('0o' + body.slice(1));
    else if (/^\d+$/.test(body)) value = BigInt(body);
    else if (/^[0-9a-fA-F]+$/.test(body)) value = BigInt('0x' + body);
    else return undefined;
  } catch {
    return undefined;
  }
  return negative ? -value : value;
}

const charEscapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '\\': 92, "'": 39, '"': 34, '0': 0 };

/** GAS character constants: `'a`, `'a'`, `'\n'`. */
export function parseChar(text: string): number {
  const body = text.replace(/^'/, '').replace(/'$/, '');
  if (body.startsWith('\\') && body.length > 1) return charEscapes[body[1]] ?? body.charCodeAt(1);
  return body.codePointAt(0) ?? 0;
}

function unquote(text: string): string {
  return text.replace(/^"/, '').replace(/"$/, '');
}

function named(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** The raw text of each comma-separated argument of a C-style macro call. */
export function macroArguments(node: SyntaxNode | null): string[] {
  if (!node) return [];
  return named(node).map((a) => a.text.trim());
}

/** Operands nested deeper than this (only fuzzed input has them) stay verbatim: the JS stack is finite. */
const MAX_EXPR_DEPTH = 256;

export function buildExpr(node: SyntaxNode): Expr {
  return exprAt(node, 0);
}

function exprAt(node: SyntaxNode, depth: number): Expr {
  const base = { range: rangeOf(node), text: node.text };
  if (depth > MAX_EXPR_DEPTH) return { ...base, kind: 'other', nodeType: node.type };
  const sub = (n: SyntaxNode): Expr => exprAt(n, depth + 1);
  switch (node.type) {
    case 'register':
      return { ...base, kind: 'register', name: node.text.replace(/^%/, '') };
    case 'number': {
      const value = parseNumber(node.text);
      return value === undefined ? { ...base, kind: 'other', nodeType: node.type } : { ...base, kind: 'number', value };
    }
    case 'char_constant':
      return { ...base, kind: 'char', value: parseChar(node.text) };
    case 'string':
      return { ...base, kind: 'string', value: unquote(node.text) };
    case 'symbol':
    case 'identifier':
    case 'symbol_name':
      return { ...base, kind: 'symbol', name: node.text };
    case 'local_label_ref':
      return { ...base, kind: 'localLabelRef', label: node.text.slice(0, -1), direction: node.text.endsWith('b') ? 'b' : 'f' };
    case 'current_location':
      return { ...base, kind: 'currentLocation' };
    case 'binary_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator');
      if (!left || !right || !operator) break;
      return { ...base, kind: 'binary', operator: operator.text, left: sub(left), right: sub(right) };
    }
    case 'unary_expression': {
      const operator = node.childForFieldName('operator');
      const argument = node.childForFieldName('argument');
      if (!operator || !argument) break;
      return { ...base, kind: 'unary', operator: operator.text, argument: sub(argument) };
    }
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      if (!inner) break;
      return { ...base, kind: 'paren', inner: sub(inner) };
    }
    case 'relocated_expression': {
      const expression = node.childForFieldName('expression');
      const modifier = node.childForFieldName('modifier');
      if (!expression || !modifier) break;
      return {
        ...base,
        kind: 'relocated',
        expression: sub(expression),
        modifiers: modifier.text.split('@').filter(Boolean),
      };
    }
    case 'memory_operand': {
      const offset = node.childForFieldName('offset');
      const baseNode = node.childForFieldName('base');
      if (!baseNode) break;
      return { ...base, kind: 'memory', offset: offset ? sub(offset) : undefined, base: sub(baseNode) };
    }
    case 'call_expression': {
      const fn = node.childForFieldName('function');
      if (!fn) break;
      return { ...base, kind: 'call', name: fn.text, args: macroArguments(node.childForFieldName('arguments')) };
    }
    case 'macro_parameter_ref':
      return { ...base, kind: 'macroParameter', name: node.text.slice(1) };
    case 'type_annotation':
      return { ...base, kind: 'typeAnnotation', name: node.text.slice(1) };
    case 'cr_bit_expression': {
      const crField = node.childForFieldName('field');
      const bit = node.childForFieldName('bit');
      if (!crField || !bit) break;
      return { ...base, kind: 'crBit', field: Number(crField.text.replace(/^%?cr/, '')), bit: bit.text as 'eq' };
    }
    case 'condition_bit':
      return { ...base, kind: 'crBit', field: 0, bit: node.text as 'eq' };
    case 'symbol_reference': {
      const name = node.childForFieldName('name');
      const offset = node.childForFieldName('offset');
      return { ...base, kind: 'symbolReference', name: name?.text ?? '', offset: offset ? parseNumber(offset.text) ?? 0n : 0n };
    }
  }
  return { ...base, kind: 'other', nodeType: node.type };
}
