// The one input loader of `check`, `functions`, `disasm` and scenarios: a file is read through
// the bounded reader, and becomes object files by what it holds: an ELF object, module or
// executable read as it is; an assembly source preprocessed and assembled; an objdump listing
// parsed and loaded (a file of symbol tables only joins the listing given before it).
import { extname } from 'node:path';
import { scanListing } from '../parse/listingScan';
import { decodeText, detectGrammar, readSourceBytes, SourceError } from '../parse/source';
import type { SyntaxError } from '../parse/syntax';
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
  /** The assembler's diagnostics, for an assembly source; a listing's syntax errors. */
  diagnostics: AssemblyDiagnostic[];
}

/**
 * A file that could not be read (`read`), is not a usable input (`format`), is text that is
 * neither assembly by name nor a listing where only those are taken (`unknown`), or met a defect
 * in Tocsin (`internal`); the message names the file and is one line.
 */
export class InputError extends Error {
  constructor(message: string, readonly kind: 'read' | 'format' | 'unknown' | 'internal') {
    super(message);
  }
}

/**
 * Reads the files in order. A file that cannot be read, or a damaged ELF file, is an
 * InputError in its place; the others load.
 */
export async function loadInputs(paths: string[], assemble: (path: string) => AssembleOptions = () => ({}), options: LoadOptions = {}): Promise<(LoadedInput | InputError)[]> {
  const results: (LoadedInput | InputError)[] = [];
  const listings: { index: number; input: ListingInput }[] = [];
  for (const path of paths) {
    const loaded = await isolated(path, () => loadOne(path, assemble, options));
    if (loaded instanceof InputError || !('syntax' in loaded)) results.push(loaded);
    else {
      listings.push({ index: results.length, input: loaded });
      results.push({ path, form: 'listing', objects: [], diagnostics: listingSyntaxErrors(path, loaded.text, loaded.errors) });
    }
  }
  // Listings load together (a companion symbol table completes the object before it); should
  // that fail unexpectedly, each alone, so that one file's defect costs only its own objects.
  let objects: ObjectFile[] | undefined;
  try {
    objects = loadListings(listings.map((l) => l.input));
  } catch {
    // Taken listing by listing below, where the failure is reported with its file.
  }
  for (const { index, input } of listings) {
    const own = objects ?? await isolated(input.file, () => loadListings([input]));
    if (own instanceof InputError) results[index] = own;
    else (results[index] as LoadedInput).objects = own.filter((o) => o.file === input.file);
  }
  return results;
}

export interface LoadOptions {
  /**
   * Assemble only files named as assembly (`.S`, `.s`, `.sx`, `.asm`); other text that is not a
   * listing is refused without a message about its content (a scenario names files that may not
   * be assembly at all, and the assembler's messages would quote them).
   */
  assemblyByName?: boolean;
}

const ASSEMBLY_EXTENSIONS = new Set(['.S', '.s', '.sx', '.asm']);

/** One file: an ELF file or an assembly source loaded, a listing parsed (loaded with the others). */
async function loadOne(path: string, assemble: (path: string) => AssembleOptions, options: LoadOptions): Promise<LoadedInput | (ListingInput & { errors: SyntaxError[] }) | InputError> {
  let bytes: Buffer;
  try {
    bytes = readSourceBytes(path);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return new InputError(e.message, 'read');
  }
  if (isElf(bytes)) {
    try {
      const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const elf = readElf(data);
      return { path, form: 'elf', objects: [readElfObject(data, path, elf)], elf, diagnostics: [] };
    } catch (e) {
      if (!(e instanceof ElfFormatError)) throw e;
      return new InputError(`${path}: ${e.message}`, 'format');
    }
  }
  let text: string;
  try {
    text = decodeText(bytes, path);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return new InputError(e.message, 'format');
  }
  const grammar = detectGrammar(path, text);
  if (options.assemblyByName && grammar !== 'objdump' && !ASSEMBLY_EXTENSIONS.has(extname(path))) {
    return new InputError(`${path}: neither assembly by name, an objdump listing nor an ELF file`, 'unknown');
  }
  if (grammar === 'ppc64asm') {
    const result = assembleSource(path, text, assemble(path));
    return { path, form: 'assembly', objects: [result.object], diagnostics: result.diagnostics };
  }
  const syntax = await scanListing(text);
  return { syntax, text, file: path, errors: syntax.errors };
}

/** Syntax errors a listing reports at most; beyond, one line counts the rest (a binary file read as text has thousands). */
const MAX_LISTING_SYNTAX_ERRORS = 50;

/** A listing's syntax errors as the assembler words its own, quoting the line's text. */
function listingSyntaxErrors(path: string, text: string, errors: SyntaxError[]): AssemblyDiagnostic[] {
  if (errors.length === 0) return [];
  const lines = text.split('\n');
  const out = errors.slice(0, MAX_LISTING_SYNTAX_ERRORS).map((e): AssemblyDiagnostic => {
    const at = { path, line: e.range.start.line, column: e.range.start.column };
    const written = (lines[at.line] ?? '').trim().slice(0, 120);
    const message = e.kind === 'MISSING' ? `syntax error: missing ${e.expected} in '${written}'` : `syntax error in '${written}'`;
    return { ...at, severity: 'error', code: 'syntax', message, spelling: at, expansions: [], macros: [] };
  });
  if (errors.length > MAX_LISTING_SYNTAX_ERRORS) {
    const last = out[out.length - 1];
    out.push({ ...last, message: `${errors.length - MAX_LISTING_SYNTAX_ERRORS} more syntax errors after this one` });
  }
  return out;
}

/** Runs one file's share; an unexpected failure (a defect in Tocsin) becomes that file's InputError. */
async function isolated<T>(path: string, work: () => T | Promise<T>): Promise<T | InputError> {
  try {
    return await work();
  } catch (e) {
    return new InputError(`${path}: internal error: ${e instanceof Error ? e.message : String(e)}`, 'internal');
  }
}
