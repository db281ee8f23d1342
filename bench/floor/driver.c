/*
 * Times one tree-sitter parse of a file with the C runtime, for the benchmark's floor figures:
 * prints "<parse CPU ms> <nodes> <has error>". LANGUAGE is the grammar's entry function.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <tree_sitter/api.h>

const TSLanguage *LANGUAGE(void);

static double cpu_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  FILE *f = fopen(argv[1], "rb");
  if (!f) return 2;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(size);
  if (!text || fread(text, 1, size, f) != (size_t)size) return 2;
  fclose(f);
  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, LANGUAGE())) return 2;
  double started = cpu_ms();
  TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)size);
  double elapsed = cpu_ms() - started;
  TSNode root = ts_tree_root_node(tree);
  printf("%.1f %u %d\n", elapsed, ts_node_descendant_count(root), ts_node_has_error(root));
  return 0;
}
