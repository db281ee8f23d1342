// Small helpers over tree-sitter nodes, private to parse/.
import type { SyntaxNode, SyntaxTree } from './runtime';
import type { SourceRange, SyntaxError } from './syntax';

export function rangeOf(node: SyntaxNode): SourceRange {
  return {
    start: { line: node.startPosition.row, column: node.startPosition.column },
    end: { line: node.endPosition.row, column: node.endPosition.column },
    startIndex: node.startIndex,
    endIndex: node.endIndex,
  };
}

/**
 * Every outermost ERROR and every MISSING node, visiting only subtrees that contain one
 * (errors nested inside an ERROR repeat it). A MISSING token of a hidden rule has no
 * visible node: the smallest visible node around it stands in. Iterative, with its own
 * stack: fuzzed input nests deeper than the JS call stack goes.
 */
export function collectErrors(tree: SyntaxTree): SyntaxError[] {
  const errors: SyntaxError[] = [];
  interface Frame { node: SyntaxNode; children: SyntaxNode[]; next: number; before: number }
  const stack: Frame[] = [];
  const enter = (node: SyntaxNode): void => {
    if (node.isError) {
      errors.push({ kind: 'ERROR', range: rangeOf(node) });
      return;
    }
    if (node.isMissing) errors.push({ kind: 'MISSING', range: rangeOf(node), expected: node.type });
    const children = node.children.filter((c): c is SyntaxNode => c !== null && c.hasError);
    stack.push({ node, children, next: 0, before: errors.length });
  };
  if (tree.rootNode.hasError) enter(tree.rootNode);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      enter(frame.children[frame.next++]);
      continue;
    }
    stack.pop();
    if (errors.length === frame.before && !frame.node.isMissing) {
      errors.push({ kind: 'MISSING', range: rangeOf(frame.node), expected: 'a hidden token' });
    }
  }
  return errors;
}
