// `tocsin asm`: assembles kernel `.S`/`.s` files as GNU as would and prints the object as an
// `objdump -dr` listing, with diagnostics on standard error.
import { basename } from 'node:path';
import { assembleFile, type AssembleOptions, type AssemblyDiagnostic } from '../model/assembler/index';
import { objdumpListingPieces } from '../model/assembler/listing';
import { CliError, optionValue, optionValues, parseArgs, perFile, type Command, type ParsedArgs } from './args';

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

/** How the assembler runs for `asm` and `check`: the gcc-like options both take. */
export function assemblyOptions(args: ParsedArgs): AssembleOptions {
  const includePaths = optionValues(args, 'include');
  return {
    includePaths,
    defines: parseDefines(optionValues(args, 'define')),
    forcedIncludes: optionValues(args, 'force-include'),
    machine: optionValue(args, 'machine'),
    // Without a kernel include path, the bundled prelude stands in for the kernel headers.
    prelude: !args.flags.has('no-prelude') && includePaths.length === 0,
  };
}

export function formatDiagnostic(d: AssemblyDiagnostic): string {
  const lines = [`${d.path}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message} [${d.code}]`];
  for (const m of d.macros) lines.push(`${m.path}:${m.line + 1}:${m.column + 1}: note: in expansion of ${m.name}`);
  for (const e of d.expansions) lines.push(`${e.path}:${e.line + 1}:${e.column + 1}: note: in expansion of macro '${e.macro}'`);
  return lines.join('\n') + '\n';
}

export const asmCommand: Command = {
  name: 'asm',
  usage: 'asm [-I DIR]... [-D NAME[=VALUE]]... [--force-include FILE]... [--machine CPU] [--no-prelude] FILE...',
  summary: 'assemble ppc64le kernel assembly as GNU as does and print it as objdump -dr would',
  async run(argv, io) {
    const args = parseArgs(argv, {
      include: { value: true, repeat: true, short: 'I' },
      define: { value: true, repeat: true, short: 'D' },
      'force-include': { value: true, repeat: true },
      machine: { value: true },
      'no-prelude': {},
    });
    if (args.positional.length === 0) throw new CliError('no input files');
    const options = assemblyOptions(args);
    let status = 0;
    for (const file of args.positional) {
      const fileStatus = await perFile('asm', file, io, () => {
        const result = assembleFile(file, options);
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
