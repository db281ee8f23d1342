// A scenario's inputs as object files, through the shared input loader: `.S`/`.s` assembled
// with the kernel prelude (or the input's include paths), ELF objects and modules read as they
// are, objdump listings loaded. Assembly errors are reported as findings of the run, at the
// line that has them.
import { basename, resolve } from 'node:path';
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

export async function readInputs(inputs: ScenarioInput[], baseDir: string, scenarioFile: string): Promise<{ loaded: LoadedInput[]; problems: InputProblem[] }> {
  const loaded: LoadedInput[] = [];
  const problems: InputProblem[] = [];
  for (const [i, spec] of inputs.entries()) {
    const path = resolve(baseDir, spec.file);
    const includePaths = (spec.includePaths ?? []).map((p) => resolve(baseDir, p));
    const [result] = await loadInputs([path], () => ({ includePaths, defines: spec.defines, prelude: includePaths.length === 0 }));
    if (result instanceof InputError) {
      const message = result.message.startsWith(path + ': ') ? result.message.slice(path.length + 2) : result.message;
      throw new ScenarioError(`${scenarioFile}: /inputs/${i}: ${result.kind === 'read' ? `cannot read ${spec.file}: ${message}` : `${spec.file}: ${message}`}`);
    }
    for (const d of result.diagnostics) {
      if (d.severity === 'error') problems.push({ kind: 'assembly', message: d.message, file: d.path, line: d.line + 1 });
    }
    if (result.objects.length === 0) throw new ScenarioError(`${scenarioFile}: /inputs/${i}: ${spec.file} holds no object (neither assembly, an objdump listing nor ELF)`);
    loaded.push({ spec, path, objects: result.objects });
  }
  return { loaded, problems };
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
