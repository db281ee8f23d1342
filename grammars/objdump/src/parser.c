#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 173
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 84
#define ALIAS_COUNT 4
#define TOKEN_COUNT 55
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 30
#define MAX_ALIAS_SEQUENCE_LENGTH 23
#define PRODUCTION_ID_COUNT 75

enum ts_symbol_identifiers {
  anon_sym_LF = 1,
  sym__hex = 2,
  sym__path = 3,
  sym_comment = 4,
  anon_sym_COLON = 5,
  aux_sym_file_header_token1 = 6,
  sym_file_format = 7,
  aux_sym_archive_header_token1 = 8,
  aux_sym_section_header_token1 = 9,
  sym_section_name = 10,
  anon_sym_LT = 11,
  anon_sym_GT = 12,
  sym__full_group = 13,
  sym_byte_group = 14,
  sym_mnemonic = 15,
  anon_sym_COMMA = 16,
  sym_register = 17,
  sym_condition_bit = 18,
  sym__decimal = 19,
  sym__hexnum = 20,
  sym__hexword = 21,
  anon_sym_LPAREN = 22,
  anon_sym_RPAREN = 23,
  anon_sym_STAR = 24,
  anon_sym_PLUS = 25,
  anon_sym_LBRACK = 26,
  anon_sym_RBRACK = 27,
  sym_symbol_name = 28,
  sym_offset = 29,
  anon_sym_POUND = 30,
  sym__comment_text = 31,
  sym_relocation_type = 32,
  sym__reloc_symbol = 33,
  sym__addend = 34,
  sym_elision = 35,
  anon_sym_QMARK = 36,
  anon_sym_discriminator = 37,
  anon_sym_LPAREN_RPAREN = 38,
  aux_sym_readelf_symtab_header_token1 = 39,
  aux_sym_readelf_symtab_header_token2 = 40,
  anon_sym_contains = 41,
  aux_sym_readelf_symtab_header_token3 = 42,
  sym_readelf_column_header = 43,
  sym__value16 = 44,
  sym__upper = 45,
  anon_sym_LTlocalentry_GT_COLON = 46,
  anon_sym_LTother_GT_COLON = 47,
  aux_sym_section_index_token1 = 48,
  sym__rest = 49,
  sym_objdump_symtab_header = 50,
  anon_sym_DOThidden = 51,
  sym_symbol_flags = 52,
  sym__source_text = 53,
  sym__error_sentinel = 54,
  sym_source_file = 55,
  sym__block = 56,
  sym__line = 57,
  sym_source_line = 58,
  sym_file_header = 59,
  sym_archive_header = 60,
  sym_section_header = 61,
  sym_symbol_header = 62,
  sym_instruction_line = 63,
  sym_byte_line = 64,
  sym_byte_sequence = 65,
  sym__target_address = 66,
  sym__operand = 67,
  sym_number = 68,
  sym_memory_operand = 69,
  sym_cr_bit_expression = 70,
  sym_symbol_reference = 71,
  sym__insn_comment = 72,
  sym_relocation_line = 73,
  sym_file_line = 74,
  sym_discriminator = 75,
  sym_function_line = 76,
  sym_readelf_symtab_header = 77,
  sym_readelf_symbol = 78,
  sym_symbol_other = 79,
  sym_section_index = 80,
  sym_objdump_symbol = 81,
  aux_sym_source_file_repeat1 = 82,
  aux_sym__block_repeat1 = 83,
  alias_sym_function_name = 84,
  alias_sym_symbol_bind = 85,
  alias_sym_symbol_type = 86,
  alias_sym_symbol_visibility = 87,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LF] = "\n",
  [sym__hex] = "number",
  [sym__path] = "path",
  [sym_comment] = "comment",
  [anon_sym_COLON] = ":",
  [aux_sym_file_header_token1] = "file_header_token1",
  [sym_file_format] = "file_format",
  [aux_sym_archive_header_token1] = "archive_header_token1",
  [aux_sym_section_header_token1] = "section_header_token1",
  [sym_section_name] = "section_name",
  [anon_sym_LT] = "<",
  [anon_sym_GT] = ">",
  [sym__full_group] = "byte_group",
  [sym_byte_group] = "byte_group",
  [sym_mnemonic] = "mnemonic",
  [anon_sym_COMMA] = ",",
  [sym_register] = "register",
  [sym_condition_bit] = "condition_bit",
  [sym__decimal] = "_decimal",
  [sym__hexnum] = "_hexnum",
  [sym__hexword] = "_hexword",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_STAR] = "*",
  [anon_sym_PLUS] = "+",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [sym_symbol_name] = "symbol_name",
  [sym_offset] = "offset",
  [anon_sym_POUND] = "#",
  [sym__comment_text] = "_comment_text",
  [sym_relocation_type] = "relocation_type",
  [sym__reloc_symbol] = "symbol_name",
  [sym__addend] = "number",
  [sym_elision] = "elision",
  [anon_sym_QMARK] = "number",
  [anon_sym_discriminator] = "discriminator",
  [anon_sym_LPAREN_RPAREN] = "()",
  [aux_sym_readelf_symtab_header_token1] = "readelf_symtab_header_token1",
  [aux_sym_readelf_symtab_header_token2] = "string",
  [anon_sym_contains] = "contains",
  [aux_sym_readelf_symtab_header_token3] = "readelf_symtab_header_token3",
  [sym_readelf_column_header] = "readelf_column_header",
  [sym__value16] = "number",
  [sym__upper] = "_upper",
  [anon_sym_LTlocalentry_GT_COLON] = "<localentry>:",
  [anon_sym_LTother_GT_COLON] = "<other>:",
  [aux_sym_section_index_token1] = "section_index_token1",
  [sym__rest] = "symbol_name",
  [sym_objdump_symtab_header] = "objdump_symtab_header",
  [anon_sym_DOThidden] = ".hidden",
  [sym_symbol_flags] = "symbol_flags",
  [sym__source_text] = "_source_text",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym__block] = "_block",
  [sym__line] = "_line",
  [sym_source_line] = "source_line",
  [sym_file_header] = "file_header",
  [sym_archive_header] = "archive_header",
  [sym_section_header] = "section_header",
  [sym_symbol_header] = "symbol_header",
  [sym_instruction_line] = "instruction_line",
  [sym_byte_line] = "byte_line",
  [sym_byte_sequence] = "byte_sequence",
  [sym__target_address] = "address",
  [sym__operand] = "_operand",
  [sym_number] = "number",
  [sym_memory_operand] = "memory_operand",
  [sym_cr_bit_expression] = "cr_bit_expression",
  [sym_symbol_reference] = "symbol_reference",
  [sym__insn_comment] = "comment",
  [sym_relocation_line] = "relocation_line",
  [sym_file_line] = "file_line",
  [sym_discriminator] = "discriminator",
  [sym_function_line] = "function_line",
  [sym_readelf_symtab_header] = "readelf_symtab_header",
  [sym_readelf_symbol] = "readelf_symbol",
  [sym_symbol_other] = "symbol_other",
  [sym_section_index] = "section_index",
  [sym_objdump_symbol] = "objdump_symbol",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym__block_repeat1] = "_block_repeat1",
  [alias_sym_function_name] = "function_name",
  [alias_sym_symbol_bind] = "symbol_bind",
  [alias_sym_symbol_type] = "symbol_type",
  [alias_sym_symbol_visibility] = "symbol_visibility",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LF] = anon_sym_LF,
  [sym__hex] = sym_number,
  [sym__path] = sym__path,
  [sym_comment] = sym_comment,
  [anon_sym_COLON] = anon_sym_COLON,
  [aux_sym_file_header_token1] = aux_sym_file_header_token1,
  [sym_file_format] = sym_file_format,
  [aux_sym_archive_header_token1] = aux_sym_archive_header_token1,
  [aux_sym_section_header_token1] = aux_sym_section_header_token1,
  [sym_section_name] = sym_section_name,
  [anon_sym_LT] = anon_sym_LT,
  [anon_sym_GT] = anon_sym_GT,
  [sym__full_group] = sym_byte_group,
  [sym_byte_group] = sym_byte_group,
  [sym_mnemonic] = sym_mnemonic,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [sym_register] = sym_register,
  [sym_condition_bit] = sym_condition_bit,
  [sym__decimal] = sym__decimal,
  [sym__hexnum] = sym__hexnum,
  [sym__hexword] = sym__hexword,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_STAR] = anon_sym_STAR,
  [anon_sym_PLUS] = anon_sym_PLUS,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [sym_symbol_name] = sym_symbol_name,
  [sym_offset] = sym_offset,
  [anon_sym_POUND] = anon_sym_POUND,
  [sym__comment_text] = sym__comment_text,
  [sym_relocation_type] = sym_relocation_type,
  [sym__reloc_symbol] = sym_symbol_name,
  [sym__addend] = sym_number,
  [sym_elision] = sym_elision,
  [anon_sym_QMARK] = sym_number,
  [anon_sym_discriminator] = anon_sym_discriminator,
  [anon_sym_LPAREN_RPAREN] = anon_sym_LPAREN_RPAREN,
  [aux_sym_readelf_symtab_header_token1] = aux_sym_readelf_symtab_header_token1,
  [aux_sym_readelf_symtab_header_token2] = aux_sym_readelf_symtab_header_token2,
  [anon_sym_contains] = anon_sym_contains,
  [aux_sym_readelf_symtab_header_token3] = aux_sym_readelf_symtab_header_token3,
  [sym_readelf_column_header] = sym_readelf_column_header,
  [sym__value16] = sym_number,
  [sym__upper] = sym__upper,
  [anon_sym_LTlocalentry_GT_COLON] = anon_sym_LTlocalentry_GT_COLON,
  [anon_sym_LTother_GT_COLON] = anon_sym_LTother_GT_COLON,
  [aux_sym_section_index_token1] = aux_sym_section_index_token1,
  [sym__rest] = sym_symbol_name,
  [sym_objdump_symtab_header] = sym_objdump_symtab_header,
  [anon_sym_DOThidden] = anon_sym_DOThidden,
  [sym_symbol_flags] = sym_symbol_flags,
  [sym__source_text] = sym__source_text,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym__block] = sym__block,
  [sym__line] = sym__line,
  [sym_source_line] = sym_source_line,
  [sym_file_header] = sym_file_header,
  [sym_archive_header] = sym_archive_header,
  [sym_section_header] = sym_section_header,
  [sym_symbol_header] = sym_symbol_header,
  [sym_instruction_line] = sym_instruction_line,
  [sym_byte_line] = sym_byte_line,
  [sym_byte_sequence] = sym_byte_sequence,
  [sym__target_address] = sym__target_address,
  [sym__operand] = sym__operand,
  [sym_number] = sym_number,
  [sym_memory_operand] = sym_memory_operand,
  [sym_cr_bit_expression] = sym_cr_bit_expression,
  [sym_symbol_reference] = sym_symbol_reference,
  [sym__insn_comment] = sym_comment,
  [sym_relocation_line] = sym_relocation_line,
  [sym_file_line] = sym_file_line,
  [sym_discriminator] = sym_discriminator,
  [sym_function_line] = sym_function_line,
  [sym_readelf_symtab_header] = sym_readelf_symtab_header,
  [sym_readelf_symbol] = sym_readelf_symbol,
  [sym_symbol_other] = sym_symbol_other,
  [sym_section_index] = sym_section_index,
  [sym_objdump_symbol] = sym_objdump_symbol,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym__block_repeat1] = aux_sym__block_repeat1,
  [alias_sym_function_name] = alias_sym_function_name,
  [alias_sym_symbol_bind] = alias_sym_symbol_bind,
  [alias_sym_symbol_type] = alias_sym_symbol_type,
  [alias_sym_symbol_visibility] = alias_sym_symbol_visibility,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LF] = {
    .visible = true,
    .named = false,
  },
  [sym__hex] = {
    .visible = true,
    .named = true,
  },
  [sym__path] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_file_header_token1] = {
    .visible = false,
    .named = false,
  },
  [sym_file_format] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_archive_header_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_section_header_token1] = {
    .visible = false,
    .named = false,
  },
  [sym_section_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = false,
  },
  [sym__full_group] = {
    .visible = true,
    .named = true,
  },
  [sym_byte_group] = {
    .visible = true,
    .named = true,
  },
  [sym_mnemonic] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [sym_register] = {
    .visible = true,
    .named = true,
  },
  [sym_condition_bit] = {
    .visible = true,
    .named = true,
  },
  [sym__decimal] = {
    .visible = false,
    .named = true,
  },
  [sym__hexnum] = {
    .visible = false,
    .named = true,
  },
  [sym__hexword] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [sym_symbol_name] = {
    .visible = true,
    .named = true,
  },
  [sym_offset] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_POUND] = {
    .visible = true,
    .named = false,
  },
  [sym__comment_text] = {
    .visible = false,
    .named = true,
  },
  [sym_relocation_type] = {
    .visible = true,
    .named = true,
  },
  [sym__reloc_symbol] = {
    .visible = true,
    .named = true,
  },
  [sym__addend] = {
    .visible = true,
    .named = true,
  },
  [sym_elision] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_QMARK] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_discriminator] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_readelf_symtab_header_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_readelf_symtab_header_token2] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_contains] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_readelf_symtab_header_token3] = {
    .visible = false,
    .named = false,
  },
  [sym_readelf_column_header] = {
    .visible = true,
    .named = true,
  },
  [sym__value16] = {
    .visible = true,
    .named = true,
  },
  [sym__upper] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LTlocalentry_GT_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LTother_GT_COLON] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_section_index_token1] = {
    .visible = false,
    .named = false,
  },
  [sym__rest] = {
    .visible = true,
    .named = true,
  },
  [sym_objdump_symtab_header] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOThidden] = {
    .visible = true,
    .named = false,
  },
  [sym_symbol_flags] = {
    .visible = true,
    .named = true,
  },
  [sym__source_text] = {
    .visible = false,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__block] = {
    .visible = false,
    .named = true,
  },
  [sym__line] = {
    .visible = false,
    .named = true,
  },
  [sym_source_line] = {
    .visible = true,
    .named = true,
  },
  [sym_file_header] = {
    .visible = true,
    .named = true,
  },
  [sym_archive_header] = {
    .visible = true,
    .named = true,
  },
  [sym_section_header] = {
    .visible = true,
    .named = true,
  },
  [sym_symbol_header] = {
    .visible = true,
    .named = true,
  },
  [sym_instruction_line] = {
    .visible = true,
    .named = true,
  },
  [sym_byte_line] = {
    .visible = true,
    .named = true,
  },
  [sym_byte_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym__target_address] = {
    .visible = true,
    .named = true,
  },
  [sym__operand] = {
    .visible = false,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_memory_operand] = {
    .visible = true,
    .named = true,
  },
  [sym_cr_bit_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_symbol_reference] = {
    .visible = true,
    .named = true,
  },
  [sym__insn_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_relocation_line] = {
    .visible = true,
    .named = true,
  },
  [sym_file_line] = {
    .visible = true,
    .named = true,
  },
  [sym_discriminator] = {
    .visible = true,
    .named = true,
  },
  [sym_function_line] = {
    .visible = true,
    .named = true,
  },
  [sym_readelf_symtab_header] = {
    .visible = true,
    .named = true,
  },
  [sym_readelf_symbol] = {
    .visible = true,
    .named = true,
  },
  [sym_symbol_other] = {
    .visible = true,
    .named = true,
  },
  [sym_section_index] = {
    .visible = true,
    .named = true,
  },
  [sym_objdump_symbol] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_function_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_symbol_bind] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_symbol_type] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_symbol_visibility] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_addend = 1,
  field_address = 2,
  field_base = 3,
  field_bind = 4,
  field_bit = 5,
  field_bytes = 6,
  field_comment = 7,
  field_count = 8,
  field_field = 9,
  field_flags = 10,
  field_format = 11,
  field_line = 12,
  field_localentry = 13,
  field_mnemonic = 14,
  field_name = 15,
  field_num = 16,
  field_offset = 17,
  field_operands = 18,
  field_other = 19,
  field_path = 20,
  field_scale = 21,
  field_section = 22,
  field_section_index = 23,
  field_size = 24,
  field_symbol = 25,
  field_table = 26,
  field_target = 27,
  field_type = 28,
  field_value = 29,
  field_visibility = 30,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_addend] = "addend",
  [field_address] = "address",
  [field_base] = "base",
  [field_bind] = "bind",
  [field_bit] = "bit",
  [field_bytes] = "bytes",
  [field_comment] = "comment",
  [field_count] = "count",
  [field_field] = "field",
  [field_flags] = "flags",
  [field_format] = "format",
  [field_line] = "line",
  [field_localentry] = "localentry",
  [field_mnemonic] = "mnemonic",
  [field_name] = "name",
  [field_num] = "num",
  [field_offset] = "offset",
  [field_operands] = "operands",
  [field_other] = "other",
  [field_path] = "path",
  [field_scale] = "scale",
  [field_section] = "section",
  [field_section_index] = "section_index",
  [field_size] = "size",
  [field_symbol] = "symbol",
  [field_table] = "table",
  [field_target] = "target",
  [field_type] = "type",
  [field_value] = "value",
  [field_visibility] = "visibility",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 2},
  [2] = {.index = 2, .length = 2},
  [3] = {.index = 4, .length = 2},
  [4] = {.index = 6, .length = 3},
  [5] = {.index = 9, .length = 1},
  [6] = {.index = 10, .length = 1},
  [7] = {.index = 11, .length = 1},
  [8] = {.index = 12, .length = 2},
  [9] = {.index = 14, .length = 3},
  [10] = {.index = 17, .length = 3},
  [11] = {.index = 20, .length = 3},
  [12] = {.index = 23, .length = 4},
  [13] = {.index = 27, .length = 4},
  [14] = {.index = 31, .length = 4},
  [15] = {.index = 35, .length = 4},
  [16] = {.index = 39, .length = 4},
  [17] = {.index = 43, .length = 4},
  [18] = {.index = 47, .length = 4},
  [19] = {.index = 51, .length = 5},
  [20] = {.index = 56, .length = 4},
  [21] = {.index = 60, .length = 2},
  [22] = {.index = 62, .length = 5},
  [23] = {.index = 67, .length = 5},
  [24] = {.index = 72, .length = 2},
  [26] = {.index = 74, .length = 5},
  [27] = {.index = 79, .length = 5},
  [28] = {.index = 84, .length = 5},
  [29] = {.index = 89, .length = 5},
  [30] = {.index = 94, .length = 6},
  [31] = {.index = 100, .length = 5},
  [33] = {.index = 105, .length = 1},
  [34] = {.index = 106, .length = 6},
  [35] = {.index = 112, .length = 5},
  [36] = {.index = 117, .length = 6},
  [37] = {.index = 123, .length = 7},
  [38] = {.index = 130, .length = 2},
  [39] = {.index = 132, .length = 6},
  [40] = {.index = 138, .length = 6},
  [41] = {.index = 144, .length = 2},
  [42] = {.index = 146, .length = 8},
  [43] = {.index = 154, .length = 8},
  [44] = {.index = 162, .length = 7},
  [45] = {.index = 169, .length = 6},
  [46] = {.index = 175, .length = 3},
  [48] = {.index = 178, .length = 9},
  [49] = {.index = 187, .length = 7},
  [50] = {.index = 194, .length = 7},
  [51] = {.index = 201, .length = 1},
  [52] = {.index = 202, .length = 8},
  [53] = {.index = 210, .length = 7},
  [54] = {.index = 217, .length = 8},
  [55] = {.index = 225, .length = 8},
  [56] = {.index = 233, .length = 9},
  [57] = {.index = 242, .length = 8},
  [58] = {.index = 250, .length = 9},
  [59] = {.index = 259, .length = 9},
  [60] = {.index = 268, .length = 10},
  [61] = {.index = 278, .length = 9},
  [62] = {.index = 287, .length = 10},
  [63] = {.index = 297, .length = 10},
  [64] = {.index = 307, .length = 11},
  [65] = {.index = 318, .length = 10},
  [66] = {.index = 328, .length = 11},
  [67] = {.index = 339, .length = 11},
  [68] = {.index = 350, .length = 12},
  [69] = {.index = 362, .length = 11},
  [70] = {.index = 373, .length = 12},
  [71] = {.index = 385, .length = 12},
  [72] = {.index = 397, .length = 13},
  [73] = {.index = 410, .length = 13},
  [74] = {.index = 423, .length = 14},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_line, 2},
    {field_path, 0},
  [2] =
    {field_address, 0},
    {field_type, 2},
  [4] =
    {field_address, 0},
    {field_bytes, 2},
  [6] =
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [9] =
    {field_name, 0},
  [10] =
    {field_path, 1},
  [11] =
    {field_name, 1},
  [12] =
    {field_format, 3},
    {field_path, 0},
  [14] =
    {field_address, 0},
    {field_symbol, 3},
    {field_type, 2},
  [17] =
    {field_addend, 3},
    {field_address, 0},
    {field_type, 2},
  [20] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
  [23] =
    {field_other, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [27] =
    {field_name, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [31] =
    {field_flags, 1},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [35] =
    {field_addend, 4},
    {field_address, 0},
    {field_symbol, 3},
    {field_type, 2},
  [39] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
  [43] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_target, 4},
  [47] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 4},
    {field_mnemonic, 3},
  [51] =
    {field_name, 4},
    {field_other, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [56] =
    {field_name, 4},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [60] =
    {field_address, 0},
    {field_name, 2},
  [62] =
    {field_flags, 1},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [67] =
    {field_flags, 1},
    {field_name, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [72] =
    {field_count, 3},
    {field_table, 1},
  [74] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_target, 5},
  [79] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 5},
    {field_mnemonic, 3},
    {field_operands, 4},
  [84] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 5},
    {field_mnemonic, 3},
    {field_target, 4},
  [89] =
    {field_name, 5},
    {field_other, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [94] =
    {field_flags, 1},
    {field_name, 5},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [100] =
    {field_flags, 1},
    {field_name, 5},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [105] =
    {field_base, 1},
  [106] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 6},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_target, 5},
  [112] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
  [117] =
    {field_flags, 1},
    {field_name, 6},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [123] =
    {field_bind, 5},
    {field_num, 0},
    {field_section_index, 7},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [130] =
    {field_name, 1},
    {field_offset, 2},
  [132] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_target, 7},
  [138] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 7},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
  [144] =
    {field_base, 2},
    {field_offset, 0},
  [146] =
    {field_bind, 5},
    {field_num, 0},
    {field_other, 7},
    {field_section_index, 8},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [154] =
    {field_bind, 5},
    {field_name, 8},
    {field_num, 0},
    {field_section_index, 7},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [162] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 8},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_target, 7},
  [169] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
  [175] =
    {field_bit, 4},
    {field_field, 2},
    {field_scale, 0},
  [178] =
    {field_bind, 5},
    {field_name, 9},
    {field_num, 0},
    {field_other, 7},
    {field_section_index, 8},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [187] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_target, 9},
  [194] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 9},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
  [201] =
    {field_localentry, 2},
  [202] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 10},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_target, 9},
  [210] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
  [217] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_target, 11},
  [225] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 11},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
  [233] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 12},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_target, 11},
  [242] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
  [250] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_target, 13},
  [259] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 13},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
  [268] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 14},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_target, 13},
  [278] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
  [287] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_target, 15},
  [297] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 15},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
  [307] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 16},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_target, 15},
  [318] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
  [328] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_target, 17},
  [339] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 17},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
  [350] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 18},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_target, 17},
  [362] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
  [373] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
    {field_target, 19},
  [385] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 19},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
  [397] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 20},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
    {field_target, 19},
  [410] =
    {field_address, 0},
    {field_bytes, 2},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
    {field_operands, 20},
    {field_target, 21},
  [423] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 22},
    {field_mnemonic, 3},
    {field_operands, 4},
    {field_operands, 6},
    {field_operands, 8},
    {field_operands, 10},
    {field_operands, 12},
    {field_operands, 14},
    {field_operands, 16},
    {field_operands, 18},
    {field_operands, 20},
    {field_target, 21},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = sym__path,
    [2] = sym_number,
  },
  [2] = {
    [0] = sym__target_address,
  },
  [3] = {
    [0] = sym__target_address,
  },
  [5] = {
    [0] = alias_sym_function_name,
  },
  [6] = {
    [1] = sym__path,
  },
  [8] = {
    [0] = sym__path,
  },
  [9] = {
    [0] = sym__target_address,
  },
  [10] = {
    [0] = sym__target_address,
  },
  [11] = {
    [0] = sym__target_address,
  },
  [12] = {
    [3] = sym_number,
  },
  [14] = {
    [3] = sym_number,
  },
  [15] = {
    [0] = sym__target_address,
  },
  [16] = {
    [0] = sym__target_address,
  },
  [17] = {
    [0] = sym__target_address,
  },
  [18] = {
    [0] = sym__target_address,
  },
  [19] = {
    [3] = sym_number,
  },
  [21] = {
    [0] = sym__target_address,
  },
  [22] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [23] = {
    [3] = sym_number,
  },
  [24] = {
    [3] = sym_number,
  },
  [25] = {
    [1] = sym__target_address,
  },
  [26] = {
    [0] = sym__target_address,
  },
  [27] = {
    [0] = sym__target_address,
  },
  [28] = {
    [0] = sym__target_address,
  },
  [29] = {
    [3] = sym_number,
  },
  [30] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [31] = {
    [3] = sym_number,
  },
  [32] = {
    [2] = sym_number,
  },
  [34] = {
    [0] = sym__target_address,
  },
  [35] = {
    [0] = sym__target_address,
  },
  [36] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [37] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [39] = {
    [0] = sym__target_address,
  },
  [40] = {
    [0] = sym__target_address,
  },
  [42] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [43] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [44] = {
    [0] = sym__target_address,
  },
  [45] = {
    [0] = sym__target_address,
  },
  [47] = {
    [1] = sym_number,
  },
  [48] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [49] = {
    [0] = sym__target_address,
  },
  [50] = {
    [0] = sym__target_address,
  },
  [51] = {
    [2] = sym_number,
  },
  [52] = {
    [0] = sym__target_address,
  },
  [53] = {
    [0] = sym__target_address,
  },
  [54] = {
    [0] = sym__target_address,
  },
  [55] = {
    [0] = sym__target_address,
  },
  [56] = {
    [0] = sym__target_address,
  },
  [57] = {
    [0] = sym__target_address,
  },
  [58] = {
    [0] = sym__target_address,
  },
  [59] = {
    [0] = sym__target_address,
  },
  [60] = {
    [0] = sym__target_address,
  },
  [61] = {
    [0] = sym__target_address,
  },
  [62] = {
    [0] = sym__target_address,
  },
  [63] = {
    [0] = sym__target_address,
  },
  [64] = {
    [0] = sym__target_address,
  },
  [65] = {
    [0] = sym__target_address,
  },
  [66] = {
    [0] = sym__target_address,
  },
  [67] = {
    [0] = sym__target_address,
  },
  [68] = {
    [0] = sym__target_address,
  },
  [69] = {
    [0] = sym__target_address,
  },
  [70] = {
    [0] = sym__target_address,
  },
  [71] = {
    [0] = sym__target_address,
  },
  [72] = {
    [0] = sym__target_address,
  },
  [73] = {
    [0] = sym__target_address,
  },
  [74] = {
    [0] = sym__target_address,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
};

