; tree-sitter-objdump highlights

(comment) @comment
(source_line) @string
(file_header path: (path) @string.special)
(file_format) @type
(section_name) @label
(symbol_header name: (symbol_name) @function)
(symbol_header address: (address) @number)
(instruction_line address: (address) @number)
(byte_line address: (address) @number)
(relocation_line address: (address) @number)
(byte_group) @constant
(mnemonic) @keyword
(register) @variable.builtin
(condition_bit) @constant.builtin
(number) @number
(address) @number
(offset) @number
(symbol_reference name: (symbol_name) @function)
(relocation_type) @type
(relocation_line symbol: (symbol_name) @variable)
(elision) @punctuation.special
(file_line path: (path) @string.special)
(function_line name: (function_name) @function)
(discriminator) @comment
(readelf_symtab_header (string) @string)
(readelf_column_header) @keyword
(objdump_symtab_header) @keyword
(symbol_type) @type
(symbol_bind) @keyword
(symbol_visibility) @keyword
(symbol_other) @attribute
(section_index) @label
(symbol_flags) @attribute
(readelf_symbol name: (symbol_name) @function)
(objdump_symbol name: (symbol_name) @function)
(objdump_symbol section: (section_name) @label)
["+" "*"] @operator
["," ":" "(" ")" "[" "]" "<" ">"] @punctuation.delimiter
