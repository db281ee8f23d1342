// Shared test helpers: run the real `bin/tocsin` and make scratch files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tocsin'), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'tocsin-test-'));
}

export function writeScratch(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface LimitedResult extends CliResult {
  /** Peak resident memory of the run, in MiB. */
  peakMiB: number;
}

/**
 * Runs `bin/tocsin` with its JavaScript heap capped at `heapMiB`, and reports the process's peak
 * resident memory (V8 heap, WebAssembly and native memory alike), so that a test can hold a
 * command to a memory budget.
 */
export function runCliLimited(args: string[], options: { heapMiB: number; cwd?: string; timeoutMs?: number }): LimitedResult {
  const script = [
    "const fs = require('fs');",
    "process.on('exit', () => fs.writeSync(3, String(process.resourceUsage().maxRSS)));",
    `require(${JSON.stringify(join(repoRoot, 'dist', 'cli.js'))}).runFromProcess();`,
  ].join('\n');
  // After `-e`, argv[1] is the first argument: `tocsin` stands where the script path would.
  const r = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMiB}`, '-e', script, '--', 'tocsin', ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? 120_000,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const peakKiB = Number((r.output[3] as string | null) ?? '0');
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, peakMiB: Math.round(peakKiB / 1024) };
}

/** Whether a command (an oracle's tool: GNU as, gcc, objdump) is installed here. */
export function toolInstalled(name: string): boolean {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
