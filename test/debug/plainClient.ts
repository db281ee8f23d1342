// A plain DAP client for tests and benchmarks: no test-support library, just the protocol's
// framing, as nvim-dap or any other client speaks it.
import { spawn } from 'node:child_process';

/** A DAP client that speaks Content-Length frames over a child process's stdio. */
export class PlainClient {
  private buffer = Buffer.alloc(0);
  private seq = 1;
  private readonly waiting: { match: (m: Record<string, any>) => boolean; done: (m: Record<string, any>) => void }[] = [];
  /** Messages no one waited for yet. */
  private readonly messages: Record<string, any>[] = [];
  readonly child: ReturnType<typeof spawn>;

  /** `args`: the Node script and its arguments, e.g. bin/tocsin dap or dist/dap.js. */
  constructor(args: string[]) {
    this.child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = this.buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, header).toString())![1]);
        if (this.buffer.length < header + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString());
        this.buffer = this.buffer.subarray(header + 4 + length);
        const i = this.waiting.findIndex((w) => w.match(message));
        if (i >= 0) this.waiting.splice(i, 1)[0].done(message);
        else this.messages.push(message);
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
    this.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    return this.next((m) => m.type === 'response' && m.request_seq === seq);
  }

  event(name: string): Promise<Record<string, any>> {
    return this.next((m) => m.type === 'event' && m.event === name);
  }
}
