// Built objects as input, against the real artefacts and the real tools:
// - Debian's ppc64el 6.1 vmlinux and a seeded sample of its modules: `check` finds nothing (the
//   kernel boots and loads them) and `disasm` (-d and -dr) is byte-identical to objdump;
// - the 6.1 live-patch samples built from the kernel tree (scripts/kernel-modules.sh): nothing
//   found in the .ko and .o files nor in their objdump -dr listings; their kpatch layout
//   (kpatch-layout.ts) is flagged from the .ko with 6.1's message and fails `tocsin run` with it.
//
//   node --import tsx test/oracle/objects.ts [--modules N] [--seed N] [--no-vmlinux]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkObjects } from '../../server/src/analysis/tocRules';
import { disassembly } from '../../server/src/model/disassembly';
import { readElf, readElfObject } from '../../server/src/model/elf';
import { debianKernel } from './debian';
import { kpatchLayout } from './kpatch-layout';
import { xorshift32 } from './xorshift';

const OBJDUMP = 'powerpc64le-linux-gnu-objdump';
const repo = join(__dirname, '..', '..');
const argument = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const moduleCount = argument('--modules', 300);
const seed = argument('--seed', Number(process.env.TOCSIN_SEED ?? 20261207));
const cli = join(repo, 'bin', 'tocsin');
let failures = 0;
const fail = (what: string) => {
  failures++;
  console.log(`FAIL ${what}`);
};

/** `tocsin ARGS`: its standard output, whatever its exit code. */
function tocsin(args: string[]): string {
  return spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
}

function objdump(flags: string[], file: string): string {
  return execFileSync(OBJDUMP, [...flags, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** Our text for `objdump -d`/`-dr`, equal or not; the first differing line is printed. */
function compareDisassembly(file: string): number {
  const elf = readElf(readFileSync(file));
  let same = 0;
  for (const [flag, relocations] of [['-d', false], ['-dr', true]] as const) {
    const ours = [...disassembly(elf, file, { relocations })].join('');
    const theirs = objdump([flag], file);
    if (ours === theirs) {
      same++;
      continue;
    }
    const a = ours.split('\n');
    const b = theirs.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    fail(`disasm ${flag === '-dr' ? '-r ' : ''}${file}: line ${line + 1}: objdump «${b[line]}», tocsin «${a[line]}»`);
  }
  return same;
}

function findingsIn(files: string[], target?: 'module'): number {
  const objects = files.map((f) => readElfObject(readFileSync(f), f));
  const findings = checkObjects(objects, { target });
  for (const f of findings.slice(0, 5)) fail(`check ${f.location.file}: ${f.place?.symbol ?? ''}: ${f.message}`);
  return findings.length;
}

// ---- Debian's vmlinux and modules ----
const { vmlinux, modules } = debianKernel();
if (!process.argv.includes('--no-vmlinux')) {
  let started = performance.now();
  const found = findingsIn([vmlinux]);
  const checkMs = performance.now() - started;
  started = performance.now();
  const same = compareDisassembly(vmlinux);
  console.log(`vmlinux: ${found} findings (check ${(checkMs / 1000).toFixed(1)} s); disasm identical to objdump in ${same} of 2 (-d, -dr) (${((performance.now() - started) / 1000).toFixed(1)} s with objdump)`);
}
const allModules = execFileSync('find', [modules, '-name', '*.ko'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
const random = xorshift32(seed);
const sample = new Set<string>();
while (sample.size < Math.min(moduleCount, allModules.length)) sample.add(allModules[random() % allModules.length]);
let moduleFindings = 0;
let identical = 0;
for (const file of sample) {
  moduleFindings += findingsIn([file]);
  identical += compareDisassembly(file);
}
console.log(`Debian modules: ${sample.size} of ${allModules.length} (seed ${seed}): ${moduleFindings} findings; disasm identical to objdump in ${identical} of ${sample.size * 2}`);

// ---- the 6.1 live-patch samples, built from the kernel tree ----
const tree = execFileSync('bash', [join(repo, 'scripts/kernel-modules.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).trim();
const samples = join(tree, 'samples', 'livepatch');
const built = readdirSync(samples).filter((f) => /\.(ko|o)$/.test(f)).map((f) => join(samples, f));
const scratch = mkdtempSync(join(tmpdir(), 'tocsin-objects-'));
let sampleFindings = 0;
let sampleIdentical = 0;
for (const file of built) {
  sampleFindings += findingsIn([file], file.endsWith('.o') ? 'module' : undefined);
  sampleIdentical += compareDisassembly(file);
  // Their listings, read as a listing.
  const listing = join(scratch, `${basename(file)}.dis`);
  writeFileSync(listing, objdump(['-dr'], file));
  const r = JSON.parse(tocsin(['check', '--format', 'json', ...(file.endsWith('.o') ? ['--target', 'module'] : []), listing]));
  for (const f of r.slice(0, 3)) fail(`check ${listing}: ${f.message}`);
  sampleFindings += r.length;
}
console.log(`6.1 samples/livepatch: ${built.length} .ko and .o files and their listings: ${sampleFindings} findings; disasm identical to objdump in ${sampleIdentical} of ${built.length * 2}`);

// The kpatch layout of livepatch-sample.ko: flagged from the .ko, refused by tocsin run alike.
const { bytes, after } = kpatchLayout(readFileSync(join(samples, 'livepatch-sample.ko')), 'seq_printf');
const patched = join(scratch, 'livepatch-sample-kpatch.ko');
writeFileSync(patched, bytes);
const expected = `livepatch_sample: Expected nop after call, got ${after.toString(16).padStart(8, '0')} at livepatch_cmdline_proc_show+0x30/0xff98 [livepatch_sample]`;
const checked: { code: string; message: string }[] = JSON.parse(tocsin(['check', '--format', 'json', patched]) || '[]');
if (checked.length !== 1 || checked[0].code !== 'livepatch-call-lacks-nop' || !checked[0].message.endsWith(`"${expected}"`)) fail(`kpatch layout: check gave ${JSON.stringify(checked)}`);
writeFileSync(join(scratch, 'kernel.S'), '\t.text\n\t.globl seq_printf, klp_enable_patch, _mcount\nseq_printf:\n\tli r3,0\n\tblr\nklp_enable_patch:\n\tli r3,0\n\tblr\n_mcount:\n\tblr\n');
writeFileSync(join(scratch, 'load.scenario.json'), JSON.stringify({
  inputs: [{ file: 'kernel.S', role: 'kernel', address: '0xc000000000000000' }, { file: basename(patched), role: 'module', address: '0xc008000000000000' }],
  kernel: { paca: '0xc000000002000000', threadInfo: '0xc000000002100000', stack: { address: '0xc000000003000000', size: '0x4000' } },
  call: { function: 'livepatch_cmdline_proc_show' }, expect: { status: 'load-failed' },
}));
const run: { status: string; findings: { message: string }[] } = JSON.parse(tocsin(['run', join(scratch, 'load.scenario.json'), '--format', 'json', '--root', scratch]));
if (run.status !== 'load-failed' || run.findings.map((f) => f.message).join('\n') !== expected) fail(`kpatch layout: tocsin run gave ${run.status}: ${run.findings.map((f) => f.message).join('; ')}`);
console.log(`kpatch layout of livepatch-sample.ko: check and run both say "${expected}"`);

console.log(failures ? `${failures} failures` : 'all agree');
process.exit(failures ? 1 : 0);
