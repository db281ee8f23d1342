// The bundled prelude against kbuild: 6.1's live-patch and ftrace files assembled with the
// prelude alone (no tree) and compared with GNU as's objects from the live-patch tree.
// Differences are expected only where the prelude's values are not the tree's.
//
//   node --import tsx test/oracle/prelude-kernel.ts      # prints a table, exits 1 on an error
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { livepatchTree, MAKE } from './kernel-tree';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';

export const PRELUDE_FILES = [
  'arch/powerpc/kernel/entry_64',
  'arch/powerpc/kernel/misc_64',
  'arch/powerpc/kernel/trace/ftrace_mprofile',
  'arch/powerpc/kernel/trace/ftrace_low',
];

function main(): void {
  const tree = livepatchTree();
  execFileSync('make', [...MAKE, ...PRELUDE_FILES.map((f) => `${f}.o`)], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  process.chdir(tree);
  let failed = 0;
  console.log('file | errors | differences (prelude alone vs kbuild)');
  for (const file of PRELUDE_FILES) {
    const result = assembleFile(`${file}.S`, { prelude: true });
    const differences = compareFacts(readElfFacts(readFileSync(`${file}.o`)), assembledFacts(result.assembled));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) failed++;
    console.log(`${file}.S | ${errors.length} | ${differences.length}`);
    for (const e of errors.slice(0, 10)) console.log(`    ${e.path}:${e.line + 1}: ${e.message}`);
    for (const d of differences.slice(0, Number(process.env.SHOW ?? 10))) console.log(`    ${d}`);
  }
  process.exitCode = failed ? 1 : 0;
}

main();
