// The bundled kernel prelude (server/prelude/, beside the bundle as dist/prelude/): headers
// written for Tocsin that stand in for a built kernel tree's ppc_asm.h, asm-offsets.h and
// friends. With it, kernel headers it does not have read as empty instead of failing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PreludeNote {
  /** `asm/foo.h`: a kernel header the prelude does not provide, read as empty. */
  header: string;
}

/** Header families that exist in a kernel tree; one the prelude lacks reads as empty. */
const KERNEL_HEADER = /^(asm|linux|uapi\/asm|uapi\/linux|generated|vdso)\//;

export const PRELUDE_ENTRY = 'tocsin/prelude.h';

let located: string | undefined;
/** The prelude's own headers, read once per process: they are part of Tocsin and never change. */
const headerTexts = new Map<string, string | undefined>();

/** The prelude folder: beside the bundle, or in the source tree. */
export function preludeDir(): string {
  if (located) return located;
  const candidates = [join(__dirname, 'prelude'), join(__dirname, '..', '..', '..', 'prelude')];
  located = candidates.find((dir) => existsSync(join(dir, PRELUDE_ENTRY))) ?? candidates[candidates.length - 1];
  return located;
}

/**
 * Preprocessor settings for the prelude: its folder searched last, its entry header read
 * before the file, and a reader that answers empty for kernel headers it lacks (noting each).
 */
export function preludeIncludes(read: (path: string) => string | undefined, notes: PreludeNote[]): {
  includePaths: string[];
  forcedIncludes: string[];
  readFile: (path: string) => string | undefined;
} {
  const dir = preludeDir();
  const prefix = dir + '/';
  return {
    includePaths: [dir],
    forcedIncludes: [join(dir, PRELUDE_ENTRY)],
    readFile: (path) => {
      const own = path.startsWith(prefix);
      if (own && headerTexts.has(path)) return headerTexts.get(path);
      const text = read(path);
      if (own && text !== undefined) headerTexts.set(path, text);
      if (text !== undefined || !path.startsWith(prefix)) return text;
      const header = path.slice(prefix.length);
      if (!KERNEL_HEADER.test(header)) return undefined;
      if (!notes.some((n) => n.header === header)) notes.push({ header });
      return '';
    },
  };
}
