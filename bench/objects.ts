// Built objects read directly, beside objdump in the same run: `tocsin check` on Debian's ppc64el
// 6.1 vmlinux ELF against `objdump -dr` writing its listing (the goal: at most 1.0x), start-up
// apart on a small module; `tocsin disasm -r` of the whole vmlinux against `objdump -dr`; and
// `tocsin check` on that 3.78 M-line listing (time, CPU, peak memory). Each command runs as a
// process, output to /dev/null; wall and CPU (user + system) time and peak RSS per command.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { debianKernel } from '../test/oracle/debian';

const repoRoot = join(__dirname, '..');
const tocsin = join(repoRoot, 'bin', 'tocsin');
const OBJDUMP = 'powerpc64le-linux-gnu-objdump';

interface Timed {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  status: number | null;
}

/** One command under GNU time, its standard output to `out` (or /dev/null). */
export function timed(command: string[], out = '/dev/null'): Timed {
  const fd = openSync(out, 'w');
  try {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const last = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    return { wallMs: last[0] * 1000, cpuMs: (last[1] + last[2]) * 1000, maxRssKb: last[3], status: r.status };
  } finally {
    closeSync(fd);
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

export async function benchObjects(): Promise<string> {
  const { vmlinux, modules } = debianKernel();
  const lines: string[] = ['## Built objects', '', `Load average at the start: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (other work stretches wall times; CPU times and ratios come from the same run).`, ''];

  // Start-up: a small module, where the process start dominates.
  const module = join(modules, 'kernel', 'net', 'key', 'af_key.ko');
  const small = [timed([tocsin, 'check', module]), timed([OBJDUMP, '-dr', module])];
  const empty = timed([process.execPath, '-e', '0']);
  lines.push(`Start-up, on a small module (\`af_key.ko\`): \`tocsin check\` **${s(small[0].wallMs)}** (a bare \`node -e 0\`: ${s(empty.wallMs)}), \`objdump -dr\` ${s(small[1].wallMs)}.`, '');

  const check = timed([tocsin, 'check', vmlinux]);
  const dump = timed([OBJDUMP, '-dr', vmlinux]);
  lines.push(`\`tocsin check\` on Debian's ppc64el 6.1 vmlinux ELF (\`${basename(vmlinux)}\`, exit ${check.status}) against \`objdump -dr\` writing its listing:`,
    '', '| | wall | CPU | peak memory |', '| --- | --- | --- | --- |',
    `| tocsin check vmlinux | ${s(check.wallMs)} | ${s(check.cpuMs)} | ${mb(check.maxRssKb)} |`,
    `| objdump -dr vmlinux | ${s(dump.wallMs)} | ${s(dump.cpuMs)} | ${mb(dump.maxRssKb)} |`,
    `| ratio | **${ratio(check.wallMs, dump.wallMs)}** | **${ratio(check.cpuMs, dump.cpuMs)}** | |`, '');

  const disasm = timed([tocsin, 'disasm', '-r', vmlinux]);
  const dump2 = timed([OBJDUMP, '-dr', vmlinux]);
  lines.push(`\`tocsin disasm -r\` of the whole vmlinux (byte-identical to \`objdump -dr\`, 3.78 M lines): **${s(disasm.wallMs)}** (CPU ${s(disasm.cpuMs)}, ${mb(disasm.maxRssKb)}) against objdump's ${s(dump2.wallMs)} (CPU ${s(dump2.cpuMs)}): ratio **${ratio(disasm.wallMs, dump2.wallMs)}** wall, **${ratio(disasm.cpuMs, dump2.cpuMs)}** CPU.`, '');

  // The same kernel as a listing: objdump writes it, tocsin check reads it.
  const listing = join(mkdtempSync(join(tmpdir(), 'tocsin-bench-objects-')), 'vmlinux.dr');
  const write = timed([OBJDUMP, '-dr', vmlinux], listing);
  const listingCheck = timed([tocsin, 'check', '--target', 'vmlinux', listing]);
  lines.push(`\`tocsin check --target vmlinux\` on that listing (exit ${listingCheck.status}): ${s(listingCheck.wallMs)} wall, ${s(listingCheck.cpuMs)} CPU, peak ${mb(listingCheck.maxRssKb)}; objdump wrote it in ${s(write.wallMs)}: ratio ${ratio(listingCheck.wallMs, write.wallMs)} wall, ${ratio(listingCheck.cpuMs, write.cpuMs)} CPU. The goal is at most 5 and under 4 GB${listingCheck.status === 2 || listingCheck.wallMs > 5 * write.wallMs || listingCheck.maxRssKb > 4 << 20 ? ': not met yet' : ': met'}.`);
  return lines.join('\n');
}

if (require.main === module) void benchObjects().then((text) => process.stdout.write(text + '\n'));
