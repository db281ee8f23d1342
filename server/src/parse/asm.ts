// The ppc64asm tree into the typed assembly model.
import type { SyntaxNode, SyntaxTree } from './runtime';
import { buildExpr, macroArguments } from './expr';
import type { AsmFile, AsmStatement, PreprocessorKind, SourceRange, SyntaxError } from './syntax';
import { rangeOf } from './tree';

const preprocessorKinds: Record<string, PreprocessorKind> = {
  preproc_include: 'include',
  preproc_define: 'define',
  preproc_undef: 'undef',
  preproc_if: 'if',
  preproc_elif: 'elif',
  preproc_else: 'else',
  preproc_endif: 'endif',
  preproc_error: 'error',
  preproc_warning: 'warning',
  preproc_line: 'line',
  preproc_pragma: 'pragma',
  preproc_null: 'null',
};

function operandsOf(node: SyntaxNode, field: string) {
  return node.childrenForFieldName(field).filter((c): c is SyntaxNode => c !== null).map(buildExpr);
}

function preprocessor(node: SyntaxNode): AsmStatement {
  const range = rangeOf(node);
  let directive = preprocessorKinds[node.type];
  if (node.type === 'preproc_ifdef') {
    directive = node.children.some((c) => c?.type === '#ifndef') ? 'ifndef' : 'ifdef';
  }
  const name = node.childForFieldName('name')?.text;
  const params = node.childForFieldName('parameters');
  const textNode = node.childForFieldName('value') ?? node.childForFieldName('condition')
    ?? node.childForFieldName('message') ?? node.childForFieldName('path');
  return {
    kind: 'preprocessor',
    range,
    directive,
    name,
    parameters: params ? params.namedChildren.filter((c): c is SyntaxNode => c !== null).map((c) => c.text) : undefined,
    text: textNode?.text,
  };
}

function statement(node: SyntaxNode): AsmStatement | undefined {
  const range = rangeOf(node);
  switch (node.type) {
    case 'label': {
      const name = node.childForFieldName('name');
      if (!name) return undefined;
      return { kind: 'label', range, name: name.text, numeric: name.type === 'numeric_label', nameRange: rangeOf(name) };
    }
    case 'directive': {
      const name = node.childForFieldName('name');
      if (!name) return undefined;
      return { kind: 'directive', range, name: name.text, args: operandsOf(node, 'arguments'), nameRange: rangeOf(name) };
    }
    case 'instruction': {
      const mnemonic = node.childForFieldName('mnemonic');
      if (!mnemonic) return undefined;
      return { kind: 'instruction', range, mnemonic: mnemonic.text, operands: operandsOf(node, 'operands'), mnemonicRange: rangeOf(mnemonic) };
    }
    case 'macro_call': {
      const name = node.childForFieldName('name');
      if (!name) return undefined;
      return { kind: 'macroCall', range, name: name.text, args: macroArguments(node.childForFieldName('arguments')), nameRange: rangeOf(name) };
    }
    case 'assignment': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (!name || !value) return undefined;
      return { kind: 'assignment', range, name: name.text, value: buildExpr(value), nameRange: rangeOf(name) };
    }
    default:
      return node.type.startsWith('preproc_') ? preprocessor(node) : undefined;
  }
}

export function buildAsmFile(tree: SyntaxTree, errors: SyntaxError[]): AsmFile {
  const statements: AsmStatement[] = [];
  const comments: SourceRange[] = [];
  const visit = (parent: SyntaxNode): void => {
    for (const child of parent.namedChildren) {
      if (!child) continue;
      if (child.type === 'comment') comments.push(rangeOf(child));
      else if (child.type === 'ERROR') visit(child);
      else {
        const s = statement(child);
        if (s) statements.push(s);
        // Comments may sit inside a statement (between operands): keep them all.
        for (const c of child.descendantsOfType('comment')) if (c) comments.push(rangeOf(c));
      }
    }
  };
  visit(tree.rootNode);
  return { language: 'ppc64asm', statements, comments, errors };
}
