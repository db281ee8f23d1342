// A scenario's inputs as object files: `.S`/`.s` assembled with the kernel prelude (or the
// input's include paths), ELF objects and modules read as they are, objdump listings loaded.
// Assembly errors are reported as findings of the run, at the line that has them.
import { realpathSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import { readElfObject } from '../../model/elf';
import { assembleSource } from '../../model/assembler/index';
import { loadListing } from '../../model/listing';
import type { ObjectFile } from '../../model/object';
import { SyntaxDocument } from '../../parse/document';
import { loadLanguages } from '../../parse/runtime';
import { decodeText, detectGrammar, readSourceBytes, SourceError } from '../../parse/source';
import type { ListingFile } from '../../parse/syntax';
import { isElf } from '../elf';
import { ScenarioError, type ScenarioInput } from './scenario';

export interface LoadedInput {
  spec: ScenarioInput;
  path: string;
  objects: ObjectFile[];
}

export interface InputProblem {
  kind: 'assembly';
  message: string;
  file: string;
  /** 1-based. */
  line: number;
}

/** Assembly by name: anything else must be an objdump listing or an ELF object. */
const ASSEMBLY = new Set(['.S', '.s', '.sx', '.asm']);

/**
 * A path named in a scenario, resolved from the scenario's folder; it must lie under `root`
 * (symbolic links followed), so that a scenario cannot make Tocsin read files elsewhere.
 */
export function underRoot(given: string, baseDir: string, root: string, where: string): string {
  const path = resolve(baseDir, given);
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    throw new ScenarioError(`${where}: the root ${root} does not exist`);
  }
  try {
    real = realpathSync(path);
  } catch {
    real = path;
  }
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith('..' + sep) || resolve(realRoot, rel) !== real) {
    throw new ScenarioError(`${where}: '${given}' is outside the root ${root} (give --root to allow it)`);
  }
  return path;
}

export async function readInputs(inputs: ScenarioInput[], baseDir: string, scenarioFile: string, root: string): Promise<{ loaded: LoadedInput[]; problems: InputProblem[] }> {
  const loaded: LoadedInput[] = [];
  const problems: InputProblem[] = [];
  // The same file with the same settings, named again, is read and assembled once.
  const made = new Map<string, ObjectFile[]>();
  for (const [i, spec] of inputs.entries()) {
    const path = underRoot(spec.file, baseDir, root, `${scenarioFile}: /inputs/${i}/file`);
    const includePaths = (spec.includePaths ?? []).map((p, k) => underRoot(p, baseDir, root, `${scenarioFile}: /inputs/${i}/includePaths/${k}`));
    const key = JSON.stringify([path, spec.defines ?? {}, includePaths]);
    let objects = made.get(key);
    if (!objects) {
      objects = await readInput(spec, path, includePaths, `${scenarioFile}: /inputs/${i}`, problems);
      made.set(key, objects);
    }
    loaded.push({ spec, path, objects });
  }
  return { loaded, problems };
}

/** One input as objects; its assembly errors go to `problems`. */
async function readInput(spec: ScenarioInput, path: string, includePaths: string[], where: string, problems: InputProblem[]): Promise<ObjectFile[]> {
  let bytes: Buffer;
  try {
    bytes = readSourceBytes(path);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    throw new ScenarioError(`${where}: cannot read ${spec.file}: ${e.message.slice(path.length + 2)}`);
  }
  if (isElf(bytes)) {
    try {
      return [readElfObject(new Uint8Array(bytes), path)];
    } catch (e) {
      throw new ScenarioError(`${where}: ${spec.file}: ${(e as Error).message}`);
    }
  }
  let text: string;
  try {
    text = decodeText(bytes, path);
  } catch (e) {
    if (e instanceof SourceError) throw new ScenarioError(`${where}: ${e.message}`);
    throw e;
  }
  const assembly = ASSEMBLY.has(extname(path));
  // Only what is assembly by name is assembled: the messages about any other text would quote it.
  if (!assembly && detectGrammar(path, text) !== 'objdump') {
    throw new ScenarioError(`${where}/file: '${spec.file}' is neither assembly (.S, .s), an objdump listing nor an ELF object`);
  }
  if (assembly) {
    const result = assembleSource(path, text, { includePaths, defines: spec.defines, prelude: includePaths.length === 0 });
    for (const d of result.diagnostics) {
      if (d.severity === 'error') problems.push({ kind: 'assembly', message: d.message, file: d.path, line: d.line + 1 });
    }
    return [result.object];
  }
  await loadLanguages();
  const doc = await SyntaxDocument.parse('objdump', text);
  const objects = loadListing(doc.syntax as ListingFile, text, path);
  doc.dispose();
  if (objects.length === 0) throw new ScenarioError(`${where}: ${spec.file} holds no object (neither assembly, an objdump listing nor ELF)`);
  return objects;
}

/** The name loader messages and `.klp.sym.<name>.` use for an input. */
export function inputName(spec: ScenarioInput, path: string): string {
  if (spec.name) return spec.name;
  if (spec.role === 'kernel') return 'vmlinux';
  return basename(path).replace(/\.(S|s|ko|o|dis|objdump|dump|txt)$/, '');
}
