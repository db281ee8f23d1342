// Each file's flags as kbuild built it: the gcc command line of an object, from the build's
// `compile_commands.json` where it lists the file (newer kernels list `.S` files, 6.1 only `.c`)
// and from the object's `.X.o.cmd` file otherwise, turned into assembler options and the link
// the object goes into (`-DMODULE`: a module, else vmlinux).
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readIncludedText, SourceError } from '../parse/source';
import type { AssembleOptions } from './assembler/index';

/** What one gcc command line means to the assembler and to the link. */
export interface BuildFlags {
  /** `-I DIR`, absolute, in order. */
  includePaths: string[];
  /** `-include FILE`, absolute, in order. */
  forcedIncludes: string[];
  /** `-D NAME[=VALUE]` (`-D NAME` is `'1'`). */
  defines: Record<string, string>;
  /** `-U NAME`. */
  undefines: string[];
  /** Every `-Wa,` option, split at its commas. */
  assemblerFlags: string[];
  /** The CPU GNU as is told last (`-Wa,-mpower4` after gcc's own `-mcpu=power8`), without `-m`. */
  machine?: string;
  /** `-mbig-endian` / `-mlittle-endian`, when given. */
  endian?: 'big' | 'little';
  /** `-m32` / `-m64`, when given. */
  bits?: 32 | 64;
  /** Built for a module (`-DMODULE`), else for vmlinux. */
  target: 'module' | 'vmlinux';
}

/** One compile of the build: which source made which object, with what command. */
export interface BuildCommand {
  /** Absolute paths. */
  source: string;
  object?: string;
  /** Where the command ran; relative paths in it are from here. */
  directory: string;
  flags: BuildFlags;
  /** The file the command was read from (`.X.o.cmd` or `compile_commands.json`). */
  from: string;
}

/**
 * A command line split into words as the shell does (quotes, backslashes), after make's own
 * escapes of a `.cmd` file (`$$` is `$`, `\#` is `#`).
 */
export function splitCommandWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\' && i + 1 < text.length && (quote === undefined || '"\\$`'.includes(text[i + 1]))) {
      word = (word ?? '') + text[++i];
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The flags of a gcc command line (its words), relative paths taken from `directory`. */
export function commandFlags(words: readonly string[], directory: string): BuildFlags {
  const flags: BuildFlags = { includePaths: [], forcedIncludes: [], defines: {}, undefines: [], assemblerFlags: [], target: 'vmlinux' };
  const path = (p: string) => resolve(directory, p);
  let cpu: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // `-IDIR` and `-I DIR` alike (kbuild writes both).
    const value = (option: string) => (w.length > option.length ? w.slice(option.length) : words[++i] ?? '');
    if (w.startsWith('-I')) flags.includePaths.push(path(value('-I')));
    else if (w === '-include') flags.forcedIncludes.push(path(words[++i] ?? ''));
    else if (w.startsWith('-D')) {
      const d = value('-D');
      const eq = d.indexOf('=');
      flags.defines[eq < 0 ? d : d.slice(0, eq)] = eq < 0 ? '1' : d.slice(eq + 1);
    } else if (w.startsWith('-U')) flags.undefines.push(value('-U'));
    else if (w.startsWith('-Wa,')) flags.assemblerFlags.push(...w.slice(4).split(','));
    else if (w === '-mbig-endian' || w === '-mbig') flags.endian = 'big';
    else if (w === '-mlittle-endian' || w === '-mlittle') flags.endian = 'little';
    else if (w === '-m32') flags.bits = 32;
    else if (w === '-m64') flags.bits = 64;
    else if (w.startsWith('-mcpu=')) cpu = w.slice(6);
  }
  // gcc passes its -mcpu to as first; -Wa options come after it and win.
  const told = flags.assemblerFlags.filter((f) => /^-m(power\d+|cpu=.+)$/.test(f)).pop();
  flags.machine = told ? told.replace(/^-m(cpu=)?/, '') : cpu;
  for (const name of flags.undefines) delete flags.defines[name];
  if ('MODULE' in flags.defines) flags.target = 'module';
  return flags;
}

/** The assembler options of a file's build flags. */
export function assembleOptionsOf(flags: BuildFlags): AssembleOptions {
  return {
    includePaths: flags.includePaths,
    forcedIncludes: flags.forcedIncludes,
    defines: flags.defines,
    undefines: flags.undefines,
    machine: flags.machine,
    prelude: false,
  };
}

/** What Tocsin cannot assemble as the build did (it assembles 64-bit little-endian only), or undefined. */
export function unsupportedBuild(flags: BuildFlags): string | undefined {
  if (flags.bits === 32) return 'built with -m32 (Tocsin assembles ppc64le only)';
  if (flags.endian === 'big') return 'built big-endian (Tocsin assembles ppc64le only)';
  return undefined;
}

