// What the debugger runs for a `program`: a scenario file as it is, or any other input (a `.S`,
// a listing, an object) inside the built-in live-patch harness. The harness is example (c) of
// examples/livepatch: A calls B, B is live-patched to P through ftrace_caller and
// livepatch_handler with the livepatch stack. The user's file takes the place of the harness
// file that defines the same symbols, so a trampoline, a kernel or a patch of one's own runs
// in the same set-up.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readInputs } from '../emu/scenario/inputs.js';
import { prepareScenario, type Prepared } from '../emu/scenario/session.js';
import { ScenarioError, type ScenarioInput } from '../emu/scenario/scenario.js';

/** The harness's inputs and the symbols each supplies. */
const HARNESS_PARTS: { file: string; symbols: string[] }[] = [
  { file: 'common/kernel.S', symbols: ['A', 'B'] },
  { file: 'c-livepatch-stack/ftrace_caller.S', symbols: ['ftrace_caller', 'livepatch_handler'] },
  { file: 'common/patch.S', symbols: ['P'] },
];
export const HARNESS_SYMBOLS = HARNESS_PARTS.flatMap((p) => p.symbols);
const HARNESS_SCENARIO = 'c-livepatch-stack/plain-call.scenario.json';

/** examples/livepatch in the repository, or its copy beside the bundle. */
export function harnessDir(): string {
  const candidates = [join(__dirname, 'harness'), join(__dirname, '..', '..', '..', 'examples', 'livepatch')];
  const found = candidates.find((d) => existsSync(join(d, HARNESS_SCENARIO)));
  if (!found) throw new ScenarioError('the live-patch harness is missing from this installation');
  return found;
}

export function isScenarioFile(program: string): boolean {
  return /\.json$/i.test(program);
}

export interface Launched {
  prepared: Prepared;
  /** The scenario file, or the harness's when the program runs inside it. */
  scenarioFile: string;
  /** Files whose edits make the session stale. */
  inputs: string[];
  /** Said once at launch: what the harness took from the user's file. */
  note?: string;
}

/** ScenarioError with a message for the user when the program cannot be run. */
export async function launchProgram(program: string, maxSteps?: number, root = process.cwd()): Promise<Launched> {
  const path = resolve(program);
  if (isScenarioFile(path)) {
    const prepared = await prepareScenario(path, { maxSteps, root });
    return { prepared, scenarioFile: path, inputs: [path, ...inputFiles(prepared)] };
  }
  const dir = harnessDir();
  const scenarioFile = join(dir, HARNESS_SCENARIO);
  const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
  const role = (input: ScenarioInput) => input.role;
  // The program is the user's own choice, not a name read from a file: no root bounds it.
  const { loaded, problems } = await readInputs([{ file: path, role: 'kernel' }], dir, scenarioFile, '/');
  if (problems.length > 0) throw new ScenarioError(`${basename(path)}: ${problems[0].message}`);
  const defined = new Set(loaded.flatMap((l) => l.objects.flatMap((o) => o.symbols.filter((s) => s.section.kind === 'defined').map((s) => s.name))));
  const replaced = HARNESS_PARTS.filter((p) => p.symbols.some((s) => defined.has(s)));
  if (replaced.length === 0) {
    throw new ScenarioError(
      `${basename(path)} defines none of the symbols the live-patch harness runs (${HARNESS_SYMBOLS.join(', ')}): `
      + 'define ftrace_caller and livepatch_handler to run your trampoline between A, B and P, '
      + 'or write a scenario (*.scenario.json, see examples/livepatch/README.md) that calls a function of this file',
    );
  }
  const replacedFiles = new Set(replaced.map((p) => resolve(dir, p.file)));
  const inputs: ScenarioInput[] = [];
  let placed = false;
  for (const input of scenario.inputs as ScenarioInput[]) {
    const file = resolve(join(dir, 'c-livepatch-stack'), input.file);
    if (!replacedFiles.has(file)) {
      inputs.push({ ...input, file });
      continue;
    }
    if (placed) continue;
    placed = true;
    inputs.push({ ...input, file: path, role: role(input) });
  }
  scenario.inputs = inputs;
  delete scenario.expect;
  delete scenario.$schema;
  // The harness's own files and the program the user chose: no root bounds them either.
  const prepared = await prepareScenario(scenarioFile, { maxSteps, text: JSON.stringify(scenario), root: '/' });
  const took = replaced.flatMap((p) => p.symbols.filter((s) => defined.has(s)));
  return {
    prepared, scenarioFile, inputs: [path, ...inputFiles(prepared)],
    note: `${basename(path)} runs in the live-patch harness (A calls B, B live-patched to P through ftrace_caller and livepatch_handler), supplying ${took.join(', ')}`,
  };
}

function inputFiles(prepared: Prepared): string[] {
  return prepared.session ? prepared.session.program.inputs.map((i) => i.file).filter((f) => f && existsSync(f)) : [];
}
