// The bundled prelude against kbuild: 6.1's live-patch and ftrace files assembled with the
// prelude alone (no tree) and compared with GNU as's objects from the live-patch tree.
// Differences are expected only where the prelude's definitions are not the tree's: each is
// listed below with its reason, and any other difference or error fails.
//
//   node --import tsx test/oracle/prelude-kernel.ts      # prints a table, exits 1 on a new difference
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { livepatchTree, MAKE } from './kernel-tree';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';

const PRELUDE_FILES = [
  'arch/powerpc/kernel/entry_64',
  'arch/powerpc/kernel/misc_64',
  'arch/powerpc/kernel/trace/ftrace_mprofile',
  'arch/powerpc/kernel/trace/ftrace_low',
];

/**
 * The prelude's LOAD_REG_IMMEDIATE is the five-instruction form that takes symbols as well as
 * constants; 6.1's picks the shortest sequence for a constant (MSR_SF | MSR_LE in enter_prom: 3).
 */
const KNOWN: Record<string, string[]> = {
  'arch/powerpc/kernel/entry_64': ['section .text: size 10028, GNU as 10020'],
};

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
    const known = KNOWN[file] ?? [];
    if (errors.length || differences.some((d) => !known.includes(d))) failed++;
    console.log(`${file}.S | ${errors.length} | ${differences.length}${known.length ? ` (${known.length} known)` : ''}`);
    for (const e of errors.slice(0, 10)) console.log(`    ${e.path}:${e.line + 1}: ${e.message}`);
    for (const d of differences.slice(0, Number(process.env.SHOW ?? 10))) console.log(`    ${d}`);
  }
  console.log(`${PRELUDE_FILES.length - failed} as expected, ${failed} not`);
  process.exitCode = failed ? 1 : 0;
}

main();
