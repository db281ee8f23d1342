// The inputs of `check` and `functions`: objdump listings read into the object model, and
// assembly sources assembled into it first, with the assembler's diagnostics on stderr.
import { assembleSource, type AssembleOptions } from '../model/assembler/index';
import { loadListings, type ListingInput } from '../model/listing';
import type { ObjectFile } from '../model/object';
import { SyntaxDocument } from '../parse/document';
import { loadLanguages } from '../parse/runtime';
import { detectGrammar } from '../parse/source';
import type { ListingFile } from '../parse/syntax';
import { readInput, type CommandIo } from './args';
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
    if (detectGrammar(file, text) === 'ppc64asm') {
      const result = assembleSource(file, text, assembleOptions);
      for (const d of result.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(d));
      assemblyErrors ||= result.diagnostics.some((d) => d.severity === 'error');
      assembled.push(result.object);
      continue;
    }
    const doc = await SyntaxDocument.parse('objdump', text);
    inputs.push({ syntax: doc.syntax as ListingFile, text, file });
    doc.dispose();
  }
  // In the order the files were given (a companion symbol table joins the listing before it).
  const order = (o: ObjectFile) => files.indexOf(o.file);
  const objects = [...loadListings(inputs), ...assembled].sort((a, b) => order(a) - order(b));
  return { objects, failed, assemblyErrors };
}
