// GNU ld's verdicts on a few generated links (test/fixtures/toc/ld, written by test/oracle/toc-ld.ts):
// `tocsin check --target shared|static` flags exactly the calls ld rejected with "lacks nop".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tocsinSites, type Mode } from '../oracle/toc/sites';

const dir = join(__dirname, '..', 'fixtures', 'toc', 'ld');
const expected: { command: string; cases: { name: string; target: Mode; listings: string[]; rejected: string[] }[] } =
  JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

test('the fixture set holds rejected calls from both link kinds', () => {
  assert.ok(expected.cases.some((c) => c.target === 'shared' && c.rejected.length > 0));
  assert.ok(expected.cases.some((c) => c.target === 'static' && c.rejected.length > 0));
});

for (const c of expected.cases) {
  test(`${c.name}: the calls GNU ld rejects, no more`, async () => {
    const got = await tocsinSites(c.listings.map((l) => join(dir, c.name, l)), c.target);
    assert.deepEqual([...got.sites].sort(), c.rejected);
    assert.deepEqual(got.other, []);
  });
}
