// The workspace's scenario files (`*.scenario.json`) and what each names: its input files and
// the functions it runs (the call, the live patch's old and new functions, the ftrace caller,
// stopAt symbols, stand-ins), so that a trampoline's file can offer to run the scenarios that
// run it. Read on first use and again after a file changes on disk; bounded in files.
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { findFiles } from './workspace';

const SCENARIO = /\.scenario\.json$/;
const MAX_FILES = 2_000;
const MAX_DEPTH = 12;

export interface ScenarioSummary {
  /** Absolute path of the scenario file. */
  file: string;
  name?: string;
  /** Absolute paths of its input files. */
  inputs: string[];
  /** Functions it runs, by name. */
  symbols: string[];
}

/** What a scenario file names; undefined when it is not a scenario (not JSON, no inputs). */
export function summarizeScenario(file: string, text: string): ScenarioSummary | undefined {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!json || !Array.isArray(json.inputs)) return undefined;
  const base = dirname(file);
  const inputs = json.inputs.filter((i: any) => typeof i?.file === 'string').map((i: any) => resolve(base, i.file));
  const symbols = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s === 'string' && /^[A-Za-z_.$][\w.$]*$/.test(s)) symbols.add(s);
  };
  add(json.call?.function);
  for (const p of Array.isArray(json.livepatch) ? json.livepatch : []) {
    add(p?.old);
    add(p?.new);
  }
  if (Array.isArray(json.livepatch) && json.livepatch.length) add(json.ftrace?.caller ?? 'ftrace_caller');
  for (const s of Array.isArray(json.stopAt) ? json.stopAt : []) add(s);
  for (const f of Array.isArray(json.ftrace?.functions) ? json.ftrace.functions : []) add(f);
  return { file, name: typeof json.name === 'string' ? json.name : undefined, inputs, symbols: [...symbols] };
}

export class ScenarioIndex {
  private roots: string[] = [];
  private found: ScenarioSummary[] | undefined;

  setRoots(roots: string[]): void {
    this.roots = [...roots];
    this.found = undefined;
  }

  invalidate(): void {
    this.found = undefined;
  }

  /**
   * The folder a scenario's files must lie under (as `tocsin run --root`): the workspace folder
   * that holds it, or its own folder when it is in none.
   */
  rootOf(file: string): string {
    const holding = this.roots.filter((r) => file.startsWith(r.endsWith(sep) ? r : r + sep));
    return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(file);
  }

  /** Scenarios that take `file` as an input. */
  naming(file: string): ScenarioSummary[] {
    return this.all().filter((s) => s.inputs.includes(file));
  }

  all(): ScenarioSummary[] {
    if (this.found) return this.found;
    const files = findFiles(this.roots, SCENARIO, MAX_FILES, MAX_DEPTH);
    this.found = files.flatMap((f) => {
      try {
        return summarizeScenario(f, readFileSync(f, 'utf8')) ?? [];
      } catch {
        return [];
      }
    });
    return this.found;
  }
}
