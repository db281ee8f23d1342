// Small helpers over tree-sitter nodes, private to parse/.
import type { Node, Tree } from 'web-tree-sitter';
import type { SourceRange, SyntaxError } from './syntax';

export function rangeOf(node: Node): SourceRange {
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
 * visible node: the smallest visible node around it stands in.
 */
export function collectErrors(tree: Tree): SyntaxError[] {
  const errors: SyntaxError[] = [];
  const visit = (node: Node): void => {
    if (node.isError) {
      errors.push({ kind: 'ERROR', range: rangeOf(node) });
      return;
    }
    if (node.isMissing) errors.push({ kind: 'MISSING', range: rangeOf(node), expected: node.type });
    const before = errors.length;
    for (const child of node.children) if (child?.hasError) visit(child);
    if (errors.length === before && !node.isMissing) {
      errors.push({ kind: 'MISSING', range: rangeOf(node), expected: 'a hidden token' });
    }
  };
  if (tree.rootNode.hasError) visit(tree.rootNode);
  return errors;
}
