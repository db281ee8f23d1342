/*
 * libFuzzer target for one Tocsin grammar (chosen at compile time with
 * -DGRAMMAR=ppc64asm or -DGRAMMAR=objdump), run against the tree-sitter C
 * runtime that the `tree-sitter` npm package vendors.
 *
 * Each input is parsed from scratch, its tree is walked and printed as an
 * S-expression, then one edit taken from the input's own bytes is applied and
 * the text re-parsed incrementally: the editor's path through the runtime.
 *
 * Each parse gets the time budget that server/src/parse/runtime.ts gives the
 * native runtime (nativeTimeBudgetMicros), past which Tocsin re-parses with
 * web-tree-sitter: so a parse that outlasts libFuzzer's -timeout is one that
 * no budget stops (a loop in the lexer or the external scanner), and an
 * input that Tocsin would hand to its fallback is no finding.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#define CONCAT(a, b) a##b
#define LANGUAGE_FN(g) CONCAT(tree_sitter_, g)
const TSLanguage *LANGUAGE_FN(GRAMMAR)(void);

static TSPoint point_at(const uint8_t *text, uint32_t offset) {
  TSPoint p = {0, 0};
  for (uint32_t i = 0; i < offset; i++) {
    if (text[i] == '\n') { p.row++; p.column = 0; } else p.column++;
  }
  return p;
}

static uint64_t budget_micros(uint32_t length) { return 250000 + (uint64_t)length; }

static uint32_t walk(TSTree *tree) {
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  uint32_t nodes = 0;
  for (;;) {
    nodes++;
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return nodes;
      }
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static TSParser *parser;
  if (!parser) {
    parser = ts_parser_new();
    if (!ts_parser_set_language(parser, LANGUAGE_FN(GRAMMAR)())) abort();
  }
  if (size > UINT32_MAX / 2) return 0;
  uint32_t length = (uint32_t)size;

  ts_parser_set_timeout_micros(parser, budget_micros(length));
  TSTree *tree = ts_parser_parse_string(parser, NULL, (const char *)data, length);
  if (!tree) {
    ts_parser_reset(parser);
    return 0;
  }
  walk(tree);
  free(ts_node_string(ts_tree_root_node(tree)));

  /* Replace the span [start, end) with its first half: the edit comes from the input itself. */
  if (length >= 8) {
    uint32_t start = (data[0] | data[1] << 8) % length;
    uint32_t end = start + (data[2] | data[3] << 8) % (length - start + 1);
    uint32_t inserted = (end - start) / 2;
    uint8_t *edited = malloc(length);
    memcpy(edited, data, start);
    memcpy(edited + start, data + start, inserted);
    memcpy(edited + start + inserted, data + end, length - end);
    uint32_t new_length = length - (end - start) + inserted;
    TSInputEdit edit = {
      .start_byte = start,
      .old_end_byte = end,
      .new_end_byte = start + inserted,
      .start_point = point_at(data, start),
      .old_end_point = point_at(data, end),
      .new_end_point = point_at(edited, start + inserted),
    };
    ts_tree_edit(tree, &edit);
    ts_parser_set_timeout_micros(parser, budget_micros(new_length));
    TSTree *reparsed = ts_parser_parse_string(parser, tree, (const char *)edited, new_length);
    if (reparsed) {
      walk(reparsed);
      ts_tree_delete(reparsed);
    } else {
      ts_parser_reset(parser);
    }
    free(edited);
  }
  ts_tree_delete(tree);
  return 0;
}