/** A `.X.o.cmd` file: `cmd_OBJ := COMMAND` and `source_OBJ := SOURCE`, paths relative to the tree. */
export function parseCmdFile(text: string): { object: string; command: string; source?: string } | undefined {
  const cmd = /^cmd_(\S+)\s*:=\s*(.*)$/m.exec(text);
  if (!cmd) return undefined;
  const source = /^source_\S+\s*:=\s*(\S+)\s*$/m.exec(text);
  return { object: cmd[1], command: cmd[2], source: source?.[1] };
}

/** `compile_commands.json` entries: `{directory, file, command | arguments, output?}`. */
export function parseCompileCommands(text: string, jsonDirectory: string): BuildCommand[] {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  const out: BuildCommand[] = [];
  for (const e of entries as Record<string, unknown>[]) {
    if (typeof e?.file !== 'string') continue;
    const directory = resolve(jsonDirectory, typeof e.directory === 'string' ? e.directory : '.');
    const words = Array.isArray(e.arguments) ? e.arguments.map(String) : typeof e.command === 'string' ? splitCommandWords(e.command) : undefined;
    if (!words) continue;
    out.push({
      source: resolve(directory, e.file),
      object: typeof e.output === 'string' ? resolve(directory, e.output) : undefined,
      directory,
      flags: commandFlags(words, directory),
      from: join(jsonDirectory, 'compile_commands.json'),
    });
  }
  return out;
}

/** A kbuild output tree: `.config` and `include/generated/autoconf.h`. */
export function isBuildDirectory(dir: string): boolean {
  return existsSync(join(dir, '.config')) && existsSync(join(dir, 'include/generated/autoconf.h'));
}

