// The least a tree-sitter grammar can build for a listing: one node per line. The benchmark
// parses the big listing with it to show the tree-sitter runtime's own floor beside objdump.
// Regenerate src/parser.c with `tree-sitter generate --no-bindings` (CLI 0.22) after editing; its
// tree_sitter/ headers are the same as the grammars' own and are not kept here.
module.exports = grammar({
  name: 'lines',
  extras: () => [],
  rules: {
    file: ($) => repeat($.line),
    line: () => /[^\n]*\n/,
  },
});
