// Neovim 0.7 as a second, independent LSP client: it starts `node dist/server.js --stdio`
// itself, opens a kernel-style .S file with one bad line, and dumps what its diagnostic
// store holds to JSON. The assertions run here, on that JSON.
// Run: node --import tsx test/e2e/neovim.ts   (needs nvim: scripts/install-editor.sh)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badLine, demo } from './demo';

const repoRoot = join(__dirname, '..', '..');
const server = join(repoRoot, 'dist', 'server.js');


// Paths reach the Lua side through the environment, so no quoting rules apply.
const lua = String.raw`
local out = os.getenv('TOCSIN_OUT')
local result = { diagnostics = {}, ms = {} }
local t0 = vim.loop.hrtime()
local function mark(name) result.ms[name] = math.floor((vim.loop.hrtime() - t0) / 1e6) end
local ok, err = pcall(function()
  local id = vim.lsp.start_client({
    name = 'tocsin',
    cmd = { os.getenv('TOCSIN_NODE'), os.getenv('TOCSIN_SERVER'), '--stdio' },
    root_dir = os.getenv('TOCSIN_ROOT'),
  })
  result.started = id ~= nil
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('TOCSIN_FILE')))
  -- The server keys its grammar on the LSP languageId, which Neovim takes from 'filetype'.
  vim.bo.filetype = 'ppc64-asm'
  local buf = vim.api.nvim_get_current_buf()
  result.attached = vim.lsp.buf_attach_client(buf, id)
  mark('attached')
  result.arrived = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 5)
  mark('diagnostics')
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, severity = d.severity,
      source = d.source, message = d.message, code = d.code or lsp.code,
    })
  end
  -- Hover on mflr and go to definition of _GLOBAL (a macro of the bundled prelude), as :lua vim.lsp.buf.hover() asks.
  local function request(method, line, col)
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = line, character = col } }
    local replies = vim.lsp.buf_request_sync(buf, method, params, 10000)
    for _, r in pairs(replies or {}) do if r.result then return r.result end end
    return nil
  end
  local hover = request('textDocument/hover', tonumber(os.getenv('TOCSIN_MFLR_LINE')), 2)
  result.hover = (hover and hover.contents and hover.contents.value) or ''
  mark('hover')
  local def = request('textDocument/definition', tonumber(os.getenv('TOCSIN_GLOBAL_LINE')), 2)
  if def and def.uri then def = { def } end
  result.definition = (def and def[1]) and { uri = def[1].uri, line = def[1].range.start.line } or vim.NIL
  mark('definition')
  -- Completion where 'mfl' is typed, and the semantic tokens of the whole file.
  local items = request('textDocument/completion', tonumber(os.getenv('TOCSIN_MFLR_LINE')), 4)
  if items and items.items then items = items.items end
  result.completion = {}
  for _, item in ipairs(items or {}) do
    if item.label == 'mflr' then result.completion = { label = item.label, doc = item.documentation and item.documentation.value or '' } end
  end
  mark('completion')
  local tokens = vim.lsp.buf_request_sync(buf, 'textDocument/semanticTokens/full', { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
  for _, r in pairs(tokens or {}) do if r.result then result.tokens = r.result.data end end
  result.legend = vim.lsp.get_client_by_id(id).server_capabilities.semanticTokensProvider.legend
  mark('semanticTokens')
  vim.lsp.stop_client(id)
  result.stopped = vim.wait(5000, function() return vim.lsp.client_is_stopped(id) end, 5)
  mark('stopped')
end)
result.error = ok and vim.NIL or tostring(err)
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd(ok and 'qall!' or 'cquit 1')
`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  severity: number;
  source?: string;
  message: string;
  code?: string;
}
interface NvimResult {
  started?: boolean;
  attached?: boolean;
  arrived?: boolean;
  stopped?: boolean;
  hover?: string;
  definition?: { uri: string; line: number } | null;
  completion?: { label?: string; doc?: string };
  tokens?: number[];
  legend?: { tokenTypes: string[]; tokenModifiers: string[] };
  diagnostics: NvimDiagnostic[];
  error?: string | null;
  ms: Record<string, number>;
}