/** The nearest build directory at or above `path` (a file or a folder), not above `stop`. */
export function findBuildDirectory(path: string, stop?: string): string | undefined {
  let dir = resolve(path);
  const top = stop ? resolve(stop) : undefined;
  for (;;) {
    if (isBuildDirectory(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir || dir === top) return undefined;
    dir = parent;
  }
}

function readText(path: string): string | undefined {
  try {
    return readIncludedText(path);
  } catch (e) {
    if (e instanceof SourceError) return undefined;
    throw e;
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The compiles of one build directory, read as asked for and kept: a source's command from
 * `compile_commands.json` if it lists the source, else from the `.cmd` file of the object made
 * from it (`foo.S` → `.foo.o.cmd`, or any `.cmd` of its folder whose `source_` names it, as the
 * vDSO's `note.S` → `.note-64.o.cmd`). The source tree is the build directory, or its `source`
 * link (an `O=` build).
 */
export class KbuildTree {
  readonly root: string;
  private readonly sourceRoot: string;
  private compileCommands?: Map<string, BuildCommand>;
  private readonly folders = new Map<string, Map<string, BuildCommand>>();

  constructor(root: string) {
    // Sources are compared by their real paths (a workspace may reach the tree through a link).
    this.root = canonical(root);
    const link = join(this.root, 'source');
    this.sourceRoot = existsSync(join(link, 'Makefile')) ? canonical(link) : this.root;
  }

  /** The build's command for a source file, or undefined when the build has none. */
  commandForSource(source: string): BuildCommand | undefined {
    const path = canonical(source);
    const listed = this.listed().get(path);
    if (listed) return listed;
    const rel = relative(this.sourceRoot, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    const folder = this.folder(dirname(rel));
    const guess = folder.get(basename(rel).replace(/\.[^.]*$/, '.o'));
    if (guess?.source === path) return guess;
    for (const command of folder.values()) if (command.source === path) return command;
    return undefined;
  }

  /** The build's command for an object (`.o` or `.ko` path, in the build or given relative to it). */
  commandForObject(object: string): BuildCommand | undefined {
    const path = isAbsolute(object) ? canonical(object) : canonical(resolve(this.root, object));
    const rel = relative(this.root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return this.folder(dirname(rel)).get(basename(rel));
  }

  private listed(): Map<string, BuildCommand> {
    if (!this.compileCommands) {
      this.compileCommands = new Map();
      const file = join(this.root, 'compile_commands.json');
      const text = readText(file);
      if (text !== undefined) for (const c of parseCompileCommands(text, this.root)) this.compileCommands.set(canonical(c.source), c);
    }
    return this.compileCommands;
  }

  /** The `.cmd` files of one folder of the build, by object name. */
  private folder(rel: string): Map<string, BuildCommand> {
    let commands = this.folders.get(rel);
    if (commands) return commands;
    commands = new Map();
    this.folders.set(rel, commands);
    let names: string[] = [];
    try {
      names = readdirSync(join(this.root, rel)).filter((n) => /^\..+\.(o|ko)\.cmd$/.test(n));
    } catch {
      return commands;
    }
    for (const name of names) {
      const from = join(this.root, rel, name);
      const text = readText(from);
      const parsed = text === undefined ? undefined : parseCmdFile(text);
      if (!parsed) continue;
      const words = splitCommandWords(parsed.command);
      const source = parsed.source ?? words.filter((w) => /\.(S|s|sx|c)$/.test(w)).pop();
      commands.set(name.slice(1, -4), {
        // kbuild runs every command from the build directory's root.
        source: source ? canonical(resolve(this.root, source)) : '',
        object: join(this.root, rel, name.slice(1, -4)),
        directory: this.root,
        flags: name.endsWith('.ko.cmd') ? { ...commandFlags([], this.root), target: 'module' } : commandFlags(words, this.root),
        from,
      });
    }
    return commands;
  }
}

/** The assembler options given on the command line or in the editor's settings, for every file. */
export interface GivenOptions {
  includePaths?: string[];
  forcedIncludes?: string[];
  defines?: Record<string, string>;
  undefines?: string[];
  machine?: string;
  /** Never read the bundled prelude. */
  noPrelude?: boolean;
}

/** How one assembly file is read: its options, the link it goes into, and why, in one line. */
export interface FileSetup {
  options: AssembleOptions;
  /** The build's target for it (`-DMODULE`: module), when the build has its command; the editor's setting above it. */
  target?: 'vmlinux' | 'static' | 'shared' | 'module';
  /** The module it is linked into (kbuild's `KBUILD_MODNAME`), for a module's files. */
  module?: string;
  command?: BuildCommand;
  /** What Tocsin cannot do as the build did (`-m32`, big-endian), when so. */
  unsupported?: string;
  /** `kbuild flags from …, target vmlinux` or `bundled kernel prelude (…)`. */
  status: string;
}

/**
 * One file's options: the build's command for it (when a build directory is given and has one)
 * with the given options after it, as gcc takes a later option; without either a command or
 * given include paths, the bundled prelude stands in for the kernel headers.
 */
export function fileSetup(path: string, given: GivenOptions, tree?: KbuildTree): FileSetup {
  const command = tree?.commandForSource(path);
  const flags = command?.flags;
  const includePaths = [...(flags?.includePaths ?? []), ...(given.includePaths ?? [])];
  const prelude = !given.noPrelude && !command && (given.includePaths ?? []).length === 0;
  const options: AssembleOptions = {
    includePaths,
    forcedIncludes: [...(flags?.forcedIncludes ?? []), ...(given.forcedIncludes ?? [])],
    defines: { ...flags?.defines, ...given.defines },
    undefines: [...(flags?.undefines ?? []), ...(given.undefines ?? [])],
    machine: given.machine ?? flags?.machine,
    prelude,
  };
  if (command) {
    const module = flags!.target === 'module' ? flags!.defines.KBUILD_MODNAME?.replace(/^"|"$/g, '') : undefined;
    return {
      options, command, target: flags!.target, module, unsupported: unsupportedBuild(flags!),
      status: `kbuild flags from ${command.from}, target ${flags!.target}${module ? ` (module ${module})` : ''}`,
    };
  }
  const why = tree ? `no build command for it in ${tree.root}` : 'no build directory';
  return { options, status: prelude ? `bundled kernel prelude (${why})` : `given flags only (${why})` };
}

const treesByRoot = new Map<string, KbuildTree>();

/** The build directory holding `path` (nearest above it), read once per process. */
export function buildTreeOf(path: string): KbuildTree | undefined {
  const root = findBuildDirectory(dirname(resolve(path)));
  if (!root) return undefined;
  let tree = treesByRoot.get(root);
  if (!tree) treesByRoot.set(root, tree = new KbuildTree(root));
  return tree;
}

/**
 * The build's command for an object file that kbuild made (a `.X.o.cmd` beside it), found
 * without being told the build directory: a listing's header names the object.
 */
export function commandBesideObject(object: string): BuildCommand | undefined {
  if (!existsSync(join(dirname(object), `.${basename(object)}.cmd`))) return undefined;
  return buildTreeOf(object)?.commandForObject(resolve(object));
}

/** The kernel source tree holding `path` (a folder with `Kbuild`, `Makefile` and `arch/`), if any. */
export function kernelSourceRoot(path: string): string | undefined {
  let dir = resolve(path);
  for (;;) {
    if (existsSync(join(dir, 'Kbuild')) && existsSync(join(dir, 'Makefile')) && existsSync(join(dir, 'arch'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
