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
#define STATE_COUNT 174
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 86
#define ALIAS_COUNT 4
#define TOKEN_COUNT 56
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
  aux_sym_register_token1 = 17,
  aux_sym_register_token2 = 18,
  sym_condition_bit = 19,
  sym__decimal = 20,
  sym__hexnum = 21,
  sym__hexword = 22,
  anon_sym_LPAREN = 23,
  anon_sym_RPAREN = 24,
  anon_sym_STAR = 25,
  anon_sym_PLUS = 26,
  anon_sym_LBRACK = 27,
  anon_sym_RBRACK = 28,
  sym_symbol_name = 29,
  sym_offset = 30,
  anon_sym_POUND = 31,
  sym__comment_text = 32,
  sym_relocation_type = 33,
  sym__reloc_symbol = 34,
  sym__addend = 35,
  sym_elision = 36,
  anon_sym_QMARK = 37,
  anon_sym_discriminator = 38,
  anon_sym_LPAREN_RPAREN = 39,
  aux_sym_readelf_symtab_header_token1 = 40,
  aux_sym_readelf_symtab_header_token2 = 41,
  anon_sym_contains = 42,
  aux_sym_readelf_symtab_header_token3 = 43,
  sym_readelf_column_header = 44,
  sym__value16 = 45,
  sym__upper = 46,
  anon_sym_LTlocalentry_GT_COLON = 47,
  anon_sym_LTother_GT_COLON = 48,
  aux_sym_section_index_token1 = 49,
  sym__rest = 50,
  sym_objdump_symtab_header = 51,
  anon_sym_DOThidden = 52,
  sym_symbol_flags = 53,
  sym__source_text = 54,
  sym__error_sentinel = 55,
  sym_source_file = 56,
  sym__block = 57,
  sym__line = 58,
  sym_source_line = 59,
  sym_file_header = 60,
  sym_archive_header = 61,
  sym_section_header = 62,
  sym_symbol_header = 63,
  sym_instruction_line = 64,
  sym_byte_line = 65,
  sym_byte_sequence = 66,
  sym__target_address = 67,
  sym__operand = 68,
  sym_register = 69,
  sym_number = 70,
  sym_memory_operand = 71,
  sym_cr_bit_expression = 72,
  sym_symbol_reference = 73,
  sym__insn_comment = 74,
  sym_relocation_line = 75,
  sym_file_line = 76,
  sym_discriminator = 77,
  sym_function_line = 78,
  sym_readelf_symtab_header = 79,
  sym_readelf_symbol = 80,
  sym_symbol_other = 81,
  sym_section_index = 82,
  sym_objdump_symbol = 83,
  aux_sym_source_file_repeat1 = 84,
  aux_sym__block_repeat1 = 85,
  alias_sym_function_name = 86,
  alias_sym_symbol_bind = 87,
  alias_sym_symbol_type = 88,
  alias_sym_symbol_visibility = 89,
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
  [aux_sym_register_token1] = "register_token1",
  [aux_sym_register_token2] = "register_token2",
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
  [sym_register] = "register",
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
  [aux_sym_register_token1] = aux_sym_register_token1,
  [aux_sym_register_token2] = aux_sym_register_token2,
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
  [sym_register] = sym_register,
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
  [aux_sym_register_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_register_token2] = {
    .visible = false,
    .named = false,
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
  [sym_register] = {
    .visible = true,
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
  [173] = 173,
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
      if (eof) ADVANCE(199);
      ADVANCE_MAP(
        '\n', 200,
        '#', 233,
        '(', 294,
        ')', 295,
        '*', 296,
        '+', 298,
        ',', 261,
        '-', 306,
        '.', 304,
        ':', 235,
        '<', 242,
        '>', 243,
        '?', 322,
        'R', 333,
        '[', 299,
        ']', 300,
        'a', 291,
        'c', 292,
        'd', 292,
        'f', 288,
        'b', 292,
        'e', 292,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(334);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        ' ', 1,
        '!', 351,
        'C', 351,
        'D', 351,
        'F', 351,
        'I', 351,
        'O', 351,
        'W', 351,
        'd', 351,
        'f', 351,
        'g', 351,
        'i', 351,
        'l', 351,
        'u', 351,
        'w', 351,
      );
      END_STATE();
    case 2:
      if (lookahead == ' ') ADVANCE(183);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(175);
      END_STATE();
    case 3:
      if (lookahead == ' ') ADVANCE(172);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(186);
      END_STATE();
    case 4:
      if (lookahead == ' ') ADVANCE(173);
      END_STATE();
    case 5:
      if (lookahead == ' ') ADVANCE(182);
      END_STATE();
    case 6:
      if (lookahead == ' ') ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(178);
      END_STATE();
    case 7:
      if (lookahead == '\'') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(7);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '(', 10,
        '-', 15,
        '0', 269,
        ':', 235,
        '?', 322,
        'R', 40,
        'c', 104,
        'd', 76,
        'e', 94,
        'f', 82,
        'a', 158,
        'b', 158,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(272);
      END_STATE();
    case 9:
      if (lookahead == '(') ADVANCE(240);
      if (lookahead == ':') ADVANCE(235);
      if (lookahead == '<') ADVANCE(242);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (set_contains(sym_symbol_flags_character_set_2, 12, lookahead)) ADVANCE(351);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(241);
      END_STATE();
    case 10:
      if (lookahead == ')') ADVANCE(324);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '-', 15,
        '0', 270,
        '<', 85,
        'a', 153,
        'c', 108,
        'v', 115,
        'f', 155,
        'r', 155,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(11);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(316);
      if (lookahead == 'f') ADVANCE(290);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(12);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(317);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(154);
      if (lookahead == '?') ADVANCE(322);
      if (lookahead == 'f') ADVANCE(81);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 14:
      if (lookahead == '-') ADVANCE(154);
      if (lookahead == 'a') ADVANCE(291);
      if (lookahead == 'c') ADVANCE(287);
      if (lookahead == 'f') ADVANCE(289);
      if (lookahead == 'r') ADVANCE(155);
      if (lookahead == 'v') ADVANCE(115);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('b' <= lookahead && lookahead <= 'e')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 15:
      if (lookahead == '0') ADVANCE(270);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 16:
      if (lookahead == '0') ADVANCE(133);
      END_STATE();
    case 17:
      if (lookahead == '0') ADVANCE(134);
      END_STATE();
    case 18:
      if (lookahead == '0') ADVANCE(135);
      END_STATE();
    case 19:
      if (lookahead == ':') ADVANCE(349);
      END_STATE();
    case 20:
      if (lookahead == ':') ADVANCE(329);
      END_STATE();
    case 21:
      if (lookahead == ':') ADVANCE(337);
      END_STATE();
    case 22:
      if (lookahead == ':') ADVANCE(336);
      END_STATE();
    case 23:
      if (lookahead == '>') ADVANCE(243);
      if (lookahead == ']') ADVANCE(300);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(18);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      END_STATE();
    case 24:
      if (lookahead == '>') ADVANCE(21);
      END_STATE();
    case 25:
      if (lookahead == '>') ADVANCE(22);
      END_STATE();
    case 26:
      if (lookahead == 'A') ADVANCE(27);
      END_STATE();
    case 27:
      if (lookahead == 'B') ADVANCE(30);
      END_STATE();
    case 28:
      if (lookahead == 'B') ADVANCE(75);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(28);
      END_STATE();
    case 29:
      if (lookahead == 'E') ADVANCE(19);
      END_STATE();
    case 30:
      if (lookahead == 'L') ADVANCE(29);
      END_STATE();
    case 31:
      if (lookahead == 'N') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 32:
      if (lookahead == 'N') ADVANCE(44);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(32);
      END_STATE();
    case 33:
      if (lookahead == 'S') ADVANCE(72);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(33);
      END_STATE();
    case 34:
      if (lookahead == 'T') ADVANCE(26);
      END_STATE();
    case 35:
      if (lookahead == 'T') ADVANCE(136);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      END_STATE();
    case 36:
      if (lookahead == 'V') ADVANCE(42);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 37:
      if (lookahead == 'V') ADVANCE(74);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      END_STATE();
    case 38:
      if (lookahead == '[') ADVANCE(16);
      END_STATE();
    case 39:
      if (lookahead == ']') ADVANCE(338);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      END_STATE();
    case 40:
      if (lookahead == '_') ADVANCE(190);
      END_STATE();
    case 41:
      if (lookahead == 'a') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(41);
      END_STATE();
    case 42:
      if (lookahead == 'a') ADVANCE(83);
      END_STATE();
    case 43:
      if (lookahead == 'a') ADVANCE(49);
      END_STATE();
    case 44:
      if (lookahead == 'a') ADVANCE(88);
      END_STATE();
    case 45:
      if (lookahead == 'a') ADVANCE(129);
      END_STATE();
    case 46:
      if (lookahead == 'a') ADVANCE(78);
      END_STATE();
    case 47:
      if (lookahead == 'a') ADVANCE(122);
      END_STATE();
    case 48:
      if (lookahead == 'a') ADVANCE(87);
      END_STATE();
    case 49:
      if (lookahead == 'b') ADVANCE(84);
      END_STATE();
    case 50:
      if (lookahead == 'c') ADVANCE(69);
      END_STATE();
    case 51:
      if (lookahead == 'c') ADVANCE(126);
      END_STATE();
    case 52:
      if (lookahead == 'c') ADVANCE(114);
      END_STATE();
    case 53:
      if (lookahead == 'c') ADVANCE(48);
      END_STATE();
    case 54:
      if (lookahead == 'd') ADVANCE(132);
      END_STATE();
    case 55:
      if (lookahead == 'd') ADVANCE(146);
      END_STATE();
    case 56:
      if (lookahead == 'e') ADVANCE(238);
      END_STATE();
    case 57:
      if (lookahead == 'e') ADVANCE(326);
      END_STATE();
    case 58:
      if (lookahead == 'e') ADVANCE(330);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(140);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(51);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(117);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(142);
      END_STATE();
    case 63:
      if (lookahead == 'e') ADVANCE(143);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(111);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(98);
      END_STATE();
    case 66:
      if (lookahead == 'e') ADVANCE(145);
      END_STATE();
    case 67:
      if (lookahead == 'f') ADVANCE(141);
      END_STATE();
    case 68:
      if (lookahead == 'f') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(68);
      END_STATE();
    case 69:
      if (lookahead == 'h') ADVANCE(71);
      END_STATE();
    case 70:
      if (lookahead == 'h') ADVANCE(64);
      END_STATE();
    case 71:
      if (lookahead == 'i') ADVANCE(131);
      END_STATE();
    case 72:
      if (lookahead == 'i') ADVANCE(138);
      END_STATE();
    case 73:
      if (lookahead == 'i') ADVANCE(100);
      END_STATE();
    case 74:
      if (lookahead == 'i') ADVANCE(120);
      END_STATE();
    case 75:
      if (lookahead == 'i') ADVANCE(92);
      END_STATE();
    case 76:
      if (lookahead == 'i') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 77:
      if (lookahead == 'i') ADVANCE(89);
      END_STATE();
    case 78:
      if (lookahead == 'i') ADVANCE(96);
      END_STATE();
    case 79:
      if (lookahead == 'i') ADVANCE(97);
      END_STATE();
    case 80:
      if (lookahead == 'i') ADVANCE(61);
      if (lookahead == 'y') ADVANCE(20);
      END_STATE();
    case 81:
      if (lookahead == 'i') ADVANCE(86);
      END_STATE();
    case 82:
      if (lookahead == 'i') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 83:
      if (lookahead == 'l') ADVANCE(130);
      END_STATE();
    case 84:
      if (lookahead == 'l') ADVANCE(57);
      END_STATE();
    case 85:
      if (lookahead == 'l') ADVANCE(103);
      if (lookahead == 'o') ADVANCE(124);
      END_STATE();
    case 86:
      if (lookahead == 'l') ADVANCE(66);
      END_STATE();
    case 87:
      if (lookahead == 'l') ADVANCE(65);
      END_STATE();
    case 88:
      if (lookahead == 'm') ADVANCE(58);
      END_STATE();
    case 89:
      if (lookahead == 'm') ADVANCE(79);
      END_STATE();
    case 90:
      if (lookahead == 'm') ADVANCE(47);
      END_STATE();
    case 91:
      if (lookahead == 'n') ADVANCE(239);
      END_STATE();
    case 92:
      if (lookahead == 'n') ADVANCE(55);
      END_STATE();
    case 93:
      if (lookahead == 'n') ADVANCE(266);
      END_STATE();
    case 94:
      if (lookahead == 'n') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 95:
      if (lookahead == 'n') ADVANCE(127);
      END_STATE();
    case 96:
      if (lookahead == 'n') ADVANCE(116);
      END_STATE();
    case 97:
      if (lookahead == 'n') ADVANCE(45);
      END_STATE();
    case 98:
      if (lookahead == 'n') ADVANCE(128);
      END_STATE();
    case 99:
      if (lookahead == 'o') ADVANCE(67);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(99);
      END_STATE();
    case 100:
      if (lookahead == 'o') ADVANCE(91);
      END_STATE();
    case 101:
      if (lookahead == 'o') ADVANCE(266);
      END_STATE();
    case 102:
      if (lookahead == 'o') ADVANCE(113);
      END_STATE();
    case 103:
      if (lookahead == 'o') ADVANCE(53);
      END_STATE();
    case 104:
      if (lookahead == 'o') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 105:
      if (lookahead == 'o') ADVANCE(110);
      END_STATE();
    case 106:
      if (lookahead == 'p') ADVANCE(63);
      END_STATE();
    case 107:
      if (lookahead == 'r') ADVANCE(50);
      END_STATE();
    case 108:
      if (lookahead == 'r') ADVANCE(155);
      END_STATE();
    case 109:
      if (lookahead == 'r') ADVANCE(80);
      END_STATE();
    case 110:
      if (lookahead == 'r') ADVANCE(323);
      END_STATE();
    case 111:
      if (lookahead == 'r') ADVANCE(24);
      END_STATE();
    case 112:
      if (lookahead == 'r') ADVANCE(137);
      END_STATE();
    case 113:
      if (lookahead == 'r') ADVANCE(90);
      END_STATE();
    case 114:
      if (lookahead == 'r') ADVANCE(77);
      END_STATE();
    case 115:
      if (lookahead == 's') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(263);
      END_STATE();
    case 116:
      if (lookahead == 's') ADVANCE(328);
      END_STATE();
    case 117:
      if (lookahead == 's') ADVANCE(20);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(52);
      END_STATE();
    case 119:
      if (lookahead == 's') ADVANCE(60);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(119);
      END_STATE();
    case 120:
      if (lookahead == 's') ADVANCE(144);
      END_STATE();
    case 121:
      if (lookahead == 't') ADVANCE(266);
      END_STATE();
    case 122:
      if (lookahead == 't') ADVANCE(236);
      END_STATE();
    case 123:
      if (lookahead == 't') ADVANCE(109);
      END_STATE();
    case 124:
      if (lookahead == 't') ADVANCE(70);
      END_STATE();
    case 125:
      if (lookahead == 't') ADVANCE(43);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      END_STATE();
    case 126:
      if (lookahead == 't') ADVANCE(73);
      END_STATE();
    case 127:
      if (lookahead == 't') ADVANCE(46);
      END_STATE();
    case 128:
      if (lookahead == 't') ADVANCE(112);
      END_STATE();
    case 129:
      if (lookahead == 't') ADVANCE(105);
      END_STATE();
    case 130:
      if (lookahead == 'u') ADVANCE(59);
      END_STATE();
    case 131:
      if (lookahead == 'v') ADVANCE(56);
      END_STATE();
    case 132:
      if (lookahead == 'x') ADVANCE(147);
      END_STATE();
    case 133:
      if (lookahead == 'x') ADVANCE(164);
      END_STATE();
    case 134:
      if (lookahead == 'x') ADVANCE(165);
      END_STATE();
    case 135:
      if (lookahead == 'x') ADVANCE(156);
      END_STATE();
    case 136:
      if (lookahead == 'y') ADVANCE(106);
      END_STATE();
    case 137:
      if (lookahead == 'y') ADVANCE(25);
      END_STATE();
    case 138:
      if (lookahead == 'z') ADVANCE(62);
      END_STATE();
    case 139:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 140:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(33);
      END_STATE();
    case 141:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(119);
      END_STATE();
    case 142:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      END_STATE();
    case 143:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(28);
      END_STATE();
    case 144:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 145:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(68);
      END_STATE();
    case 146:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      END_STATE();
    case 147:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(32);
      END_STATE();
    case 148:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(148);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(202);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 149:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(149);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(241);
      END_STATE();
    case 150:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(301);
      END_STATE();
    case 151:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(237);
      END_STATE();
    case 152:
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 153:
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(264);
      END_STATE();
    case 154:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 155:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(263);
      END_STATE();
    case 156:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(302);
      END_STATE();
    case 157:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(285);
      END_STATE();
    case 158:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      END_STATE();
    case 159:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      END_STATE();
    case 160:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(249);
      END_STATE();
    case 161:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(251);
      END_STATE();
    case 162:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 163:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(331);
      END_STATE();
    case 164:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      END_STATE();
    case 165:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(320);
      END_STATE();
    case 166:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(5);
      END_STATE();
    case 167:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
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
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(162);
      END_STATE();
    case 171:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(163);
      END_STATE();
    case 172:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(166);
      END_STATE();
    case 173:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(167);
      END_STATE();
    case 174:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(3);
      END_STATE();
    case 175:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(169);
      END_STATE();
    case 176:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(170);
      END_STATE();
    case 177:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(171);
      END_STATE();
    case 178:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(173);
      END_STATE();
    case 179:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(248);
      END_STATE();
    case 180:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(4);
      END_STATE();
    case 181:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(179);
      END_STATE();
    case 182:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(180);
      END_STATE();
    case 183:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(176);
      END_STATE();
    case 184:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(177);
      END_STATE();
    case 185:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(178);
      END_STATE();
    case 186:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(6);
      END_STATE();
    case 187:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(184);
      END_STATE();
    case 188:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(187);
      END_STATE();
    case 189:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(188);
      END_STATE();
    case 190:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(318);
      END_STATE();
    case 191:
      if (eof) ADVANCE(199);
      ADVANCE_MAP(
        '\n', 200,
        '#', 234,
        '(', 293,
        ')', 295,
        '.', 205,
        ':', 235,
        '>', 243,
        'D', 216,
        'I', 222,
        'N', 227,
        'S', 211,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(191);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(202);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(232);
      END_STATE();
    case 192:
      if (eof) ADVANCE(199);
      ADVANCE_MAP(
        '\n', 200,
        '#', 303,
        '\'', 7,
        '(', 293,
        ')', 295,
        '*', 296,
        '+', 297,
        ',', 261,
        '-', 15,
        '0', 268,
        '<', 242,
        '[', 299,
        ']', 300,
        'a', 291,
        'c', 287,
        'e', 286,
        'f', 289,
        'g', 121,
        'l', 121,
        'r', 155,
        's', 101,
        'u', 93,
        'v', 115,
        'b', 292,
        'd', 292,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(192);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(271);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(334);
      END_STATE();
    case 193:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '-') ADVANCE(339);
      if (lookahead == '.') ADVANCE(343);
      if (lookahead == '0') ADVANCE(346);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(193);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 194:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '-') ADVANCE(154);
      if (lookahead == '[') ADVANCE(299);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(194);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(332);
      if (lookahead == '.' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 195:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '.') ADVANCE(343);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(195);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 196:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(196);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(255);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(174);
      if (lookahead == '.' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 197:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(197);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(319);
      END_STATE();
    case 198:
      if (eof) ADVANCE(199);
      if (lookahead == '\n') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(198);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(anon_sym_LF);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__hex);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(201);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__hex);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(202);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(34);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(321);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ':') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'B') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'L') ADVANCE(203);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'M') ADVANCE(207);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'O') ADVANCE(208);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'Y') ADVANCE(209);
      if (lookahead == 'y') ADVANCE(220);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'a') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(223);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'e') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'i') ADVANCE(224);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(230);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(214);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'n') ADVANCE(229);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'o') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'u') ADVANCE(219);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'y') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(99);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__path);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(232);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(233);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(233);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(234);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_file_header_token1);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_file_format);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(237);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_archive_header_token1);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(aux_sym_section_header_token1);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead == ')') ADVANCE(325);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(241);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(241);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(anon_sym_LT);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__full_group);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_byte_group);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(168);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(168);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(159);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(170);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(181);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_byte_group);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(189);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(283);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_byte_group);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(189);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_mnemonic);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(172);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(257);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(185);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(259);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(253);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(254);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(256);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(258);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(252);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(aux_sym_register_token1);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(262);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(aux_sym_register_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(263);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(aux_sym_register_token2);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(aux_sym_register_token2);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_condition_bit);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == ' ') ADVANCE(183);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(175);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(278);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(157);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(157);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(246);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(247);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(246);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(267);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(250);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(331);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(331);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(163);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(275);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(276);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(171);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(277);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(177);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(184);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(187);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(281);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(188);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(282);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__decimal);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__hexnum);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(285);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'q') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'r') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(201);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(262);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(315);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == '8' ||
          lookahead == '9' ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '7')) ADVANCE(265);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__hexword);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == ')') ADVANCE(324);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '0') ADVANCE(312);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_symbol_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(301);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_offset);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(302);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(305);
      if (lookahead == 'h') ADVANCE(310);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(321);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '0') ADVANCE(284);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(284);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(309);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(307);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'e') ADVANCE(311);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'i') ADVANCE(308);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'n') ADVANCE(350);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'x') ADVANCE(313);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(302);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(314);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(314);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__comment_text);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__comment_text);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_relocation_type);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(318);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__reloc_symbol);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+') ADVANCE(319);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__addend);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(320);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_elision);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_discriminator);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(241);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token1);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token2);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(anon_sym_contains);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token3);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_readelf_column_header);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__value16);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == ' ') ADVANCE(38);
      if (lookahead == '[') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_') ADVANCE(334);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(332);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == '_') ADVANCE(335);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z')) ADVANCE(334);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(334);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(318);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(anon_sym_LTlocalentry_GT_COLON);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(anon_sym_LTother_GT_COLON);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(aux_sym_section_index_token1);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '0') ADVANCE(346);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(342);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(340);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'e') ADVANCE(345);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'h') ADVANCE(344);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'i') ADVANCE(341);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'n') ADVANCE(350);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'x') ADVANCE(347);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(285);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(348);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_objdump_symtab_header);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(anon_sym_DOThidden);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_symbol_flags);
      ADVANCE_MAP(
        ' ', 1,
        '!', 351,
        'C', 351,
        'D', 351,
        'F', 351,
        'I', 351,
        'O', 351,
        'W', 351,
        'd', 351,
        'f', 351,
        'g', 351,
        'i', 351,
        'l', 351,
        'u', 351,
        'w', 351,
      );
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 191, .external_lex_state = 2},
  [2] = {.lex_state = 191, .external_lex_state = 2},
  [3] = {.lex_state = 191, .external_lex_state = 2},
  [4] = {.lex_state = 191, .external_lex_state = 2},
  [5] = {.lex_state = 191, .external_lex_state = 2},
  [6] = {.lex_state = 191, .external_lex_state = 2},
  [7] = {.lex_state = 192},
  [8] = {.lex_state = 192},
  [9] = {.lex_state = 192},
  [10] = {.lex_state = 192},
  [11] = {.lex_state = 192},
  [12] = {.lex_state = 192},
  [13] = {.lex_state = 192},
  [14] = {.lex_state = 192},
  [15] = {.lex_state = 191, .external_lex_state = 2},
  [16] = {.lex_state = 191, .external_lex_state = 2},
  [17] = {.lex_state = 191, .external_lex_state = 2},
  [18] = {.lex_state = 8},
  [19] = {.lex_state = 192},
  [20] = {.lex_state = 192},
  [21] = {.lex_state = 192},
  [22] = {.lex_state = 192},
  [23] = {.lex_state = 11},
  [24] = {.lex_state = 192},
  [25] = {.lex_state = 194},
  [26] = {.lex_state = 11},
  [27] = {.lex_state = 14},
  [28] = {.lex_state = 192},
  [29] = {.lex_state = 192},
  [30] = {.lex_state = 193},
  [31] = {.lex_state = 192},
  [32] = {.lex_state = 192},
  [33] = {.lex_state = 192},
  [34] = {.lex_state = 9},
  [35] = {.lex_state = 192},
  [36] = {.lex_state = 192},
  [37] = {.lex_state = 192},
  [38] = {.lex_state = 193},
  [39] = {.lex_state = 192},
  [40] = {.lex_state = 196},
  [41] = {.lex_state = 195},
  [42] = {.lex_state = 192},
  [43] = {.lex_state = 11},
  [44] = {.lex_state = 194},
  [45] = {.lex_state = 192},
  [46] = {.lex_state = 192},
  [47] = {.lex_state = 192},
  [48] = {.lex_state = 192},
  [49] = {.lex_state = 191},
  [50] = {.lex_state = 197},
  [51] = {.lex_state = 192},
  [52] = {.lex_state = 192},
  [53] = {.lex_state = 192},
  [54] = {.lex_state = 195},
  [55] = {.lex_state = 192},
  [56] = {.lex_state = 192},
  [57] = {.lex_state = 192},
  [58] = {.lex_state = 192},
  [59] = {.lex_state = 192},
  [60] = {.lex_state = 194},
  [61] = {.lex_state = 192},
  [62] = {.lex_state = 198},
  [63] = {.lex_state = 194},
  [64] = {.lex_state = 194},
  [65] = {.lex_state = 192},
  [66] = {.lex_state = 198},
  [67] = {.lex_state = 192},
  [68] = {.lex_state = 192},
  [69] = {.lex_state = 192},
  [70] = {.lex_state = 198},
  [71] = {.lex_state = 192},
  [72] = {.lex_state = 12},
  [73] = {.lex_state = 192},
  [74] = {.lex_state = 198},
  [75] = {.lex_state = 198},
  [76] = {.lex_state = 198},
  [77] = {.lex_state = 192},
  [78] = {.lex_state = 192},
  [79] = {.lex_state = 13},
  [80] = {.lex_state = 196},
  [81] = {.lex_state = 192},
  [82] = {.lex_state = 194},
  [83] = {.lex_state = 198},
  [84] = {.lex_state = 192},
  [85] = {.lex_state = 192},
  [86] = {.lex_state = 194},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 0},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 0},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 148},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 12},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 11},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 192},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 8},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 0},
  [130] = {.lex_state = 0},
  [131] = {.lex_state = 0},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 23},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 23},
  [137] = {.lex_state = 0},
  [138] = {.lex_state = 194},
  [139] = {.lex_state = 149},
  [140] = {.lex_state = 150},
  [141] = {.lex_state = 8},
  [142] = {.lex_state = 8},
  [143] = {.lex_state = 191},
  [144] = {.lex_state = 149},
  [145] = {.lex_state = 192},
  [146] = {.lex_state = 192},
  [147] = {.lex_state = 8},
  [148] = {.lex_state = 151},
  [149] = {.lex_state = 192},
  [150] = {.lex_state = 192},
  [151] = {.lex_state = 194},
  [152] = {.lex_state = 0},
  [153] = {.lex_state = 191},
  [154] = {.lex_state = 191},
  [155] = {.lex_state = 191},
  [156] = {.lex_state = 192},
  [157] = {.lex_state = 191},
  [158] = {.lex_state = 194},
  [159] = {.lex_state = 150},
  [160] = {.lex_state = 150},
  [161] = {.lex_state = 0},
  [162] = {.lex_state = 192},
  [163] = {.lex_state = 192},
  [164] = {.lex_state = 191},
  [165] = {.lex_state = 192},
  [166] = {.lex_state = 191},
  [167] = {.lex_state = 191},
  [168] = {.lex_state = 192},
  [169] = {.lex_state = 8},
  [170] = {.lex_state = 191},
  [171] = {.lex_state = 0},
  [172] = {.lex_state = 8},
  [173] = {.lex_state = 192},
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
    [aux_sym_register_token2] = ACTIONS(1),
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
    [sym_source_file] = STATE(161),
    [sym__block] = STATE(3),
    [sym__line] = STATE(109),
    [sym_source_line] = STATE(109),
    [sym_file_header] = STATE(109),
    [sym_archive_header] = STATE(109),
    [sym_section_header] = STATE(109),
    [sym_symbol_header] = STATE(109),
    [sym_instruction_line] = STATE(109),
    [sym_byte_line] = STATE(109),
    [sym_relocation_line] = STATE(109),
    [sym_file_line] = STATE(109),
    [sym_function_line] = STATE(109),
    [sym_readelf_symtab_header] = STATE(109),
    [sym_readelf_symbol] = STATE(109),
    [sym_objdump_symbol] = STATE(109),
    [aux_sym_source_file_repeat1] = STATE(3),
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
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(23), 1,
      anon_sym_LF,
    ACTIONS(26), 1,
      sym__hex,
    ACTIONS(29), 1,
      sym__path,
    ACTIONS(35), 1,
      aux_sym_archive_header_token1,
    ACTIONS(38), 1,
      aux_sym_section_header_token1,
    ACTIONS(41), 1,
      aux_sym_readelf_symtab_header_token1,
    ACTIONS(44), 1,
      sym__source_text,
    STATE(2), 2,
      sym__block,
      aux_sym_source_file_repeat1,
    ACTIONS(32), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(152), 14,
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
    ACTIONS(47), 1,
      ts_builtin_sym_end,
    ACTIONS(49), 1,
      anon_sym_LF,
    STATE(2), 2,
      sym__block,
      aux_sym_source_file_repeat1,
    ACTIONS(51), 4,
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
    STATE(6), 1,
      aux_sym__block_repeat1,
    ACTIONS(57), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(171), 14,
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
    STATE(4), 1,
      aux_sym__block_repeat1,
    ACTIONS(57), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(171), 14,
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
    STATE(171), 14,
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
  [250] = 16,
    ACTIONS(88), 1,
      anon_sym_LT,
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
    STATE(24), 1,
      sym_register,
    STATE(52), 1,
      sym_symbol_reference,
    STATE(71), 1,
      sym__target_address,
    STATE(120), 1,
      sym__insn_comment,
    ACTIONS(86), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(32), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [303] = 10,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(106), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(24), 1,
      sym_register,
    STATE(69), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(33), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [337] = 10,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(108), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(24), 1,
      sym_register,
    STATE(68), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(28), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [371] = 10,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(110), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(24), 1,
      sym_register,
    STATE(73), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(35), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [405] = 10,
    ACTIONS(94), 1,
      sym__decimal,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(98), 1,
      sym__hexword,
    ACTIONS(100), 1,
      anon_sym_LPAREN,
    ACTIONS(112), 1,
      sym_condition_bit,
    STATE(22), 1,
      sym_number,
    STATE(24), 1,
      sym_register,
    STATE(78), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(29), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [439] = 10,
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
    STATE(24), 1,
      sym_register,
    STATE(65), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(31), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [473] = 10,
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
    STATE(24), 1,
      sym_register,
    STATE(77), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(37), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [507] = 10,
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
    STATE(24), 1,
      sym_register,
    STATE(81), 1,
      sym__target_address,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(39), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [541] = 2,
    ACTIONS(120), 2,
      sym__hex,
      sym__path,
    ACTIONS(53), 10,
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
  [558] = 2,
    ACTIONS(122), 2,
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
  [575] = 2,
    ACTIONS(126), 2,
      sym__hex,
      sym__path,
    ACTIONS(124), 10,
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
  [592] = 7,
    ACTIONS(128), 1,
      aux_sym_file_header_token1,
    ACTIONS(130), 1,
      sym_byte_group,
    ACTIONS(132), 1,
      sym__decimal,
    ACTIONS(136), 1,
      sym_relocation_type,
    ACTIONS(138), 1,
      anon_sym_QMARK,
    STATE(82), 1,
      sym_byte_sequence,
    ACTIONS(134), 2,
      sym__hexnum,
      sym__value16,
  [615] = 1,
    ACTIONS(140), 8,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_LT,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_PLUS,
      anon_sym_LBRACK,
      anon_sym_POUND,
  [626] = 2,
    ACTIONS(144), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(142), 6,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [639] = 1,
    ACTIONS(142), 7,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [649] = 3,
    ACTIONS(148), 1,
      anon_sym_LPAREN,
    ACTIONS(150), 1,
      anon_sym_STAR,
    ACTIONS(146), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [662] = 4,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(154), 1,
      sym__decimal,
    ACTIONS(152), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(166), 2,
      sym_register,
      sym_number,
  [677] = 2,
    ACTIONS(144), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(146), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [688] = 5,
    ACTIONS(158), 1,
      anon_sym_LBRACK,
    ACTIONS(160), 1,
      sym__upper,
    STATE(44), 1,
      sym_symbol_other,
    STATE(66), 1,
      sym_section_index,
    ACTIONS(156), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [705] = 4,
    ACTIONS(96), 1,
      sym__hexnum,
    ACTIONS(154), 1,
      sym__decimal,
    ACTIONS(152), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    STATE(167), 2,
      sym_register,
      sym_number,
  [720] = 4,
    STATE(85), 1,
      sym__target_address,
    STATE(112), 1,
      sym_register,
    ACTIONS(90), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
    ACTIONS(98), 2,
      sym__decimal,
      sym__hexword,
  [735] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(164), 1,
      anon_sym_COMMA,
    STATE(103), 1,
      sym__insn_comment,
    ACTIONS(162), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [749] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(168), 1,
      anon_sym_COMMA,
    STATE(111), 1,
      sym__insn_comment,
    ACTIONS(166), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [763] = 4,
    ACTIONS(172), 1,
      sym__hexnum,
    ACTIONS(174), 1,
      sym__rest,
    ACTIONS(176), 1,
      anon_sym_DOThidden,
    ACTIONS(170), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [777] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(180), 1,
      anon_sym_COMMA,
    STATE(116), 1,
      sym__insn_comment,
    ACTIONS(178), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [791] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(184), 1,
      anon_sym_COMMA,
    STATE(89), 1,
      sym__insn_comment,
    ACTIONS(182), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [805] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(188), 1,
      anon_sym_COMMA,
    STATE(121), 1,
      sym__insn_comment,
    ACTIONS(186), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [819] = 5,
    ACTIONS(190), 1,
      anon_sym_COLON,
    ACTIONS(192), 1,
      sym_section_name,
    ACTIONS(194), 1,
      anon_sym_LT,
    ACTIONS(196), 1,
      anon_sym_LPAREN_RPAREN,
    ACTIONS(198), 1,
      sym_symbol_flags,
  [835] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(202), 1,
      anon_sym_COMMA,
    STATE(127), 1,
      sym__insn_comment,
    ACTIONS(200), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [849] = 4,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(98), 1,
      sym_symbol_reference,
    ACTIONS(204), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [863] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(208), 1,
      anon_sym_COMMA,
    STATE(131), 1,
      sym__insn_comment,
    ACTIONS(206), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [877] = 4,
    ACTIONS(212), 1,
      sym__hexnum,
    ACTIONS(214), 1,
      sym__rest,
    ACTIONS(216), 1,
      anon_sym_DOThidden,
    ACTIONS(210), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [891] = 4,
    ACTIONS(104), 1,
      anon_sym_POUND,
    ACTIONS(220), 1,
      anon_sym_COMMA,
    STATE(134), 1,
      sym__insn_comment,
    ACTIONS(218), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [905] = 3,
    ACTIONS(224), 1,
      sym__full_group,
    ACTIONS(226), 1,
      sym_mnemonic,
    ACTIONS(222), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [916] = 3,
    ACTIONS(230), 1,
      sym__rest,
    ACTIONS(232), 1,
      anon_sym_DOThidden,
    ACTIONS(228), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [927] = 1,
    ACTIONS(234), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [934] = 4,
    ACTIONS(236), 1,
      sym__decimal,
    ACTIONS(238), 1,
      sym__hexnum,
    ACTIONS(240), 1,
      anon_sym_LTlocalentry_GT_COLON,
    ACTIONS(242), 1,
      anon_sym_LTother_GT_COLON,
  [947] = 3,
    ACTIONS(160), 1,
      sym__upper,
    STATE(75), 1,
      sym_section_index,
    ACTIONS(156), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [958] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(106), 1,
      sym__insn_comment,
    ACTIONS(244), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [969] = 1,
    ACTIONS(246), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [976] = 1,
    ACTIONS(248), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [983] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(114), 1,
      sym__insn_comment,
    ACTIONS(250), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [994] = 3,
    ACTIONS(254), 1,
      anon_sym_LPAREN,
    STATE(94), 1,
      sym_discriminator,
    ACTIONS(252), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1005] = 3,
    ACTIONS(258), 1,
      sym__reloc_symbol,
    ACTIONS(260), 1,
      sym__addend,
    ACTIONS(256), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1016] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(117), 1,
      sym__insn_comment,
    ACTIONS(262), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1027] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(91), 1,
      sym__insn_comment,
    ACTIONS(264), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1038] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(122), 1,
      sym__insn_comment,
    ACTIONS(266), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1049] = 3,
    ACTIONS(270), 1,
      sym__rest,
    ACTIONS(272), 1,
      anon_sym_DOThidden,
    ACTIONS(268), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1060] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(128), 1,
      sym__insn_comment,
    ACTIONS(274), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1071] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(99), 1,
      sym__insn_comment,
    ACTIONS(276), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1082] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(132), 1,
      sym__insn_comment,
    ACTIONS(278), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1093] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(135), 1,
      sym__insn_comment,
    ACTIONS(280), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1104] = 3,
    ACTIONS(104), 1,
      anon_sym_POUND,
    STATE(88), 1,
      sym__insn_comment,
    ACTIONS(282), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1115] = 1,
    ACTIONS(284), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_mnemonic,
  [1121] = 1,
    ACTIONS(286), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [1127] = 2,
    ACTIONS(290), 1,
      sym__rest,
    ACTIONS(288), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1135] = 2,
    ACTIONS(294), 1,
      sym__upper,
    ACTIONS(292), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1143] = 2,
    ACTIONS(298), 1,
      sym__upper,
    ACTIONS(296), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1151] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(51), 1,
      sym_symbol_reference,
  [1161] = 2,
    ACTIONS(302), 1,
      sym__rest,
    ACTIONS(300), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1169] = 1,
    ACTIONS(304), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [1175] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(45), 1,
      sym_symbol_reference,
  [1185] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(53), 1,
      sym_symbol_reference,
  [1195] = 2,
    ACTIONS(308), 1,
      sym__rest,
    ACTIONS(306), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1203] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(56), 1,
      sym_symbol_reference,
  [1213] = 3,
    ACTIONS(310), 1,
      sym__decimal,
    ACTIONS(312), 1,
      sym__hexword,
    ACTIONS(314), 1,
      sym__comment_text,
  [1223] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(55), 1,
      sym_symbol_reference,
  [1233] = 2,
    ACTIONS(318), 1,
      sym__rest,
    ACTIONS(316), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1241] = 2,
    ACTIONS(322), 1,
      sym__rest,
    ACTIONS(320), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1249] = 2,
    ACTIONS(326), 1,
      sym__rest,
    ACTIONS(324), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1257] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(57), 1,
      sym_symbol_reference,
  [1267] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(48), 1,
      sym_symbol_reference,
  [1277] = 2,
    ACTIONS(128), 1,
      aux_sym_file_header_token1,
    ACTIONS(138), 2,
      sym__decimal,
      anon_sym_QMARK,
  [1285] = 2,
    ACTIONS(330), 1,
      sym__addend,
    ACTIONS(328), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1293] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(58), 1,
      sym_symbol_reference,
  [1303] = 2,
    ACTIONS(334), 1,
      sym_mnemonic,
    ACTIONS(332), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1311] = 1,
    ACTIONS(336), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym__rest,
  [1317] = 2,
    STATE(168), 1,
      sym_register,
    ACTIONS(152), 2,
      aux_sym_register_token1,
      aux_sym_register_token2,
  [1325] = 3,
    ACTIONS(88), 1,
      anon_sym_LT,
    ACTIONS(102), 1,
      anon_sym_LBRACK,
    STATE(59), 1,
      sym_symbol_reference,
  [1335] = 2,
    ACTIONS(340), 1,
      sym__upper,
    ACTIONS(338), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [1343] = 1,
    ACTIONS(342), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1348] = 1,
    ACTIONS(344), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1353] = 1,
    ACTIONS(346), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1358] = 1,
    ACTIONS(348), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1363] = 1,
    ACTIONS(350), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1368] = 1,
    ACTIONS(352), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1373] = 1,
    ACTIONS(354), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1378] = 1,
    ACTIONS(356), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1383] = 1,
    ACTIONS(358), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1388] = 2,
    ACTIONS(360), 1,
      sym__hex,
    ACTIONS(362), 1,
      sym__path,
  [1395] = 1,
    ACTIONS(364), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1400] = 1,
    ACTIONS(366), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1405] = 1,
    ACTIONS(368), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1410] = 1,
    ACTIONS(370), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1415] = 1,
    ACTIONS(372), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1420] = 2,
    ACTIONS(374), 1,
      ts_builtin_sym_end,
    ACTIONS(376), 1,
      anon_sym_LF,
  [1427] = 1,
    ACTIONS(378), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1432] = 2,
    ACTIONS(380), 1,
      sym__decimal,
    ACTIONS(382), 1,
      sym__hexword,
  [1439] = 1,
    ACTIONS(384), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1444] = 1,
    ACTIONS(386), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1449] = 1,
    ACTIONS(388), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1454] = 1,
    ACTIONS(390), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1459] = 2,
    ACTIONS(47), 1,
      ts_builtin_sym_end,
    ACTIONS(376), 1,
      anon_sym_LF,
  [1466] = 2,
    ACTIONS(392), 1,
      sym__decimal,
    ACTIONS(394), 1,
      sym__hexnum,
  [1473] = 1,
    ACTIONS(396), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1478] = 1,
    ACTIONS(144), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
  [1483] = 1,
    ACTIONS(398), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1488] = 1,
    ACTIONS(400), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1493] = 2,
    ACTIONS(402), 1,
      anon_sym_COLON,
    ACTIONS(404), 1,
      anon_sym_LPAREN_RPAREN,
  [1500] = 1,
    ACTIONS(406), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1505] = 1,
    ACTIONS(408), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1510] = 1,
    ACTIONS(410), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1515] = 1,
    ACTIONS(412), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1520] = 1,
    ACTIONS(414), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1525] = 1,
    ACTIONS(416), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1530] = 1,
    ACTIONS(418), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1535] = 1,
    ACTIONS(420), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1540] = 1,
    ACTIONS(422), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1545] = 1,
    ACTIONS(424), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1550] = 1,
    ACTIONS(426), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1555] = 1,
    ACTIONS(428), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1560] = 1,
    ACTIONS(430), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1565] = 1,
    ACTIONS(432), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1570] = 1,
    ACTIONS(434), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1575] = 1,
    ACTIONS(436), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1580] = 1,
    ACTIONS(438), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1585] = 2,
    ACTIONS(440), 1,
      anon_sym_GT,
    ACTIONS(442), 1,
      sym_offset,
  [1592] = 1,
    ACTIONS(444), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1597] = 1,
    ACTIONS(446), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1602] = 2,
    ACTIONS(440), 1,
      anon_sym_RBRACK,
    ACTIONS(448), 1,
      sym_offset,
  [1609] = 1,
    ACTIONS(450), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [1614] = 1,
    ACTIONS(452), 1,
      sym__decimal,
  [1618] = 1,
    ACTIONS(454), 1,
      sym_section_name,
  [1622] = 1,
    ACTIONS(456), 1,
      sym_symbol_name,
  [1626] = 1,
    ACTIONS(458), 1,
      aux_sym_readelf_symtab_header_token3,
  [1630] = 1,
    ACTIONS(460), 1,
      sym__value16,
  [1634] = 1,
    ACTIONS(462), 1,
      anon_sym_GT,
  [1638] = 1,
    ACTIONS(464), 1,
      sym_section_name,
  [1642] = 1,
    ACTIONS(466), 1,
      aux_sym_readelf_symtab_header_token2,
  [1646] = 1,
    ACTIONS(468), 1,
      anon_sym_RBRACK,
  [1650] = 1,
    ACTIONS(470), 1,
      sym__value16,
  [1654] = 1,
    ACTIONS(472), 1,
      sym_file_format,
  [1658] = 1,
    ACTIONS(474), 1,
      sym_condition_bit,
  [1662] = 1,
    ACTIONS(476), 1,
      anon_sym_RBRACK,
  [1666] = 1,
    ACTIONS(478), 1,
      sym__decimal,
  [1670] = 1,
    ACTIONS(376), 1,
      anon_sym_LF,
  [1674] = 1,
    ACTIONS(480), 1,
      anon_sym_COLON,
  [1678] = 1,
    ACTIONS(482), 1,
      anon_sym_COLON,
  [1682] = 1,
    ACTIONS(484), 1,
      anon_sym_COLON,
  [1686] = 1,
    ACTIONS(486), 1,
      sym__upper,
  [1690] = 1,
    ACTIONS(488), 1,
      anon_sym_COLON,
  [1694] = 1,
    ACTIONS(490), 1,
      sym__decimal,
  [1698] = 1,
    ACTIONS(492), 1,
      sym_symbol_name,
  [1702] = 1,
    ACTIONS(494), 1,
      sym_symbol_name,
  [1706] = 1,
    ACTIONS(496), 1,
      ts_builtin_sym_end,
  [1710] = 1,
    ACTIONS(498), 1,
      anon_sym_RBRACK,
  [1714] = 1,
    ACTIONS(500), 1,
      anon_sym_RBRACK,
  [1718] = 1,
    ACTIONS(502), 1,
      anon_sym_RPAREN,
  [1722] = 1,
    ACTIONS(504), 1,
      sym__upper,
  [1726] = 1,
    ACTIONS(506), 1,
      anon_sym_RPAREN,
  [1730] = 1,
    ACTIONS(508), 1,
      anon_sym_RPAREN,
  [1734] = 1,
    ACTIONS(510), 1,
      anon_sym_PLUS,
  [1738] = 1,
    ACTIONS(512), 1,
      anon_sym_discriminator,
  [1742] = 1,
    ACTIONS(468), 1,
      anon_sym_GT,
  [1746] = 1,
    ACTIONS(514), 1,
      anon_sym_LF,
  [1750] = 1,
    ACTIONS(516), 1,
      anon_sym_contains,
  [1754] = 1,
    ACTIONS(518), 1,
      sym__upper,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 51,
  [SMALL_STATE(4)] = 102,
  [SMALL_STATE(5)] = 152,
  [SMALL_STATE(6)] = 202,
  [SMALL_STATE(7)] = 250,
  [SMALL_STATE(8)] = 303,
  [SMALL_STATE(9)] = 337,
  [SMALL_STATE(10)] = 371,
  [SMALL_STATE(11)] = 405,
  [SMALL_STATE(12)] = 439,
  [SMALL_STATE(13)] = 473,
  [SMALL_STATE(14)] = 507,
  [SMALL_STATE(15)] = 541,
  [SMALL_STATE(16)] = 558,
  [SMALL_STATE(17)] = 575,
  [SMALL_STATE(18)] = 592,
  [SMALL_STATE(19)] = 615,
  [SMALL_STATE(20)] = 626,
  [SMALL_STATE(21)] = 639,
  [SMALL_STATE(22)] = 649,
  [SMALL_STATE(23)] = 662,
  [SMALL_STATE(24)] = 677,
  [SMALL_STATE(25)] = 688,
  [SMALL_STATE(26)] = 705,
  [SMALL_STATE(27)] = 720,
  [SMALL_STATE(28)] = 735,
  [SMALL_STATE(29)] = 749,
  [SMALL_STATE(30)] = 763,
  [SMALL_STATE(31)] = 777,
  [SMALL_STATE(32)] = 791,
  [SMALL_STATE(33)] = 805,
  [SMALL_STATE(34)] = 819,
  [SMALL_STATE(35)] = 835,
  [SMALL_STATE(36)] = 849,
  [SMALL_STATE(37)] = 863,
  [SMALL_STATE(38)] = 877,
  [SMALL_STATE(39)] = 891,
  [SMALL_STATE(40)] = 905,
  [SMALL_STATE(41)] = 916,
  [SMALL_STATE(42)] = 927,
  [SMALL_STATE(43)] = 934,
  [SMALL_STATE(44)] = 947,
  [SMALL_STATE(45)] = 958,
  [SMALL_STATE(46)] = 969,
  [SMALL_STATE(47)] = 976,
  [SMALL_STATE(48)] = 983,
  [SMALL_STATE(49)] = 994,
  [SMALL_STATE(50)] = 1005,
  [SMALL_STATE(51)] = 1016,
  [SMALL_STATE(52)] = 1027,
  [SMALL_STATE(53)] = 1038,
  [SMALL_STATE(54)] = 1049,
  [SMALL_STATE(55)] = 1060,
  [SMALL_STATE(56)] = 1071,
  [SMALL_STATE(57)] = 1082,
  [SMALL_STATE(58)] = 1093,
  [SMALL_STATE(59)] = 1104,
  [SMALL_STATE(60)] = 1115,
  [SMALL_STATE(61)] = 1121,
  [SMALL_STATE(62)] = 1127,
  [SMALL_STATE(63)] = 1135,
  [SMALL_STATE(64)] = 1143,
  [SMALL_STATE(65)] = 1151,
  [SMALL_STATE(66)] = 1161,
  [SMALL_STATE(67)] = 1169,
  [SMALL_STATE(68)] = 1175,
  [SMALL_STATE(69)] = 1185,
  [SMALL_STATE(70)] = 1195,
  [SMALL_STATE(71)] = 1203,
  [SMALL_STATE(72)] = 1213,
  [SMALL_STATE(73)] = 1223,
  [SMALL_STATE(74)] = 1233,
  [SMALL_STATE(75)] = 1241,
  [SMALL_STATE(76)] = 1249,
  [SMALL_STATE(77)] = 1257,
  [SMALL_STATE(78)] = 1267,
  [SMALL_STATE(79)] = 1277,
  [SMALL_STATE(80)] = 1285,
  [SMALL_STATE(81)] = 1293,
  [SMALL_STATE(82)] = 1303,
  [SMALL_STATE(83)] = 1311,
  [SMALL_STATE(84)] = 1317,
  [SMALL_STATE(85)] = 1325,
  [SMALL_STATE(86)] = 1335,
  [SMALL_STATE(87)] = 1343,
  [SMALL_STATE(88)] = 1348,
  [SMALL_STATE(89)] = 1353,
  [SMALL_STATE(90)] = 1358,
  [SMALL_STATE(91)] = 1363,
  [SMALL_STATE(92)] = 1368,
  [SMALL_STATE(93)] = 1373,
  [SMALL_STATE(94)] = 1378,
  [SMALL_STATE(95)] = 1383,
  [SMALL_STATE(96)] = 1388,
  [SMALL_STATE(97)] = 1395,
  [SMALL_STATE(98)] = 1400,
  [SMALL_STATE(99)] = 1405,
  [SMALL_STATE(100)] = 1410,
  [SMALL_STATE(101)] = 1415,
  [SMALL_STATE(102)] = 1420,
  [SMALL_STATE(103)] = 1427,
  [SMALL_STATE(104)] = 1432,
  [SMALL_STATE(105)] = 1439,
  [SMALL_STATE(106)] = 1444,
  [SMALL_STATE(107)] = 1449,
  [SMALL_STATE(108)] = 1454,
  [SMALL_STATE(109)] = 1459,
  [SMALL_STATE(110)] = 1466,
  [SMALL_STATE(111)] = 1473,
  [SMALL_STATE(112)] = 1478,
  [SMALL_STATE(113)] = 1483,
  [SMALL_STATE(114)] = 1488,
  [SMALL_STATE(115)] = 1493,
  [SMALL_STATE(116)] = 1500,
  [SMALL_STATE(117)] = 1505,
  [SMALL_STATE(118)] = 1510,
  [SMALL_STATE(119)] = 1515,
  [SMALL_STATE(120)] = 1520,
  [SMALL_STATE(121)] = 1525,
  [SMALL_STATE(122)] = 1530,
  [SMALL_STATE(123)] = 1535,
  [SMALL_STATE(124)] = 1540,
  [SMALL_STATE(125)] = 1545,
  [SMALL_STATE(126)] = 1550,
  [SMALL_STATE(127)] = 1555,
  [SMALL_STATE(128)] = 1560,
  [SMALL_STATE(129)] = 1565,
  [SMALL_STATE(130)] = 1570,
  [SMALL_STATE(131)] = 1575,
  [SMALL_STATE(132)] = 1580,
  [SMALL_STATE(133)] = 1585,
  [SMALL_STATE(134)] = 1592,
  [SMALL_STATE(135)] = 1597,
  [SMALL_STATE(136)] = 1602,
  [SMALL_STATE(137)] = 1609,
  [SMALL_STATE(138)] = 1614,
  [SMALL_STATE(139)] = 1618,
  [SMALL_STATE(140)] = 1622,
  [SMALL_STATE(141)] = 1626,
  [SMALL_STATE(142)] = 1630,
  [SMALL_STATE(143)] = 1634,
  [SMALL_STATE(144)] = 1638,
  [SMALL_STATE(145)] = 1642,
  [SMALL_STATE(146)] = 1646,
  [SMALL_STATE(147)] = 1650,
  [SMALL_STATE(148)] = 1654,
  [SMALL_STATE(149)] = 1658,
  [SMALL_STATE(150)] = 1662,
  [SMALL_STATE(151)] = 1666,
  [SMALL_STATE(152)] = 1670,
  [SMALL_STATE(153)] = 1674,
  [SMALL_STATE(154)] = 1678,
  [SMALL_STATE(155)] = 1682,
  [SMALL_STATE(156)] = 1686,
  [SMALL_STATE(157)] = 1690,
  [SMALL_STATE(158)] = 1694,
  [SMALL_STATE(159)] = 1698,
  [SMALL_STATE(160)] = 1702,
  [SMALL_STATE(161)] = 1706,
  [SMALL_STATE(162)] = 1710,
  [SMALL_STATE(163)] = 1714,
  [SMALL_STATE(164)] = 1718,
  [SMALL_STATE(165)] = 1722,
  [SMALL_STATE(166)] = 1726,
  [SMALL_STATE(167)] = 1730,
  [SMALL_STATE(168)] = 1734,
  [SMALL_STATE(169)] = 1738,
  [SMALL_STATE(170)] = 1742,
  [SMALL_STATE(171)] = 1746,
  [SMALL_STATE(172)] = 1750,
  [SMALL_STATE(173)] = 1754,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(115),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [23] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(2),
  [26] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(34),
  [29] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(115),
  [32] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [35] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(96),
  [38] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(113),
  [47] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 3, 0, 0),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 2, 0, 0),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0),
  [65] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(34),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(115),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(171),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(96),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [83] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0), SHIFT_REPEAT(113),
  [86] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 4, 0, 11),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [90] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [94] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [98] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [120] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__block, 3, 0, 0),
  [122] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__block_repeat1, 2, 0, 0),
  [124] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 4, 0, 0),
  [126] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__block, 4, 0, 0),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [130] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register, 1, 0, 0),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_number, 1, 0, 0),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__target_address, 1, 0, 0),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [154] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [160] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 7, 0, 35),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 9, 0, 45),
  [168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 14),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [174] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 11, 0, 53),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 16),
  [184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 13, 0, 57),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [192] = {.entry = {.count = 1, .reusable = false}}, SHIFT(142),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [196] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 15, 0, 61),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 25),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 17, 0, 65),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 3, 0, 4),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 19, 0, 69),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [226] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 12),
  [230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 33),
  [236] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 8, 0, 39),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 41),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cr_bit_expression, 5, 0, 46),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 10, 0, 49),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 3, 0, 1),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 3, 0, 2),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 12, 0, 54),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 17),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 14, 0, 58),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 22),
  [270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 16, 0, 62),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 26),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 18, 0, 66),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 20, 0, 70),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 22, 0, 73),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 2, 0, 0),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 3, 0, 7),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 4),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 51),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 51),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 32),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 32),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 8, 0, 37),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 4, 0, 38),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 12),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 14),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 42),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 22),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 9),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_line, 3, 0, 3),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [336] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_index, 1, 0, 0),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 31),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 23, 0, 74),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 27),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 0),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 28),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 29),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 30),
  [356] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 4, 0, 1),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_discriminator, 4, 0, 32),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 10),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 3, 0, 25),
  [368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 7, 0, 34),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 7, 0, 36),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 13),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 8, 0, 40),
  [380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 43),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 9, 0, 44),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 5, 0, 15),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 10, 0, 48),
  [392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 10, 0, 50),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_line, 1, 0, 0),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 11, 0, 52),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 12, 0, 55),
  [408] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 13, 0, 56),
  [410] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_line, 3, 0, 5),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_archive_header, 3, 0, 6),
  [414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 18),
  [416] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 14, 0, 59),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 15, 0, 60),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 19),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 3, 0, 7),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 20),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_header, 5, 0, 21),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 16, 0, 63),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 17, 0, 64),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 23),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symtab_header, 5, 0, 24),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 18, 0, 67),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 19, 0, 68),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [444] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 20, 0, 71),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 21, 0, 72),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_header, 4, 0, 8),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [496] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [510] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
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
