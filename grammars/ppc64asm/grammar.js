/**
 * tree-sitter grammar for Linux-kernel style ppc64 (ELFv2) assembly:
 * GNU as for PowerPC, run through the C preprocessor (`.S` files).
 *
 * Design notes
 * - The grammar is flat and line oriented: a file is a sequence of lines,
 *   each line a sequence of statements separated by `;`. Preprocessor
 *   conditionals and `.macro`/`.endm`, `.if`/`.endif` are NOT nested blocks:
 *   in kernel files `#if` regions straddle macro bodies and vice versa, so
 *   every such marker is its own statement and the model layer pairs them.
 * - Newlines are significant tokens; plain whitespace, backslash-newline
 *   continuations and comments are extras.
 * - Instruction mnemonics and GAS macro invocations are syntactically the
 *   same thing (`word operand, operand`), so both parse as `instruction`.
 * - A small set of linker-script forms (`{`, `}`, `*(.text)`, `/DISCARD/`,
 *   `. = ALIGN(8);`, `.text ALIGN(0) :`) is accepted so that the kernel's
 *   `*.lds.S` files parse; they reuse the statement/label/macro-call
 *   machinery (`PROVIDE (x = .)` and `KEEP(*(.x))` are macro calls with raw
 *   arguments) and only add tokens that are otherwise invalid in assembly.
 */

const PREC = {
  operand_list: 0,
  logical_or: 1,
  logical_and: 2,
  compare_eq: 3,
  compare: 4,
  bit_or: 5,
  bit_xor: 6,
  bit_and: 7,
  shift: 8,
  additive: 9,
  multiplicative: 10,
  unary: 11,
  reloc: 12,
};

// Identifier characters. GAS symbols may contain `.`, `_`, `$` and digits.
const PLAIN_IDENT = /[A-Za-z_$][A-Za-z0-9_.$]*/;
const DOT_IDENT = /\.[A-Za-z0-9_$.][A-Za-z0-9_.$]*/; // `.8byte`, `.Lfoo`, `.TOC.`
const IDENT_CONT = /[A-Za-z0-9_.$]+/;
const MACRO_PARAM = /\\([A-Za-z_][A-Za-z0-9_]*|\(\)|@)/;

// `#include`, `# if`, ... : a `#` at line start followed by a cpp keyword.
// Precedence 2 beats the `#` line comment token (precedence 0), which would
// otherwise be the longer match.
const preprocessor = (kw) =>
  alias(token(prec(2, new RegExp('#[ \\t]*' + kw))), '#' + kw);

const commaSep1 = (rule) => seq(rule, repeat(seq(',', rule)));

