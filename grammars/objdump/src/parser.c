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
#define STATE_COUNT 129
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 85
#define ALIAS_COUNT 4
#define TOKEN_COUNT 55
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 30
#define MAX_ALIAS_SEQUENCE_LENGTH 10
#define PRODUCTION_ID_COUNT 50

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
  sym__line = 56,
  sym_source_line = 57,
  sym_file_header = 58,
  sym_archive_header = 59,
  sym_section_header = 60,
  sym_symbol_header = 61,
  sym_instruction_line = 62,
  sym_byte_line = 63,
  sym_byte_sequence = 64,
  sym__operand_list = 65,
  sym__target = 66,
  sym__target_address = 67,
  sym__operand = 68,
  sym_number = 69,
  sym_memory_operand = 70,
  sym_cr_bit_expression = 71,
  sym_symbol_reference = 72,
  sym__insn_comment = 73,
  sym_relocation_line = 74,
  sym_file_line = 75,
  sym_discriminator = 76,
  sym_function_line = 77,
  sym_readelf_symtab_header = 78,
  sym_readelf_symbol = 79,
  sym_symbol_other = 80,
  sym_section_index = 81,
  sym_objdump_symbol = 82,
  aux_sym_source_file_repeat1 = 83,
  aux_sym__operand_list_repeat1 = 84,
  alias_sym_function_name = 85,
  alias_sym_symbol_bind = 86,
  alias_sym_symbol_type = 87,
  alias_sym_symbol_visibility = 88,
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
  [sym__line] = "_line",
  [sym_source_line] = "source_line",
  [sym_file_header] = "file_header",
  [sym_archive_header] = "archive_header",
  [sym_section_header] = "section_header",
  [sym_symbol_header] = "symbol_header",
  [sym_instruction_line] = "instruction_line",
  [sym_byte_line] = "byte_line",
  [sym_byte_sequence] = "byte_sequence",
  [sym__operand_list] = "_operand_list",
  [sym__target] = "_target",
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
  [aux_sym__operand_list_repeat1] = "_operand_list_repeat1",
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
  [sym__line] = sym__line,
  [sym_source_line] = sym_source_line,
  [sym_file_header] = sym_file_header,
  [sym_archive_header] = sym_archive_header,
  [sym_section_header] = sym_section_header,
  [sym_symbol_header] = sym_symbol_header,
  [sym_instruction_line] = sym_instruction_line,
  [sym_byte_line] = sym_byte_line,
  [sym_byte_sequence] = sym_byte_sequence,
  [sym__operand_list] = sym__operand_list,
  [sym__target] = sym__target,
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
  [aux_sym__operand_list_repeat1] = aux_sym__operand_list_repeat1,
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
  [sym__operand_list] = {
    .visible = false,
    .named = true,
  },
  [sym__target] = {
    .visible = false,
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
  [aux_sym__operand_list_repeat1] = {
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
  [16] = {.index = 39, .length = 5},
  [17] = {.index = 44, .length = 2},
  [18] = {.index = 46, .length = 1},
  [19] = {.index = 47, .length = 1},
  [20] = {.index = 48, .length = 4},
  [21] = {.index = 52, .length = 5},
  [22] = {.index = 57, .length = 4},
  [23] = {.index = 61, .length = 2},
  [24] = {.index = 63, .length = 5},
  [25] = {.index = 68, .length = 5},
  [26] = {.index = 73, .length = 2},
  [28] = {.index = 75, .length = 6},
  [29] = {.index = 81, .length = 2},
  [30] = {.index = 83, .length = 2},
  [31] = {.index = 85, .length = 5},
  [32] = {.index = 90, .length = 6},
  [33] = {.index = 96, .length = 5},
  [35] = {.index = 101, .length = 1},
  [36] = {.index = 102, .length = 3},
  [37] = {.index = 105, .length = 1},
  [38] = {.index = 106, .length = 2},
  [39] = {.index = 108, .length = 6},
  [40] = {.index = 114, .length = 7},
  [41] = {.index = 121, .length = 2},
  [42] = {.index = 123, .length = 4},
  [43] = {.index = 127, .length = 2},
  [44] = {.index = 129, .length = 8},
  [45] = {.index = 137, .length = 8},
  [46] = {.index = 145, .length = 3},
  [48] = {.index = 148, .length = 9},
  [49] = {.index = 157, .length = 1},
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
    {field_operands, 4, .inherited = true},
    {field_target, 4, .inherited = true},
  [44] =
    {field_operands, 0, .inherited = true},
    {field_target, 0, .inherited = true},
  [46] =
    {field_operands, 0},
  [47] =
    {field_target, 0},
  [48] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 4},
    {field_mnemonic, 3},
  [52] =
    {field_name, 4},
    {field_other, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [57] =
    {field_name, 4},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [61] =
    {field_address, 0},
    {field_name, 2},
  [63] =
    {field_flags, 1},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [68] =
    {field_flags, 1},
    {field_name, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [73] =
    {field_count, 3},
    {field_table, 1},
  [75] =
    {field_address, 0},
    {field_bytes, 2},
    {field_comment, 5},
    {field_mnemonic, 3},
    {field_operands, 4, .inherited = true},
    {field_target, 4, .inherited = true},
  [81] =
    {field_operands, 0},
    {field_target, 1},
  [83] =
    {field_operands, 0},
    {field_operands, 1, .inherited = true},
  [85] =
    {field_name, 5},
    {field_other, 3},
    {field_section, 1},
    {field_size, 2},
    {field_value, 0},
  [90] =
    {field_flags, 1},
    {field_name, 5},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [96] =
    {field_flags, 1},
    {field_name, 5},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [101] =
    {field_base, 1},
  [102] =
    {field_operands, 0},
    {field_operands, 2, .inherited = true},
    {field_target, 2, .inherited = true},
  [105] =
    {field_operands, 1},
  [106] =
    {field_operands, 0, .inherited = true},
    {field_operands, 1, .inherited = true},
  [108] =
    {field_flags, 1},
    {field_name, 6},
    {field_other, 4},
    {field_section, 2},
    {field_size, 3},
    {field_value, 0},
  [114] =
    {field_bind, 5},
    {field_num, 0},
    {field_section_index, 7},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [121] =
    {field_name, 1},
    {field_offset, 2},
  [123] =
    {field_operands, 0},
    {field_operands, 1, .inherited = true},
    {field_operands, 3, .inherited = true},
    {field_target, 3, .inherited = true},
  [127] =
    {field_base, 2},
    {field_offset, 0},
  [129] =
    {field_bind, 5},
    {field_num, 0},
    {field_other, 7},
    {field_section_index, 8},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [137] =
    {field_bind, 5},
    {field_name, 8},
    {field_num, 0},
    {field_section_index, 7},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [145] =
    {field_bit, 4},
    {field_field, 2},
    {field_scale, 0},
  [148] =
    {field_bind, 5},
    {field_name, 9},
    {field_num, 0},
    {field_other, 7},
    {field_section_index, 8},
    {field_size, 3},
    {field_type, 4},
    {field_value, 2},
    {field_visibility, 6},
  [157] =
    {field_localentry, 2},
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
  [20] = {
    [0] = sym__target_address,
  },
  [21] = {
    [3] = sym_number,
  },
  [23] = {
    [0] = sym__target_address,
  },
  [24] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [25] = {
    [3] = sym_number,
  },
  [26] = {
    [3] = sym_number,
  },
  [27] = {
    [1] = sym__target_address,
  },
  [28] = {
    [0] = sym__target_address,
  },
  [31] = {
    [3] = sym_number,
  },
  [32] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [33] = {
    [3] = sym_number,
  },
  [34] = {
    [2] = sym_number,
  },
  [39] = {
    [3] = sym_number,
    [4] = sym_number,
  },
  [40] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [44] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
  },
  [45] = {
    [2] = sym_number,
    [3] = sym_number,
    [4] = alias_sym_symbol_type,
    [5] = alias_sym_symbol_bind,
    [6] = alias_sym_symbol_visibility,
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
    [2] = sym_number,
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
      if (eof) ADVANCE(196);
      ADVANCE_MAP(
        '\n', 197,
        '#', 230,
        '(', 288,
        ')', 289,
        '*', 290,
        '+', 292,
        ',', 258,
        '-', 300,
        '.', 298,
        ':', 232,
        '<', 239,
        '>', 240,
        '?', 316,
        'R', 327,
        '[', 293,
        ']', 294,
        'c', 286,
        'd', 286,
        'f', 283,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(266);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(328);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        ' ', 1,
        '!', 345,
        'C', 345,
        'D', 345,
        'F', 345,
        'I', 345,
        'O', 345,
        'W', 345,
        'd', 345,
        'f', 345,
        'g', 345,
        'i', 345,
        'l', 345,
        'u', 345,
        'w', 345,
      );
      END_STATE();
    case 2:
      if (lookahead == ' ') ADVANCE(180);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(172);
      END_STATE();
    case 3:
      if (lookahead == ' ') ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(183);
      END_STATE();
    case 4:
      if (lookahead == ' ') ADVANCE(170);
      END_STATE();
    case 5:
      if (lookahead == ' ') ADVANCE(179);
      END_STATE();
    case 6:
      if (lookahead == ' ') ADVANCE(182);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(175);
      END_STATE();
    case 7:
      if (lookahead == '\'') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(7);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '(', 287,
        '-', 14,
        '0', 265,
        '<', 84,
        'c', 102,
        'd', 75,
        'e', 93,
        'g', 119,
        'l', 119,
        's', 100,
        'u', 92,
        'v', 113,
        'f', 152,
        'r', 152,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 9:
      if (lookahead == '(') ADVANCE(11);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '0') ADVANCE(264);
      if (lookahead == ':') ADVANCE(232);
      if (lookahead == '?') ADVANCE(316);
      if (lookahead == 'R') ADVANCE(39);
      if (lookahead == 'f') ADVANCE(81);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(155);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(267);
      END_STATE();
    case 10:
      if (lookahead == '(') ADVANCE(237);
      if (lookahead == ':') ADVANCE(232);
      if (lookahead == '<') ADVANCE(239);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (set_contains(sym_symbol_flags_character_set_2, 12, lookahead)) ADVANCE(345);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(238);
      END_STATE();
    case 11:
      if (lookahead == ')') ADVANCE(318);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(310);
      if (lookahead == 'f') ADVANCE(285);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(12);
      if (('a' <= lookahead && lookahead <= 'e')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(266);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(311);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(151);
      if (lookahead == '?') ADVANCE(316);
      if (lookahead == 'f') ADVANCE(80);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 14:
      if (lookahead == '0') ADVANCE(265);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 15:
      if (lookahead == '0') ADVANCE(131);
      END_STATE();
    case 16:
      if (lookahead == '0') ADVANCE(132);
      END_STATE();
    case 17:
      if (lookahead == '0') ADVANCE(133);
      END_STATE();
    case 18:
      if (lookahead == ':') ADVANCE(343);
      END_STATE();
    case 19:
      if (lookahead == ':') ADVANCE(323);
      END_STATE();
    case 20:
      if (lookahead == ':') ADVANCE(331);
      END_STATE();
    case 21:
      if (lookahead == ':') ADVANCE(330);
      END_STATE();
    case 22:
      if (lookahead == '>') ADVANCE(240);
      if (lookahead == ']') ADVANCE(294);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(22);
      END_STATE();
    case 23:
      if (lookahead == '>') ADVANCE(20);
      END_STATE();
    case 24:
      if (lookahead == '>') ADVANCE(21);
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
      if (lookahead == 'E') ADVANCE(18);
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
      if (lookahead == 'T') ADVANCE(134);
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
      if (lookahead == '[') ADVANCE(15);
      END_STATE();
    case 38:
      if (lookahead == ']') ADVANCE(332);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(38);
      END_STATE();
    case 39:
      if (lookahead == '_') ADVANCE(187);
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
      if (lookahead == 'a') ADVANCE(77);
      END_STATE();
    case 45:
      if (lookahead == 'a') ADVANCE(126);
      END_STATE();
    case 46:
      if (lookahead == 'a') ADVANCE(120);
      END_STATE();
    case 47:
      if (lookahead == 'a') ADVANCE(85);
      END_STATE();
    case 48:
      if (lookahead == 'b') ADVANCE(83);
      END_STATE();
    case 49:
      if (lookahead == 'c') ADVANCE(68);
      END_STATE();
    case 50:
      if (lookahead == 'c') ADVANCE(124);
      END_STATE();
    case 51:
      if (lookahead == 'c') ADVANCE(112);
      END_STATE();
    case 52:
      if (lookahead == 'c') ADVANCE(47);
      END_STATE();
    case 53:
      if (lookahead == 'd') ADVANCE(130);
      END_STATE();
    case 54:
      if (lookahead == 'd') ADVANCE(144);
      END_STATE();
    case 55:
      if (lookahead == 'e') ADVANCE(235);
      END_STATE();
    case 56:
      if (lookahead == 'e') ADVANCE(320);
      END_STATE();
    case 57:
      if (lookahead == 'e') ADVANCE(324);
      END_STATE();
    case 58:
      if (lookahead == 'e') ADVANCE(138);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(50);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(115);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(108);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(140);
      END_STATE();
    case 63:
      if (lookahead == 'e') ADVANCE(141);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(143);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 66:
      if (lookahead == 'f') ADVANCE(139);
      END_STATE();
    case 67:
      if (lookahead == 'f') ADVANCE(104);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(67);
      END_STATE();
    case 68:
      if (lookahead == 'h') ADVANCE(70);
      END_STATE();
    case 69:
      if (lookahead == 'h') ADVANCE(61);
      END_STATE();
    case 70:
      if (lookahead == 'i') ADVANCE(129);
      END_STATE();
    case 71:
      if (lookahead == 'i') ADVANCE(136);
      END_STATE();
    case 72:
      if (lookahead == 'i') ADVANCE(99);
      END_STATE();
    case 73:
      if (lookahead == 'i') ADVANCE(118);
      END_STATE();
    case 74:
      if (lookahead == 'i') ADVANCE(91);
      END_STATE();
    case 75:
      if (lookahead == 'i') ADVANCE(116);
      END_STATE();
    case 76:
      if (lookahead == 'i') ADVANCE(88);
      END_STATE();
    case 77:
      if (lookahead == 'i') ADVANCE(94);
      END_STATE();
    case 78:
      if (lookahead == 'i') ADVANCE(95);
      END_STATE();
    case 79:
      if (lookahead == 'i') ADVANCE(60);
      if (lookahead == 'y') ADVANCE(19);
      END_STATE();
    case 80:
      if (lookahead == 'i') ADVANCE(86);
      END_STATE();
    case 81:
      if (lookahead == 'i') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
      END_STATE();
    case 82:
      if (lookahead == 'l') ADVANCE(128);
      END_STATE();
    case 83:
      if (lookahead == 'l') ADVANCE(56);
      END_STATE();
    case 84:
      if (lookahead == 'l') ADVANCE(101);
      if (lookahead == 'o') ADVANCE(122);
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
      if (lookahead == 'n') ADVANCE(236);
      END_STATE();
    case 91:
      if (lookahead == 'n') ADVANCE(54);
      END_STATE();
    case 92:
      if (lookahead == 'n') ADVANCE(261);
      END_STATE();
    case 93:
      if (lookahead == 'n') ADVANCE(121);
      if (lookahead == 'q') ADVANCE(261);
      END_STATE();
    case 94:
      if (lookahead == 'n') ADVANCE(114);
      END_STATE();
    case 95:
      if (lookahead == 'n') ADVANCE(45);
      END_STATE();
    case 96:
      if (lookahead == 'n') ADVANCE(125);
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
      if (lookahead == 'o') ADVANCE(261);
      END_STATE();
    case 101:
      if (lookahead == 'o') ADVANCE(52);
      END_STATE();
    case 102:
      if (lookahead == 'o') ADVANCE(96);
      if (lookahead == 'r') ADVANCE(152);
      END_STATE();
    case 103:
      if (lookahead == 'o') ADVANCE(109);
      END_STATE();
    case 104:
      if (lookahead == 'o') ADVANCE(111);
      END_STATE();
    case 105:
      if (lookahead == 'p') ADVANCE(63);
      END_STATE();
    case 106:
      if (lookahead == 'r') ADVANCE(49);
      END_STATE();
    case 107:
      if (lookahead == 'r') ADVANCE(79);
      END_STATE();
    case 108:
      if (lookahead == 'r') ADVANCE(23);
      END_STATE();
    case 109:
      if (lookahead == 'r') ADVANCE(317);
      END_STATE();
    case 110:
      if (lookahead == 'r') ADVANCE(135);
      END_STATE();
    case 111:
      if (lookahead == 'r') ADVANCE(89);
      END_STATE();
    case 112:
      if (lookahead == 'r') ADVANCE(76);
      END_STATE();
    case 113:
      if (lookahead == 's') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      END_STATE();
    case 114:
      if (lookahead == 's') ADVANCE(322);
      END_STATE();
    case 115:
      if (lookahead == 's') ADVANCE(19);
      END_STATE();
    case 116:
      if (lookahead == 's') ADVANCE(51);
      END_STATE();
    case 117:
      if (lookahead == 's') ADVANCE(59);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(117);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(142);
      END_STATE();
    case 119:
      if (lookahead == 't') ADVANCE(261);
      END_STATE();
    case 120:
      if (lookahead == 't') ADVANCE(233);
      END_STATE();
    case 121:
      if (lookahead == 't') ADVANCE(107);
      END_STATE();
    case 122:
      if (lookahead == 't') ADVANCE(69);
      END_STATE();
    case 123:
      if (lookahead == 't') ADVANCE(42);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      END_STATE();
    case 124:
      if (lookahead == 't') ADVANCE(72);
      END_STATE();
    case 125:
      if (lookahead == 't') ADVANCE(44);
      END_STATE();
    case 126:
      if (lookahead == 't') ADVANCE(103);
      END_STATE();
    case 127:
      if (lookahead == 't') ADVANCE(110);
      END_STATE();
    case 128:
      if (lookahead == 'u') ADVANCE(58);
      END_STATE();
    case 129:
      if (lookahead == 'v') ADVANCE(55);
      END_STATE();
    case 130:
      if (lookahead == 'x') ADVANCE(145);
      END_STATE();
    case 131:
      if (lookahead == 'x') ADVANCE(161);
      END_STATE();
    case 132:
      if (lookahead == 'x') ADVANCE(162);
      END_STATE();
    case 133:
      if (lookahead == 'x') ADVANCE(153);
      END_STATE();
    case 134:
      if (lookahead == 'y') ADVANCE(105);
      END_STATE();
    case 135:
      if (lookahead == 'y') ADVANCE(24);
      END_STATE();
    case 136:
      if (lookahead == 'z') ADVANCE(62);
      END_STATE();
    case 137:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      END_STATE();
    case 138:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(32);
      END_STATE();
    case 139:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(117);
      END_STATE();
    case 140:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(34);
      END_STATE();
    case 141:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(27);
      END_STATE();
    case 142:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(30);
      END_STATE();
    case 143:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(67);
      END_STATE();
    case 144:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 145:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 146:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(146);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(199);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 147:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(147);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(295);
      END_STATE();
    case 148:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(148);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(238);
      END_STATE();
    case 149:
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(149);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(234);
      END_STATE();
    case 150:
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 151:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 152:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      END_STATE();
    case 153:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(296);
      END_STATE();
    case 154:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(280);
      END_STATE();
    case 155:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
      END_STATE();
    case 156:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      END_STATE();
    case 157:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(246);
      END_STATE();
    case 158:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(248);
      END_STATE();
    case 159:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(242);
      END_STATE();
    case 160:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(325);
      END_STATE();
    case 161:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(38);
      END_STATE();
    case 162:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(314);
      END_STATE();
    case 163:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(5);
      END_STATE();
    case 164:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(241);
      END_STATE();
    case 165:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(157);
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
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(163);
      END_STATE();
    case 170:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(164);
      END_STATE();
    case 171:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(3);
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
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(168);
      END_STATE();
    case 175:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(170);
      END_STATE();
    case 176:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(245);
      END_STATE();
    case 177:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(4);
      END_STATE();
    case 178:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(176);
      END_STATE();
    case 179:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(177);
      END_STATE();
    case 180:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(173);
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
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(6);
      END_STATE();
    case 184:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(181);
      END_STATE();
    case 185:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(184);
      END_STATE();
    case 186:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(185);
      END_STATE();
    case 187:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(312);
      END_STATE();
    case 188:
      if (eof) ADVANCE(196);
      ADVANCE_MAP(
        '\n', 197,
        '#', 231,
        '(', 287,
        ')', 289,
        '.', 202,
        ':', 232,
        '>', 240,
        'D', 213,
        'I', 219,
        'N', 224,
        'S', 208,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(188);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(199);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '<') ADVANCE(229);
      END_STATE();
    case 189:
      if (eof) ADVANCE(196);
      ADVANCE_MAP(
        '\n', 197,
        '#', 297,
        '\'', 7,
        '(', 287,
        ')', 289,
        '*', 290,
        '+', 291,
        ',', 258,
        '-', 14,
        '0', 263,
        '<', 239,
        '[', 293,
        ']', 294,
        'c', 282,
        'e', 281,
        'f', 284,
        'g', 119,
        'l', 119,
        'r', 152,
        's', 100,
        'u', 92,
        'v', 113,
      );
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(189);
      if (('a' <= lookahead && lookahead <= 'd')) ADVANCE(286);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(266);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(328);
      END_STATE();
    case 190:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '-') ADVANCE(333);
      if (lookahead == '.') ADVANCE(337);
      if (lookahead == '0') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(190);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 191:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '-') ADVANCE(151);
      if (lookahead == '[') ADVANCE(293);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(191);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(326);
      if (lookahead == '.' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 192:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '.') ADVANCE(337);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 193:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(193);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(171);
      if (lookahead == '.' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 194:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(313);
      END_STATE();
    case 195:
      if (eof) ADVANCE(196);
      if (lookahead == '\n') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(195);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(anon_sym_LF);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__hex);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(198);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__hex);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(199);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(33);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(315);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '.') ADVANCE(201);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ':') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'B') ADVANCE(207);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'L') ADVANCE(200);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'M') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'O') ADVANCE(205);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'Y') ADVANCE(206);
      if (lookahead == 'y') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'a') ADVANCE(223);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(220);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'b') ADVANCE(214);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'e') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'i') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'l') ADVANCE(227);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(203);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'm') ADVANCE(211);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'n') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'o') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(209);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 's') ADVANCE(222);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'u') ADVANCE(216);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == 'y') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__path);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != '(' &&
          lookahead != ')' &&
          (lookahead < '0' || ':' < lookahead) &&
          lookahead != '<' &&
          lookahead != '>') ADVANCE(229);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(231);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(aux_sym_file_header_token1);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_file_format);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(234);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(aux_sym_archive_header_token1);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_section_header_token1);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead == ')') ADVANCE(319);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(238);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(238);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(anon_sym_LT);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(anon_sym_GT);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__full_group);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_byte_group);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(165);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(156);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(167);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_byte_group);
      if (lookahead == ' ') ADVANCE(178);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_byte_group);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(186);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(278);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_byte_group);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(186);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_mnemonic);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(169);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(254);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == ' ') ADVANCE(182);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(256);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(250);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(241);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(251);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(253);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(255);
      if (lookahead == '.' ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_mnemonic);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(249);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_register);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(259);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_condition_bit);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == ' ') ADVANCE(180);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(172);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(154);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(266);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(154);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(243);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__decimal);
      if (lookahead == 'x') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(266);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(243);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(262);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(247);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(325);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(325);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(158);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(269);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(160);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(270);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(168);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(272);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(174);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(275);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(184);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(276);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__decimal);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(277);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__decimal);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__hexnum);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(280);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'q') ADVANCE(261);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__hexword);
      if (lookahead == 'r') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(198);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(259);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__hexword);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(309);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__hexword);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == ')') ADVANCE(318);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '0') ADVANCE(306);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_symbol_name);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(295);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_offset);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(296);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(299);
      if (lookahead == 'h') ADVANCE(304);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '.') ADVANCE(315);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '0') ADVANCE(279);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(279);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(303);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'd') ADVANCE(301);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'e') ADVANCE(305);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'i') ADVANCE(302);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'n') ADVANCE(344);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == 'x') ADVANCE(307);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(296);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(308);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(308);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__comment_text);
      if (('a' <= lookahead && lookahead <= 'f')) ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(309);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(311);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__comment_text);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(311);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__comment_text);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(311);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_relocation_type);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(312);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__reloc_symbol);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '+') ADVANCE(313);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__addend);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(314);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_elision);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(anon_sym_discriminator);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(anon_sym_LPAREN_RPAREN);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ':' &&
          lookahead != '<') ADVANCE(238);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token1);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token2);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_contains);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(aux_sym_readelf_symtab_header_token3);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_readelf_column_header);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__value16);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == ' ') ADVANCE(37);
      if (lookahead == '[') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_') ADVANCE(328);
      if (('A' <= lookahead && lookahead <= 'Z')) ADVANCE(326);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__upper);
      if (lookahead == '_') ADVANCE(329);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z')) ADVANCE(328);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(328);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__upper);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_') ADVANCE(312);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(anon_sym_LTlocalentry_GT_COLON);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(anon_sym_LTother_GT_COLON);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(aux_sym_section_index_token1);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '0') ADVANCE(340);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(336);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'd') ADVANCE(334);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'e') ADVANCE(339);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'h') ADVANCE(338);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'i') ADVANCE(335);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'n') ADVANCE(344);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == 'x') ADVANCE(341);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(280);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__rest);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(342);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_objdump_symtab_header);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(anon_sym_DOThidden);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_symbol_flags);
      ADVANCE_MAP(
        ' ', 1,
        '!', 345,
        'C', 345,
        'D', 345,
        'F', 345,
        'I', 345,
        'O', 345,
        'W', 345,
        'd', 345,
        'f', 345,
        'g', 345,
        'i', 345,
        'l', 345,
        'u', 345,
        'w', 345,
      );
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 188, .external_lex_state = 2},
  [2] = {.lex_state = 188, .external_lex_state = 2},
  [3] = {.lex_state = 188, .external_lex_state = 2},
  [4] = {.lex_state = 189},
  [5] = {.lex_state = 189},
  [6] = {.lex_state = 188, .external_lex_state = 2},
  [7] = {.lex_state = 189},
  [8] = {.lex_state = 8},
  [9] = {.lex_state = 189},
  [10] = {.lex_state = 9},
  [11] = {.lex_state = 189},
  [12] = {.lex_state = 189},
  [13] = {.lex_state = 189},
  [14] = {.lex_state = 191},
  [15] = {.lex_state = 10},
  [16] = {.lex_state = 189},
  [17] = {.lex_state = 189},
  [18] = {.lex_state = 189},
  [19] = {.lex_state = 190},
  [20] = {.lex_state = 189},
  [21] = {.lex_state = 190},
  [22] = {.lex_state = 192},
  [23] = {.lex_state = 192},
  [24] = {.lex_state = 193},
  [25] = {.lex_state = 189},
  [26] = {.lex_state = 8},
  [27] = {.lex_state = 188},
  [28] = {.lex_state = 194},
  [29] = {.lex_state = 189},
  [30] = {.lex_state = 189},
  [31] = {.lex_state = 8},
  [32] = {.lex_state = 191},
  [33] = {.lex_state = 8},
  [34] = {.lex_state = 189},
  [35] = {.lex_state = 189},
  [36] = {.lex_state = 195},
  [37] = {.lex_state = 189},
  [38] = {.lex_state = 195},
  [39] = {.lex_state = 193},
  [40] = {.lex_state = 189},
  [41] = {.lex_state = 191},
  [42] = {.lex_state = 189},
  [43] = {.lex_state = 189},
  [44] = {.lex_state = 195},
  [45] = {.lex_state = 13},
  [46] = {.lex_state = 195},
  [47] = {.lex_state = 195},
  [48] = {.lex_state = 195},
  [49] = {.lex_state = 12},
  [50] = {.lex_state = 189},
  [51] = {.lex_state = 189},
  [52] = {.lex_state = 189},
  [53] = {.lex_state = 191},
  [54] = {.lex_state = 195},
  [55] = {.lex_state = 189},
  [56] = {.lex_state = 191},
  [57] = {.lex_state = 191},
  [58] = {.lex_state = 191},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 8},
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 9},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 22},
  [72] = {.lex_state = 22},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 189},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 0},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 0},
  [84] = {.lex_state = 146},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 12},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 0},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 189},
  [94] = {.lex_state = 9},
  [95] = {.lex_state = 147},
  [96] = {.lex_state = 188},
  [97] = {.lex_state = 188},
  [98] = {.lex_state = 189},
  [99] = {.lex_state = 188},
  [100] = {.lex_state = 191},
  [101] = {.lex_state = 148},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 189},
  [104] = {.lex_state = 188},
  [105] = {.lex_state = 189},
  [106] = {.lex_state = 147},
  [107] = {.lex_state = 188},
  [108] = {.lex_state = 188},
  [109] = {.lex_state = 149},
  [110] = {.lex_state = 8},
  [111] = {.lex_state = 191},
  [112] = {.lex_state = 189},
  [113] = {.lex_state = 189},
  [114] = {.lex_state = 147},
  [115] = {.lex_state = 189},
  [116] = {.lex_state = 189},
  [117] = {.lex_state = 191},
  [118] = {.lex_state = 9},
  [119] = {.lex_state = 8},
  [120] = {.lex_state = 188},
  [121] = {.lex_state = 148},
  [122] = {.lex_state = 8},
  [123] = {.lex_state = 189},
  [124] = {.lex_state = 189},
  [125] = {.lex_state = 188},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 189},
  [128] = {.lex_state = 188},
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
    [sym_source_file] = STATE(126),
    [sym__line] = STATE(60),
    [sym_source_line] = STATE(60),
    [sym_file_header] = STATE(60),
    [sym_archive_header] = STATE(60),
    [sym_section_header] = STATE(60),
    [sym_symbol_header] = STATE(60),
    [sym_instruction_line] = STATE(60),
    [sym_byte_line] = STATE(60),
    [sym_relocation_line] = STATE(60),
    [sym_file_line] = STATE(60),
    [sym_function_line] = STATE(60),
    [sym_readelf_symtab_header] = STATE(60),
    [sym_readelf_symbol] = STATE(60),
    [sym_objdump_symbol] = STATE(60),
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
    STATE(3), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(25), 4,
      sym_comment,
      sym_elision,
      sym_readelf_column_header,
      sym_objdump_symtab_header,
    STATE(90), 14,
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
  [50] = 11,
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
    STATE(3), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(38), 4,
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
  [100] = 17,
    ACTIONS(55), 1,
      anon_sym_LT,
    ACTIONS(57), 1,
      sym_register,
    ACTIONS(59), 1,
      sym_condition_bit,
    ACTIONS(61), 1,
      sym__decimal,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(65), 1,
      sym__hexword,
    ACTIONS(67), 1,
      anon_sym_LPAREN,
    ACTIONS(69), 1,
      anon_sym_LBRACK,
    ACTIONS(71), 1,
      anon_sym_POUND,
    STATE(13), 1,
      sym_number,
    STATE(25), 1,
      sym__operand_list,
    STATE(37), 1,
      sym__target_address,
    STATE(43), 1,
      sym_symbol_reference,
    STATE(55), 1,
      sym__target,
    STATE(64), 1,
      sym__insn_comment,
    ACTIONS(53), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
    STATE(17), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [155] = 10,
    ACTIONS(57), 1,
      sym_register,
    ACTIONS(61), 1,
      sym__decimal,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(65), 1,
      sym__hexword,
    ACTIONS(67), 1,
      anon_sym_LPAREN,
    ACTIONS(73), 1,
      sym_condition_bit,
    STATE(13), 1,
      sym_number,
    STATE(37), 1,
      sym__target_address,
    STATE(42), 1,
      sym__target,
    STATE(30), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [188] = 2,
    ACTIONS(75), 2,
      sym__hex,
      sym__path,
    ACTIONS(27), 10,
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
  [205] = 10,
    ACTIONS(57), 1,
      sym_register,
    ACTIONS(61), 1,
      sym__decimal,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(65), 1,
      sym__hexword,
    ACTIONS(67), 1,
      anon_sym_LPAREN,
    ACTIONS(73), 1,
      sym_condition_bit,
    STATE(13), 1,
      sym_number,
    STATE(37), 1,
      sym__target_address,
    STATE(51), 1,
      sym__target,
    STATE(30), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [238] = 6,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(67), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym__decimal,
    STATE(13), 1,
      sym_number,
    ACTIONS(73), 2,
      sym_register,
      sym_condition_bit,
    STATE(30), 3,
      sym__operand,
      sym_memory_operand,
      sym_cr_bit_expression,
  [260] = 2,
    ACTIONS(81), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(79), 6,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [273] = 7,
    ACTIONS(83), 1,
      aux_sym_file_header_token1,
    ACTIONS(85), 1,
      sym_byte_group,
    ACTIONS(87), 1,
      sym__decimal,
    ACTIONS(91), 1,
      sym_relocation_type,
    ACTIONS(93), 1,
      anon_sym_QMARK,
    STATE(41), 1,
      sym_byte_sequence,
    ACTIONS(89), 2,
      sym__hexnum,
      sym__value16,
  [296] = 1,
    ACTIONS(79), 7,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_STAR,
      anon_sym_POUND,
  [306] = 2,
    ACTIONS(81), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
    ACTIONS(95), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [317] = 3,
    ACTIONS(97), 1,
      anon_sym_LPAREN,
    ACTIONS(99), 1,
      anon_sym_STAR,
    ACTIONS(95), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [330] = 5,
    ACTIONS(103), 1,
      anon_sym_LBRACK,
    ACTIONS(105), 1,
      sym__upper,
    STATE(32), 1,
      sym_symbol_other,
    STATE(36), 1,
      sym_section_index,
    ACTIONS(101), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [347] = 5,
    ACTIONS(107), 1,
      anon_sym_COLON,
    ACTIONS(109), 1,
      sym_section_name,
    ACTIONS(111), 1,
      anon_sym_LT,
    ACTIONS(113), 1,
      anon_sym_LPAREN_RPAREN,
    ACTIONS(115), 1,
      sym_symbol_flags,
  [363] = 3,
    ACTIONS(119), 1,
      anon_sym_COMMA,
    STATE(20), 1,
      aux_sym__operand_list_repeat1,
    ACTIONS(117), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [375] = 3,
    ACTIONS(123), 1,
      anon_sym_COMMA,
    STATE(16), 1,
      aux_sym__operand_list_repeat1,
    ACTIONS(121), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [387] = 4,
    ACTIONS(55), 1,
      anon_sym_LT,
    ACTIONS(69), 1,
      anon_sym_LBRACK,
    STATE(82), 1,
      sym_symbol_reference,
    ACTIONS(125), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [401] = 4,
    ACTIONS(129), 1,
      sym__hexnum,
    ACTIONS(131), 1,
      sym__rest,
    ACTIONS(133), 1,
      anon_sym_DOThidden,
    ACTIONS(127), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [415] = 3,
    ACTIONS(137), 1,
      anon_sym_COMMA,
    STATE(20), 1,
      aux_sym__operand_list_repeat1,
    ACTIONS(135), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [427] = 4,
    ACTIONS(142), 1,
      sym__hexnum,
    ACTIONS(144), 1,
      sym__rest,
    ACTIONS(146), 1,
      anon_sym_DOThidden,
    ACTIONS(140), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [441] = 3,
    ACTIONS(150), 1,
      sym__rest,
    ACTIONS(152), 1,
      anon_sym_DOThidden,
    ACTIONS(148), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [452] = 3,
    ACTIONS(156), 1,
      sym__rest,
    ACTIONS(158), 1,
      anon_sym_DOThidden,
    ACTIONS(154), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [463] = 3,
    ACTIONS(162), 1,
      sym__full_group,
    ACTIONS(164), 1,
      sym_mnemonic,
    ACTIONS(160), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [474] = 3,
    ACTIONS(71), 1,
      anon_sym_POUND,
    STATE(92), 1,
      sym__insn_comment,
    ACTIONS(166), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [485] = 4,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(77), 1,
      sym__decimal,
    ACTIONS(168), 1,
      sym_register,
    STATE(104), 1,
      sym_number,
  [498] = 3,
    ACTIONS(172), 1,
      anon_sym_LPAREN,
    STATE(81), 1,
      sym_discriminator,
    ACTIONS(170), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [509] = 3,
    ACTIONS(176), 1,
      sym__reloc_symbol,
    ACTIONS(178), 1,
      sym__addend,
    ACTIONS(174), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [520] = 1,
    ACTIONS(180), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [527] = 1,
    ACTIONS(182), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [534] = 4,
    ACTIONS(184), 1,
      sym__decimal,
    ACTIONS(186), 1,
      sym__hexnum,
    ACTIONS(188), 1,
      anon_sym_LTlocalentry_GT_COLON,
    ACTIONS(190), 1,
      anon_sym_LTother_GT_COLON,
  [547] = 3,
    ACTIONS(105), 1,
      sym__upper,
    STATE(54), 1,
      sym_section_index,
    ACTIONS(101), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [558] = 4,
    ACTIONS(63), 1,
      sym__hexnum,
    ACTIONS(77), 1,
      sym__decimal,
    ACTIONS(192), 1,
      sym_register,
    STATE(120), 1,
      sym_number,
  [571] = 1,
    ACTIONS(194), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [578] = 1,
    ACTIONS(196), 4,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_COMMA,
      anon_sym_POUND,
  [585] = 2,
    ACTIONS(200), 1,
      sym__rest,
    ACTIONS(198), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [593] = 3,
    ACTIONS(55), 1,
      anon_sym_LT,
    ACTIONS(69), 1,
      anon_sym_LBRACK,
    STATE(52), 1,
      sym_symbol_reference,
  [603] = 2,
    ACTIONS(204), 1,
      sym__rest,
    ACTIONS(202), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [611] = 2,
    ACTIONS(208), 1,
      sym__addend,
    ACTIONS(206), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [619] = 1,
    ACTIONS(210), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [625] = 2,
    ACTIONS(214), 1,
      sym_mnemonic,
    ACTIONS(212), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [633] = 1,
    ACTIONS(216), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [639] = 1,
    ACTIONS(218), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [645] = 2,
    ACTIONS(222), 1,
      sym__rest,
    ACTIONS(220), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [653] = 2,
    ACTIONS(83), 1,
      aux_sym_file_header_token1,
    ACTIONS(93), 2,
      sym__decimal,
      anon_sym_QMARK,
  [661] = 1,
    ACTIONS(224), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym__rest,
  [667] = 2,
    ACTIONS(228), 1,
      sym__rest,
    ACTIONS(226), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [675] = 2,
    ACTIONS(232), 1,
      sym__rest,
    ACTIONS(230), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [683] = 3,
    ACTIONS(234), 1,
      sym__decimal,
    ACTIONS(236), 1,
      sym__hexword,
    ACTIONS(238), 1,
      sym__comment_text,
  [693] = 1,
    ACTIONS(240), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [699] = 1,
    ACTIONS(242), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [705] = 1,
    ACTIONS(244), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [711] = 1,
    ACTIONS(246), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      sym_mnemonic,
  [717] = 2,
    ACTIONS(250), 1,
      sym__rest,
    ACTIONS(248), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [725] = 1,
    ACTIONS(252), 3,
      ts_builtin_sym_end,
      anon_sym_LF,
      anon_sym_POUND,
  [731] = 2,
    ACTIONS(256), 1,
      sym__upper,
    ACTIONS(254), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [739] = 2,
    ACTIONS(260), 1,
      sym__upper,
    ACTIONS(258), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [747] = 2,
    ACTIONS(264), 1,
      sym__upper,
    ACTIONS(262), 2,
      sym__decimal,
      aux_sym_section_index_token1,
  [755] = 1,
    ACTIONS(266), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [760] = 2,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(268), 1,
      anon_sym_LF,
  [767] = 2,
    ACTIONS(270), 1,
      sym__decimal,
    ACTIONS(272), 1,
      sym__hexnum,
  [774] = 1,
    ACTIONS(274), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [779] = 2,
    ACTIONS(276), 1,
      anon_sym_COLON,
    ACTIONS(278), 1,
      anon_sym_LPAREN_RPAREN,
  [786] = 1,
    ACTIONS(280), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [791] = 1,
    ACTIONS(282), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [796] = 1,
    ACTIONS(284), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [801] = 1,
    ACTIONS(286), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [806] = 1,
    ACTIONS(288), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [811] = 1,
    ACTIONS(290), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [816] = 1,
    ACTIONS(292), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [821] = 2,
    ACTIONS(294), 1,
      anon_sym_GT,
    ACTIONS(296), 1,
      sym_offset,
  [828] = 2,
    ACTIONS(294), 1,
      anon_sym_RBRACK,
    ACTIONS(298), 1,
      sym_offset,
  [835] = 1,
    ACTIONS(300), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [840] = 1,
    ACTIONS(302), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [845] = 1,
    ACTIONS(81), 2,
      anon_sym_LT,
      anon_sym_LBRACK,
  [850] = 1,
    ACTIONS(304), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [855] = 1,
    ACTIONS(306), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [860] = 1,
    ACTIONS(308), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [865] = 1,
    ACTIONS(310), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [870] = 1,
    ACTIONS(312), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [875] = 1,
    ACTIONS(314), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [880] = 1,
    ACTIONS(316), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [885] = 1,
    ACTIONS(318), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [890] = 2,
    ACTIONS(320), 1,
      sym__hex,
    ACTIONS(322), 1,
      sym__path,
  [897] = 1,
    ACTIONS(324), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [902] = 1,
    ACTIONS(326), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [907] = 1,
    ACTIONS(328), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [912] = 2,
    ACTIONS(330), 1,
      sym__decimal,
    ACTIONS(332), 1,
      sym__hexword,
  [919] = 1,
    ACTIONS(334), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [924] = 2,
    ACTIONS(268), 1,
      anon_sym_LF,
    ACTIONS(336), 1,
      ts_builtin_sym_end,
  [931] = 1,
    ACTIONS(338), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [936] = 1,
    ACTIONS(340), 2,
      ts_builtin_sym_end,
      anon_sym_LF,
  [941] = 1,
    ACTIONS(342), 1,
      sym__upper,
  [945] = 1,
    ACTIONS(344), 1,
      sym__value16,
  [949] = 1,
    ACTIONS(346), 1,
      sym_symbol_name,
  [953] = 1,
    ACTIONS(348), 1,
      anon_sym_GT,
  [957] = 1,
    ACTIONS(350), 1,
      anon_sym_COLON,
  [961] = 1,
    ACTIONS(348), 1,
      anon_sym_RBRACK,
  [965] = 1,
    ACTIONS(352), 1,
      anon_sym_RPAREN,
  [969] = 1,
    ACTIONS(354), 1,
      sym__decimal,
  [973] = 1,
    ACTIONS(356), 1,
      sym_section_name,
  [977] = 1,
    ACTIONS(268), 1,
      anon_sym_LF,
  [981] = 1,
    ACTIONS(358), 1,
      sym__upper,
  [985] = 1,
    ACTIONS(360), 1,
      anon_sym_RPAREN,
  [989] = 1,
    ACTIONS(362), 1,
      anon_sym_PLUS,
  [993] = 1,
    ACTIONS(364), 1,
      sym_symbol_name,
  [997] = 1,
    ACTIONS(366), 1,
      anon_sym_COLON,
  [1001] = 1,
    ACTIONS(368), 1,
      anon_sym_COLON,
  [1005] = 1,
    ACTIONS(370), 1,
      sym_file_format,
  [1009] = 1,
    ACTIONS(372), 1,
      aux_sym_readelf_symtab_header_token3,
  [1013] = 1,
    ACTIONS(374), 1,
      sym__decimal,
  [1017] = 1,
    ACTIONS(376), 1,
      sym__upper,
  [1021] = 1,
    ACTIONS(378), 1,
      sym_register,
  [1025] = 1,
    ACTIONS(380), 1,
      sym_symbol_name,
  [1029] = 1,
    ACTIONS(382), 1,
      sym_condition_bit,
  [1033] = 1,
    ACTIONS(384), 1,
      anon_sym_RBRACK,
  [1037] = 1,
    ACTIONS(386), 1,
      sym__decimal,
  [1041] = 1,
    ACTIONS(388), 1,
      sym__value16,
  [1045] = 1,
    ACTIONS(390), 1,
      anon_sym_contains,
  [1049] = 1,
    ACTIONS(392), 1,
      anon_sym_RPAREN,
  [1053] = 1,
    ACTIONS(394), 1,
      sym_section_name,
  [1057] = 1,
    ACTIONS(396), 1,
      anon_sym_discriminator,
  [1061] = 1,
    ACTIONS(398), 1,
      anon_sym_RBRACK,
  [1065] = 1,
    ACTIONS(400), 1,
      anon_sym_RBRACK,
  [1069] = 1,
    ACTIONS(402), 1,
      anon_sym_GT,
  [1073] = 1,
    ACTIONS(404), 1,
      ts_builtin_sym_end,
  [1077] = 1,
    ACTIONS(406), 1,
      aux_sym_readelf_symtab_header_token2,
  [1081] = 1,
    ACTIONS(408), 1,
      anon_sym_COLON,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 50,
  [SMALL_STATE(4)] = 100,
  [SMALL_STATE(5)] = 155,
  [SMALL_STATE(6)] = 188,
  [SMALL_STATE(7)] = 205,
  [SMALL_STATE(8)] = 238,
  [SMALL_STATE(9)] = 260,
  [SMALL_STATE(10)] = 273,
  [SMALL_STATE(11)] = 296,
  [SMALL_STATE(12)] = 306,
  [SMALL_STATE(13)] = 317,
  [SMALL_STATE(14)] = 330,
  [SMALL_STATE(15)] = 347,
  [SMALL_STATE(16)] = 363,
  [SMALL_STATE(17)] = 375,
  [SMALL_STATE(18)] = 387,
  [SMALL_STATE(19)] = 401,
  [SMALL_STATE(20)] = 415,
  [SMALL_STATE(21)] = 427,
  [SMALL_STATE(22)] = 441,
  [SMALL_STATE(23)] = 452,
  [SMALL_STATE(24)] = 463,
  [SMALL_STATE(25)] = 474,
  [SMALL_STATE(26)] = 485,
  [SMALL_STATE(27)] = 498,
  [SMALL_STATE(28)] = 509,
  [SMALL_STATE(29)] = 520,
  [SMALL_STATE(30)] = 527,
  [SMALL_STATE(31)] = 534,
  [SMALL_STATE(32)] = 547,
  [SMALL_STATE(33)] = 558,
  [SMALL_STATE(34)] = 571,
  [SMALL_STATE(35)] = 578,
  [SMALL_STATE(36)] = 585,
  [SMALL_STATE(37)] = 593,
  [SMALL_STATE(38)] = 603,
  [SMALL_STATE(39)] = 611,
  [SMALL_STATE(40)] = 619,
  [SMALL_STATE(41)] = 625,
  [SMALL_STATE(42)] = 633,
  [SMALL_STATE(43)] = 639,
  [SMALL_STATE(44)] = 645,
  [SMALL_STATE(45)] = 653,
  [SMALL_STATE(46)] = 661,
  [SMALL_STATE(47)] = 667,
  [SMALL_STATE(48)] = 675,
  [SMALL_STATE(49)] = 683,
  [SMALL_STATE(50)] = 693,
  [SMALL_STATE(51)] = 699,
  [SMALL_STATE(52)] = 705,
  [SMALL_STATE(53)] = 711,
  [SMALL_STATE(54)] = 717,
  [SMALL_STATE(55)] = 725,
  [SMALL_STATE(56)] = 731,
  [SMALL_STATE(57)] = 739,
  [SMALL_STATE(58)] = 747,
  [SMALL_STATE(59)] = 755,
  [SMALL_STATE(60)] = 760,
  [SMALL_STATE(61)] = 767,
  [SMALL_STATE(62)] = 774,
  [SMALL_STATE(63)] = 779,
  [SMALL_STATE(64)] = 786,
  [SMALL_STATE(65)] = 791,
  [SMALL_STATE(66)] = 796,
  [SMALL_STATE(67)] = 801,
  [SMALL_STATE(68)] = 806,
  [SMALL_STATE(69)] = 811,
  [SMALL_STATE(70)] = 816,
  [SMALL_STATE(71)] = 821,
  [SMALL_STATE(72)] = 828,
  [SMALL_STATE(73)] = 835,
  [SMALL_STATE(74)] = 840,
  [SMALL_STATE(75)] = 845,
  [SMALL_STATE(76)] = 850,
  [SMALL_STATE(77)] = 855,
  [SMALL_STATE(78)] = 860,
  [SMALL_STATE(79)] = 865,
  [SMALL_STATE(80)] = 870,
  [SMALL_STATE(81)] = 875,
  [SMALL_STATE(82)] = 880,
  [SMALL_STATE(83)] = 885,
  [SMALL_STATE(84)] = 890,
  [SMALL_STATE(85)] = 897,
  [SMALL_STATE(86)] = 902,
  [SMALL_STATE(87)] = 907,
  [SMALL_STATE(88)] = 912,
  [SMALL_STATE(89)] = 919,
  [SMALL_STATE(90)] = 924,
  [SMALL_STATE(91)] = 931,
  [SMALL_STATE(92)] = 936,
  [SMALL_STATE(93)] = 941,
  [SMALL_STATE(94)] = 945,
  [SMALL_STATE(95)] = 949,
  [SMALL_STATE(96)] = 953,
  [SMALL_STATE(97)] = 957,
  [SMALL_STATE(98)] = 961,
  [SMALL_STATE(99)] = 965,
  [SMALL_STATE(100)] = 969,
  [SMALL_STATE(101)] = 973,
  [SMALL_STATE(102)] = 977,
  [SMALL_STATE(103)] = 981,
  [SMALL_STATE(104)] = 985,
  [SMALL_STATE(105)] = 989,
  [SMALL_STATE(106)] = 993,
  [SMALL_STATE(107)] = 997,
  [SMALL_STATE(108)] = 1001,
  [SMALL_STATE(109)] = 1005,
  [SMALL_STATE(110)] = 1009,
  [SMALL_STATE(111)] = 1013,
  [SMALL_STATE(112)] = 1017,
  [SMALL_STATE(113)] = 1021,
  [SMALL_STATE(114)] = 1025,
  [SMALL_STATE(115)] = 1029,
  [SMALL_STATE(116)] = 1033,
  [SMALL_STATE(117)] = 1037,
  [SMALL_STATE(118)] = 1041,
  [SMALL_STATE(119)] = 1045,
  [SMALL_STATE(120)] = 1049,
  [SMALL_STATE(121)] = 1053,
  [SMALL_STATE(122)] = 1057,
  [SMALL_STATE(123)] = 1061,
  [SMALL_STATE(124)] = 1065,
  [SMALL_STATE(125)] = 1069,
  [SMALL_STATE(126)] = 1073,
  [SMALL_STATE(127)] = 1077,
  [SMALL_STATE(128)] = 1081,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [29] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [32] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [35] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(63),
  [38] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(102),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(62),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 4, 0, 11),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [75] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_number, 1, 0, 0),
  [81] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__target_address, 1, 0, 0),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [87] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 2, 0, 30),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [121] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 1, 0, 18),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 27),
  [127] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 14),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__operand_list_repeat1, 2, 0, 38),
  [137] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__operand_list_repeat1, 2, 0, 38), SHIFT_REPEAT(8),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 3, 0, 4),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [144] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [148] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 12),
  [150] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 24),
  [156] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byte_sequence, 1, 0, 0),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 16),
  [168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 3, 0, 1),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 3, 0, 2),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 35),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__operand_list_repeat1, 2, 0, 37),
  [184] = {.entry = {.count = 1, .reusable = false}}, SHIFT(116),
  [186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [192] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [194] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 43),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cr_bit_expression, 5, 0, 46),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 8, 0, 40),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 24),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 9),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 3, 0, 7),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_line, 3, 0, 3),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 3, 0, 36),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 1, 0, 19),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 12),
  [222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_index, 1, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 4),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 14),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(74),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_reference, 4, 0, 41),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 4, 0, 42),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__target, 2, 0, 29),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byte_sequence, 2, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 44),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand_list, 1, 0, 17),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [256] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 3, 0, 47),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 49),
  [260] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 49),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_other, 4, 0, 34),
  [264] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_symbol_other, 4, 0, 34),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_symbol_header, 5, 0, 23),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_line, 1, 0, 0),
  [276] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 5, 0, 20),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 21),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 22),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_line, 3, 0, 5),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 5, 0, 25),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_archive_header, 3, 0, 6),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symtab_header, 5, 0, 26),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 3, 0, 7),
  [302] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 2, 0, 0),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_header, 4, 0, 8),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 31),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 32),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 6, 0, 33),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_discriminator, 4, 0, 34),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_file_line, 4, 0, 1),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__insn_comment, 3, 0, 27),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 4, 0, 10),
  [320] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 4, 0, 13),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_objdump_symbol, 7, 0, 39),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_relocation_line, 5, 0, 15),
  [330] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 9, 0, 45),
  [336] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_readelf_symbol, 10, 0, 48),
  [340] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction_line, 6, 0, 28),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [404] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
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
