// Command-line parsing shared by every `tocsin` subcommand: long options with values,
// repeatable options, flags and positional arguments, with one-line usage errors.
import { parseAddress, type Address } from '../isa/address';
import { readSourceFile, SourceError } from '../parse/source';

/** A usage or I/O problem: the CLI prints its message on one line and exits with 2. */
export class CliError extends Error {}

export interface OptionSpec {
  /** Option takes a value (`--format json` or `--format=json`). */
  value?: boolean;
  /** Option may repeat; its values are collected in order. */
  repeat?: boolean;
  /** Allowed values, checked here so every command reports them the same way. */
  choices?: readonly string[];
  /** Single-letter alias without the dash, e.g. `I` for `-I DIR` / `-IDIR`. */
  short?: string;
  /** Other spellings, whole (`-include`, `--force-include`): their values join this option's. */
  aliases?: readonly string[];
}

export interface ParsedArgs {
  options: Map<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  const byShort = new Map(Object.entries(spec).filter(([, s]) => s.short).map(([name, s]) => [s.short!, name]));
  const byAlias = new Map(Object.entries(spec).flatMap(([name, s]) => (s.aliases ?? []).map((a) => [a, name] as const)));

  const take = (name: string, value: string | undefined): void => {
    const s = spec[name];
    if (value === undefined) throw new CliError(`option --${name} needs a value`);
    if (s.choices && !s.choices.includes(value)) {
      throw new CliError(`option --${name} must be one of ${s.choices.join(', ')} (got '${value}')`);
    }
    const list = options.get(name) ?? [];
    if (list.length && !s.repeat) throw new CliError(`option --${name} given twice`);
    list.push(value);
    options.set(name, list);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const alias = byAlias.get(arg.split('=')[0]);
    if (alias) {
      const eq = arg.indexOf('=');
      if (spec[alias].value) take(alias, eq < 0 ? argv[++i] : arg.slice(eq + 1));
      else flags.add(alias);
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const s = spec[name];
      if (!s) throw new CliError(`unknown option --${name}`);
      if (s.value) take(name, eq < 0 ? argv[++i] : arg.slice(eq + 1));
      else if (eq >= 0) throw new CliError(`option --${name} takes no value`);
      else flags.add(name);
    } else if (arg.length > 1 && arg.startsWith('-') && byShort.has(arg[1])) {
      const name = byShort.get(arg[1])!;
      if (spec[name].value) take(name, arg.length > 2 ? arg.slice(2) : argv[++i]);
      else flags.add(name);
    } else if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) {
      throw new CliError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  return { options, flags, positional };
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

export function optionValues(args: ParsedArgs, name: string): string[] {
  return args.options.get(name) ?? [];
}

/** An address option: hexadecimal, with or without `0x`, at most 16 digits; anything else is a usage error. */
export function addressOption(args: ParsedArgs, name: string): Address | undefined {
  const text = optionValue(args, name);
  if (text === undefined) return undefined;
  const address = parseAddress(text);
  if (address === undefined) throw new CliError(`option --${name} must be a 64-bit hexadecimal address (got '${text}')`);
  return address;
}

/**
 * Reads one input file of `command`; an I/O problem (missing, binary, too large) is printed
 * as one line and gives undefined, so the command goes on with the other files and exits 2.
 */
export function readInput(command: string, file: string, io: CommandIo): string | undefined {
  try {
    return readSourceFile(file);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    io.stderr(`tocsin ${command}: ${err.message}\n`);
    return undefined;
  }
}

/**
 * Runs one file's share of a command. An unexpected failure (a defect) is printed as one line
 * naming the file and gives undefined: the other files of the run keep their results.
 */
export async function perFile<T>(command: string, file: string, io: CommandIo, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CliError) throw err;
    io.stderr(`tocsin ${command}: ${file}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  }
}

/**
 * An input the command cannot do without (raw machine code, an ELF program, a registers file),
 * read by `read` under the guards of parse/source; a CliError when it cannot be read.
 */
export function readRequired<T>(file: string, read: (file: string) => T): T {
  try {
    return read(file);
  } catch (err) {
    if (err instanceof SourceError) throw new CliError(`cannot read ${err.message}`);
    throw err;
  }
}

/** What a subcommand needs from its process: output streams kept apart so tests can capture them. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the exit code: 0 fine, 1 findings, 2 usage or I/O error. */
  run(argv: string[], io: CommandIo): Promise<number>;
}
