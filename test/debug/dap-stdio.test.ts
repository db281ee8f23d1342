// `tocsin dap` driven by a plain DAP client: Content-Length frames over the command's stdio,
// as nvim-dap or any other client speaks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlainClient } from './plainClient';
import { join } from 'node:path';
import { repoRoot } from '../helpers';

test('tocsin dap over stdio: launch a scenario, stop at a function, step an instruction, read r2, disconnect', async () => {
  const dc = new PlainClient([join(repoRoot, 'bin/tocsin'), 'dap']);
  const init = await dc.request('initialize', { adapterID: 'tocsin', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
  assert.equal(init.success, true);
  assert.equal(init.body.supportsStepBack, true);
  const launched = dc.request('launch', { program: join(repoRoot, 'examples/livepatch/c-livepatch-stack/plain-call.scenario.json') });
  await dc.event('initialized');
  await dc.request('setFunctionBreakpoints', { breakpoints: [{ name: 'P' }] });
  await dc.request('configurationDone');
  assert.equal((await launched).success, true);
  assert.equal((await dc.event('stopped')).body.reason, 'breakpoint');
  const frames = await dc.request('stackTrace', { threadId: 1 });
  assert.equal(frames.body.stackFrames[0].name, 'P');
  await dc.request('next', { threadId: 1, granularity: 'instruction' });
  await dc.event('stopped');
  const variables = await dc.request('variables', { variablesReference: 1 });
  const r2 = variables.body.variables.find((v: { name: string }) => v.name === 'r2').value;
  // P's global entry set r2 to the module's TOC (the module sits at 0xc008…).
  assert.match(r2, /^0xc008/);
  const exited = new Promise((done) => dc.child.on('exit', done));
  await dc.request('disconnect');
  dc.child.stdin!.end();
  const code = await exited;
  assert.equal(code, 0);
});
