// Maps `tocsin check --format json` findings back to ld's way of naming a call site,
// `object:(section+0xoffset)`, through the objdump listing lines they point at.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkCommand, type CheckReport } from '../../../server/src/commands/check';

export type Mode = 'shared' | 'static' | 'module';

export const siteKey = (s: { object: string; section: string; offset: number }) => `${s.object}:(${s.section}+0x${s.offset.toString(16)})`;

/** Tocsin's findings mapped back to sites through the listing lines they point at. */
export async function tocsinSites(listings: string[], mode: Mode, rule = 'call-lacks-nop'): Promise<{ sites: Set<string>; other: string[] }> {
  let stdout = '';
  const code = await checkCommand.run(['--format', 'json', '--target', mode, ...listings], { stdout: (t) => { stdout += t; }, stderr: (t) => process.stderr.write(t) });
  if (code === 2) throw new Error('tocsin check failed');
  const reports: CheckReport[] = JSON.parse(stdout);
  const sites = new Set<string>();
  const other: string[] = [];
  const texts = new Map(listings.map((l) => [l, readFileSync(l, 'utf8').split('\n')]));
  for (const r of reports) {
    const lines = texts.get(r.file)!;
    let section = '';
    for (let i = 0; i < r.line! - 1; i++) section = /^Disassembly of section (.+):$/.exec(lines[i])?.[1] ?? section;
    const address = /^\s*([0-9a-f]+):/.exec(lines[r.line! - 1])?.[1];
    const key = siteKey({ object: basename(r.file).replace(/\.dis$/, '.o'), section, offset: parseInt(address ?? '0', 16) });
    if (r.code === rule && address) sites.add(key);
    else other.push(`${key} ${r.code}: ${r.message}`);
  }
  return { sites, other };
}


/** Tocsin's findings on the objects themselves (ELF), which name their place by section and offset. */
export async function tocsinObjectSites(objects: string[], mode: Mode, code = 'call-lacks-nop'): Promise<{ sites: Set<string>; other: string[] }> {
  let stdout = '';
  const status = await checkCommand.run(['--format', 'json', '--target', mode, ...objects], { stdout: (t) => { stdout += t; }, stderr: (t) => process.stderr.write(t) });
  if (status === 2) throw new Error('tocsin check failed');
  const sites = new Set<string>();
  const other: string[] = [];
  for (const r of JSON.parse(stdout) as CheckReport[]) {
    const key = siteKey({ object: basename(r.file), section: r.section ?? '?', offset: parseInt(r.offset ?? 'NaN', 16) });
    if (r.code === code) sites.add(key);
    else other.push(`${key} ${r.code}: ${r.message}`);
  }
  return { sites, other };
}
