// Assembler benchmark: arch/powerpc/kernel/entry_64.S of the prepared 6.1 tree, Tocsin beside
// GNU as in the same run. Two comparisons: the whole job (kbuild's gcc -c, that is cpp and as,
// against assembleFile), and the assembler alone (as on gcc -E output against Tocsin's
// assembler on its own preprocessor's output).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { preprocess } from '../server/src/parse/preprocess';
import { Assembler } from '../server/src/model/assembler/assembler';
import { finish } from '../server/src/model/assembler/layout';
import { assembleFile } from '../server/src/model/assembler/index';

const repoRoot = join(__dirname, '..');
const FILE = 'arch/powerpc/kernel/entry_64.S';
const INCLUDES = ['arch/powerpc/include', 'arch/powerpc/include/generated', 'include', 'arch/powerpc/include/uapi',
  'arch/powerpc/include/generated/uapi', 'include/uapi', 'include/generated/uapi', 'arch/powerpc'].map((p) => `./${p}`);
const FORCED = ['./include/linux/compiler-version.h', './include/linux/kconfig.h'];
const DEFINES = { __KERNEL__: '1', HAVE_AS_ATHIGH: '1', __ASSEMBLY__: '1' };
const GCC_FLAGS = ['-nostdinc', ...INCLUDES.map((i) => `-I${i}`), ...FORCED.flatMap((f) => ['-include', f]), '-D__KERNEL__', '-DHAVE_AS_ATHIGH=1',
  '-D__ASSEMBLY__', '-fno-PIE', '-m64', '-mabi=elfv2', '-mcpu=power8', '-Wa,-maltivec', '-Wa,-mpower4', '-Wa,-many', '-mlittle-endian'];
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(run: () => void): number[] {
  return Array.from({ length: RUNS }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
}

export function benchAsm(): string {
  const tree = execFileSync('bash', [join(repoRoot, 'scripts', 'kernel-prepare.sh')], { encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'tocsin-bench-asm-'));
  const cwd = process.cwd();
  process.chdir(tree);
  try {
    const object = join(work, 'entry_64.o');
    const gcc = timed(() => {
      if (spawnSync('powerpc64le-linux-gnu-gcc', [...GCC_FLAGS, '-c', '-o', object, FILE]).status !== 0) throw new Error('gcc -c failed');
    });
    const tocsin = timed(() => assembleFile(FILE, { includePaths: INCLUDES, forcedIncludes: FORCED, defines: DEFINES, machine: 'power4' }));

    const preprocessed = join(work, 'entry_64.s');
    execFileSync('powerpc64le-linux-gnu-gcc', [...GCC_FLAGS, '-E', '-o', preprocessed, FILE]);
    const as = timed(() => {
      if (spawnSync('powerpc64le-linux-gnu-as', ['-a64', '-mpower8', '-many', '-mlittle', '-maltivec', '-mpower4', '-many', '-o', object, preprocessed]).status !== 0) throw new Error('as failed');
    });
    const text = preprocess({ path: FILE, text: readFileSync(FILE, 'utf8') }, { includePaths: INCLUDES, forcedIncludes: FORCED, defines: DEFINES }).text;
    const lines = text.split('\n').length - 1;
    const assembler = timed(() => {
      const a = new Assembler({ machine: 'power4' });
      a.run(text);
      finish(a);
    });
    const ms = (x: number[]) => `**${median(x).toFixed(1)} ms**`;
    return [
      '## Assembler',
      '',
      `\`${FILE}\` of the prepared 6.1 tree, median of ${RUNS} runs in one process (the first run includes JIT warm-up; it is ${tocsin[0].toFixed(0)} ms for the whole job):`,
      '',
      `- Preprocess and assemble: \`gcc -c\` as kbuild runs it ${ms(gcc)}; Tocsin \`assembleFile\` ${ms(tocsin)}; ratio Tocsin/gcc **${(median(tocsin) / median(gcc)).toFixed(2)}**.`,
      `- Assembler alone on the preprocessed file (${lines} lines): \`as\` ${ms(as)} (process start included); Tocsin ${ms(assembler)}; ratio Tocsin/as **${(median(assembler) / median(as)).toFixed(2)}**.`,
    ].join('\n');
  } finally {
    process.chdir(cwd);
  }
}

if (require.main === module) process.stdout.write(benchAsm() + '\n');
