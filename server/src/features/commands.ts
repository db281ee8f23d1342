// Commands the server runs (workspace/executeCommand), so that CodeLens and code actions work
// in any LSP client: the callers of a function, and the explanation of a finding.
import { hex16 } from './text';
import type { Place, Snapshot } from '../host/snapshot';
import { EXPLAIN } from './codeActions';
import { SHOW_CALLERS } from './codeLens';

/** Analyses every assembly file and listing of the workspace (lsp/checkWorkspace.ts). */
export const CHECK_WORKSPACE = 'tocsin.checkWorkspace';

export const COMMANDS = [SHOW_CALLERS, EXPLAIN, CHECK_WORKSPACE];

export interface CommandResult {
  message: string;
  places?: Place[];
}

export function callersOf(snapshot: Snapshot, name: string): CommandResult {
  const calls = snapshot.calls.filter((c) => c.target === name);
  const lines = calls.map((c) => `${c.caller ?? '?'} at 0x${hex16(c.address)} (${c.kind}, line ${c.line + 1})`);
  return {
    message: calls.length ? `${name}: ${calls.length} caller${calls.length === 1 ? '' : 's'}: ${lines.join('; ')}` : `${name}: no callers here`,
    places: calls.map((c) => ({ range: { start: { line: c.line, column: 0 }, end: { line: c.line, column: 0 } } })),
  };
}

export function explain(code: string, explanation: string): CommandResult {
  return { message: `${code}: ${explanation}` };
}
