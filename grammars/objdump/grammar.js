/**
 * tree-sitter grammar for powerpc64(le) `objdump -d/-dr/-dS/-dl/-t` listings
 * and `readelf -sW` symbol tables.
 *
 * The grammar is line oriented. `-S` interleaves arbitrary source text, so a
 * small external scanner (src/scanner.c) classifies every line before it is
 * lexed: a line that cannot start any structured line kind becomes one
 * `source_line` token; every other line is lexed and parsed by the rules
 * below, so a structured line is never silently swallowed as source text.
 */

const HEX = /[0-9a-f]+/;

/**
 * After an operand: up to `n` more operands, then optionally a branch target. Written out
 * rather than a repeat(), which would add hidden nodes to every instruction line.
 */
function moreOperands($, n) {
  const target = seq(',', $._target);
  return n === 0 ? target : choice(target, seq(',', field('operands', $._operand), optional(moreOperands($, n - 1))));
}

module.exports = grammar({
  name: 'objdump',

  externals: $ => [$._source_text, $._error_sentinel],

  extras: _ => [/[ \t\r]+/],

  inline: $ => [$._line_path, $._operand_list, $._target],

  conflicts: _ => [],

  rules: {
    source_file: $ => seq(
      repeat(choice($._block, '\n')),
      optional($._line),
    ),

    // Lines up to a blank line, which objdump prints after each function. tree-sitter
    // reuses the nodes a repeat() builds only line by line after an edit, so lines are
    // grouped into nodes that start and end with a line and a newline, not with a repeat:
    // an edit then re-parses its own block and reuses every other block whole.
    _block: $ => prec.right(seq($._line, '\n', repeat(seq($._line, '\n')), optional('\n'))),

    _line: $ => choice(
        $.archive_header,
        $.file_header,
        $.section_header,
        $.symbol_header,
        $.instruction_line,
        $.byte_line,
        $.relocation_line,
        $.elision,
        $.file_line,
        $.function_line,
        $.readelf_symtab_header,
        $.readelf_column_header,
        $.readelf_symbol,
        $.objdump_symtab_header,
        $.objdump_symbol,
        $.comment,
        $.source_line,
    ),

    // ---------------------------------------------------------------- tokens
    _hex: _ => token(prec(1, HEX)),
    // a path or name with at least one non-hex character (a pure hex word
    // lexes as _hex and is aliased where a path is allowed)
    _path: _ => token(prec(1, /[^\s:()<>#]*[^\s:()<>#0-9a-f][^\s:()<>#]*/)),

    // ------------------------------------------------------------ line kinds
    source_line: $ => $._source_text,

    comment: _ => token(prec(2, /#[^\n]*/)),

    file_header: $ => seq(
      field('path', $._line_path),
      ':',
      token(prec(3, /file[ \t]+format/)),
      field('format', $.file_format),
    ),
    _line_path: $ => choice(alias($._path, $.path), alias($._hex, $.path)),
    file_format: _ => /[^\s]+/,

    // `objdump -d lib.a` names the archive once before its members' file headers.
    archive_header: $ => seq(
      token(prec(3, /In[ \t]+archive/)),
      field('path', $._line_path),
      ':',
    ),

    section_header: $ => seq(
      token(prec(3, /Disassembly[ \t]+of[ \t]+section/)),
      field('name', $.section_name),
      ':',
    ),
    section_name: _ => /[^\s:<]+/,

    symbol_header: $ => seq(
      field('address', alias($._hex, $.address)),
      '<',
      field('name', $.symbol_name),
      '>',
      ':',
    ),

    instruction_line: $ => seq(
      field('address', alias($._hex, $.address)),
      ':',
      field('bytes', $.byte_sequence),
      field('mnemonic', $.mnemonic),
      optional($._operand_list),
      optional(field('comment', alias($._insn_comment, $.comment))),
    ),

    byte_line: $ => seq(
      field('address', alias($._hex, $.address)),
      ':',
      field('bytes', $.byte_sequence),
    ),

    // objdump prints at most four bytes per line for PowerPC (a prefixed
    // Power10 instruction is an instruction line plus a byte_line). A run of
    // 8 hex digits is accepted as one 4-byte group.
    // One `byte_group` node per group of up to four bytes (`01 00 00 48`, or
    // `0100 0048` / `01000048` words); a second group may follow (8-byte
    // prefixed instruction on one line).
    byte_sequence: $ => seq($.byte_group, optional(alias($._full_group, $.byte_group))),
    _full_group: _ => token(prec(4, choice(
      /[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}/,
      /[0-9a-f]{4} [0-9a-f]{4}/,
      /[0-9a-f]{8}/,
    ))),
    byte_group: _ => token(prec(4, choice(
      /[0-9a-f]{2}( [0-9a-f]{2}){0,3}/,
      /[0-9a-f]{4} [0-9a-f]{4}/,
      /[0-9a-f]{8}/,
    ))),

    mnemonic: _ => token(prec(1, /[a-z.][a-z0-9._]*[+-]?/)),

    _operand_list: $ => choice(
      seq(field('operands', $._operand), optional(moreOperands($, 7))),
      $._target,
      field('target', $.symbol_reference),
    ),

    _target: $ => seq(
      field('operands', alias($._target_address, $.address)),
      field('target', $.symbol_reference),
    ),
    _target_address: $ => choice($._hexword, $._decimal, $.register),

    _operand: $ => choice(
      $.register,
      $.number,
      $.memory_operand,
      $.cr_bit_expression,
      $.condition_bit,
    ),

    // MMA accumulators a0-a7 (objdump 2.40, -mcpu=power10) win over the hex word `a0` by rule
    // order (same precedence and length), while a longer hex word (`b a24 <f+0xa24>`) wins by
    // length; where a register may stand, a branch target address may be one too.
    register: _ => choice(token(prec(2, /(r|f|v|vs|cr)[0-9]+/)), token(prec(2, /a[0-7]/))),
    condition_bit: _ => token(prec(3, /lt|gt|eq|so|un/)),

    number: $ => choice($._decimal, $._hexnum),
    _decimal: _ => token(prec(2, /-?[0-9]+/)),
    _hexnum: _ => token(prec(2, /-?0x[0-9a-f]+/)),
    // a bare hex word with at least one letter (pure digits lex as _decimal)
    // (and not a floating-point register name such as f10, which lexes as register)
    _hexword: _ => token(prec(2, /[0-9]+[a-f][0-9a-f]*|[a-e][0-9a-f]*|f([0-9]*[a-f][0-9a-f]*)?/)),

    memory_operand: $ => seq(
      optional(field('offset', $.number)),
      '(',
      field('base', choice($.register, $.number)),
      ')',
    ),

    cr_bit_expression: $ => seq(
      field('scale', $.number),
      '*',
      field('field', $.register),
      '+',
      field('bit', $.condition_bit),
    ),

    symbol_reference: $ => choice(
      seq('<', field('name', $.symbol_name), optional(field('offset', $.offset)), '>'),
      seq('[', field('name', $.symbol_name), optional(field('offset', $.offset)), ']'),
    ),
    symbol_name: _ => /[^\s<>\[\]+]+/,
    offset: _ => token(prec(1, /[+-]0x[0-9a-f]+/)),

    _insn_comment: $ => seq(
      '#',
      choice(
        seq(alias(choice($._hexword, $._decimal), $.address), optional($.symbol_reference)),
        $._comment_text,
      ),
    ),
    _comment_text: _ => token(prec(-1, /[^\s][^\n]*/)),

    relocation_line: $ => seq(
      field('address', alias($._hex, $.address)),
      ':',
      field('type', $.relocation_type),
      optional(field('symbol', alias($._reloc_symbol, $.symbol_name))),
      optional(field('addend', alias($._addend, $.number))),
    ),
    relocation_type: _ => token(prec(3, /R_[A-Z0-9_]+/)),
    _reloc_symbol: _ => /[^\s+\-][^\s+]*/,
    _addend: _ => token(prec(2, /[+-]0x[0-9a-f]+/)),

    elision: _ => token(prec(3, '...')),

    file_line: $ => seq(
      field('path', $._line_path),
      ':',
      field('line', alias(choice($._decimal, '?'), $.number)),
      optional($.discriminator),
    ),
    discriminator: $ => seq('(', 'discriminator', alias($._decimal, $.number), ')'),

    function_line: $ => seq(
      field('name', choice(alias($._path, $.function_name), alias($._hex, $.function_name))),
      '()',
      ':',
    ),

    // ------------------------------------------------------------- readelf
    readelf_symtab_header: $ => seq(
      token(prec(3, /Symbol[ \t]+table/)),
      field('table', alias(/'[^'\n]*'/, $.string)),
      'contains',
      field('count', alias($._decimal, $.number)),
      /entr(y|ies):/,
    ),

    readelf_column_header: _ => token(prec(3,
      /Num:[ \t]+Value[ \t]+Size[ \t]+Type[ \t]+Bind[ \t]+Vis[ \t]+Ndx[ \t]+Name/)),

    readelf_symbol: $ => seq(
      field('num', alias($._hex, $.number)),
      ':',
      field('value', alias(choice($._value16, $._hexnum), $.number)),
      field('size', alias(choice($._decimal, $._hexnum), $.number)),
      field('type', alias($._upper, $.symbol_type)),
      field('bind', alias($._upper, $.symbol_bind)),
      field('visibility', alias($._upper, $.symbol_visibility)),
      optional(field('other', $.symbol_other)),
      field('section_index', $.section_index),
      optional(field('name', alias($._rest, $.symbol_name))),
    ),
    _value16: _ => token(prec(5, /[0-9a-f]{16}/)),
    _upper: _ => token(prec(1, /[A-Z][A-Z0-9_]*/)),
    symbol_other: $ => seq(
      '[',
      choice(
        seq('<localentry>:', field('localentry', alias($._decimal, $.number))),
        seq('<other>:', alias(choice($._hexword, $._decimal), $.number)),
        alias(choice($._hexnum, $._decimal), $.number),
      ),
      ']',
    ),
    section_index: $ => choice(
      $._upper,
      $._decimal,
      token(prec(2, /[A-Z]+ ?\[0x[0-9a-f]+\]/)),
    ),
    _rest: _ => token(prec(-1, /[^\s]([^\n]*[^\s])?/)),

    // ------------------------------------------------------------ objdump -t
    objdump_symtab_header: _ => token(prec(3, 'SYMBOL TABLE:')),

    objdump_symbol: $ => seq(
      field('value', alias($._hex, $.number)),
      optional(field('flags', $.symbol_flags)),
      field('section', $.section_name),
      field('size', alias($._value16, $.number)),
      optional(field('other', alias($._hexnum, $.number))),
      optional('.hidden'),
      optional(field('name', alias($._rest, $.symbol_name))),
    ),
    symbol_flags: _ => token(prec(4, /[lgu!wCWIidDFfO]( *[lgu!wCWIidDFfO])*/)),
  },
});
