// `tocsin asm` against GNU as on real kernel sources: a 6.1 tree configured with
// ppc64le_defconfig plus CONFIG_LIVEPATCH (and what it depends on), `make prepare`d and cached,
// builds entry_64.o, misc_64.o and the ftrace trampolines with the kernel's own make; the same
// files are then assembled by Tocsin with the flags make used (read from the .o.cmd files).
// Section bytes and attributes, the symbol table in order and every relocation must match.
//
//   node --import tsx test/oracle/asm-kernel.ts            # prints a table, exits 1 on a difference
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { livepatchTree, MAKE } from './kernel-tree';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembleOptionsOf, KbuildTree } from '../../server/src/model/kbuild';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';

const FILES = [
  'arch/powerpc/kernel/entry_64',
  'arch/powerpc/kernel/misc_64',
  'arch/powerpc/kernel/trace/ftrace_mprofile',
  'arch/powerpc/kernel/trace/ftrace_low',
];

function main(): void {
  const tree = livepatchTree();
  execFileSync('make', [...MAKE, ...FILES.map((f) => `${f}.o`)], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  // kbuild runs in the tree root with relative paths; __FILE__ strings depend on that.
  process.chdir(tree);
  const build = new KbuildTree(tree);
  let failed = 0;
  console.log('file | sections | symbols | relocations | ms (tocsin) | result');
  for (const file of FILES) {
    const command = build.commandForObject(`${file}.o`);
    if (!command) throw new Error(`${file}.o: kbuild left no .cmd file`);
    const start = performance.now();
    const result = assembleFile(`${file}.S`, assembleOptionsOf(command.flags));
    const ms = performance.now() - start;
    const expected = readElfFacts(readFileSync(`${file}.o`));
    const differences = compareFacts(expected, assembledFacts(result.assembled));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const ok = differences.length === 0 && errors.length === 0;
    if (!ok) failed++;
    console.log(`${file}.S | ${expected.sections.length} | ${expected.symbols.length} | ${expected.relocations.length} | ${ms.toFixed(0)} | ${ok ? 'identical' : `${differences.length} differences, ${errors.length} errors`}`);
    for (const e of errors.slice(0, 10)) console.log(`    ${e.path}:${e.line + 1}: ${e.message}`);
    for (const d of differences.slice(0, 10)) console.log(`    ${d}`);
  }
  console.log(`${FILES.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
