// Each file's flags from a kbuild build: `.cmd` files and compile_commands.json read as gcc and
// the shell read them (the shell itself is the oracle for word splitting), the target from
// `-DMODULE`, `check -p` and `asm -p` on a build laid out as kbuild lays it out, and the
// prepared 6.1 tree's own `.cmd` files when scripts/kernel-prepare.sh has made it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { asmCommand } from '../../server/src/commands/asm';
import { checkCommand, type CheckReport } from '../../server/src/commands/check';
import { commandFlags, fileSetup, findBuildDirectory, KbuildTree, parseCmdFile, splitCommandWords } from '../../server/src/model/kbuild';
import { scratchDir, writeScratch } from '../helpers';

async function run(command: typeof checkCommand, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await command.run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

test('command words split as /bin/sh splits them', () => {
  const line = `gcc -DKBUILD_MODNAME='"kvm_hv"' -DX="a b" -I ./include -D'Y=1 2' a\\ b.S -DZ="q\\"t" -Wa,-mpower4,-many`;
  const exact = execFileSync('sh', ['-c', `set -- ${line}; printf '%s\\0' "$@"`], { encoding: 'utf8' }).split('\0').slice(0, -1);
  assert.deepEqual(splitCommandWords(line), exact);
});

test('gcc flags: -I (both spellings), -include, -D, -U, -Wa, endianness, -m32, the CPU as is told last, -DMODULE', () => {
  const flags = commandFlags(splitCommandWords(`gcc -nostdinc -I./arch/powerpc/include -I ./arch/powerpc -include ./include/linux/kconfig.h -D__KERNEL__ -DKBUILD_MODNAME='"kvm_hv"' -DMODULE -DGONE -UGONE -mcpu=power8 -Wa,-maltivec -Wa,-mpower4 -Wa,-many -mlittle-endian -c -o x.o x.S`), '/tree');
  assert.deepEqual(flags.includePaths, ['/tree/arch/powerpc/include', '/tree/arch/powerpc']);
  assert.deepEqual(flags.forcedIncludes, ['/tree/include/linux/kconfig.h']);
  assert.deepEqual(flags.defines, { __KERNEL__: '1', KBUILD_MODNAME: '"kvm_hv"', MODULE: '1' });
  assert.deepEqual(flags.undefines, ['GONE']);
  assert.deepEqual(flags.assemblerFlags, ['-maltivec', '-mpower4', '-many']);
  assert.deepEqual([flags.machine, flags.endian, flags.bits, flags.target], ['power4', 'little', undefined, 'module']);
  const vdso32 = commandFlags(['gcc', '-m32', '-mbig-endian', '-mcpu=power7', 'x.S'], '/tree');
  assert.deepEqual([vdso32.machine, vdso32.endian, vdso32.bits, vdso32.target], ['power7', 'big', 32, 'vmlinux']);
  assert.deepEqual(parseCmdFile('cmd_a/b.o := gcc -c a/b.S\n\nsource_a/b.o := a/b.S\n'), { object: 'a/b.o', command: 'gcc -c a/b.S', source: 'a/b.S' });
});

/** A build directory as kbuild leaves it: a vmlinux object, a module's object, a vDSO object named apart from its source. */
function fakeBuild(): string {
  const root = scratchDir();
  writeScratch(root, '.config', 'CONFIG_PPC64=y\n');
  mkdirSync(join(root, 'include/generated'), { recursive: true });
  writeScratch(root, 'include/generated/autoconf.h', '#define CONFIG_PPC64 1\n');
  mkdirSync(join(root, 'k/vdso'), { recursive: true });
  mkdirSync(join(root, 'm'), { recursive: true });
  writeScratch(root, 'include/defs.h', '#define CALLEE ext\n');
  const source = '\t.abiversion 2\n\t.globl f\n\t.type f,@function\nf:\tmflr 0\n\tbl CALLEE\n\tmtlr 0\n\tblr\n';
  writeScratch(root, 'k/entry.S', source);
  writeScratch(root, 'k/.entry.o.cmd', 'cmd_k/entry.o := gcc -nostdinc -I./include -include ./include/defs.h -D__ASSEMBLY__ -c -o k/entry.o k/entry.S\n\nsource_k/entry.o := k/entry.S\n');
  writeScratch(root, 'm/mod.S', source);
  writeScratch(root, 'm/.mod.o.cmd', `cmd_m/mod.o := gcc -I./include -include ./include/defs.h -DMODULE -DKBUILD_MODNAME='"mymod"' -c -o m/mod.o m/mod.S\n`);
  writeScratch(root, 'k/vdso/note.S', '\t.long 1\n');
  writeScratch(root, 'k/vdso/.note-64.o.cmd', 'cmd_k/vdso/note-64.o := gcc -m64 -D__VDSO64__ -c -o k/vdso/note-64.o k/vdso/note.S\n\nsource_k/vdso/note-64.o := k/vdso/note.S\n');
  return root;
}

test('a build directory: each source finds its command (the vDSO by its source_ line), its target from -DMODULE', () => {
  const root = fakeBuild();
  assert.equal(findBuildDirectory(join(root, 'k/vdso/note.S')), root);
  assert.equal(findBuildDirectory(scratchDir()), undefined);
  const tree = new KbuildTree(root);
  assert.equal(tree.commandForSource(join(root, 'k/entry.S'))?.flags.target, 'vmlinux');
  assert.equal(tree.commandForSource(join(root, 'm/mod.S'))?.flags.target, 'module');
  assert.deepEqual(tree.commandForSource(join(root, 'k/vdso/note.S'))?.flags.defines, { __VDSO64__: '1' });
  assert.equal(tree.commandForObject('m/mod.o')?.source, join(root, 'm/mod.S'));
  const outside = fileSetup(join(scratchDir(), 'x.S'), {}, tree);
  assert.equal(outside.options.prelude, true);
  assert.match(outside.status, /bundled kernel prelude \(no build command for it in /);
  const module = fileSetup(join(root, 'm/mod.S'), { defines: { EXTRA: '2' } }, tree);
  assert.deepEqual([module.target, module.module, module.options.prelude, module.options.defines?.EXTRA], ['module', 'mymod', false, '2']);
});

test('compile_commands.json wins where it lists the file', () => {
  const root = fakeBuild();
  writeScratch(root, 'compile_commands.json', JSON.stringify([{ directory: root, file: 'k/entry.S', arguments: ['gcc', '-DMODULE', '-c', 'k/entry.S'] }]));
  const command = new KbuildTree(root).commandForSource(join(root, 'k/entry.S'));
  assert.equal(command?.flags.target, 'module');
  assert.equal(command?.from, join(root, 'compile_commands.json'));
});

test('check -p: -include from the .cmd file, the target each file\'s own; --verbose says so; asm -p assembles with the same flags', async () => {
  const root = fakeBuild();
  // Without the build, CALLEE is an undefined symbol of its own: an assembler error.
  const alone = await run(checkCommand, '--format', 'json', join(root, 'k/entry.S'));
  assert.ok((JSON.parse(alone.stdout) as CheckReport[]).some((f) => f.kind === 'rule' && /CALLEE/.test(f.message)));
  const built = await run(checkCommand, '--verbose', '--format', 'json', '-p', root, join(root, 'k/entry.S'), join(root, 'm/mod.S'));
  const reports = JSON.parse(built.stdout) as CheckReport[];
  // vmlinux: `bl ext` with no nop is fine (one static link); a module's call out of it needs the nop.
  assert.deepEqual(reports.map((f) => [f.file, f.line, f.code]), [[join(root, 'm/mod.S'), 5, 'livepatch-call-lacks-nop']]);
  assert.match(reports[0].message, /call to ext /);
  assert.match(built.stderr, /k\/entry\.S: kbuild flags from .*\.entry\.o\.cmd, target vmlinux/);
  assert.match(built.stderr, /m\/mod\.S: kbuild flags from .*\.mod\.o\.cmd, target module \(module mymod\)/);
  const asm = await run(asmCommand, '-p', root, join(root, 'k/entry.S'));
  assert.equal(asm.code, 0);
  assert.match(asm.stdout, /R_PPC64_REL24\text/);
  // --include as gcc's -include, and its other spellings.
  for (const spelling of ['--include', '-include', '--force-include']) {
    const given = await run(asmCommand, spelling, join(root, 'include/defs.h'), join(root, 'k/entry.S'));
    assert.match(given.stdout, /R_PPC64_REL24\text/, spelling);
  }
  await assert.rejects(run(checkCommand, '-p', scratchDir(), join(root, 'k/entry.S')), /not a kbuild build directory/);
});

const prepared = join(homedir(), '.cache/tocsin/linux-prepared-6.1-ppc64le-livepatch');

test('the prepared 6.1 tree: entry_64.S takes kbuild\'s include paths, -include files and CPU from its .cmd file', { skip: !existsSync(join(prepared, 'arch/powerpc/kernel/.entry_64.o.cmd')) && 'no prepared 6.1 live-patch tree (test/oracle/asm-kernel.ts makes it)' }, () => {
  const setup = fileSetup(join(prepared, 'arch/powerpc/kernel/entry_64.S'), {}, new KbuildTree(prepared));
  assert.equal(setup.target, 'vmlinux');
  assert.deepEqual(setup.options.forcedIncludes, [join(prepared, 'include/linux/compiler-version.h'), join(prepared, 'include/linux/kconfig.h')]);
  assert.ok(setup.options.includePaths?.includes(join(prepared, 'arch/powerpc/include')));
  assert.deepEqual([setup.options.machine, setup.options.defines?.__KERNEL__, setup.options.prelude], ['power4', '1', false]);
});
