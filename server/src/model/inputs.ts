// The one input loader of `check`, `functions`, `disasm` and scenarios: a file is read through
// the bounded reader, and becomes object files by what it holds: an ELF object, module or
// executable read as it is; an assembly source preprocessed and assembled; an objdump listing
// parsed and loaded (a file of symbol tables only joins the listing given before it).
import { SyntaxDocument } from '../parse/document';
import { loadLanguages } from '../parse/runtime';
import { decodeText, detectGrammar, readSourceBytes, SourceError } from '../parse/source';
import type { ListingFile } from '../parse/syntax';
import { assembleSource, type AssembleOptions, type AssemblyDiagnostic } from './assembler/index';
import { ElfFormatError, isElf, readElf, readElfObject, type ElfFile } from './elf';
import { loadListings, type ListingInput } from './listing';
import type { ObjectFile } from './object';

export interface LoadedInput {
  path: string;
  /** What the file held. */
  form: 'elf' | 'assembly' | 'listing';
  objects: ObjectFile[];
  /** The ELF file as read, for its tables beyond the object model (disassembly). */
  elf?: ElfFile;
  /** The assembler's diagnostics, for an assembly source. */
  diagnostics: AssemblyDiagnostic[];
}

/** A file that could not be read (`read`) or is not a usable input (`format`); the message names the file and is one line. */
export class InputError extends Error {
  constructor(message: string, readonly kind: 'read' | 'format') {
    super(message);
  }
}

/**
 * Reads the files in order. A file that cannot be read, or a damaged ELF file, is an
 * InputError in its place; the others load.
 */
export async function loadInputs(paths: string[], assemble: (path: string) => AssembleOptions = () => ({})): Promise<(LoadedInput | InputError)[]> {
  const results: (LoadedInput | InputError)[] = [];
  const listings: { index: number; input: ListingInput }[] = [];
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readSourceBytes(path);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      results.push(new InputError(e.message, 'read'));
      continue;
    }
    if (isElf(bytes)) {
      try {
        const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const elf = readElf(data);
        results.push({ path, form: 'elf', objects: [readElfObject(data, path, elf)], elf, diagnostics: [] });
      } catch (e) {
        if (!(e instanceof ElfFormatError)) throw e;
        results.push(new InputError(`${path}: ${e.message}`, 'format'));
      }
      continue;
    }
    let text: string;
    try {
      text = decodeText(bytes, path);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      results.push(new InputError(e.message, 'format'));
      continue;
    }
    if (detectGrammar(path, text) === 'ppc64asm') {
      const result = assembleSource(path, text, assemble(path));
      results.push({ path, form: 'assembly', objects: [result.object], diagnostics: result.diagnostics });
      continue;
    }
    await loadLanguages();
    const doc = await SyntaxDocument.parse('objdump', text);
    listings.push({ index: results.length, input: { syntax: doc.syntax as ListingFile, text, file: path } });
    doc.dispose();
    results.push({ path, form: 'listing', objects: [], diagnostics: [] });
  }
  // Listings load together: a companion symbol table completes the object before it.
  const objects = loadListings(listings.map((l) => l.input));
  for (const { index, input } of listings) {
    (results[index] as LoadedInput).objects = objects.filter((o) => o.file === input.file);
  }
  return results;
}
