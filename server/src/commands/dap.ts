// `tocsin dap`: the debug adapter over standard input and output, for any DAP client
// (VS Code runs the same adapter; nvim-dap and others start this command).
import { parseArgs, type Command } from './args.js';
import { serveDebugAdapter } from '../debug/adapter.js';

export const dapCommand: Command = {
  name: 'dap',
  usage: 'dap',
  summary: 'serve the debug adapter (Debug Adapter Protocol) on standard input and output',
  async run(argv) {
    parseArgs(argv, {});
    serveDebugAdapter();
    await new Promise<void>((done) => process.stdin.on('close', done).on('end', done));
    return 0;
  },
};
