// The 6.1 tree the kernel oracles build in: scripts/kernel-prepare.sh's ppc64le_defconfig tree,
// copied once and reconfigured for live patching (KALLSYMS_ALL, LIVEPATCH), `make prepare`d.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MAKE = ['ARCH=powerpc', 'CROSS_COMPILE=powerpc64le-linux-gnu-'];
const repo = join(__dirname, '..', '..');

export function jobs(): string {
  return `-j${Math.max(1, Number(execFileSync('nproc', { encoding: 'utf8' }).trim()))}`;
}

export function livepatchTree(): string {
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
  run('make', [...MAKE, jobs(), 'prepare']);
  writeFileSync(join(tree, '.prepared-livepatch'), '');
  return tree;
}
