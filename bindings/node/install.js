// Builds the grammar addons for the native tree-sitter runtime with node-gyp. Optional:
// without a C toolchain the build fails and Tocsin parses with web-tree-sitter instead,
// so a failure here warns and never fails the install.
const { spawnSync } = require('node:child_process');

// npm names its bundled node-gyp (set up to build against Node's own headers).
const nodeGyp = process.env.npm_config_node_gyp;
const build = nodeGyp
  ? spawnSync(process.execPath, [nodeGyp, 'rebuild'], { cwd: __dirname, encoding: 'utf8' })
  : spawnSync('node-gyp', ['rebuild'], { cwd: __dirname, encoding: 'utf8' });

if (build.status === 0) {
  console.log('tocsin: built the native grammar addons (bindings/node)');
} else {
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
  console.warn(`${output || build.error?.message || ''}\ntocsin: the native grammar addons did not build; the CLI will parse with web-tree-sitter (wasm).`);
}
