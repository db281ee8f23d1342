// Debian ppc64el packages for the oracles: fetched with apt-get download through a private apt
// configuration for that architecture (the host's own apt state is never touched), unpacked with
// dpkg -x into a cache folder kept between runs, never installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cacheRoot = join(process.env.TOCSIN_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'tocsin'), 'ppc64el-debs');
const apt = join(cacheRoot, 'apt');
const aptOptions = ['-q', '-o', `Dir::Etc=${apt}/etc`, '-o', `Dir::State=${apt}/state`, '-o', `Dir::State::status=${apt}/state/status`,
  '-o', `Dir::Cache=${apt}/cache`, '-o', 'APT::Architecture=ppc64el', '-o', 'APT::Architectures=ppc64el', '-o', 'APT::Sandbox::User=root'];

/** The Debian archive and suites this machine's own apt configuration uses. */
function debianSources(): { uri: string; suites: string[] }[] {
  const files = ['/etc/apt/sources.list.d', '/etc/apt'].flatMap((dir) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => /\.(sources|list)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')) : []);
  const out: { uri: string; suites: string[] }[] = [];
  for (const text of files) {
    for (const stanza of text.split(/\n\s*\n/)) {
      const uri = /^URIs:\s*(\S+)/m.exec(stanza)?.[1];
      const suites = /^Suites:\s*(.+)$/m.exec(stanza)?.[1].trim().split(/\s+/);
      if (uri && suites) out.push({ uri, suites });
    }
    for (const m of text.matchAll(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/gm)) out.push({ uri: m[1], suites: [m[2]] });
  }
  if (out.length === 0) throw new Error('no Debian archive found in /etc/apt');
  return out;
}

/** apt-get or apt-cache under the private ppc64el configuration, its lists fetched once. */
function aptFor(tool: 'apt-get' | 'apt-cache', args: string[], cwd?: string): string {
  if (!existsSync(join(apt, 'state', 'lists', '.fetched'))) {
    for (const d of ['etc/sources.list.d', 'etc/preferences.d', 'etc/apt.conf.d', 'state/lists/partial', 'cache/archives/partial']) mkdirSync(join(apt, d), { recursive: true });
    const lines = debianSources().flatMap(({ uri, suites }) =>
      suites.map((suite) => `deb [arch=ppc64el signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${uri} ${suite} main`));
    writeFileSync(join(apt, 'etc/sources.list'), lines.join('\n') + '\n');
    writeFileSync(join(apt, 'state/status'), '');
    execFileSync('apt-get', [...aptOptions, 'update'], { stdio: 'pipe' });
    writeFileSync(join(apt, 'state', 'lists', '.fetched'), '');
  }
  return execFileSync(tool, [...aptOptions, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
}

/** The package a metapackage's candidate version depends on first (linux-image-powerpc64le → linux-image-6.1.0-N-powerpc64le). */
export function dependencyOf(metapackage: string): string {
  const depends = /^Depends:\s*([^\s,(]+)/m.exec(aptFor('apt-cache', ['show', '--no-all-versions', metapackage]))?.[1];
  if (!depends) throw new Error(`${metapackage} names no dependency`);
  return depends;
}

/**
 * The packages unpacked into one folder (made once under `name`): its path. Files stay as the
 * packages ship them; callers pick what they compare.
 */
export function unpackedPackages(name: string, packages: string[]): string {
  const unpacked = join(cacheRoot, name);
  if (!existsSync(join(unpacked, '.done'))) {
    rmSync(unpacked, { recursive: true, force: true });
    const debs = join(cacheRoot, `${name}-debs`);
    rmSync(debs, { recursive: true, force: true });
    mkdirSync(debs, { recursive: true });
    aptFor('apt-get', ['download', ...packages], debs);
    for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg', ['-x', join(debs, deb), unpacked]);
    rmSync(debs, { recursive: true, force: true });
    writeFileSync(join(unpacked, '.done'), packages.join('\n') + '\n');
  }
  return unpacked;
}

/** Debian's ppc64el 6.1 kernel image: vmlinux and its modules. */
export function debianKernel(): { root: string; vmlinux: string; modules: string } {
  const root = unpackedPackages('linux-image', [dependencyOf('linux-image-powerpc64le')]);
  const boot = join(root, 'boot');
  const vmlinux = readdirSync(boot).find((f) => f.startsWith('vmlinux-'));
  if (!vmlinux) throw new Error(`no vmlinux in ${boot}`);
  const modules = join(root, 'lib', 'modules');
  return { root, vmlinux: join(boot, vmlinux), modules: join(modules, readdirSync(modules)[0]) };
}
