// Symbols and macros of the workspace's files that are not open: labels, `_GLOBAL(f)`-style
// definitions, `#define` and `.macro`, read from `.S`, `.s` and `.h` files by pattern (a
// full analysis of every file would take minutes on a kernel tree). Built on first use, in
// slices that yield to the event loop, and bounded in files and bytes.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../parse/source';
import type { Definition } from './snapshot';
import { toUri } from './uris';

const SOURCE = /\.(S|s|h|inc)$/;
/** Folders no workspace walk enters. */
const SKIP = new Set(['.git', 'node_modules', '.vscode', 'dist', 'out']);
const MAX_FILES = 20_000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const DEFINITIONS: [RegExp, Definition['kind']][] = [
  [/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)/gm, 'c-macro'],
  [/^[ \t]*\.macro[ \t]+([A-Za-z_.$][\w.$]*)/gm, 'macro'],
  [/^[ \t]*(?:_GLOBAL\w*|SYM_FUNC_START\w*|SYM_CODE_START\w*|_KPROBE\w*|FUNC_START|DOTSYM|EXC_\w+_BEGIN)\(([A-Za-z_.$][\w.$]*)/gm, 'function'],
  [/^([A-Za-z_.$][\w.$]*):/gm, 'label'],
];

export class WorkspaceIndex {
  private readonly roots: string[] = [];
  private built: Promise<Definition[]> | undefined;

  setRoots(roots: string[]): void {
    this.roots.splice(0, this.roots.length, ...roots);
    this.built = undefined;
  }

  /** Every definition found on disk; open documents are the host's business and are not read here. */
  definitions(): Promise<Definition[]> {
    return (this.built ??= this.build());
  }

  /** A file changed on disk (saved or created): the next use reads the workspace again. */
  invalidate(): void {
    this.built = undefined;
  }

  private async build(): Promise<Definition[]> {
    const files = findFiles(this.roots, SOURCE, MAX_FILES);
    const out: Definition[] = [];
    for (let i = 0; i < files.length; i++) {
      // A slice of files per turn: requests for open documents go first.
      if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
      try {
        if (statSync(files[i]).size > MAX_FILE_BYTES) continue;
        out.push(...definitionsIn(files[i], readSourceFile(files[i])));
      } catch {
        // Unreadable files (binary, vanished) have no definitions.
      }
    }
    return out;
  }
}

export function definitionsIn(path: string, text: string): Definition[] {
  const uri = toUri(path);
  const out: Definition[] = [];
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: offset - lineStarts[lo] };
  };
  for (const [pattern, kind] of DEFINITIONS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index + m[0].lastIndexOf(m[1]);
      const start = position(at);
      const end = { line: start.line, column: start.column + m[1].length };
      out.push({ name: m[1], kind, uri, range: { start: position(m.index), end }, nameRange: { start, end } });
    }
  }
  return out;
}

/**
 * Files under `roots` whose names match `name`, at most `maxFiles`, `maxDepth` folders down;
 * unreadable folders are passed over.
 */
export function findFiles(roots: readonly string[], name: RegExp, maxFiles: number, maxDepth = Infinity): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (files.length >= maxFiles || depth > maxDepth) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files.length >= maxFiles) return;
      if (e.isDirectory() && !SKIP.has(e.name)) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && name.test(e.name)) files.push(join(dir, e.name));
    }
  };
  for (const root of roots) walk(root, 0);
  return files;
}
