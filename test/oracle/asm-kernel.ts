// `tocsin asm` against GNU as on real kernel sources: every assembly (.S) object that
// `make vmlinux modules` builds under arch/powerpc/ for ppc64le_defconfig + KALLSYMS_ALL +
// LIVEPATCH, the vDSO included, built by the kernel's own make (scripts/kernel-build.sh) and
// assembled again by Tocsin with the flags make used (its .o.cmd file, read as `-p` reads it).
// Section bytes and attributes, the symbol table in order and every relocation must match.
//
//   node --import tsx test/oracle/asm-kernel.ts [SUBSTRING...]   # a table; exits 1 on a difference
import { readFileSync } from 'node:fs';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembleOptionsOf, KbuildTree } from '../../server/src/model/kbuild';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';
import { builtAssembly, livepatchTree } from './kernel-tree';

function main(): void {
  const only = process.argv.slice(2);
  const tree = livepatchTree();
  // kbuild runs in the tree root with relative paths; __FILE__ strings depend on that.
  process.chdir(tree);
  const build = new KbuildTree(tree);
  const objects = builtAssembly(tree).filter(([object]) => !only.length || only.some((s) => object.includes(s)));
  let identical = 0;
  console.log('object | sections | symbols | relocations | ms (tocsin) | result');
  for (const [object, source] of objects) {
    const command = build.commandForObject(object);
    if (!command) throw new Error(`${object}: kbuild left no .cmd file`);
    const start = performance.now();
    const result = assembleFile(source, assembleOptionsOf(command.flags));
    const ms = performance.now() - start;
    const expected = readElfFacts(readFileSync(object));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const differences = errors.length ? [] : compareFacts(expected, assembledFacts(result.assembled));
    const first = errors.length ? `${errors[0].path}:${errors[0].line + 1}: ${errors[0].message}` : differences[0];
    if (!first) identical++;
    const verdict = !first ? 'identical' : errors.length ? `${errors.length} errors, first ${first}` : `${differences.length} differences, first ${first}`;
    console.log(`${object} | ${expected.sections.length} | ${expected.symbols.length} | ${expected.relocations.length} | ${ms.toFixed(0)} | ${verdict}`);
    if (only.length) for (const d of [...errors.slice(1, 10).map((e) => `${e.path}:${e.line + 1}: ${e.message}`), ...differences.slice(1, 10)]) console.log(`    ${d}`);
  }
  console.log(`identical ${identical} of ${objects.length}`);
  process.exitCode = identical === objects.length && objects.length ? 0 : 1;
}

main();
