// Debugger and session engine benchmark: one instruction step over the adapter's stdio
// (`next` by instruction, then `stackTrace`, `scopes`, `variables`), a reverse continue
// across 1,000,000 instructions, the engine's memory for a 1 M-step session, and a 10 M-step
// scenario loop beside the same loop run with `tocsin run --elf`, in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareScenario } from '../server/src/emu/scenario/session';
import { PlainClient } from '../test/debug/plainClient';

const repoRoot = join(__dirname, '..');
const STEPS = 2000;
const LOOP_STEPS = 10_000_000;

/** A kernel function that loops forever, for scenarios; the same loop as a static program. */
const KERNEL = '\t.text\n\t.globl spin\n\t.type spin,@function\nspin:\n\tli 4,1\n1:\taddi 3,3,1\n\tadd 5,5,4\n\tb 1b\n\t.size spin,.-spin\n';
const ELF = '\t.text\n\t.globl _start\n_start:\n\tli 4,1\n1:\taddi 3,3,1\n\tadd 5,5,4\n\tb 1b\n';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

async function stepRoundTrip(scenario: string): Promise<number[]> {
  const dc = new PlainClient([join(repoRoot, 'dist/dap.js')]);
  await dc.request('initialize', { adapterID: 'tocsin', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
  const initialized = dc.event('initialized');
  const launched = dc.request('launch', { program: scenario, stopOnEntry: true });
  await initialized;
  const stopped = dc.event('stopped');
  await dc.request('configurationDone');
  await launched;
  await stopped;
  const times: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const t0 = performance.now();
    const next = dc.event('stopped');
    await dc.request('next', { threadId: 1, granularity: 'instruction' });
    await next;
    const frames = await dc.request('stackTrace', { threadId: 1 });
    const scopes = await dc.request('scopes', { frameId: frames.body.stackFrames[0].id });
    await dc.request('variables', { variablesReference: scopes.body.scopes[0].variablesReference });
    times.push(performance.now() - t0);
  }
  await dc.request('disconnect');
  dc.child.stdin!.end();
  dc.child.kill();
  return times;
}

/** Wall time of one whole `tocsin` process; a usage or I/O error (exit 2) would time nothing real. */
function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/tocsin'), ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status === 2 || r.status === null) throw new Error(`tocsin ${args.join(' ')}: ${r.stderr.trim() || `signal ${r.signal}`}`);
  return performance.now() - t0;
}

export async function benchDebug(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'tocsin-bench-debug-'));
  writeFileSync(join(work, 'spin.S'), KERNEL);
  const scenario = (maxSteps: number, name: string) => {
    const file = join(work, name);
    writeFileSync(file, JSON.stringify({ inputs: [{ file: 'spin.S', role: 'kernel' }], call: { function: 'spin' }, maxSteps }));
    return file;
  };
  const longRun = scenario(LOOP_STEPS, 'spin.scenario.json');
  writeFileSync(join(work, 'spin.s'), ELF);
  execFileSync('powerpc64le-linux-gnu-as', ['-o', join(work, 'spin.o'), join(work, 'spin.s')]);
  execFileSync('powerpc64le-linux-gnu-ld', ['-static', '-nostdlib', '-o', join(work, 'spin'), join(work, 'spin.o')]);

  const times = await stepRoundTrip(longRun);

  // Reverse continue: a breakpoint on the first instruction, 1,000,000 steps on, then back to it.
  const prepared = await prepareScenario(scenario(2_000_000, 'reverse.scenario.json'));
  const s = prepared.session!;
  const entry = s.machine.pc;
  const rss0 = process.memoryUsage().rss;
  s.advance({ until: 1_000_000, breakpoints: false });
  const rss1 = process.memoryUsage().rss;
  const history = s.historySize;
  s.setBreakpoints([entry]);
  const t0 = performance.now();
  const found = s.findBreakpointBack();
  if (found !== undefined) s.goTo(found);
  const reverseMs = performance.now() - t0;

  // Scenario loop against the same loop as an ELF, whole processes, medians of 3 interleaved.
  const scen: number[] = [], elf: number[] = [];
  for (let i = 0; i < 3; i++) {
    scen.push(wall(['run', longRun, '--root', work]));
    elf.push(wall(['run', '--elf', join(work, 'spin'), '--max-steps', String(LOOP_STEPS)]));
  }
  const sm = quantile(scen, 0.5), em = quantile(elf, 0.5);
  return [
    '## Debugger and session engine',
    '',
    `One instruction step over \`node dist/dap.js\`'s stdio (\`next\` with instruction granularity, then \`stackTrace\`, \`scopes\`, \`variables\` of the GPRs), ${STEPS} in a row on a scenario loop:`,
    '',
    '| | median | p99 | goal |',
    '| --- | ---: | ---: | ---: |',
    `| Tocsin adapter | ${quantile(times, 0.5).toFixed(2)} ms | ${quantile(times, 0.99).toFixed(2)} ms | ≤ 1 ms, ≤ 5 ms |`,
    '',
    `Reverse continue across 1,000,000 executed instructions (back to a breakpoint on the first): **${reverseMs.toFixed(0)} ms** (found at step ${found}).`,
    `Memory of that 1 M-step session: the step-back history holds ${(history / 1048576).toFixed(1)} MB; the process grew by ${((rss1 - rss0) / 1048576).toFixed(1)} MB over the run.`,
    '',
    `A ${(LOOP_STEPS / 1e6).toFixed(0)} M-step scenario loop (\`tocsin run SCENARIO\`, runtime checks on) beside the same loop as a static ELF (\`tocsin run --elf\`), whole processes, medians of 3:`,
    '',
    '| | time | steps per second |',
    '| --- | ---: | ---: |',
    `| scenario | ${sm.toFixed(0)} ms | ${(LOOP_STEPS / sm / 1000).toFixed(1)} M |`,
    `| \`run --elf\` | ${em.toFixed(0)} ms | ${(LOOP_STEPS / em / 1000).toFixed(1)} M |`,
    '',
    `Ratio scenario/ELF: **${(sm / em).toFixed(2)}** (goal ≤ 3).`,
  ].join('\n');
}

if (require.main === module) void benchDebug().then((text) => process.stdout.write(text + '\n'));
