// The two grammars as language objects for the native `tree-sitter` runtime. Throws when
// the addons were not built (no C toolchain at install time): callers fall back to wasm.
const { join } = require('node:path');

const release = join(__dirname, 'build', 'Release');

module.exports = {
  ppc64asm: require(join(release, 'tree_sitter_ppc64asm_binding.node')),
  objdump: require(join(release, 'tree_sitter_objdump_binding.node')),
};
