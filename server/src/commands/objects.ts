// The inputs of `check` and `functions` through the shared loader: read errors on stderr (the
// other files go on), assembler diagnostics on stderr in FILE:LINE:COL form unless the command
// reports them itself.
import type { AssembleOptions } from '../model/assembler/index';
import { InputError, loadInputs, type LoadedInput } from '../model/inputs';
import type { ObjectFile } from '../model/object';
import type { CommandIo } from './args';
import { formatDiagnostic } from './asm';

export interface LoadedObjects {
  objects: ObjectFile[];
  /** Every input that loaded, in the order given. */
  inputs: LoadedInput[];
  /** A file could not be read (the command exits 2, after the others). */
  failed: boolean;
  /** The assembler reported an error in a source. */
  assemblyErrors: boolean;
}

/**
 * `printDiagnostics: false` leaves the inputs' diagnostics to the caller (check reports them
 * with its findings, in its format).
 */
export async function loadObjects(command: string, files: string[], assemble: (path: string) => AssembleOptions, io: CommandIo, printDiagnostics = true): Promise<LoadedObjects> {
  const inputs: LoadedInput[] = [];
  let failed = false;
  let assemblyErrors = false;
  for (const result of await loadInputs(files, assemble)) {
    if (result instanceof InputError) {
      io.stderr(`tocsin ${command}: ${result.message}\n`);
      failed = true;
      continue;
    }
    if (printDiagnostics) for (const d of result.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(d));
    assemblyErrors ||= result.diagnostics.some((d) => d.severity === 'error');
    inputs.push(result);
  }
  return { objects: inputs.flatMap((i) => i.objects), inputs, failed, assemblyErrors };
}