function main(): number {
  if (!existsSync(server)) {
    // A clean clone has no bundle yet; building takes about two seconds.
    const b = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (b.status !== 0) return fail('npm run build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-nvim-'));
  try {
    const asmDir = join(dir, 'linux', 'arch', 'powerpc', 'kernel');
    mkdirSync(asmDir, { recursive: true });
    const file = join(asmDir, 'demo.S');
    writeFileSync(file, demo);
    writeFileSync(join(dir, 'test.lua'), lua);
    const out = join(dir, 'result.json');

    const t0 = Date.now();
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', 'luafile ' + join(dir, 'test.lua')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env, TOCSIN_OUT: out, TOCSIN_NODE: process.execPath, TOCSIN_SERVER: server, TOCSIN_ROOT: dir, TOCSIN_FILE: file,
        TOCSIN_MFLR_LINE: String(demo.split('\n').indexOf('\tmflr\tr0')), TOCSIN_GLOBAL_LINE: String(demo.split('\n').indexOf('_GLOBAL(tocsin_demo)')),
      },
    });
    const ms = Date.now() - t0;
    if (run.error) return fail(`nvim did not run: ${run.error.message}`);
    if (!existsSync(out)) return fail(`nvim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
    const r = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;

    const checks: [string, boolean, string][] = [];
    const check = (name: string, pass: boolean, detail: string) => checks.push([name, pass, detail]);
    check('nvim ran the script', run.status === 0 && !r.error, `exit ${run.status}${r.error ? ', ' + r.error : ''}, ${ms} ms`);
    check('server started and attached', !!r.started && !!r.attached, `started=${r.started} attached=${r.attached}`);
    check('diagnostics arrived', !!r.arrived && r.diagnostics.length > 0, `${r.diagnostics.length} diagnostic(s)`);
    const where = r.diagnostics.map((d) => `${d.lnum + 1}:${d.col + 1} ${d.source}/${d.code} "${d.message}"`).join('; ');
    check(
      `all on the bad line ${badLine + 1}`,
      r.diagnostics.length > 0 && r.diagnostics.every((d) => d.lnum === badLine),
      where || 'none',
    );
    // The parser reports the bad line, and so does the assembler behind the TOC check.
    check(
      "source 'tocsin', severity Error, a syntax code among them",
      r.diagnostics.some((d) => /^syntax-(error|missing)$/.test(d.code ?? '')) &&
        r.diagnostics.every((d) => d.source === 'tocsin' && d.severity === 1),
      where || 'none',
    );

    check('hover on mflr shows the ISA entry and the encoding', /\*\*mflr\*\*: Move from SPR 8 \(LR\)[\s\S]*`7c0802a6`/.test(r.hover ?? ''), JSON.stringify(r.hover ?? '').slice(0, 120));
    check('definition of _GLOBAL is its #define in the prelude', /prelude\/asm\/ppc_asm\.h$/.test(r.definition?.uri ?? ''), JSON.stringify(r.definition));
    check('completion at `mfl` offers mflr with the ISA table\'s doc', r.completion?.label === 'mflr' && /\*\*mflr\*\*: Move from SPR 8 \(LR\)/.test(r.completion.doc ?? ''), JSON.stringify(r.completion));
    const decoded = decodeTokens(r.tokens ?? [], r.legend);
    check('semantic tokens: r1 as the stack register, r0 volatile, mflr a mnemonic', ['7:r1 register stack', '6:r0 register volatile', '6:mflr mnemonic'].every((t) => decoded.includes(t)), decoded.slice(0, 8).join(', '));
    check('server shut down on request', !!r.stopped, `stopped=${r.stopped}`);

    for (const [name, pass, detail] of checks) console.log(`${pass ? 'ok  ' : 'FAIL'} neovim: ${name} (${detail})`);
    const failed = checks.filter((c) => !c[1]).length;
    const phases = Object.entries(r.ms ?? {}).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`neovim: ${ms} ms in nvim (${phases} ms)`);
    console.log(`neovim: ${checks.length - failed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `line:text type modifiers` of each token, as the legend names them. */
function decodeTokens(data: number[], legend: NvimResult['legend']): string[] {
  if (!legend) return [];
  const lines = demo.split('\n');
  const out: string[] = [];
  let line = 0;
  let column = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    column = data[i] ? data[i + 1] : column + data[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, k) => data[i + 4] & (1 << k));
    out.push([`${line}:${lines[line].slice(column, column + data[i + 2])}`, legend.tokenTypes[data[i + 3]], ...modifiers].join(' '));
  }
  return out;
}

function fail(message: string): number {
  console.log(`FAIL neovim: ${message}`);
  console.log('neovim: 0 passed, 1 failed');
  return 1;
}

process.exitCode = main();