static TSCharacterRange sym_symbol_flags_character_set_2[] = {
  {' ', '!'}, {'C', 'D'}, {'F', 'F'}, {'I', 'I'}, {'O', 'O'}, {'W', 'W'}, {'d', 'd'}, {'f', 'g'},
  {'i', 'i'}, {'l', 'l'}, {'u', 'u'}, {'w', 'w'},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(197);
      ADVANCE_MAP(
        '\n', 198,
        '#', 231,
        '(', 289,
        ')', 290,
        '*', 291,
        '+', 293,
        ',', 259,
        '-', 301,
        '.', 299,
        ':', 233,
        '<', 240,
        '>', 241,
        '?', 317,
        'R', 328,
        '[', 294,
        ']', 295,
        'c', 287,
        'd', 287,
        'f', 284,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(329);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        ' ', 1,
        '!', 346,
        'C', 346,
        'D', 346,
        'F', 346,
        'I', 346,
        'O', 346,
        'W', 346,
        'd', 346,
        'f', 346,
        'g', 346,
        'i', 346,
        'l', 346,
        'u', 346,
        'w', 346,
      );
      END_STATE();
    case 2:
      if (lookahead == ' ') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(173);
      END_STATE();
    case 3:
      if (lookahead == ' ') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(184);
      END_STATE();
    case 4:
      if (lookahead == ' ') ADVANCE(171);
      END_STATE();
    case 5:
      if (lookahead == ' ') ADVANCE(180);
      END_STATE();
    case 6:
      if (lookahead == ' ') ADVANCE(183);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(176);
      END_STATE();
    case 7:
      if (lookahead == '\'') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(7);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '(', 10,
        '-', 15,
        '0', 265,
        ':', 233,
        '?', 317,
        'R', 39,
        'c', 103,
        'd', 75,
        'e', 93,
        'f', 81,
        'a', 156,
        'b', 156,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 9:
      if (lookahead == '(') ADVANCE(238);
      if (lookahead == ':') ADVANCE(233);
      if (lookahead == '<') ADVANCE(240);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (set_contains(sym_symbol_flags_character_set_2, 12, lookahead)) ADVANCE(346);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(239);
      END_STATE();
    case 10:
      if (lookahead == ')') ADVANCE(319);
      END_STATE();
    case 11:
      if (lookahead == '-') ADVANCE(15);
      if (lookahead == '0') ADVANCE(266);
      if (lookahead == '<') ADVANCE(84);
      if (lookahead == 'c') ADVANCE(107);
      if (lookahead == 'v') ADVANCE(114);
      if (lookahead == 'f' ||
          lookahead == 'r') ADVANCE(153);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(11);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(311);
      if (lookahead == 'f') ADVANCE(286);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(12);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(312);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(152);
      if (lookahead == '?') ADVANCE(317);
      if (lookahead == '[') ADVANCE(294);
      if (lookahead == 'f') ADVANCE(80);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(327);
      END_STATE();
    case 14:
      if (lookahead == '-') ADVANCE(152);
      if (lookahead == 'c') ADVANCE(283);
      if (lookahead == 'f') ADVANCE(285);
      if (lookahead == 'r') ADVANCE(153);
      if (lookahead == 'v') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      END_STATE();
    case 15:
      if (lookahead == '0') ADVANCE(266);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 16:
      if (lookahead == '0') ADVANCE(132);
      END_STATE();
    case 17:
      if (lookahead == '0') ADVANCE(133);
      END_STATE();
    case 18:
      if (lookahead == '0') ADVANCE(134);
      END_STATE();
    case 19:
      if (lookahead == ':') ADVANCE(344);
      END_STATE();
    case 20:
      if (lookahead == ':') ADVANCE(324);
      END_STATE();
    case 21:
      if (lookahead == ':') ADVANCE(332);
      END_STATE();
    case 22:
      if (lookahead == ':') ADVANCE(331);
      END_STATE();
    case 23:
      if (lookahead == '>') ADVANCE(21);
      END_STATE();
    case 24:
      if (lookahead == '>') ADVANCE(22);
      END_STATE();
    case 25:
      if (lookahead == 'A') ADVANCE(26);
      END_STATE();
    case 26:
      if (lookahead == 'B') ADVANCE(29);
      END_STATE();
    case 27:
      if (lookahead == 'B') ADVANCE(74);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(27);
      END_STATE();
    case 28:
      if (lookahead == 'E') ADVANCE(19);
      END_STATE();
    case 29:
      if (lookahead == 'L') ADVANCE(28);
      END_STATE();
    case 30:
      if (lookahead == 'N') ADVANCE(53);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(30);
      END_STATE();
    case 31:
      if (lookahead == 'N') ADVANCE(43);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 32:
      if (lookahead == 'S') ADVANCE(71);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(32);
      END_STATE();
    case 33:
      if (lookahead == 'T') ADVANCE(25);
      END_STATE();
    case 34:
      if (lookahead == 'T') ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(34);
      END_STATE();
    case 35:
      if (lookahead == 'V') ADVANCE(41);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      END_STATE();
    case 36:
      if (lookahead == 'V') ADVANCE(73);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 37:
      if (lookahead == '[') ADVANCE(16);
      END_STATE();
    case 38:
      if (lookahead == ']') ADVANCE(333);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(38);
      END_STATE();
    case 39:
      if (lookahead == '_') ADVANCE(188);
      END_STATE();
    case 40:
      if (lookahead == 'a') ADVANCE(106);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      END_STATE();
    case 41:
      if (lookahead == 'a') ADVANCE(82);
      END_STATE();
    case 42:
      if (lookahead == 'a') ADVANCE(48);
      END_STATE();
    case 43:
      if (lookahead == 'a') ADVANCE(87);
      END_STATE();
    case 44:
      if (lookahead == 'a') ADVANCE(128);
      END_STATE();
    case 45:
      if (lookahead == 'a') ADVANCE(77);
      END_STATE();
    case 46:
      if (lookahead == 'a') ADVANCE(121);
      END_STATE();
    case 47:
      if (lookahead == 'a') ADVANCE(86);
      END_STATE();
    case 48:
      if (lookahead == 'b') ADVANCE(83);
      END_STATE();
    case 49:
      if (lookahead == 'c') ADVANCE(68);
      END_STATE();
    case 50:
      if (lookahead == 'c') ADVANCE(125);
      END_STATE();
    case 51:
      if (lookahead == 'c') ADVANCE(113);
      END_STATE();
    case 52:
      if (lookahead == 'c') ADVANCE(47);
      END_STATE();
    case 53:
      if (lookahead == 'd') ADVANCE(131);
      END_STATE();
    case 54:
      if (lookahead == 'd') ADVANCE(145);
      END_STATE();
    case 55:
      if (lookahead == 'e') ADVANCE(236);
      END_STATE();
    case 56:
      if (lookahead == 'e') ADVANCE(321);
      END_STATE();
    case 57:
      if (lookahead == 'e') ADVANCE(325);
      END_STATE();
    case 58:
      if (lookahead == 'e') ADVANCE(139);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(50);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(116);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(141);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(142);
      END_STATE();
    case 63:
      if (lookahead == 'e') ADVANCE(110);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(144);
      END_STATE();
    case 66:
      if (lookahead == 'f') ADVANCE(140);
      END_STATE();
    case 67:
      if (lookahead == 'f') ADVANCE(101);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(67);
      END_STATE();
    case 68:
      if (lookahead == 'h') ADVANCE(70);
      END_STATE();
    case 69:
      if (lookahead == 'h') ADVANCE(63);
      END_STATE();
    case 70:
      if (lookahead == 'i') ADVANCE(130);
      END_STATE();
    case 71:
      if (lookahead == 'i') ADVANCE(137);
      END_STATE();
    case 72:
      if (lookahead == 'i') ADVANCE(99);
      END_STATE();
    case 73:
      if (lookahead == 'i') ADVANCE(119);
      END_STATE();
    case 74:
      if (lookahead == 'i') ADVANCE(91);
      END_STATE();
    case 75:
      if (lookahead == 'i') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 76:
      if (lookahead == 'i') ADVANCE(88);
      END_STATE();
    case 77:
      if (lookahead == 'i') ADVANCE(95);
      END_STATE();
    case 78:
      if (lookahead == 'i') ADVANCE(96);
      END_STATE();
    case 79:
      if (lookahead == 'i') ADVANCE(60);
      if (lookahead == 'y') ADVANCE(20);
      END_STATE();
    case 80:
      if (lookahead == 'i') ADVANCE(85);
      END_STATE();
    case 81:
      if (lookahead == 'i') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 82:
      if (lookahead == 'l') ADVANCE(129);
      END_STATE();
    case 83:
      if (lookahead == 'l') ADVANCE(56);
      END_STATE();
    case 84:
      if (lookahead == 'l') ADVANCE(102);
      if (lookahead == 'o') ADVANCE(123);
      END_STATE();
    case 85:
      if (lookahead == 'l') ADVANCE(65);
      END_STATE();
    case 86:
      if (lookahead == 'l') ADVANCE(64);
      END_STATE();
    case 87:
      if (lookahead == 'm') ADVANCE(57);
      END_STATE();
    case 88:
      if (lookahead == 'm') ADVANCE(78);
      END_STATE();
    case 89:
      if (lookahead == 'm') ADVANCE(46);
      END_STATE();
    case 90:
      if (lookahead == 'n') ADVANCE(237);
      END_STATE();
    case 91:
      if (lookahead == 'n') ADVANCE(54);
      END_STATE();
    case 92:
      if (lookahead == 'n') ADVANCE(262);
      END_STATE();
    case 93:
      if (lookahead == 'n') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 94:
      if (lookahead == 'n') ADVANCE(126);
      END_STATE();
    case 95:
      if (lookahead == 'n') ADVANCE(115);
      END_STATE();
    case 96:
      if (lookahead == 'n') ADVANCE(44);
      END_STATE();
    case 97:
      if (lookahead == 'n') ADVANCE(127);
      END_STATE();
    case 98:
      if (lookahead == 'o') ADVANCE(66);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(98);
      END_STATE();
    case 99:
      if (lookahead == 'o') ADVANCE(90);
      END_STATE();
    case 100:
      if (lookahead == 'o') ADVANCE(262);
      END_STATE();
    case 101:
      if (lookahead == 'o') ADVANCE(112);
      END_STATE();
    case 102:
      if (lookahead == 'o') ADVANCE(52);
      END_STATE();
    case 103:
      if (lookahead == 'o') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 104:
      if (lookahead == 'o') ADVANCE(109);
      END_STATE();
    case 105:
      if (lookahead == 'p') ADVANCE(62);
      END_STATE();
    case 106:
      if (lookahead == 'r') ADVANCE(49);
      END_STATE();
    case 107:
      if (lookahead == 'r') ADVANCE(153);
      END_STATE();
    case 108:
      if (lookahead == 'r') ADVANCE(79);
      END_STATE();
    case 109:
      if (lookahead == 'r') ADVANCE(318);
      END_STATE();
    case 110:
      if (lookahead == 'r') ADVANCE(23);
      END_STATE();
    case 111:
      if (lookahead == 'r') ADVANCE(136);
      END_STATE();
    case 112:
      if (lookahead == 'r') ADVANCE(89);
      END_STATE();
    case 113:
      if (lookahead == 'r') ADVANCE(76);
      END_STATE();
    case 114:
      if (lookahead == 's') ADVANCE(153);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(261);
      END_STATE();
    case 115:
      if (lookahead == 's') ADVANCE(323);
      END_STATE();
    case 116:
      if (lookahead == 's') ADVANCE(20);
      END_STATE();
    case 117:
      if (lookahead == 's') ADVANCE(51);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(59);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(118);
      END_STATE();
    case 119:
      if (lookahead == 's') ADVANCE(143);
      END_STATE();
    case 120:
      if (lookahead == 't') ADVANCE(262);
      END_STATE();
    case 121:
      if (lookahead == 't') ADVANCE(234);
      END_STATE();
    case 122:
      if (lookahead == 't') ADVANCE(108);
      END_STATE();
    case 123:
      if (lookahead == 't') ADVANCE(69);
      END_STATE();
    case 124:
      if (lookahead == 't') ADVANCE(42);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      END_STATE();
    case 125:
      if (lookahead == 't') ADVANCE(72);
      END_STATE();
    case 126:
      if (lookahead == 't') ADVANCE(45);
      END_STATE();
    case 127:
      if (lookahead == 't') ADVANCE(111);
      END_STATE();
    case 128:
      if (lookahead == 't') ADVANCE(104);
      END_STATE();
    case 129:
      if (lookahead == 'u') ADVANCE(58);
      END_STATE();
    case 130:
      if (lookahead == 'v') ADVANCE(55);
      END_STATE();
    case 131:
      if (lookahead == 'x') ADVANCE(146);
      END_STATE();
    case 132:
      if (lookahead == 'x') ADVANCE(162);
      END_STATE();
    case 133:
      if (lookahead == 'x') ADVANCE(163);
      END_STATE();
    case 134:
      if (lookahead == 'x') ADVANCE(154);
      END_STATE();
    case 135:
      if (lookahead == 'y') ADVANCE(105);
      END_STATE();
    case 136:
      if (lookahead == 'y') ADVANCE(24);
      END_STATE();
    case 137:
      if (lookahead == 'z') ADVANCE(61);
      END_STATE();
    case 138:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      END_STATE();
    case 139:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(32);
      END_STATE();
    case 140:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(118);
      END_STATE();
    case 141:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(34);
      END_STATE();
    case 142:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(27);
      END_STATE();
    case 143:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(30);
      END_STATE();
    case 144:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(67);
      END_STATE();
    case 145:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 146:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 147:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(147);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(200);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 148:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(148);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(296);
      END_STATE();
    case 149:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(149);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(235);
      END_STATE();
    case 150:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(239);
      END_STATE();
    case 151:
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 152:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 153:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(261);
      END_STATE();
    case 154:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(297);
      END_STATE();
    case 155:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(281);
      END_STATE();
    case 156:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 157:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      END_STATE();
    case 158:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 159:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(249);
      END_STATE();
    case 160:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(243);
      END_STATE();
    case 161:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(326);
      END_STATE();
    case 162:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(38);
      END_STATE();
    case 163:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(315);
      END_STATE();
    case 164:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(5);
      END_STATE();
    case 165:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(242);
      END_STATE();
    case 166:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(158);
      END_STATE();
    case 167:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(159);
      END_STATE();
    case 168:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(160);
      END_STATE();
    case 169:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(161);
      END_STATE();
    case 170:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(164);
      END_STATE();
    case 171:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(165);
      END_STATE();
    case 172:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(3);
      END_STATE();
    case 173:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(167);
      END_STATE();
    case 174:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(168);
      END_STATE();
    case 175:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(169);
      END_STATE();
    case 176:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(171);
      END_STATE();
    case 177:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(246);
      END_STATE();
    case 178:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(4);
      END_STATE();
    case 179:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(177);
      END_STATE();
    case 180:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(178);
      END_STATE();
    case 181:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(174);
      END_STATE();
    case 182:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(175);
      END_STATE();
    case 183:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(176);
      END_STATE();
    case 184:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(6);
      END_STATE();
    case 185:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(182);
      END_STATE();
    case 186:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(185);
      END_STATE();
    case 187:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(186);
      END_STATE();
    case 188:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(313);
      END_STATE();
    case 189:
      if (eof) ADVANCE(197);
      ADVANCE_MAP(
        '\n', 198,
        '#', 232,
        '(', 288,
        ')', 290,
        '.', 203,
        ':', 233,
        '>', 241,
        'D', 214,
        'I', 220,
        'N', 225,
        'S', 209,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(189);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(200);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(230);
      END_STATE();
    case 190:
      if (eof) ADVANCE(197);
      ADVANCE_MAP(
        '\n', 198,
        '#', 298,
        '\'', 7,
        '(', 288,
        ')', 290,
        '*', 291,
        '+', 292,
        ',', 259,
        '-', 15,
        '0', 264,
        '<', 240,
        '[', 294,
        ']', 295,
        'c', 283,
        'e', 282,
        'f', 285,
        'g', 120,
        'l', 120,
        'r', 153,
        's', 100,
        'u', 92,
        'v', 114,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(190);
      if (('a' <= lookahead && lookahead <= 'd')) ADVANCE(287);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(267);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(329);
      END_STATE();
    case 191:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '-') ADVANCE(334);
      if (lookahead == '.') ADVANCE(338);
      if (lookahead == '0') ADVANCE(341);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(191);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 192:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '.') ADVANCE(338);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 193:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '>') ADVANCE(241);
      if (lookahead == ']') ADVANCE(295);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(18);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(193);
      if (lookahead == '.' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 194:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(194);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(172);
      if (lookahead == '.' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 195:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(195);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 196:
      if (eof) ADVANCE(197);
      if (lookahead == '\n') ADVANCE(198);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(196);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(anon_sym_LF);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__hex);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(199);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__hex);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(200);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(33);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(316);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ':') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'B') ADVANCE(208);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'L') ADVANCE(201);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'M') ADVANCE(205);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'O') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'Y') ADVANCE(207);
      if (lookahead == 'y') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'a') ADVANCE(224);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'e') ADVANCE(219);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'i') ADVANCE(222);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(211);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'n') ADVANCE(227);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'o') ADVANCE(216);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(223);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'u') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'y') ADVANCE(229);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__path);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(230);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(231);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(231);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(232);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(aux_sym_file_header_token1);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_file_format);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(235);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_archive_header_token1);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_section_header_token1);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead == ')') ADVANCE(320);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(239);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(239);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(anon_sym_LT);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__full_group);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_byte_group);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(166);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(269);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(157);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(168);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(179);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_byte_group);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(187);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_byte_group);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(187);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_mnemonic);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(170);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(255);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(183);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(257);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(251);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(242);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(252);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(254);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(256);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(250);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_register);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(261);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_condition_bit);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == ' ') ADVANCE(181);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(173);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(155);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(155);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(244);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(244);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(263);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(248);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(326);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(326);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(270);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(272);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(175);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(275);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(182);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(276);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(277);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(186);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(278);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__decimal);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__hexnum);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(281);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'q') ADVANCE(262);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'r') ADVANCE(153);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(199);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(310);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__hexword);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == ')') ADVANCE(319);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '0') ADVANCE(307);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_symbol_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(296);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_offset);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(297);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(300);
      if (lookahead == 'h') ADVANCE(305);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(316);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '0') ADVANCE(280);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(280);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(304);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(302);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'e') ADVANCE(306);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'i') ADVANCE(303);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'n') ADVANCE(345);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'x') ADVANCE(308);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(297);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(309);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(309);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__comment_text);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(312);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__comment_text);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(312);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(312);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_relocation_type);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(313);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__reloc_symbol);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+') ADVANCE(314);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__addend);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(315);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_elision);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(anon_sym_discriminator);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(239);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token1);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token2);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_contains);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token3);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_readelf_column_header);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__value16);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == ' ') ADVANCE(37);
      if (lookahead == '[') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_') ADVANCE(329);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(327);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == '_') ADVANCE(330);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z')) ADVANCE(329);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(329);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(313);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(anon_sym_LTlocalentry_GT_COLON);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(anon_sym_LTother_GT_COLON);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(aux_sym_section_index_token1);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '0') ADVANCE(341);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(337);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(335);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'e') ADVANCE(340);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'h') ADVANCE(339);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'i') ADVANCE(336);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'n') ADVANCE(345);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'x') ADVANCE(342);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(281);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(343);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_objdump_symtab_header);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(anon_sym_DOThidden);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_symbol_flags);
      ADVANCE_MAP(
        ' ', 1,
        '!', 346,
        'C', 346,
        'D', 346,
        'F', 346,
        'I', 346,
        'O', 346,
        'W', 346,
        'd', 346,
        'f', 346,
        'g', 346,
        'i', 346,
        'l', 346,
        'u', 346,
        'w', 346,
      );
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 189, .external_lex_state = 2},
  [2] = {.lex_state = 189, .external_lex_state = 2},
  [3] = {.lex_state = 189, .external_lex_state = 2},
  [4] = {.lex_state = 189, .external_lex_state = 2},
  [5] = {.lex_state = 189, .external_lex_state = 2},
  [6] = {.lex_state = 189, .external_lex_state = 2},
  [7] = {.lex_state = 190},
  [8] = {.lex_state = 189, .external_lex_state = 2},
  [9] = {.lex_state = 189, .external_lex_state = 2},
  [10] = {.lex_state = 189, .external_lex_state = 2},
  [11] = {.lex_state = 190},
  [12] = {.lex_state = 190},
  [13] = {.lex_state = 190},
  [14] = {.lex_state = 190},
  [15] = {.lex_state = 190},
  [16] = {.lex_state = 190},
  [17] = {.lex_state = 190},
  [18] = {.lex_state = 190},
  [19] = {.lex_state = 8},
  [20] = {.lex_state = 190},
  [21] = {.lex_state = 190},
  [22] = {.lex_state = 190},
  [23] = {.lex_state = 13},
  [24] = {.lex_state = 9},
  [25] = {.lex_state = 190},
  [26] = {.lex_state = 191},
  [27] = {.lex_state = 190},
  [28] = {.lex_state = 191},
  [29] = {.lex_state = 190},
  [30] = {.lex_state = 190},
  [31] = {.lex_state = 190},
  [32] = {.lex_state = 190},
  [33] = {.lex_state = 190},
  [34] = {.lex_state = 190},
  [35] = {.lex_state = 190},
  [36] = {.lex_state = 190},
  [37] = {.lex_state = 190},
  [38] = {.lex_state = 11},
  [39] = {.lex_state = 190},
  [40] = {.lex_state = 194},
  [41] = {.lex_state = 192},
  [42] = {.lex_state = 190},
  [43] = {.lex_state = 11},
  [44] = {.lex_state = 190},
  [45] = {.lex_state = 190},
  [46] = {.lex_state = 190},
  [47] = {.lex_state = 189},
  [48] = {.lex_state = 190},
  [49] = {.lex_state = 195},
  [50] = {.lex_state = 190},
  [51] = {.lex_state = 190},
  [52] = {.lex_state = 190},
  [53] = {.lex_state = 11},
  [54] = {.lex_state = 190},
  [55] = {.lex_state = 192},
  [56] = {.lex_state = 13},
  [57] = {.lex_state = 190},
  [58] = {.lex_state = 14},
  [59] = {.lex_state = 190},
  [60] = {.lex_state = 13},
  [61] = {.lex_state = 196},
  [62] = {.lex_state = 196},
  [63] = {.lex_state = 190},
  [64] = {.lex_state = 193},
  [65] = {.lex_state = 196},
  [66] = {.lex_state = 196},
  [67] = {.lex_state = 190},
  [68] = {.lex_state = 196},
  [69] = {.lex_state = 190},
  [70] = {.lex_state = 12},
  [71] = {.lex_state = 13},
  [72] = {.lex_state = 190},
  [73] = {.lex_state = 13},
  [74] = {.lex_state = 13},
  [75] = {.lex_state = 190},
  [76] = {.lex_state = 193},
  [77] = {.lex_state = 190},
  [78] = {.lex_state = 196},
  [79] = {.lex_state = 190},
  [80] = {.lex_state = 194},
  [81] = {.lex_state = 190},
  [82] = {.lex_state = 196},
  [83] = {.lex_state = 190},
  [84] = {.lex_state = 190},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 190},
  [87] = {.lex_state = 14},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 0},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 147},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 0},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 0},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 11},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 193},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 193},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 0},
  [130] = {.lex_state = 0},
  [131] = {.lex_state = 0},
  [132] = {.lex_state = 8},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 190},
  [137] = {.lex_state = 8},
  [138] = {.lex_state = 190},
  [139] = {.lex_state = 189},
  [140] = {.lex_state = 190},
  [141] = {.lex_state = 8},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 189},
  [144] = {.lex_state = 190},
  [145] = {.lex_state = 13},
  [146] = {.lex_state = 8},
  [147] = {.lex_state = 189},
  [148] = {.lex_state = 190},
  [149] = {.lex_state = 13},
  [150] = {.lex_state = 189},
  [151] = {.lex_state = 190},
  [152] = {.lex_state = 189},
  [153] = {.lex_state = 148},
  [154] = {.lex_state = 149},
  [155] = {.lex_state = 190},
  [156] = {.lex_state = 190},
  [157] = {.lex_state = 13},
  [158] = {.lex_state = 0},
  [159] = {.lex_state = 148},
  [160] = {.lex_state = 189},
  [161] = {.lex_state = 8},
  [162] = {.lex_state = 148},
  [163] = {.lex_state = 150},
  [164] = {.lex_state = 190},
  [165] = {.lex_state = 150},
  [166] = {.lex_state = 190},
  [167] = {.lex_state = 190},
  [168] = {.lex_state = 189},
  [169] = {.lex_state = 189},
  [170] = {.lex_state = 189},
  [171] = {.lex_state = 8},
  [172] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LF] = ACTIONS(1),
    [sym__hex] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_LT] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [sym__decimal] = ACTIONS(1),
    [sym__hexword] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_PLUS] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [sym_offset] = ACTIONS(1),
    [anon_sym_POUND] = ACTIONS(1),
    [sym__comment_text] = ACTIONS(1),
    [sym_relocation_type] = ACTIONS(1),
    [sym_elision] = ACTIONS(1),
    [anon_sym_QMARK] = ACTIONS(1),
    [anon_sym_discriminator] = ACTIONS(1),
    [anon_sym_LPAREN_RPAREN] = ACTIONS(1),
    [anon_sym_contains] = ACTIONS(1),
    [sym__upper] = ACTIONS(1),
    [sym__rest] = ACTIONS(1),
    [anon_sym_DOThidden] = ACTIONS(1),
    [sym__source_text] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(142),
    [sym__block] = STATE(2),
    [sym__line] = STATE(93),
    [sym_source_line] = STATE(93),
    [sym_file_header] = STATE(93),
    [sym_archive_header] = STATE(93),
    [sym_section_header] = STATE(93),
    [sym_symbol_header] = STATE(93),
    [sym_instruction_line] = STATE(93),
    [sym_byte_line] = STATE(93),
    [sym_relocation_line] = STATE(93),
    [sym_file_line] = STATE(93),
    [sym_function_line] = STATE(93),
    [sym_readelf_symtab_header] = STATE(93),
    [sym_readelf_symbol] = STATE(93),
    [sym_objdump_symbol] = STATE(93),
    [aux_sym_source_file_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_LF] = ACTIONS(5),
    [sym__hex] = ACTIONS(7),
    [sym__path] = ACTIONS(9),
    [sym_comment] = ACTIONS(11),
    [aux_sym_archive_header_token1] = ACTIONS(13),
    [aux_sym_section_header_token1] = ACTIONS(15),
    [sym_elision] = ACTIONS(11),
    [aux_sym_readelf_symtab_header_token1] = ACTIONS(17),
    [sym_readelf_column_header] = ACTIONS(11),
    [sym_objdump_symtab_header] = ACTIONS(11),
    [sym__source_text] = ACTIONS(19),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 11,
    ACTIONS(7), 1,
      sym__hex,
    ACTIONS(9), 1,
      sym__path,
    ACTIONS(13), 1,
      aux_sym_archive_header_token1,
    ACTIONS(15), 1,
      aux_sym_section_header_token1,
    ACTIONS(17), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(19), 1,
      sym__source_text,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(23), 1,
      anon_sym_LF,
    STATE(3), 2,
      sym__block,
      aux_sym_source_file_repeat1,
    ACTIONS(25), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(102), 14,
      sym__line,
      sym_source_line,
      sym_file_header,
      sym_archive_header,
      sym_section_header,
      sym_symbol_header,
      sym_instruction_line,
      sym_byte_line,
      sym_relocation_line,
      sym_file_line,
      sym_function_line,
      sym_readelf_symtab_header,
      sym_readelf_symbol,
      sym_objdump_symbol,
  [51] = 11,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LF,
    ACTIONS(32), 1,
      sym__hex,
    ACTIONS(35), 1,
      sym__path,
    ACTIONS(41), 1,
      aux_sym_archive_header_token1,
    ACTIONS(44), 1,
      aux_sym_section_header_token1,
    ACTIONS(47), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(50), 1,
      sym__source_text,
    STATE(3), 2,
      sym__block,
      aux_sym_source_file_repeat1,
    ACTIONS(38), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(158), 14,
      sym__line,
      sym_source_line,
      sym_file_header,
      sym_archive_header,
      sym_section_header,
      sym_symbol_header,
      sym_instruction_line,
      sym_byte_line,
      sym_relocation_line,
      sym_file_line,
      sym_function_line,
      sym_readelf_symtab_header,
      sym_readelf_symbol,
      sym_objdump_symbol,
  [102] = 11,
    ACTIONS(7), 1,
      sym__hex,
    ACTIONS(9), 1,
      sym__path,
    ACTIONS(13), 1,
      aux_sym_archive_header_token1,
    ACTIONS(15), 1,
      aux_sym_section_header_token1,
    ACTIONS(17), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(19), 1,
      sym__source_text,
    ACTIONS(53), 1,
      ts_builtin_sym_end,
    ACTIONS(55), 1,
      anon_sym_LF,
    STATE(5), 1,
      aux_sym__block_repeat1,
    ACTIONS(57), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(172), 14,
      sym__line,
      sym_source_line,
      sym_file_header,
      sym_archive_header,
      sym_section_header,
      sym_symbol_header,
      sym_instruction_line,
      sym_byte_line,
      sym_relocation_line,
      sym_file_line,
      sym_function_line,
      sym_readelf_symtab_header,
      sym_readelf_symbol,
      sym_objdump_symbol,
  [152] = 11,
    ACTIONS(7), 1,
      sym__hex,
    ACTIONS(9), 1,
      sym__path,
    ACTIONS(13), 1,
      aux_sym_archive_header_token1,
    ACTIONS(15), 1,
      aux_sym_section_header_token1,
    ACTIONS(17), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(19), 1,
      sym__source_text,
    ACTIONS(59), 1,
      ts_builtin_sym_end,
    ACTIONS(61), 1,
      anon_sym_LF,
    STATE(6), 1,
      aux_sym__block_repeat1,
    ACTIONS(57), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(172), 14,
      sym__line,
      sym_source_line,
      sym_file_header,
      sym_archive_header,
      sym_section_header,
      sym_symbol_header,
      sym_instruction_line,
      sym_byte_line,
      sym_relocation_line,
      sym_file_line,
      sym_function_line,
      sym_readelf_symtab_header,
      sym_readelf_symbol,
      sym_objdump_symbol,
  [202] = 10,
    ACTIONS(65), 1,
      sym__hex,
    ACTIONS(68), 1,
      sym__path,
    ACTIONS(74), 1,
      aux_sym_archive_header_token1,
    ACTIONS(77), 1,
      aux_sym_section_header_token1,
    ACTIONS(80), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(83), 1,
      sym__source_text,
    STATE(6), 1,
      aux_sym__block_repeat1,
    ACTIONS(63), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
    ACTIONS(71), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(172), 14,
      sym__line,
      sym_source_line,
      sym_file_header,
      sym_archive_header,
      sym_section_header,
      sym_symbol_header,
      sym_instruction_line,
      sym_byte_line,
      sym_relocation_line,
      sym_file_line,
      sym_function_line,
      sym_readelf_symtab_header,
      sym_readelf_symbol,
      sym_objdump_symbol,
  [250] = 15,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(92), 1,
      sym_condition_bit,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(22), 1,
      sym_number,
    STATE(52), 1,
      sym_symbol_reference,
    STATE(72), 1,
      sym__target_address,
    STATE(105), 1,
      sym__insn_comment,
    ACTIONS(86), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
    STATE(31), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [299] = 2,
    ACTIONS(106), 2,
      sym__hex,
      sym__path,
    ACTIONS(59), 10,
      sym__source_text,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_comment,
      aux_sym_archive_header_token1,
      aux_sym_section_header_token1,
      sym_elision,
      aux_sym_readelf_symtab_header_token1,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
  [316] = 2,
    ACTIONS(108), 2,
      sym__hex,
      sym__path,
    ACTIONS(63), 10,
      sym__source_text,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_comment,
      aux_sym_archive_header_token1,
      aux_sym_section_header_token1,
      sym_elision,
      aux_sym_readelf_symtab_header_token1,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
  [333] = 2,
    ACTIONS(112), 2,
      sym__hex,
      sym__path,
    ACTIONS(110), 10,
      sym__source_text,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_comment,
      aux_sym_archive_header_token1,
      aux_sym_section_header_token1,
      sym_elision,
      aux_sym_readelf_symtab_header_token1,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
  [350] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(114), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(59), 1,
      sym__target_address,
    STATE(27), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [380] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(116), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(83), 1,
      sym__target_address,
    STATE(35), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [410] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(118), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(69), 1,
      sym__target_address,
    STATE(29), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [440] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(120), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(75), 1,
      sym__target_address,
    STATE(30), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [470] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(122), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(77), 1,
      sym__target_address,
    STATE(32), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [500] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(124), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(79), 1,
      sym__target_address,
    STATE(33), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [530] = 9,
    ACTIONS(90), 1,
      sym_register,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(126), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(81), 1,
      sym__target_address,
    STATE(34), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [560] = 2,
    ACTIONS(130), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(128), 6,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [573] = 7,
    ACTIONS(132), 1,
      aux_sym_file_header_token1,
    ACTIONS(134), 1,
      sym_byte_group,
    ACTIONS(136), 1,
      sym__decimal,
    ACTIONS(140), 1,
      sym_relocation_type,
    ACTIONS(142), 1,
      anon_sym_QMARK,
    STATE(64), 1,
      sym_byte_sequence,
    ACTIONS(138), 2,
      sym__hexnum,
      sym__value16,
  [596] = 1,
    ACTIONS(128), 7,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [606] = 2,
    ACTIONS(130), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(144), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [617] = 3,
    ACTIONS(146), 1,
      anon_sym_LPAREN,
    ACTIONS(148), 1,
      anon_sym_STAR,
    ACTIONS(144), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [630] = 5,
    ACTIONS(152), 1,
      anon_sym_LBRACK,
    ACTIONS(154), 1,
      sym__upper,
    STATE(56), 1,
      sym_symbol_other,
    STATE(66), 1,
      sym_section_index,
    ACTIONS(150), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [647] = 5,
    ACTIONS(156), 1,
      anon_sym_COLON,
    ACTIONS(158), 1,
      sym_section_name,
    ACTIONS(160), 1,
      anon_sym_LT,
    ACTIONS(162), 1,
      anon_sym_LPAREN_RPAREN,
    ACTIONS(164), 1,
      sym_symbol_flags,
  [663] = 4,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(99), 1,
      sym_symbol_reference,
    ACTIONS(166), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [677] = 4,
    ACTIONS(170), 1,
      sym__hexnum,
    ACTIONS(172), 1,
      sym__rest,
    ACTIONS(174), 1,
      anon_sym_DOThidden,
    ACTIONS(168), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [691] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(178), 1,
      anon_sym_COMMA,
    STATE(133), 1,
      sym__insn_comment,
    ACTIONS(176), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [705] = 4,
    ACTIONS(182), 1,
      sym__hexnum,
    ACTIONS(184), 1,
      sym__rest,
    ACTIONS(186), 1,
      anon_sym_DOThidden,
    ACTIONS(180), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [719] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(190), 1,
      anon_sym_COMMA,
    STATE(98), 1,
      sym__insn_comment,
    ACTIONS(188), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [733] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      anon_sym_COMMA,
    STATE(106), 1,
      sym__insn_comment,
    ACTIONS(192), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [747] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(198), 1,
      anon_sym_COMMA,
    STATE(94), 1,
      sym__insn_comment,
    ACTIONS(196), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [761] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(202), 1,
      anon_sym_COMMA,
    STATE(112), 1,
      sym__insn_comment,
    ACTIONS(200), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [775] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(206), 1,
      anon_sym_COMMA,
    STATE(118), 1,
      sym__insn_comment,
    ACTIONS(204), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [789] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(210), 1,
      anon_sym_COMMA,
    STATE(124), 1,
      sym__insn_comment,
    ACTIONS(208), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [803] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(130), 1,
      sym__insn_comment,
    ACTIONS(212), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [817] = 1,
    ACTIONS(216), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [824] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(90), 1,
      sym__insn_comment,
    ACTIONS(218), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [835] = 4,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(220), 1,
      sym_register,
    ACTIONS(222), 1,
      sym__decimal,
    STATE(143), 1,
      sym_number,
  [848] = 1,
    ACTIONS(224), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [855] = 3,
    ACTIONS(228), 1,
      sym__full_group,
    ACTIONS(230), 1,
      sym_mnemonic,
    ACTIONS(226), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [866] = 3,
    ACTIONS(234), 1,
      sym__rest,
    ACTIONS(236), 1,
      anon_sym_DOThidden,
    ACTIONS(232), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [877] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(101), 1,
      sym__insn_comment,
    ACTIONS(238), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [888] = 4,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(222), 1,
      sym__decimal,
    ACTIONS(240), 1,
      sym_register,
    STATE(150), 1,
      sym_number,
  [901] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(100), 1,
      sym__insn_comment,
    ACTIONS(242), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [912] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(107), 1,
      sym__insn_comment,
    ACTIONS(244), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [923] = 1,
    ACTIONS(246), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [930] = 3,
    ACTIONS(250), 1,
      anon_sym_LPAREN,
    STATE(104), 1,
      sym_discriminator,
    ACTIONS(248), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [941] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(113), 1,
      sym__insn_comment,
    ACTIONS(252), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [952] = 3,
    ACTIONS(256), 1,
      sym__reloc_symbol,
    ACTIONS(258), 1,
      sym__addend,
    ACTIONS(254), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [963] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(134), 1,
      sym__insn_comment,
    ACTIONS(260), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [974] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(119), 1,
      sym__insn_comment,
    ACTIONS(262), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [985] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(96), 1,
      sym__insn_comment,
    ACTIONS(264), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [996] = 4,
    ACTIONS(266), 1,
      sym__decimal,
    ACTIONS(268), 1,
      sym__hexnum,
    ACTIONS(270), 1,
      anon_sym_LTlocalentry_GT_COLON,
    ACTIONS(272), 1,
      anon_sym_LTother_GT_COLON,
  [1009] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(125), 1,
      sym__insn_comment,
    ACTIONS(274), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1020] = 3,
    ACTIONS(278), 1,
      sym__rest,
    ACTIONS(280), 1,
      anon_sym_DOThidden,
    ACTIONS(276), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1031] = 3,
    ACTIONS(154), 1,
      sym__upper,
    STATE(68), 1,
      sym_section_index,
    ACTIONS(150), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1042] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(131), 1,
      sym__insn_comment,
    ACTIONS(282), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1053] = 2,
    STATE(84), 1,
      sym__target_address,
    ACTIONS(98), 3,
      sym_register,
      sym__decimal,
      sym__hexword,
  [1062] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(37), 1,
      sym_symbol_reference,
  [1072] = 2,
    ACTIONS(132), 1,
      aux_sym_file_header_token1,
    ACTIONS(142), 2,
      sym__decimal,
      anon_sym_QMARK,
  [1080] = 2,
    ACTIONS(286), 1,
      sym__rest,
    ACTIONS(284), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1088] = 2,
    ACTIONS(290), 1,
      sym__rest,
    ACTIONS(288), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1096] = 1,
    ACTIONS(292), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [1102] = 2,
    ACTIONS(296), 1,
      sym_mnemonic,
    ACTIONS(294), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1110] = 1,
    ACTIONS(298), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym__rest,
  [1116] = 2,
    ACTIONS(302), 1,
      sym__rest,
    ACTIONS(300), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1124] = 1,
    ACTIONS(304), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [1130] = 2,
    ACTIONS(308), 1,
      sym__rest,
    ACTIONS(306), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1138] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(42), 1,
      sym_symbol_reference,
  [1148] = 3,
    ACTIONS(310), 1,
      sym__decimal,
    ACTIONS(312), 1,
      sym__hexword,
    ACTIONS(314), 1,
      sym__comment_text,
  [1158] = 2,
    ACTIONS(318), 1,
      sym__upper,
    ACTIONS(316), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1166] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(44), 1,
      sym_symbol_reference,
  [1176] = 2,
    ACTIONS(322), 1,
      sym__upper,
    ACTIONS(320), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1184] = 2,
    ACTIONS(326), 1,
      sym__upper,
    ACTIONS(324), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1192] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(45), 1,
      sym_symbol_reference,
  [1202] = 1,
    ACTIONS(328), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_mnemonic,
  [1208] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(48), 1,
      sym_symbol_reference,
  [1218] = 2,
    ACTIONS(332), 1,
      sym__rest,
    ACTIONS(330), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1226] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(51), 1,
      sym_symbol_reference,
  [1236] = 2,
    ACTIONS(336), 1,
      sym__addend,
    ACTIONS(334), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1244] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(54), 1,
      sym_symbol_reference,
  [1254] = 2,
    ACTIONS(340), 1,
      sym__rest,
    ACTIONS(338), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1262] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(57), 1,
      sym_symbol_reference,
  [1272] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(50), 1,
      sym_symbol_reference,
  [1282] = 1,
    ACTIONS(342), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1287] = 1,
    ACTIONS(130), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
  [1292] = 2,
    ACTIONS(344), 1,
      sym__decimal,
    ACTIONS(346), 1,
      sym__hexword,
  [1299] = 1,
    ACTIONS(348), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1304] = 1,
    ACTIONS(350), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1309] = 1,
    ACTIONS(352), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1314] = 1,
    ACTIONS(354), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1319] = 2,
    ACTIONS(356), 1,
      sym__hex,
    ACTIONS(358), 1,
      sym__path,
  [1326] = 2,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(360), 1,
      anon_sym_LF,
  [1333] = 1,
    ACTIONS(362), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1338] = 1,
    ACTIONS(364), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1343] = 1,
    ACTIONS(366), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1348] = 1,
    ACTIONS(368), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1353] = 1,
    ACTIONS(370), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1358] = 1,
    ACTIONS(372), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1363] = 1,
    ACTIONS(374), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1368] = 1,
    ACTIONS(376), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1373] = 2,
    ACTIONS(360), 1,
      anon_sym_LF,
    ACTIONS(378), 1,
      ts_builtin_sym_end,
  [1380] = 1,
    ACTIONS(380), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1385] = 1,
    ACTIONS(382), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1390] = 1,
    ACTIONS(384), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1395] = 1,
    ACTIONS(386), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1400] = 1,
    ACTIONS(388), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1405] = 1,
    ACTIONS(390), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1410] = 2,
    ACTIONS(392), 1,
      sym__decimal,
    ACTIONS(394), 1,
      sym__hexnum,
  [1417] = 1,
    ACTIONS(396), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1422] = 1,
    ACTIONS(398), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1427] = 1,
    ACTIONS(400), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1432] = 1,
    ACTIONS(402), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1437] = 1,
    ACTIONS(404), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1442] = 1,
    ACTIONS(406), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1447] = 1,
    ACTIONS(408), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1452] = 1,
    ACTIONS(410), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1457] = 1,
    ACTIONS(412), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1462] = 1,
    ACTIONS(414), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1467] = 1,
    ACTIONS(416), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1472] = 1,
    ACTIONS(418), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1477] = 1,
    ACTIONS(420), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1482] = 2,
    ACTIONS(422), 1,
      anon_sym_GT,
    ACTIONS(424), 1,
      sym_offset,
  [1489] = 1,
    ACTIONS(426), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1494] = 1,
    ACTIONS(428), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1499] = 1,
    ACTIONS(430), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1504] = 2,
    ACTIONS(422), 1,
      anon_sym_RBRACK,
    ACTIONS(432), 1,
      sym_offset,
  [1511] = 1,
    ACTIONS(434), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1516] = 1,
    ACTIONS(436), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1521] = 1,
    ACTIONS(438), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1526] = 1,
    ACTIONS(440), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1531] = 2,
    ACTIONS(442), 1,
      anon_sym_COLON,
    ACTIONS(444), 1,
      anon_sym_LPAREN_RPAREN,
  [1538] = 1,
    ACTIONS(446), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1543] = 1,
    ACTIONS(448), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1548] = 1,
    ACTIONS(450), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1553] = 1,
    ACTIONS(452), 1,
      sym_register,
  [1557] = 1,
    ACTIONS(454), 1,
      sym__value16,
  [1561] = 1,
    ACTIONS(456), 1,
      anon_sym_RBRACK,
  [1565] = 1,
    ACTIONS(458), 1,
      anon_sym_COLON,
  [1569] = 1,
    ACTIONS(460), 1,
      aux_sym_readelf_symtab_header_token2,
  [1573] = 1,
    ACTIONS(462), 1,
      aux_sym_readelf_symtab_header_token3,
  [1577] = 1,
    ACTIONS(464), 1,
      ts_builtin_sym_end,
  [1581] = 1,
    ACTIONS(466), 1,
      anon_sym_RPAREN,
  [1585] = 1,
    ACTIONS(468), 1,
      anon_sym_PLUS,
  [1589] = 1,
    ACTIONS(470), 1,
      sym__decimal,
  [1593] = 1,
    ACTIONS(472), 1,
      sym__value16,
  [1597] = 1,
    ACTIONS(474), 1,
      anon_sym_RPAREN,
  [1601] = 1,
    ACTIONS(476), 1,
      sym__upper,
  [1605] = 1,
    ACTIONS(478), 1,
      sym__decimal,
  [1609] = 1,
    ACTIONS(480), 1,
      anon_sym_RPAREN,
  [1613] = 1,
    ACTIONS(482), 1,
      sym__upper,
  [1617] = 1,
    ACTIONS(456), 1,
      anon_sym_GT,
  [1621] = 1,
    ACTIONS(484), 1,
      sym_symbol_name,
  [1625] = 1,
    ACTIONS(486), 1,
      sym_file_format,
  [1629] = 1,
    ACTIONS(488), 1,
      sym_condition_bit,
  [1633] = 1,
    ACTIONS(490), 1,
      anon_sym_RBRACK,
  [1637] = 1,
    ACTIONS(492), 1,
      sym__decimal,
  [1641] = 1,
    ACTIONS(360), 1,
      anon_sym_LF,
  [1645] = 1,
    ACTIONS(494), 1,
      sym_symbol_name,
  [1649] = 1,
    ACTIONS(496), 1,
      anon_sym_COLON,
  [1653] = 1,
    ACTIONS(498), 1,
      anon_sym_discriminator,
  [1657] = 1,
    ACTIONS(500), 1,
      sym_symbol_name,
  [1661] = 1,
    ACTIONS(502), 1,
      sym_section_name,
  [1665] = 1,
    ACTIONS(504), 1,
      sym__upper,
  [1669] = 1,
    ACTIONS(506), 1,
      sym_section_name,
  [1673] = 1,
    ACTIONS(508), 1,
      anon_sym_RBRACK,
  [1677] = 1,
    ACTIONS(510), 1,
      anon_sym_RBRACK,
  [1681] = 1,
    ACTIONS(512), 1,
      anon_sym_COLON,
  [1685] = 1,
    ACTIONS(514), 1,
      anon_sym_COLON,
  [1689] = 1,
    ACTIONS(516), 1,
      anon_sym_GT,
  [1693] = 1,
    ACTIONS(518), 1,
      anon_sym_contains,
  [1697] = 1,
    ACTIONS(520), 1,
      anon_sym_LF,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 51,
  [SMALL_STATE(4)] = 102,
  [SMALL_STATE(5)] = 152,
  [SMALL_STATE(6)] = 202,
  [SMALL_STATE(7)] = 250,
  [SMALL_STATE(8)] = 299,
  [SMALL_STATE(9)] = 316,
  [SMALL_STATE(10)] = 333,
  [SMALL_STATE(11)] = 350,
  [SMALL_STATE(12)] = 380,
  [SMALL_STATE(13)] = 410,
  [SMALL_STATE(14)] = 440,
  [SMALL_STATE(15)] = 470,
  [SMALL_STATE(16)] = 500,
  [SMALL_STATE(17)] = 530,
  [SMALL_STATE(18)] = 560,
  [SMALL_STATE(19)] = 573,
  [SMALL_STATE(20)] = 596,
  [SMALL_STATE(21)] = 606,
  [SMALL_STATE(22)] = 617,
  [SMALL_STATE(23)] = 630,
  [SMALL_STATE(24)] = 647,
  [SMALL_STATE(25)] = 663,
  [SMALL_STATE(26)] = 677,
  [SMALL_STATE(27)] = 691,
  [SMALL_STATE(28)] = 705,
  [SMALL_STATE(29)] = 719,
  [SMALL_STATE(30)] = 733,
  [SMALL_STATE(31)] = 747,
  [SMALL_STATE(32)] = 761,
  [SMALL_STATE(33)] = 775,
  [SMALL_STATE(34)] = 789,
  [SMALL_STATE(35)] = 803,
  [SMALL_STATE(36)] = 817,
  [SMALL_STATE(37)] = 824,
  [SMALL_STATE(38)] = 835,
  [SMALL_STATE(39)] = 848,
  [SMALL_STATE(40)] = 855,
  [SMALL_STATE(41)] = 866,
  [SMALL_STATE(42)] = 877,
  [SMALL_STATE(43)] = 888,
  [SMALL_STATE(44)] = 901,
  [SMALL_STATE(45)] = 912,
  [SMALL_STATE(46)] = 923,
  [SMALL_STATE(47)] = 930,
  [SMALL_STATE(48)] = 941,
  [SMALL_STATE(49)] = 952,
  [SMALL_STATE(50)] = 963,
  [SMALL_STATE(51)] = 974,
  [SMALL_STATE(52)] = 985,
  [SMALL_STATE(53)] = 996,
  [SMALL_STATE(54)] = 1009,
  [SMALL_STATE(55)] = 1020,
  [SMALL_STATE(56)] = 1031,
  [SMALL_STATE(57)] = 1042,
  [SMALL_STATE(58)] = 1053,
  [SMALL_STATE(59)] = 1062,
  [SMALL_STATE(60)] = 1072,
  [SMALL_STATE(61)] = 1080,
  [SMALL_STATE(62)] = 1088,
  [SMALL_STATE(63)] = 1096,
  [SMALL_STATE(64)] = 1102,
  [SMALL_STATE(65)] = 1110,
  [SMALL_STATE(66)] = 1116,
  [SMALL_STATE(67)] = 1124,
  [SMALL_STATE(68)] = 1130,
  [SMALL_STATE(69)] = 1138,
  [SMALL_STATE(70)] = 1148,
  [SMALL_STATE(71)] = 1158,
  [SMALL_STATE(72)] = 1166,
  [SMALL_STATE(73)] = 1176,
  [SMALL_STATE(74)] = 1184,
  [SMALL_STATE(75)] = 1192,
  [SMALL_STATE(76)] = 1202,
  [SMALL_STATE(77)] = 1208,
  [SMALL_STATE(78)] = 1218,
  [SMALL_STATE(79)] = 1226,
  [SMALL_STATE(80)] = 1236,
  [SMALL_STATE(81)] = 1244,
  [SMALL_STATE(82)] = 1254,
  [SMALL_STATE(83)] = 1262,
  [SMALL_STATE(84)] = 1272,
  [SMALL_STATE(85)] = 1282,
  [SMALL_STATE(86)] = 1287,
  [SMALL_STATE(87)] = 1292,
  [SMALL_STATE(88)] = 1299,
  [SMALL_STATE(89)] = 1304,
  [SMALL_STATE(90)] = 1309,
  [SMALL_STATE(91)] = 1314,
  [SMALL_STATE(92)] = 1319,
  [SMALL_STATE(93)] = 1326,
  [SMALL_STATE(94)] = 1333,
  [SMALL_STATE(95)] = 1338,
  [SMALL_STATE(96)] = 1343,
  [SMALL_STATE(97)] = 1348,
  [SMALL_STATE(98)] = 1353,
  [SMALL_STATE(99)] = 1358,
  [SMALL_STATE(100)] = 1363,
  [SMALL_STATE(101)] = 1368,
  [SMALL_STATE(102)] = 1373,
  [SMALL_STATE(103)] = 1380,
  [SMALL_STATE(104)] = 1385,
  [SMALL_STATE(105)] = 1390,
  [SMALL_STATE(106)] = 1395,
  [SMALL_STATE(107)] = 1400,
  [SMALL_STATE(108)] = 1405,
  [SMALL_STATE(109)] = 1410,
  [SMALL_STATE(110)] = 1417,
  [SMALL_STATE(111)] = 1422,
  [SMALL_STATE(112)] = 1427,
  [SMALL_STATE(113)] = 1432,
  [SMALL_STATE(114)] = 1437,
  [SMALL_STATE(115)] = 1442,
  [SMALL_STATE(116)] = 1447,
  [SMALL_STATE(117)] = 1452,
  [SMALL_STATE(118)] = 1457,
  [SMALL_STATE(119)] = 1462,
  [SMALL_STATE(120)] = 1467,
  [SMALL_STATE(121)] = 1472,
  [SMALL_STATE(122)] = 1477,
  [SMALL_STATE(123)] = 1482,
  [SMALL_STATE(124)] = 1489,
  [SMALL_STATE(125)] = 1494,
  [SMALL_STATE(126)] = 1499,
  [SMALL_STATE(127)] = 1504,
  [SMALL_STATE(128)] = 1511,
  [SMALL_STATE(129)] = 1516,
  [SMALL_STATE(130)] = 1521,
  [SMALL_STATE(131)] = 1526,
  [SMALL_STATE(132)] = 1531,
  [SMALL_STATE(133)] = 1538,
  [SMALL_STATE(134)] = 1543,
  [SMALL_STATE(135)] = 1548,
  [SMALL_STATE(136)] = 1553,
  [SMALL_STATE(137)] = 1557,
  [SMALL_STATE(138)] = 1561,
  [SMALL_STATE(139)] = 1565,
  [SMALL_STATE(140)] = 1569,
  [SMALL_STATE(141)] = 1573,
  [SMALL_STATE(142)] = 1577,
  [SMALL_STATE(143)] = 1581,
  [SMALL_STATE(144)] = 1585,
  [SMALL_STATE(145)] = 1589,
  [SMALL_STATE(146)] = 1593,
  [SMALL_STATE(147)] = 1597,
  [SMALL_STATE(148)] = 1601,
  [SMALL_STATE(149)] = 1605,
  [SMALL_STATE(150)] = 1609,
  [SMALL_STATE(151)] = 1613,
  [SMALL_STATE(152)] = 1617,
  [SMALL_STATE(153)] = 1621,
  [SMALL_STATE(154)] = 1625,
  [SMALL_STATE(155)] = 1629,
  [SMALL_STATE(156)] = 1633,
  [SMALL_STATE(157)] = 1637,
  [SMALL_STATE(158)] = 1641,
  [SMALL_STATE(159)] = 1645,
  [SMALL_STATE(160)] = 1649,
  [SMALL_STATE(161)] = 1653,
  [SMALL_STATE(162)] = 1657,
  [SMALL_STATE(163)] = 1661,
  [SMALL_STATE(164)] = 1665,
  [SMALL_STATE(165)] = 1669,
  [SMALL_STATE(166)] = 1673,
  [SMALL_STATE(167)] = 1677,
  [SMALL_STATE(168)] = 1681,
  [SMALL_STATE(169)] = 1685,
  [SMALL_STATE(170)] = 1689,
  [SMALL_STATE(171)] = 1693,
  [SMALL_STATE(172)] = 1697,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [29] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [32] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [35] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [38] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(158),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(165),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 2, 0, 0),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 3, 0, 0),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0),
  [65] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(165),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [83] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [86] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 4, 0, 11),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [90] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [94] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [98] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [106] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__block, 3, 0, 0),
  [108] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0),
  [110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 4, 0, 0),
  [112] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__block, 4, 0, 0),
  [114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_number, 1, 0, 0),
  [130] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__target_address, 1, 0, 0),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [136] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [154] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [158] = {.entry = {.count = 1, .reusable = false}}, SHIFT(146),
  [160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [162] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 25),
  [168] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 3, 0, 4),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [172] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 7, 0, 35),
  [178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 14),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [184] = {.entry = {.count = 1, .reusable = false}}, SHIFT(117),
  [186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 9, 0, 45),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 11, 0, 53),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 16),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 13, 0, 57),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 15, 0, 61),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 17, 0, 65),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 19, 0, 69),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cr_bit_expression, 5, 0, 46),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 8, 0, 39),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 41),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [230] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 12),
  [234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(135),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 10, 0, 49),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 26),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 12, 0, 54),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 33),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 3, 0, 1),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 14, 0, 58),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 3, 0, 2),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 22, 0, 73),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 16, 0, 62),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 17),
  [266] = {.entry = {.count = 1, .reusable = false}}, SHIFT(156),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 18, 0, 66),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 22),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [280] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 20, 0, 70),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 4),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 22),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 3, 0, 7),
  [294] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_line, 3, 0, 3),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_index, 1, 0, 0),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 8, 0, 37),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 4, 0, 38),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 42),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [318] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 51),
  [322] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 51),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 32),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 32),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 2, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 12),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 9),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 14),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 0),
  [344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 31),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 43),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 9, 0, 44),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_discriminator, 4, 0, 32),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 27),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 10, 0, 48),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 28),
  [368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_header, 4, 0, 8),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 10, 0, 50),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 3, 0, 25),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 7, 0, 34),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 11, 0, 52),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_line, 3, 0, 5),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 4, 0, 1),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 18),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 12, 0, 55),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 13, 0, 56),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 7, 0, 36),
  [392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 29),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 20),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 14, 0, 59),
  [402] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 15, 0, 60),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 5, 0, 15),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_header, 5, 0, 21),
  [408] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_archive_header, 3, 0, 6),
  [410] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 23),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 16, 0, 63),
  [414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 17, 0, 64),
  [416] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 30),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 13),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symtab_header, 5, 0, 24),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 18, 0, 67),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 19, 0, 68),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 3, 0, 7),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 10),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_line, 1, 0, 0),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 20, 0, 71),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 21, 0, 72),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 8, 0, 40),
  [448] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 23, 0, 74),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 19),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [464] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [510] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__source_text = 0,
  ts_external_token__error_sentinel = 1,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__source_text] = sym__source_text,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[3][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__source_text] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__source_text] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_objdump_external_scanner_create(void);
void tree_sitter_objdump_external_scanner_destroy(void *);
bool tree_sitter_objdump_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_objdump_external_scanner_serialize(void *, char *);
void tree_sitter_objdump_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_objdump(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_objdump_external_scanner_create,
      tree_sitter_objdump_external_scanner_destroy,
      tree_sitter_objdump_external_scanner_scan,
      tree_sitter_objdump_external_scanner_serialize,
      tree_sitter_objdump_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
