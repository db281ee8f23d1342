// `tocsin functions` and the object places in `tocsin check`'s JSON, through the real CLI, on
// the seeds' kernel listings: every address exact above 2^53, carried as a hex string.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckReport } from '../../server/src/commands/check';
import type { FunctionReport } from '../../server/src/commands/functions';
import { runCli, scratchDir, writeScratch } from '../helpers';
import { extractSeedSamples, seedsAvailable, seedsDir } from '../seeds/extract';

const skip = seedsAvailable() ? false : `no seeds at ${seedsDir}`;

test('seed 001: entries and TOC values of kernel functions, as the blog computes them', { skip }, () => {
  const dir = scratchDir();
  const files = extractSeedSamples().filter((s) => s.seed.startsWith('001') && s.grammar === 'objdump')
    .map((s, i) => writeScratch(dir, `seed001-${i}.dis`, s.text));
  const r = runCli(['functions', '--format', 'json', ...files]);
  assert.equal(r.code, 0, r.stderr);
  const reports: FunctionReport[] = JSON.parse(r.stdout);
  const dns = reports.find((f) => f.name === 'exit_dns_resolver')!;
  assert.deepEqual(
    [dns.globalEntry, dns.localEntry, dns.localEntryOffset, dns.toc, dns.tocSetup, dns.tocArithmetic],
    ['0xc000000000d1467c', '0xc000000000d14684', 8, '0xc000000000ea8c00', 'addis', 'c000000000d1467c + 25<<16 + 17796 = c000000000ea8c00'],
  );
  // Two builds of match_dev_by_uuid in the blog, each with its own TOC offset.
  assert.deepEqual(reports.filter((f) => f.name === 'match_dev_by_uuid').map((f) => [f.globalEntry, f.toc]),
    [['0xc00000000000b560', '0xc000000000ed8c00'], ['0xc00000000000b710', '0xc000000000ea8c00']]);
  const leaf = reports.find((f) => f.name === 'int_to_scsilun')!;
  assert.deepEqual([leaf.globalEntry, leaf.localEntry, leaf.toc, leaf.calls], ['0xc00000000065c8e0', null, null, { mcount: 1 }]);
  // Nothing in JSON is a number that could stand for an address.
  for (const f of reports) for (const key of ['globalEntry', 'localEntry', 'toc'] as const) assert.ok(f[key] === null || /^0x[0-9a-f]{16}$/.test(f[key]!));
  const text = runCli(['functions', ...files]);
  assert.match(text.stdout, /exit_dns_resolver {2}global c000000000d1467c {2}local \+8 {2}TOC c000000000d1467c \+ 25<<16 \+ 17796 = c000000000ea8c00/);
  // Correct kernel code: check finds nothing, in any format.
  const check = runCli(['check', '--format', 'json', ...files]);
  assert.deepEqual([check.code, JSON.parse(check.stdout)], [0, []]);
});

test('seed 002: the refused call, placed by section, offset, address and symbol', { skip }, () => {
  const samples = extractSeedSamples().filter((s) => s.seed.startsWith('002') && s.grammar === 'objdump');
  const code = samples.find((s) => s.text.includes('<meminfo_proc_show>:'))!;
  const table = samples.find((s) => s.text.includes('.klp.sym.vmlinux.show_val_kb'))!;
  const file = writeScratch(scratchDir(), 'kpatch_meminfo.dis', code.text + '\n' + table.text);
  const r = runCli(['check', '--format', 'json', file]);
  assert.equal(r.code, 1);
  const [finding]: CheckReport[] = JSON.parse(r.stdout);
  assert.deepEqual([finding.code, finding.offset, finding.address, finding.location], ['livepatch-call-lacks-nop', '0x220', '0x0000000000000220', 'meminfo_proc_show+0xe0']);
  const fns: FunctionReport[] = JSON.parse(runCli(['functions', '--format', 'json', file]).stdout);
  const patched = fns.find((f) => f.name === 'meminfo_proc_show')!;
  assert.deepEqual([patched.globalEntry, patched.calls['module-stub']], ['0x0000000000000140', 2]);
});

test('functions: every function of the bundled examples, with its callers counted', () => {
  const r = runCli(['functions', '--format', 'json', 'examples/parse/meminfo.objdump']);
  assert.equal(r.code, 0, r.stderr);
  const reports: FunctionReport[] = JSON.parse(r.stdout);
  const show = reports.find((f) => f.name === 'show_val_kb')!;
  assert.deepEqual([show.section, show.localEntryOffset, show.tocSymbol, show.callers], ['.text', 8, '.TOC.', { local: 4 }]);
  assert.equal(runCli(['functions']).code, 2);
});
