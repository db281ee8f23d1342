// The 6.1 tree the kernel oracles build in: scripts/kernel-build.sh's copy of
// scripts/kernel-prepare.sh's ppc64le_defconfig tree, reconfigured for live patching
// (KALLSYMS_ALL, LIVEPATCH), `make prepare`d, with every arch/powerpc .S object built.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCmdFile } from '../../server/src/model/kbuild';

export const MAKE = ['ARCH=powerpc', 'CROSS_COMPILE=powerpc64le-linux-gnu-'];
const repo = join(__dirname, '..', '..');

export function jobs(): string {
  return `-j${Math.max(1, Number(execFileSync('nproc', { encoding: 'utf8' }).trim()))}`;
}

export function livepatchTree(): string {
  return execFileSync('bash', [join(repo, 'scripts/kernel-build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** Every `.S` object of arch/powerpc that kbuild built: [object, source], tree-relative, sorted. */
export function builtAssembly(tree: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(tree, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^\..+\.o\.cmd$/.test(entry.name)) {
        const cmd = parseCmdFile(readFileSync(join(tree, dir, entry.name), 'utf8'));
        if (cmd?.source?.endsWith('.S') && existsSync(join(tree, cmd.object))) out.push([cmd.object, cmd.source]);
      }
    }
  };
  walk('arch/powerpc');
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}
