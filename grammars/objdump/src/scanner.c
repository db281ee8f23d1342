/*
 * External scanner for tree-sitter-objdump.
 *
 * It recognises one token, `_source_text`: a whole line of `objdump -S`
 * source text.  At the start of every line the scanner reads the line and
 * classifies it.  If the line could start one of the structured line kinds
 * of the grammar (instruction, relocation, header, symbol table row, ...),
 * the scanner declines and the grammar's own lexer handles the line; so a
 * structured line never becomes a source_line, and a malformed structured
 * line produces an ERROR instead of silently becoming text.  Any other
 * non-blank line becomes one source_line token.
 *
 * No libc calls: the scanner must also run as a WebAssembly side module.
 */
#include "tree_sitter/parser.h"

enum TokenType { SOURCE_TEXT, ERROR_SENTINEL };

#define BUF 256

void *tree_sitter_objdump_external_scanner_create(void) { return 0; }
void tree_sitter_objdump_external_scanner_destroy(void *p) { (void)p; }
unsigned tree_sitter_objdump_external_scanner_serialize(void *p, char *b) { (void)p; (void)b; return 0; }
void tree_sitter_objdump_external_scanner_deserialize(void *p, const char *b, unsigned n) { (void)p; (void)b; (void)n; }

static int is_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r'; }

static int starts(const int *s, int n, const char *lit) {
  int i = 0;
  for (; lit[i]; i++)
    if (i >= n || s[i] != (unsigned char)lit[i]) return 0;
  return 1;
}

/* Is the rest of the line (from i) blank? */
static int blank_from(const int *s, int n, int i) {
  for (; i < n; i++)
    if (!is_blank(s[i])) return 0;
  return 1;
}

/* The line (leading blanks removed, at most BUF chars) could be structured. */
static int structured(const int *s, int n, int truncated, int saw_file_format) {
  int i = 0;
  if (n == 0) return 1;
  if (saw_file_format) return 1;                         /* x.o:     file format elf64-... */
  if (s[0] == '#') return n == 1 || is_blank(s[1]);     /* # shell command */
  if (starts(s, n, "...")) return blank_from(s, n, 3) && !truncated;
  if (starts(s, n, "Disassembly of section ")) return 1;
  if (starts(s, n, "In archive ")) return 1;
  if (starts(s, n, "Symbol table ")) return 1;
  if (starts(s, n, "SYMBOL TABLE:")) return 1;
  if (starts(s, n, "Num:")) return 1;

  /* Lines that start with a hex number. */
  while (i < n && is_hex(s[i])) i++;
  if (i > 0 && i < n) {
    int digits = 0, k;
    for (k = 0; k < i; k++) digits |= is_digit(s[k]);
    if (s[i] == ':') {
      /* address: bytes / relocation / readelf row.  A hex word made of
         letters only (`bad:`, `add:`) is a C label unless bytes or a
         relocation type follow. */
      int j = i + 1;
      if (digits) return 1;
      if (j >= n) return 0;
      if (!is_blank(s[j])) return 0;
      while (j < n && is_blank(s[j])) j++;
      if (j + 2 < n && is_hex(s[j]) && is_hex(s[j + 1]) && is_blank(s[j + 2])) return 1;
      if (j + 1 < n && s[j] == 'R' && s[j + 1] == '_') return 1;
      return j >= n;  /* `c:` followed by nothing: a byte-less line, treat as structured? no bytes -> label */
    }
    if (i >= 8 && s[i] == ' ') return 1;                 /* symbol header, objdump -t row */
  }

  /* objdump -l: `path:123`, `path:123 (discriminator 2)`, `func():` */
  for (i = 0; i < n && !is_blank(s[i]) && s[i] != ':' && s[i] != '(' && s[i] != ')'; i++) {}
  if (i > 0 && i < n) {
    if (s[i] == ':' && i + 1 < n) {
      int j = i + 1;
      if (s[j] == '?') j++;
      else { if (!is_digit(s[j])) return 0; while (j < n && is_digit(s[j])) j++; }
      if (blank_from(s, n, j)) return !truncated;
      while (j < n && is_blank(s[j])) j++;
      return starts(s + j, n - j, "(discriminator ");
    }
    if (s[i] == '(' && starts(s + i, n - i, "():")) return blank_from(s, n, i + 3) && !truncated;
  }
  return 0;
}

bool tree_sitter_objdump_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  int buf[BUF];
  int n = 0, truncated = 0;
  /* `:` followed by blanks and `file format` */
  int ff_state = 0, saw_ff = 0;
  static const char ff[] = "file format";
  int ff_i = 0;
  (void)payload;

  if (valid_symbols[ERROR_SENTINEL] || !valid_symbols[SOURCE_TEXT]) return false;

  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (lexer->lookahead == '\n' || lexer->eof(lexer)) return false;

  /* Fast path: `  204:` with a decimal digit in the address, or a long
     hex number followed by a blank (symbol header, objdump -t row). */
  {
    int digits = 0;
    while (is_hex(lexer->lookahead) && n < BUF) {
      digits |= is_digit(lexer->lookahead);
      buf[n++] = lexer->lookahead;
      lexer->advance(lexer, false);
    }
    if (n > 0 && lexer->lookahead == ':' && digits) return false;
    if (n >= 8 && lexer->lookahead == ' ') return false;
  }

  while (lexer->lookahead != '\n' && !lexer->eof(lexer)) {
    int c = lexer->lookahead;
    if (n < BUF) buf[n++] = c; else truncated = 1;
    /* tiny matcher for ":<blanks>file format" anywhere in the line */
    if (!saw_ff) {
      if (ff_state == 0) { if (c == ':') ff_state = 1; }
      else if (ff_state == 1) { if (is_blank(c)) ff_state = 2; else if (c != ':') ff_state = 0; }
      else if (ff_state == 2) {
        if (is_blank(c)) {}
        else if (c == 'f') { ff_state = 3; ff_i = 1; }
        else ff_state = (c == ':') ? 1 : 0;
      } else {
        if (c == ff[ff_i]) { if (!ff[++ff_i]) saw_ff = 1; }
        else ff_state = (c == ':') ? 1 : 0;
      }
    }
    lexer->advance(lexer, false);
  }
  /* strip trailing blanks for the classification */
  while (n > 0 && is_blank(buf[n - 1]) && !truncated) n--;
  if (structured(buf, n, truncated, saw_ff)) return false;
  lexer->mark_end(lexer);
  lexer->result_symbol = SOURCE_TEXT;
  return true;
}
