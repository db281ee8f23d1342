// `tocsin check -p TREE` on correct kernel code: every `arch/powerpc` `.S` object the 6.1
// live-patch tree builds (ppc64le_defconfig + KALLSYMS_ALL + LIVEPATCH, `make arch/powerpc/`),
// checked from its source and from `objdump -dr` of the object kbuild made, each judged with
// the target its `.cmd` file gives (`-DMODULE`: module, else vmlinux). Correct code: 0 findings.
//
//   node --import tsx test/oracle/check-kernel.ts [--tree BUILT_TREE]   # a table; exit 1 on a finding
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { checkCommand, type CheckReport } from '../../server/src/commands/check';
import { KbuildTree } from '../../server/src/model/kbuild';
import { builtAssembly, jobs, livepatchTree, MAKE } from './kernel-tree';

async function check(tree: string, files: string[]): Promise<CheckReport[]> {
  let stdout = '';
  let stderr = '';
  await checkCommand.run(['--format', 'json', '-p', tree, ...files], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  if (stderr) process.stderr.write(stderr);
  return JSON.parse(stdout) as CheckReport[];
}

async function main(): Promise<void> {
  const given = process.argv.indexOf('--tree');
  const tree = given > 0 ? process.argv[given + 1] : livepatchTree();
  if (given < 0) execFileSync('make', [...MAKE, jobs(), 'arch/powerpc/'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  // kbuild runs in the tree root with relative paths, and objdump names the object as given.
  process.chdir(tree);
  const objects = builtAssembly(tree);
  const build = new KbuildTree(tree);
  const listings = mkdtempSync(join(tmpdir(), 'tocsin-check-kernel-'));
  const listingOf = new Map<string, string>();
  for (const [object] of objects) {
    const listing = join(listings, `${object}.dis`);
    mkdirSync(dirname(listing), { recursive: true });
    writeFileSync(listing, execFileSync('powerpc64le-linux-gnu-objdump', ['-dr', object], { maxBuffer: 1 << 28 }));
    listingOf.set(object, listing);
  }
  const started = performance.now();
  const fromSource = await check(tree, objects.map(([, source]) => source));
  const fromListing = await check(tree, [...listingOf.values()]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log('object | target | source findings | listing findings');
  let failed = 0;
  for (const [object, source] of objects) {
    const own = fromSource.filter((f) => relative(tree, f.file) === source);
    const listed = fromListing.filter((f) => f.file === listingOf.get(object));
    if (own.length || listed.length) failed++;
    console.log(`${object} | ${build.commandForObject(object)?.flags.target} | ${own.length} | ${listed.length}`);
    for (const f of [...own, ...listed].slice(0, 5)) console.log(`    ${f.file}:${f.line}: ${f.severity}: ${f.message} [${f.code}]`);
  }
  console.log(`${objects.length} objects, ${fromSource.length} findings from sources, ${fromListing.length} from listings, ${objects.length - failed} clean (${seconds} s)`);
  process.exitCode = failed ? 1 : 0;
}

void main();
