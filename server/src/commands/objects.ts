// The inputs of `check` and `functions`: objdump listings read into the object model, and
// assembly sources assembled into it first, with the assembler's diagnostics on stderr.
import { assembleSource, type AssembleOptions } from '../model/assembler/index';
import { loadListings, type ListingInput } from '../model/listing';
import type { ObjectFile } from '../model/object';
import { SyntaxDocument } from '../parse/document';
import { loadLanguages } from '../parse/runtime';
import { detectGrammar } from '../parse/source';
import type { ListingFile } from '../parse/syntax';
import { perFile, readInput, type CommandIo } from './args';
import { formatDiagnostic } from './asm';

export interface LoadedObjects {
  objects: ObjectFile[];
  /** A file could not be read (the command exits 2, after the others). */
  failed: boolean;
  /** The assembler reported an error in a source. */
  assemblyErrors: boolean;
}

export async function loadObjects(command: string, files: string[], assembleOptions: AssembleOptions, io: CommandIo): Promise<LoadedObjects> {
  await loadLanguages();
  const inputs: ListingInput[] = [];
  const assembled: ObjectFile[] = [];
  let failed = false;
  let assemblyErrors = false;
  for (const file of files) {
    const text = readInput(command, file, io);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const done = await perFile(command, file, io, async () => {
      if (detectGrammar(file, text) === 'ppc64asm') {
        const result = assembleSource(file, text, assembleOptions);
        for (const d of result.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(d));
        assemblyErrors ||= result.diagnostics.some((d) => d.severity === 'error');
        assembled.push(result.object);
        return true;
      }
      const doc = await SyntaxDocument.parse('objdump', text);
      inputs.push({ syntax: doc.syntax as ListingFile, text, file });
      doc.dispose();
      return true;
    });
    failed ||= !done;
  }
  const listings = await loadEachAlone(command, inputs, io);
  failed ||= listings.failed;
  // In the order the files were given (a companion symbol table joins the listing before it).
  const order = (o: ObjectFile) => files.indexOf(o.file);
  const objects = [...listings.objects, ...assembled].sort((a, b) => order(a) - order(b));
  return { objects, failed, assemblyErrors };
}

/**
 * The listings loaded together (companion tables join their listing); should that fail
 * unexpectedly, each alone, so that one file's defect costs only its own objects.
 */
async function loadEachAlone(command: string, inputs: ListingInput[], io: CommandIo): Promise<{ objects: ObjectFile[]; failed: boolean }> {
  try {
    return { objects: loadListings(inputs), failed: false };
  } catch {
    // Taken file by file below, where the failure is reported with its file.
  }
  const objects: ObjectFile[] = [];
  let failed = false;
  for (const input of inputs) {
    const loaded = await perFile(command, input.file, io, () => loadListings([input]));
    if (loaded) objects.push(...loaded);
    else failed = true;
  }
  return { objects, failed };
}