module.exports = grammar({
  name: 'ppc64asm',

  extras: ($) => [/[ \t\f\r]/, /\\\r?\n/, $.comment],

  // Pure dispatch rules are inlined: fewer reductions per token.
  inline: ($) => [$._line, $._statement, $._chained_statement, $._linker_brace, $._directive_argument],

  conflicts: ($) => [
    [$._mnemonic_name, $.macro_call],
    // `FOO(r13)` in an operand: memory operand with a symbolic offset, or a
    // cpp macro call. Both are tried; the memory operand wins (prec.dynamic)
    // when both succeed, i.e. when the parentheses hold one expression.
    [$._name, $.call_expression],
  ],

  rules: {
    source_file: ($) =>
      seq(
        repeat(choice(seq(optional($._line), $._newline), $.preproc_null)),
        optional($._line),
      ),

    _newline: (_) => /\n/,

    // ------------------------------------------------------------------
    // Lines
    // ------------------------------------------------------------------

    _line: ($) =>
      choice(
        $._preproc,
        $._statements,
        // Tolerance for fragments whose comment opener was lost (patch
        // excerpts, blog listings): a line whose first token is `*` followed
        // by blank, or `*/`, is a comment continuation line. A bare `*` has
        // no meaning at the start of an assembly statement.
        alias($._orphan_comment_line, $.comment),
      ),

    _orphan_comment_line: (_) => token(prec(1, /\*(\/|[ \t])[^\n]*/)),

    _statements: ($) =>
      choice(
        seq($._segment, repeat(seq(';', optional($._segment)))),
        seq(repeat1(';'), optional(seq($._segment, repeat(seq(';', optional($._segment)))))),
      ),

    // One `;`-separated piece: labels, then statements. C-style macro calls
    // and the linker-script pieces `{`, `}`, `*(...)` may be chained with
    // other statements without a separator (`.text : AT(...) {`,
    // `{ *(.x) } :text`, `PHDRS {`); other statements need `;` or newline.
    _segment: ($) =>
      choice(seq(repeat1(choice($.label, $.linker_output_section)), optional($._body)), $._body),

    _body: ($) =>
      choice(
        seq(repeat1($._chained_statement), optional(seq($._statement, repeat($._linker_brace)))),
        seq($._statement, repeat($._linker_brace)),
      ),

    _chained_statement: ($) =>
      choice($.macro_call, $.linker_block_start, $.linker_block_end, $.linker_input_section),

    _linker_brace: ($) => choice($.linker_block_start, $.linker_block_end),

    _statement: ($) => choice($.instruction, $.directive, $.assignment),

    label: ($) =>
      seq(
        field(
          'name',
          choice(
            $.symbol,
            $.numeric_label,
            $.macro_parameter_ref,
            alias($.string, $.symbol), // quoted symbol name: `"foo bar":`
            alias('/DISCARD/', $.symbol), // linker scripts
          ),
        ),
        ':',
      ),

    numeric_label: (_) => /[0-9]+/,

    // `sym = expr`, and the linker-script `. = ALIGN(8)`.
    assignment: ($) =>
      seq(
        // `__ISTACK(program_check)=0`: the name may come from a cpp macro.
        field('name', choice($.symbol, $.macro_parameter_ref, $.current_location, $.call_expression)),
        '=',
        field('value', $._expression),
      ),

    // ------------------------------------------------------------------
    // Directives
    // ------------------------------------------------------------------

    directive: ($) =>
      choice(
        seq(
          field('name', $.directive_name),
          // Empty arguments are allowed: `.p2align 4,,15`.
          optional(
            seq(
              field('arguments', $._directive_argument),
              repeat(seq(',', optional(field('arguments', $._directive_argument)))),
            ),
          ),
        ),
        // `.macro name a, b=1, c:req, d:vararg` (commas optional in GAS)
        seq(
          field('name', alias('.macro', $.directive_name)),
          field('arguments', $.symbol),
          repeat(seq(optional(','), field('arguments', $.macro_parameter))),
        ),
      ),

    directive_name: ($) => $._dot_ident,

    _directive_argument: ($) => choice($._expression, $.type_annotation, $.string),

    macro_parameter: ($) =>
      seq(
        field('name', alias($._plain_ident, $.identifier)),
        optional(
          choice(
            seq(token.immediate(':'), field('qualifier', alias(token.immediate(/req|vararg/), $.identifier))),
            seq('=', field('default', choice($._expression, $.string))),
          ),
        ),
      ),

    // `@function`, `@progbits`, `%progbits`, `@nobits`...
    type_annotation: (_) => /[@%][A-Za-z_][A-Za-z0-9_]*/,

    // ------------------------------------------------------------------
    // Instructions (and GAS macro invocations)
    // ------------------------------------------------------------------

    instruction: ($) =>
      prec.right(
        seq(
          field('mnemonic', $.mnemonic),
          optional(
            seq(
              field('operands', $._operand),
              // Operands are separated by commas; GAS macro invocations and
              // linker-script PHDRS lines may also separate them by blanks.
              repeat(prec(PREC.operand_list, seq(optional(','), field('operands', $._operand)))),
            ),
          ),
        ),
      ),

    // `andi.`, `stdcx.` (the dot is an identifier character), branch hints
    // `beq+` / `bdnz-` (sign glued to the mnemonic).
    mnemonic: ($) => seq($._mnemonic_name, optional(token.immediate(prec(1, /[+-]/)))),

    _operand: ($) =>
      choice($._expression, $.memory_operand, $.string, $.type_annotation, $.keyword_argument),

    // GAS macro keyword argument: `GEN_INT_ENTRY system_reset, virt=0`
    keyword_argument: ($) =>
      seq(field('name', alias($._plain_ident, $.identifier)), '=', field('value', choice($._expression, $.string))),

    // `disp(base)`: `-8(r1)`, `PACATOC(r13)`, `(x+4-.)@l(r3)`, `0(r12)`
    memory_operand: ($) =>
      prec(1, prec.dynamic(
        1,
        choice(
          seq(field('offset', $._expression), choice('(', token.immediate('(')), field('base', $._expression), ')'),
          seq('(', field('base', $._expression), ')'),
        ),
      )),

    // ------------------------------------------------------------------
    // C-style macro invocations: `_GLOBAL(foo)`, `KEEP(*(.x))`
    // ------------------------------------------------------------------

    // cpp allows blanks between the macro name and `(` (`tophys (r8, r2)`);
    // `foo (x)` is then also a valid instruction: both are tried and the
    // instruction wins when both succeed.
    macro_call: ($) =>
      seq(
        field('name', alias($._plain_ident, $.identifier)),
        field('arguments', choice($.macro_arguments, alias($._spaced_macro_arguments, $.macro_arguments))),
      ),

    call_expression: ($) =>
      seq(field('function', alias($._plain_ident, $.identifier)), field('arguments', $.macro_arguments)),

    macro_arguments: ($) => seq(token.immediate('('), $._macro_argument_list),

    _spaced_macro_arguments: ($) => prec.dynamic(-1, seq('(', $._macro_argument_list)),

    // Arguments of a cpp macro call may span lines.
    _macro_argument_list: ($) =>
      seq(
        repeat($._newline),
        optional($.macro_argument),
        repeat(seq(',', repeat($._newline), optional($.macro_argument))),
        ')',
      ),

    // Raw balanced tokens; the model layer interprets them.
    macro_argument: ($) =>
      seq($._raw_piece, repeat(choice($._raw_piece, $._newline))),

    _raw_piece: ($) => choice($._raw, $.string, $.char_constant, $._raw_parens),

    _raw_parens: ($) => seq('(', repeat(choice($._raw_piece, ',', $._newline)), ')'),

    // Any run of characters except parentheses, commas, blanks, quotes,
    // backslash-newline and the comment starters `/`, `#`; a lone `/` or `#`
    // is also raw text.
    _raw: (_) => token(choice(/([^()," '\s\/#\\]|\\\(\)|\\[^\r\n])+/, '/', '#')),

    // ------------------------------------------------------------------
    // Linker-script forms (kernel *.lds.S)
    // ------------------------------------------------------------------

    linker_block_start: (_) => '{',

    // Output section with an address: `.text ALIGN(0) : AT(...) {`. Without
    // an address, `.text : {` is a label followed by the brace.
    linker_output_section: ($) =>
      seq(
        field('name', $.symbol),
        field('address', alias($._linker_align_call, $.call_expression)),
        ':',
      ),

    // `ALIGN` as a keyword token only matters right after a section name at
    // the start of a line; elsewhere it is an ordinary identifier.
    _linker_align_call: ($) =>
      seq(field('function', alias('ALIGN', $.identifier)), field('arguments', $.macro_arguments)),

    // `}`, `} :text :note`, `} > region`
    linker_block_end: ($) =>
      prec.right(seq('}', repeat(seq(':', alias($._plain_ident, $.identifier))))),

    // `*(.text .text.*)`, `*(SORT(.init_array.*))`, `local: *;`
    linker_input_section: ($) => prec.right(seq('*', optional($.macro_arguments))),

    // ------------------------------------------------------------------
    // Expressions
    // ------------------------------------------------------------------

    _expression: ($) =>
      choice($.binary_expression, $.unary_expression, $.relocated_expression, $._primary),

    _primary: ($) =>
      choice(
        $.register,
        $.number,
        $.char_constant,
        $.symbol,
        $.local_label_ref,
        $.current_location,
        $.macro_parameter_ref,
        $.parenthesized_expression,
        $.call_expression,
      ),

    parenthesized_expression: ($) =>
      seq('(', $._expression, ')'),

    binary_expression: ($) => {
      const table = [
        [PREC.logical_or, '||'],
        [PREC.logical_and, '&&'],
        [PREC.compare_eq, choice('==', '!=', '<>')],
        [PREC.compare, choice('<', '>', '<=', '>=')],
        [PREC.bit_or, '|'],
        [PREC.bit_xor, '^'],
        [PREC.bit_and, '&'],
        [PREC.shift, choice('<<', '>>')],
        [PREC.additive, choice('+', '-')],
        [PREC.multiplicative, choice('*', '/', '%')],
      ];
      return choice(
        ...table.map(([p, op]) =>
          prec.left(
            p,
            seq(field('left', $._expression), field('operator', op), field('right', $._expression)),
          ),
        ),
      );
    },

    unary_expression: ($) =>
      prec(PREC.unary, seq(field('operator', choice('-', '+', '~', '!')), field('argument', $._expression))),

    // `sym@toc@ha`, `(x - .)@l`, `FOO(a)@h`: one modifier node for the chain.
    relocated_expression: ($) =>
      prec(
        PREC.reloc,
        seq(
          field('expression', choice($.symbol, $.parenthesized_expression, $.call_expression, $.number, $.local_label_ref, $.macro_parameter_ref)),
          field('modifier', $.relocation_modifier),
        ),
      ),

    relocation_modifier: (_) => token.immediate(/(@[A-Za-z_][A-Za-z0-9_]*)+/),

    // GPRs, FPRs, VRs, VSRs, CR fields; `%` prefix optional. Declared before
    // symbols so that `r3` is a register while `r3x` is a symbol.
    register: (_) => token(/%?(r|f|v|vs|cr|fr|vr)[0-9]{1,2}/),

    number: (_) => token(choice(/0[xX][0-9a-fA-F]+/, /0[bB][01]+/, /[0-9]+/)),

    local_label_ref: (_) => /[0-9]+[bf]/,

    char_constant: (_) => token(seq("'", choice(/\\./, /[^\\\n]/), optional("'"))),

    string: (_) => token(seq('"', repeat(choice(/[^"\\\n]/, /\\(.|\n)/)), '"')),

    current_location: (_) => '.',

    // A symbol: plain (`foo`, `.Lbar`, `.TOC.`) or pasted together with
    // macro parameters inside macro bodies (`\name\()_foo`, `foo\@`).
    symbol: ($) => $._name,

    _name: ($) =>
      choice(
        $._plain_ident,
        $._dot_ident,
        seq(choice($._plain_ident, $._dot_ident, $.macro_parameter_ref), repeat1($._name_piece)),
      ),

    _name_piece: ($) =>
      choice(token.immediate(IDENT_CONT), alias(token.immediate(MACRO_PARAM), $.macro_parameter_ref)),

    // Mnemonics never start with `.` (that is a directive).
    _mnemonic_name: ($) =>
      choice(
        $._plain_ident,
        $.macro_parameter_ref,
        seq(choice($._plain_ident, $.macro_parameter_ref), repeat1($._name_piece)),
      ),

    _ident: ($) => choice($._plain_ident, $._dot_ident),

    _plain_ident: (_) => PLAIN_IDENT,

    // Directive names and local symbols (`.Lfoo`) share one token; the
    // parser tells them apart by what follows (`:` / `=` or not).
    _dot_ident: (_) => DOT_IDENT,

    macro_parameter_ref: (_) => MACRO_PARAM,

    // ------------------------------------------------------------------
    // Preprocessor (flat, one line each)
    // ------------------------------------------------------------------

    _preproc: ($) =>
      choice(
        $.preproc_include,
        $.preproc_define,
        $.preproc_undef,
        $.preproc_if,
        $.preproc_ifdef,
        $.preproc_elif,
        $.preproc_else,
        $.preproc_endif,
        $.preproc_error,
        $.preproc_warning,
        $.preproc_line,
        $.preproc_pragma,
      ),

    preproc_include: ($) =>
      seq(
        preprocessor('include'),
        field('path', choice($.string, $.system_lib_string, alias($._plain_ident, $.identifier))),
      ),

    system_lib_string: (_) => token(seq('<', repeat(/[^>\n]/), '>')),

    preproc_define: ($) =>
      seq(
        preprocessor('define'),
        field('name', alias($._plain_ident, $.identifier)),
        optional(field('parameters', $.preproc_params)),
        optional(field('value', $.preproc_arg)),
      ),

    preproc_params: ($) =>
      seq(
        token.immediate('('),
        optional(
          commaSep1(choice(alias($._plain_ident, $.identifier), alias('...', $.variadic_parameter))),
        ),
        ')',
      ),

    preproc_undef: ($) => seq(preprocessor('undef'), field('name', alias($._plain_ident, $.identifier))),

    preproc_if: ($) => seq(preprocessor('if'), field('condition', $.preproc_arg)),

    preproc_ifdef: ($) =>
      seq(choice(preprocessor('ifdef'), preprocessor('ifndef')), field('name', alias($._plain_ident, $.identifier))),

    preproc_elif: ($) => seq(preprocessor('elif'), field('condition', $.preproc_arg)),

    // cpp tolerates (with a warning) text after #else / #endif.
    preproc_else: ($) => seq(preprocessor('else'), optional($.preproc_arg)),

    preproc_endif: ($) => seq(preprocessor('endif'), optional($.preproc_arg)),

    preproc_error: ($) => seq(preprocessor('error'), optional(field('message', $.preproc_arg))),

    preproc_warning: ($) => seq(preprocessor('warning'), optional(field('message', $.preproc_arg))),

    preproc_line: ($) => seq(preprocessor('line'), $.preproc_arg),

    preproc_pragma: ($) => seq(preprocessor('pragma'), optional($.preproc_arg)),

    // `#` alone on a line. Includes its newline so it is longer than the
    // one-character `#` comment.
    preproc_null: (_) => token(prec(2, /#[ \t]*\r?\n/)),

    // Raw text to end of line, with backslash-newline continuations; stops
    // before a `/*` comment (which is an extra).
    // Block comments inside are kept in the raw text, since a define body
    // goes on after them (`rsave (65, 36*RSIZE); /* lr */ \`).
    preproc_arg: (_) =>
      token(prec(-1, /\S([^/\n\\]|\\[^\n]|\\\r?\n|\/[^*\n]|\/\*([^*]|\*+[^*/])*\*+\/)*/)),

    // ------------------------------------------------------------------
    // Comments: `# ...`, `// ...`, `/* ... */` (runs to end of file when
    // unterminated, as in truncated patch excerpts).
    // ------------------------------------------------------------------

    comment: (_) =>
      token(
        choice(
          /#[^\n]*/,
          /\/\/[^\n]*/,
          seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'),
          seq('/*', /[^*]*(\*+[^/*][^*]*)*\**/),
        ),
      ),
  },
});
