// The 6.1 tree the kernel oracles build in: scripts/kernel-build.sh's copy of
// scripts/kernel-prepare.sh's ppc64le_defconfig tree, reconfigured for live patching
// (KALLSYMS_ALL, LIVEPATCH), `make prepare`d, with every arch/powerpc .S object built.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const MAKE = ['ARCH=powerpc', 'CROSS_COMPILE=powerpc64le-linux-gnu-'];
const repo = join(__dirname, '..', '..');

export function jobs(): string {
  return `-j${Math.max(1, Number(execFileSync('nproc', { encoding: 'utf8' }).trim()))}`;
}

export function livepatchTree(): string {
  return execFileSync('bash', [join(repo, 'scripts/kernel-build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}
