// The editor on a workspace holding a built kernel tree and Tocsin's examples, over stdio
// against the bundled server: the tree's files are read with the flags kbuild used for them
// (found without a setting), judged for their object's target, and have no findings; the
// examples keep the bundled prelude, even with a kernel tree's include paths set, and show only
// the finding they were written to show. Needs the 6.1 live-patch tree test/oracle/asm-kernel.ts
// prepares and builds (entry_64.o, misc_64.o, the ftrace trampolines).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers';
import { LspSession } from '../lsp';

const prepared = join(homedir(), '.cache/tocsin/linux-prepared-6.1-ppc64le-livepatch');
const TREE_FILES = ['arch/powerpc/kernel/entry_64.S', 'arch/powerpc/kernel/misc_64.S', 'arch/powerpc/kernel/trace/ftrace_mprofile.S', 'arch/powerpc/kernel/trace/ftrace_low.S'];
const skip = !TREE_FILES.every((f) => existsSync(join(prepared, f.replace(/([^/]+)\.S$/, '.$1.o.cmd')))) && 'no built 6.1 live-patch tree (node --import tsx test/oracle/asm-kernel.ts builds it)';

const workspace = mkdtempSync(join(tmpdir(), 'tocsin-kbuild-ws-'));
let lsp: LspSession;

before(async () => {
  if (skip) return;
  symlinkSync(prepared, join(workspace, 'linux'));
  symlinkSync(join(repoRoot, 'examples'), join(workspace, 'examples'));
  lsp = await LspSession.start();
  // The tree's include paths as a user would set them: they must not reach the examples.
  const initializationOptions = { includePaths: ['linux/arch/powerpc/include', 'linux/include'], forcedIncludes: [], defines: {} };
  await lsp.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }], capabilities: {}, initializationOptions });
  await lsp.connection.sendNotification('initialized', {});
});
after(async () => {
  await lsp?.stop();
});

async function open(path: string): Promise<{ diagnostics: { message: string; code?: string | number }[]; status: { setup: string; target: string | null } }> {
  const uri = pathToFileURL(path).href;
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ppc64-asm', version: 1, text: readFileSync(path, 'utf8') } });
  const published = await lsp.diagnosticsFor(uri, 1, 60_000);
  const status = await lsp.connection.sendRequest('tocsin/fileStatus', { uri }) as { setup: string; target: string | null };
  return { diagnostics: published.diagnostics, status };
}

test('tree files: their .cmd flags and target, no findings', { skip }, async () => {
  for (const file of TREE_FILES) {
    const { diagnostics, status } = await open(join(workspace, 'linux', file));
    assert.deepEqual(diagnostics.map((d) => d.message), [], file);
    assert.match(status.setup, /^kbuild flags from .*\.cmd, target vmlinux$/, file);
    assert.equal(status.target, 'vmlinux');
  }
});

test('examples: the bundled prelude, only the finding they show', { skip }, async () => {
  const { diagnostics, status } = await open(join(workspace, 'examples/check/missing_nop.S'));
  assert.deepEqual(diagnostics.map((d) => d.code), ['call-lacks-nop']);
  assert.match(status.setup, /^bundled kernel prelude/);
  const parsed = await open(join(workspace, 'examples/parse/klp_trampoline.S'));
  assert.deepEqual(parsed.diagnostics.map((d) => d.message), []);
});
