{
  "targets": [
    {
      "target_name": "tree_sitter_ppc64asm_binding",
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "include_dirs": ["../../grammars/ppc64asm/src"],
      "sources": ["ppc64asm.cc", "../../grammars/ppc64asm/src/parser.c"],
      "cflags_c": ["-std=c11"],
      "cflags_cc": ["-std=c++17", "-fvisibility=hidden"]
    },
    {
      "target_name": "tree_sitter_objdump_binding",
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "include_dirs": ["../../grammars/objdump/src"],
      "sources": ["objdump.cc", "../../grammars/objdump/src/parser.c", "../../grammars/objdump/src/scanner.c"],
      "cflags_c": ["-std=c11"],
      "cflags_cc": ["-std=c++17", "-fvisibility=hidden"]
    }
  ]
}
