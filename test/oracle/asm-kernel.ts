// `tocsin asm` against GNU as on real kernel sources: a 6.1 tree configured with
// ppc64le_defconfig plus CONFIG_LIVEPATCH (and what it depends on), `make prepare`d and cached,
// builds entry_64.o, misc_64.o and the ftrace trampolines with the kernel's own make; the same
// files are then assembled by Tocsin with the flags make used (read from the .o.cmd files).
// Section bytes and attributes, the symbol table in order and every relocation must match.
//
//   node --import tsx test/oracle/asm-kernel.ts            # prints a table, exits 1 on a difference
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';
import { flagsOf } from './kbuild-flags';

const FILES = [
  'arch/powerpc/kernel/entry_64',
  'arch/powerpc/kernel/misc_64',
  'arch/powerpc/kernel/trace/ftrace_mprofile',
  'arch/powerpc/kernel/trace/ftrace_low',
];
const MAKE = ['ARCH=powerpc', 'CROSS_COMPILE=powerpc64le-linux-gnu-'];
const repo = join(__dirname, '..', '..');

/** The defconfig tree of scripts/kernel-prepare.sh, copied once and reconfigured for live patching. */
function livepatchTree(): string {
  const base = execFileSync('bash', [join(repo, 'scripts/kernel-prepare.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const tree = `${base}-livepatch`;
  if (existsSync(join(tree, '.prepared-livepatch'))) return tree;
  execFileSync('rm', ['-rf', tree]);
  execFileSync('cp', ['-a', base, tree]);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  run('scripts/config', ['--enable', 'KALLSYMS_ALL', '--enable', 'LIVEPATCH']);
  run('make', [...MAKE, 'olddefconfig']);
  const config = readFileSync(join(tree, '.config'), 'utf8');
  if (!/^CONFIG_LIVEPATCH=y$/m.test(config)) throw new Error('CONFIG_LIVEPATCH did not stick (dependencies changed?)');
  run('make', [...MAKE, `-j${Math.max(1, Number(execFileSync('nproc', { encoding: 'utf8' }).trim()))}`, 'prepare']);
  writeFileSync(join(tree, '.prepared-livepatch'), '');
  return tree;
}

function main(): void {
  const tree = livepatchTree();
  execFileSync('make', [...MAKE, ...FILES.map((f) => `${f}.o`)], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  // kbuild runs in the tree root with relative paths; __FILE__ strings depend on that.
  process.chdir(tree);
  let failed = 0;
  console.log('file | sections | symbols | relocations | ms (tocsin) | result');
  for (const file of FILES) {
    const flags = flagsOf(tree, file);
    const start = performance.now();
    const result = assembleFile(`${file}.S`, { ...flags, machine: flags.machine?.replace(/^-m/, '') });
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
