// `tocsin asm`: assembles kernel `.S`/`.s` files as GNU as would and prints the object as an
// `objdump -dr` listing, with diagnostics on standard error.
import { basename } from 'node:path';
import { assembleFile, type AssembleOptions, type AssemblyDiagnostic } from '../model/assembler/index';
import { objdumpListingPieces } from '../model/assembler/listing';
import { fileSetup, isBuildDirectory, KbuildTree, type FileSetup, type GivenOptions } from '../model/kbuild';
import { CliError, optionValue, optionValues, parseArgs, perFile, type Command, type CommandIo, type OptionSpec, type ParsedArgs } from './args';

/** `-D NAME=VALUE` / `-D NAME` into a define table. */
export function parseDefines(values: string[]): Record<string, string> {
  const defines: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq < 0 ? v : v.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new CliError(`bad macro name in -D ${v}`);
    defines[name] = eq < 0 ? '1' : v.slice(eq + 1);
  }
  return defines;
}

/** The gcc-like options of every command that reads assembly (asm, check, functions). */
export const ASSEMBLY_OPTIONS: Record<string, OptionSpec> = {
  'include-dir': { value: true, repeat: true, short: 'I' },
  define: { value: true, repeat: true, short: 'D' },
  undefine: { value: true, repeat: true, short: 'U' },
  include: { value: true, repeat: true, aliases: ['-include', '--force-include'] },
  machine: { value: true },
  'no-prelude': {},
  build: { value: true, short: 'p' },
  verbose: {},
};

export const ASSEMBLY_USAGE = '[-p BUILD_DIR] [-I DIR]... [-D NAME[=VALUE]]... [-U NAME]... [--include FILE]... [--machine CPU] [--no-prelude] [--verbose]';

/**
 * How each file is assembled: the build directory's command for it (`-p`), then the options
 * given; `--verbose` prints each file's setup on standard error.
 */
export function assemblySetup(args: ParsedArgs, command: string, io: CommandIo): AssemblySetup {
  const build = optionValue(args, 'build');
  if (build !== undefined && !isBuildDirectory(build)) throw new CliError(`-p ${build}: not a kbuild build directory (no .config and include/generated/autoconf.h)`);
  const tree = build === undefined ? undefined : new KbuildTree(build);
  const given: GivenOptions = {
    includePaths: optionValues(args, 'include-dir'),
    defines: parseDefines(optionValues(args, 'define')),
    undefines: optionValues(args, 'undefine'),
    forcedIncludes: optionValues(args, 'include'),
    machine: optionValue(args, 'machine'),
    noPrelude: args.flags.has('no-prelude'),
  };
  const verbose = args.flags.has('verbose');
  const tell = (path: string, status: string) => {
    if (verbose) io.stderr(`tocsin ${command}: ${path}: ${status}\n`);
  };
  const setups = new Map<string, FileSetup>();
  const setupOf = (path: string) => {
    let setup = setups.get(path);
    if (!setup) {
      setup = fileSetup(path, given, tree);
      setups.set(path, setup);
      tell(path, setup.status);
    }
    return setup;
  };
  return { setupOf, tree, tell };
}

export interface AssemblySetup {
  setupOf: (path: string) => FileSetup;
  /** The build directory of `-p`. */
  tree?: KbuildTree;
  /** Prints a file's status under `--verbose`. */
  tell: (path: string, status: string) => void;
}

/** Each file's assembler options alone, for commands that take no target from the build. */
export function assemblyOptionsOf(args: ParsedArgs, command: string, io: CommandIo): (path: string) => AssembleOptions {
  const { setupOf } = assemblySetup(args, command, io);
  return (path) => setupOf(path).options;
}

export function formatDiagnostic(d: AssemblyDiagnostic): string {
  const lines = [`${d.path}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message} [${d.code}]`];
  for (const m of d.macros) lines.push(`${m.path}:${m.line + 1}:${m.column + 1}: note: in expansion of ${m.name}`);
  for (const e of d.expansions) lines.push(`${e.path}:${e.line + 1}:${e.column + 1}: note: in expansion of macro '${e.macro}'`);
  return lines.join('\n') + '\n';
}

export const asmCommand: Command = {
  name: 'asm',
  usage: `asm ${ASSEMBLY_USAGE} FILE...`,
  summary: 'assemble ppc64le kernel assembly as GNU as does and print it as objdump -dr would',
  async run(argv, io) {
    const args = parseArgs(argv, ASSEMBLY_OPTIONS);
    if (args.positional.length === 0) throw new CliError('no input files');
    const { setupOf } = assemblySetup(args, 'asm', io);
    let status = 0;
    for (const file of args.positional) {
      const fileStatus = await perFile('asm', file, io, () => {
        const setup = setupOf(file);
        if (setup.unsupported) {
          io.stderr(`tocsin asm: ${file}: ${setup.unsupported}\n`);
          return 2;
        }
        const result = assembleFile(file, setup.options);
        for (const d of result.diagnostics) io.stderr(formatDiagnostic(d));
        if (result.diagnostics.some((d) => d.code === 'io')) return 2;
        for (const piece of objdumpListingPieces(result.assembled, basename(file).replace(/\.(S|s|sx)$/, '.o'))) io.stdout(piece);
        return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
      });
      status = Math.max(status, fileStatus ?? 2);
    }
    return status;
  },
};
