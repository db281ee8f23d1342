// The options kbuild passed to gcc for one object of a prepared kernel tree, read from its
// .o.cmd file, and that command run again into another output file: GNU as's own object for
// the same source and flags.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Flags {
  includePaths: string[];
  forcedIncludes: string[];
  defines: Record<string, string>;
  machine?: string;
}

/** The options kbuild passed to gcc for one object, from its .o.cmd file. */
export function flagsOf(tree: string, object: string): Flags {
  const words = commandOf(tree, object);
  const flags: Flags = { includePaths: [], forcedIncludes: [], defines: {} };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const value = (prefix: string) => (w.length > prefix.length ? w.slice(prefix.length) : words[++i]);
    if (w.startsWith('-I')) flags.includePaths.push(value('-I'));
    else if (w === '-include') flags.forcedIncludes.push(words[++i]);
    else if (w.startsWith('-D')) {
      const d = value('-D');
      const eq = d.indexOf('=');
      flags.defines[eq < 0 ? d : d.slice(0, eq)] = eq < 0 ? '1' : d.slice(eq + 1);
    } else if (/^-Wa,-mpower\d+$/.test(w)) flags.machine = w.slice(5);
  }
  return flags;
}

/** The words of the gcc command kbuild ran for `object` (`arch/powerpc/kernel/entry_64`). */
function commandOf(tree: string, object: string): string[] {
  const cmd = readFileSync(join(tree, dirname(object), `.${object.split('/').pop()}.o.cmd`), 'utf8').split('\n')[0];
  return cmd.replace(/^[^=]*:=\s*/, '').split(/\s+/).filter(Boolean);
}

/** Runs kbuild's command for `object` again, writing the object to `output` (no dependency file). */
export function buildAgain(tree: string, object: string, output: string): void {
  const words = commandOf(tree, object).filter((w) => !w.startsWith('-Wp,-MMD'));
  const o = words.indexOf('-o');
  words[o + 1] = output;
  execFileSync(words[0], words.slice(1), { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
}
