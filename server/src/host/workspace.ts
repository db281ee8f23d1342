// Symbols and macros of the workspace's files that are not open: labels, `_GLOBAL(f)`-style
// definitions, `#define` and `.macro`, read from `.S`, `.s` and `.h` files by pattern (a
// full analysis of every file would take minutes on a kernel tree). Built on first use, in
// slices that yield to the event loop, and bounded in files and bytes.
//
// A kernel tree as the root (it has arch/powerpc and include/linux) is not walked whole: its
// 70,000 files are mostly other architectures, drivers and build output. What is read is
// arch/powerpc's sources and the headers they include, found by following `#include` through
// the include directories kbuild gives powerpc.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSourceFile } from '../parse/source';
import type { Definition } from './snapshot';
import { toUri } from './uris';

const SOURCE = /\.(S|s|h|inc)$/;
/** Listings saved in a workspace, checked with its assembly. */
const LISTING = /\.(objdump|dis|dump)$/;
const SOURCE_OR_LISTING = new RegExp(`${SOURCE.source}|${LISTING.source}`);
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
const INCLUDE = /^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm;
/** The include directories of a powerpc build (scripts/Makefile and arch/powerpc/Makefile), in kbuild's order. */
export const KERNEL_INCLUDE_DIRS = ['arch/powerpc/include', 'arch/powerpc/include/generated', 'include', 'arch/powerpc/include/uapi',
  'arch/powerpc/include/generated/uapi', 'include/uapi', 'include/generated/uapi'];

export function isKernelTree(root: string): boolean {
  return existsSync(join(root, 'arch', 'powerpc', 'Kconfig')) && existsSync(join(root, 'include', 'linux'));
}

export interface IndexStats {
  files: number;
  definitions: number;
  ms: number;
  /** Roots read as kernel trees (arch/powerpc and its headers only). */
  kernelTrees: string[];
  /** The file limit cut the walk short. */
  truncated: boolean;
}

export interface IndexProgress {
  /** Files read so far, and known so far (the include closure grows as files are read). */
  report(done: number, known: number): void;
  cancelled(): boolean;
}

export class Cancelled extends Error {}

export class WorkspaceIndex {
  private readonly roots: string[] = [];
  private built: Promise<Map<string, Definition[]>> | undefined;
  private flat: Definition[] | undefined;
  private checkable: string[] = [];
  stats: IndexStats | undefined;

  constructor(private readonly onBuilt?: (stats: IndexStats) => void) {}

  setRoots(roots: string[]): void {
    this.roots.splice(0, this.roots.length, ...roots);
    this.built = undefined;
    this.flat = undefined;
  }

  /**
   * Every definition found on disk; open documents are the host's business and are not read
   * here. `progress` hears of the build if this call starts it.
   */
  async definitions(progress?: IndexProgress): Promise<Definition[]> {
    const byFile = await this.byFile(progress);
    return (this.flat ??= [...byFile.values()].flat());
  }

  /** The assembly files and listings a check of the workspace reads (for a kernel tree, arch/powerpc's `.S`, not its linker scripts). */
  async filesToCheck(progress?: IndexProgress): Promise<string[]> {
    await this.byFile(progress);
    return this.checkable;
  }

  /** Files changed on disk (saved, created, deleted): only they are read again. */
  async update(paths: string[]): Promise<void> {
    if (!this.built) return;
    const byFile = await this.built;
    for (const path of paths) {
      byFile.delete(path);
      const definitions = readDefinitions(path);
      if (definitions) byFile.set(path, definitions.definitions);
    }
    this.flat = undefined;
  }

  private byFile(progress?: IndexProgress): Promise<Map<string, Definition[]>> {
    if (!this.built) {
      const built = this.build(progress);
      this.built = built;
      // A cancelled build is forgotten: the next use starts again.
      built.catch(() => {
        if (this.built === built) this.built = undefined;
      });
    }
    return this.built;
  }

  private async build(progress?: IndexProgress): Promise<Map<string, Definition[]>> {
    const started = performance.now();
    const kernelTrees = this.roots.filter(isKernelTree);
    const walked = this.roots.map((root) => (kernelTrees.includes(root) ? join(root, 'arch', 'powerpc') : root));
    const seeds = findFiles(walked, SOURCE_OR_LISTING, MAX_FILES);
    const truncated = seeds.length >= MAX_FILES;
    this.checkable = seeds.filter((f) => /\.(S|s)$/.test(f) && !f.endsWith('.lds.S') || LISTING.test(f));
    const files = seeds.filter((f) => SOURCE.test(f));
    const known = new Set(files);
    const byFile = new Map<string, Definition[]>();
    for (let i = 0; i < files.length; i++) {
      // A slice of files per turn: requests for open documents go first.
      if (i % 50 === 49) {
        progress?.report(i, files.length);
        await new Promise((resolve) => setImmediate(resolve));
        if (progress?.cancelled()) throw new Cancelled();
      }
      const read = readDefinitions(files[i]);
      if (!read) continue;
      byFile.set(files[i], read.definitions);
      const tree = kernelTrees.find((root) => files[i].startsWith(root + '/'));
      if (!tree) continue;
      for (const header of includedHeaders(tree, files[i], read.text)) {
        if (known.has(header) || files.length >= MAX_FILES) continue;
        known.add(header);
        files.push(header);
      }
    }
    progress?.report(files.length, files.length);
    let definitions = 0;
    for (const list of byFile.values()) definitions += list.length;
    this.stats = { files: byFile.size, definitions, ms: performance.now() - started, kernelTrees, truncated: truncated || files.length >= MAX_FILES };
    this.onBuilt?.(this.stats);
    return byFile;
  }
}

/** A file's definitions and text; undefined when it is too large or cannot be read. */
function readDefinitions(path: string): { definitions: Definition[]; text: string } | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const text = readSourceFile(path);
    return { definitions: definitionsIn(path, text), text };
  } catch {
    // Unreadable files (binary, vanished) have no definitions.
    return undefined;
  }
}

/** The headers a kernel file includes that exist, as kbuild's include path finds them. */
function includedHeaders(tree: string, file: string, text: string): string[] {
  const out: string[] = [];
  INCLUDE.lastIndex = 0;
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) {
    const dirs = m[1] === '"' ? [dirname(file), ...KERNEL_INCLUDE_DIRS.map((d) => join(tree, d))] : KERNEL_INCLUDE_DIRS.map((d) => join(tree, d));
    for (const dir of dirs) {
      const candidate = join(dir, m[2]);
      if (existsSync(candidate)) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
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
