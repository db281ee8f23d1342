// A lint over the server's sources: addresses, branch targets and program counters are bigint
// (kernel text sits above 2^53, where a number loses bits). The type checker refuses a number
// where an address is typed bigint; this catches what it cannot: a new address field declared
// as a number, or an address converted to one. Converting a difference of addresses (an offset
// into a section's bytes) is fine: it indexes memory that exists.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', 'server', 'src');
const ADDRESS_NAME = String.raw`(?:address|addr|vma|pc|target|[a-z]\w*Address|globalEntry)`;
const DECLARED_NUMBER = new RegExp(String.raw`\b${ADDRESS_NAME}\??\s*:\s*number\b`);
const CONVERSION = /\b(?:Number|parseInt|parseFloat)\(/g;
const MENTIONS_ADDRESS = new RegExp(String.raw`\b${ADDRESS_NAME}\b|\.(?:address|pc|target|globalEntry)\b`);

/** The arguments of every number conversion on a line, up to the matching parenthesis. */
function conversions(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(CONVERSION)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < code.length && depth > 0; i++) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
    out.push(code.slice(start, i - 1));
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('no address, branch target or PC is declared as, or converted to, a JavaScript number', () => {
  const problems: string[] = [];
  for (const file of sources(root)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      const where = `${relative(root, file)}:${i + 1}: ${line.trim()}`;
      if (DECLARED_NUMBER.test(code)) problems.push(where);
      if (conversions(code).some((arg) => MENTIONS_ADDRESS.test(arg) && !/ - /.test(arg))) problems.push(where);
    });
  }
  assert.deepEqual(problems, []);
});

test('the lint catches both forms', () => {
  assert.ok(DECLARED_NUMBER.test('  returnAddress?: number;'));
  assert.ok(DECLARED_NUMBER.test('function f(pc: number) {'));
  assert.deepEqual(conversions('const at = Number(section.address), n = parseInt(f(x), 16);'), ['section.address', 'f(x), 16']);
  assert.ok(MENTIONS_ADDRESS.test('section.address') && MENTIONS_ADDRESS.test('pc & 0xffff'));
});
