// `tocsin dap` driven by a plain DAP client: Content-Length frames over the command's stdio,
// as nvim-dap or any other client speaks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers';

class PlainClient {
  private buffer = Buffer.alloc(0);
  private seq = 1;
  private readonly waiting: { match: (m: Record<string, any>) => boolean; done: (m: Record<string, any>) => void }[] = [];
  readonly messages: Record<string, any>[] = [];
  readonly child = spawn(process.execPath, [join(repoRoot, 'bin/tocsin'), 'dap'], { stdio: ['pipe', 'pipe', 'inherit'] });

  constructor() {
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = this.buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, header).toString())![1]);
        if (this.buffer.length < header + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString());
        this.buffer = this.buffer.subarray(header + 4 + length);
        this.messages.push(message);
        const i = this.waiting.findIndex((w) => w.match(message));
        if (i >= 0) this.waiting.splice(i, 1)[0].done(message);
      }
    });
  }

  next(match: (m: Record<string, any>) => boolean): Promise<Record<string, any>> {
    const seen = this.messages.find(match);
    if (seen) {
      this.messages.splice(this.messages.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((done) => this.waiting.push({ match, done }));
  }

  request(command: string, args: object = {}): Promise<Record<string, any>> {
    const seq = this.seq++;
    const body = JSON.stringify({ seq, type: 'request', command, arguments: args });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    return this.next((m) => m.type === 'response' && m.request_seq === seq);
  }

  event(name: string): Promise<Record<string, any>> {
    return this.next((m) => m.type === 'event' && m.event === name);
  }
}

test('tocsin dap over stdio: launch a scenario, stop at a function, step an instruction, read r2, disconnect', async () => {
  const dc = new PlainClient();
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
  dc.child.stdin.end();
  const code = await exited;
  assert.equal(code, 0);
});
