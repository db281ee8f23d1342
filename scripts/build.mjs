// Bundles the extension client, the language server and the CLI with esbuild, and
// copies what they read at run time (WebAssembly, the kernel prelude) into dist/.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The ESM build of web-tree-sitter locates its files through import.meta, which a
  // CommonJS bundle does not have; its CommonJS build works in both.
  alias: { 'web-tree-sitter': join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'client.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(dist, 'server.js') }),
  // Large documents are analysed in worker threads of their own.
  build({ ...common, entryPoints: [join(root, 'server/src/host/worker.ts')], outfile: join(dist, 'analysisWorker.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(dist, 'cli.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/dap.ts')], outfile: join(dist, 'dap.js') }),
]);

const wasmFiles = [
  [join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'), 'web-tree-sitter.wasm'],
  [join(root, 'grammars/ppc64asm/tree-sitter-ppc64asm.wasm'), 'tree-sitter-ppc64asm.wasm'],
  [join(root, 'grammars/objdump/tree-sitter-objdump.wasm'), 'tree-sitter-objdump.wasm'],
];
for (const [from, name] of wasmFiles) copyFileSync(from, join(dist, name));
// The kernel prelude headers are read at run time by the assembler, for files outside a kernel tree.
rmSync(join(dist, 'prelude'), { recursive: true, force: true });
cpSync(join(root, 'server/prelude'), join(dist, 'prelude'), { recursive: true });
// The debugger's live-patch harness runs example (c) with the user's file in it.
rmSync(join(dist, 'harness'), { recursive: true, force: true });
for (const part of ['common', 'c-livepatch-stack']) cpSync(join(root, 'examples/livepatch', part), join(dist, 'harness', part), { recursive: true });
