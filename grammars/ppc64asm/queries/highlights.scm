; Highlights for kernel-style ppc64 assembly (tree-sitter-ppc64asm)

(comment) @comment

; Preprocessor
[
  "#include" "#define" "#undef" "#if" "#ifdef" "#ifndef" "#elif" "#else"
  "#endif" "#error" "#warning" "#line" "#pragma"
] @preproc
(preproc_null) @preproc
(preproc_define name: (identifier) @constant.macro)
(preproc_undef name: (identifier) @constant.macro)
(preproc_ifdef name: (identifier) @constant.macro)
(preproc_params (identifier) @variable.parameter)
(preproc_params (variadic_parameter) @variable.parameter)
(preproc_arg) @preproc
(system_lib_string) @string
(preproc_include path: (identifier) @constant.macro)

; Labels
(label name: (_) @label)
(local_label_ref) @label
(linker_output_section name: (symbol) @label)

; Directives
(directive_name) @keyword
(type_annotation) @attribute
(macro_parameter name: (identifier) @variable.parameter)
(macro_parameter qualifier: (identifier) @keyword.modifier)
(macro_parameter_ref) @variable.parameter

; Instructions and macro invocations
(mnemonic) @function
(macro_call name: (identifier) @function.macro)
(call_expression function: (identifier) @function.macro)
(keyword_argument name: (identifier) @variable.parameter)

; Operands
(register) @variable.builtin
(number) @number
(char_constant) @character
(string) @string
(current_location) @variable.builtin
(relocation_modifier) @attribute
(assignment name: (symbol) @constant)
(symbol) @variable

; Linker scripts
(linker_input_section) @string.special
(linker_block_end (identifier) @label)

; Operators and punctuation
[
  "+" "-" "*" "/" "%" "<<" ">>" "&" "|" "^" "~" "!" "&&" "||"
  "==" "!=" "<>" "<" ">" "<=" ">=" "="
] @operator
["," ";" ":"] @punctuation.delimiter
["(" ")" "}"] @punctuation.bracket
(linker_block_start) @punctuation.bracket
