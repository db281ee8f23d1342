// A scenario's inputs as object files, through the shared input loader: `.S`/`.s` assembled
// with the kernel prelude (or the input's include paths), ELF objects and modules read as they
// are, objdump listings loaded. Assembly errors are reported as findings of the run, at the
// line that has them.
import { realpathSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { InputError, loadInputs } from '../../model/inputs';
import type { ObjectFile } from '../../model/object';
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
  // Only what is assembly by name is assembled: the messages about any other text would quote it.
  const [result] = await loadInputs([path], () => ({ includePaths, defines: spec.defines, prelude: includePaths.length === 0 }), { assemblyByName: true });
  if (result instanceof InputError) {
    if (result.kind === 'unknown') throw new ScenarioError(`${where}/file: '${spec.file}' is neither assembly (.S, .s), an objdump listing nor an ELF object`);
    const message = result.message.startsWith(path + ': ') ? result.message.slice(path.length + 2) : result.message;
    throw new ScenarioError(`${where}: ${result.kind === 'read' ? `cannot read ${spec.file}: ${message}` : `${spec.file}: ${message}`}`);
  }
  for (const d of result.diagnostics) {
    if (d.severity === 'error') problems.push({ kind: 'assembly', message: d.message, file: d.path, line: d.line + 1 });
  }
  if (result.objects.length === 0) throw new ScenarioError(`${where}: ${spec.file} holds no object (neither assembly, an objdump listing nor ELF)`);
  return result.objects;
}

/** The name loader messages and `.klp.sym.<name>.` use for an input. */
export function inputName(spec: ScenarioInput, path: string, objects: ObjectFile[] = []): string {
  if (spec.name) return spec.name;
  if (spec.role === 'kernel') return 'vmlinux';
  // A built module knows its name (a file renamed on disk keeps it).
  const own = objects.find((o) => o.moduleName)?.moduleName;
  if (own) return own;
  return basename(path).replace(/\.(S|s|ko|o|dis|objdump|dump|txt)$/, '');
}
