// `tocsin check`: text, JSON and SARIF output, exit codes, targets, and assembly input.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/analysis/tocRules';
import { CliError } from '../../server/src/commands/args';
import { checkCommand, type CheckReport } from '../../server/src/commands/check';
import { scratchDir, writeScratch } from '../helpers';

const fixtures = join(__dirname, '..', 'fixtures', 'toc');
const livepatch = join(fixtures, 'livepatch_meminfo.dis');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await checkCommand.run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

test('text: FILE:LINE:COL: severity: message [code]; exit 1 on errors', async () => {
  const r = await run(livepatch);
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^.*livepatch_meminfo\.dis:29:3: error: call to show_val_kb .* \[livepatch-call-lacks-nop\]$/);
});

test('json: one array, 1-based positions', async () => {
  const r = await run('--format', 'json', livepatch);
  const reports: CheckReport[] = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(reports[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'kind', 'message', 'section', 'offset', 'address', 'location']);
  assert.deepEqual([reports[0].line, reports[0].column, reports[0].endLine, reports[0].severity, reports[0].code], [29, 3, 29, 'error', 'livepatch-call-lacks-nop']);
  // The place in the object, numbers as hex strings.
  assert.deepEqual([reports[0].section, reports[0].offset, reports[0].address, reports[0].location], ['.text.meminfo_proc_show', '0x3c', '0x000000000000003c', 'meminfo_proc_show+0x3c']);
});

test('sarif: 2.1.0 with every rule and its help, results with locations', async () => {
  const r = await run('--format', 'sarif', livepatch);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'tocsin');
  assert.deepEqual(driver.rules.map((x: { id: string }) => x.id), Object.keys(RULES));
  for (const rule of driver.rules) assert.ok(rule.help.text.length > 80 && rule.shortDescription.text && ['error', 'warning'].includes(rule.defaultConfiguration.level));
  const [result] = log.runs[0].results;
  assert.equal(result.ruleId, 'livepatch-call-lacks-nop');
  assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
  assert.equal(result.level, 'error');
  assert.equal(typeof result.message.text, 'string');
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  assert.match(artifactLocation.uri, /^test\/fixtures\/toc\/livepatch_meminfo\.dis$/);
  assert.deepEqual([region.startLine, region.startColumn], [29, 3]);
  assert.deepEqual(result.locations[0].logicalLocations, [{ fullyQualifiedName: 'meminfo_proc_show+0x3c', kind: 'function' }]);
  assert.deepEqual(result.properties, { section: '.text.meminfo_proc_show', offset: '0x3c', address: '0x000000000000003c', location: 'meminfo_proc_show+0x3c' });
  assert.ok(result.relatedLocations.every((l: { id: number; message: { text: string } }, i: number) => l.id === i && l.message.text));
});

test('a clean listing exits 0; a target changes the verdict', async () => {
  const dir = scratchDir();
  const text = '\na.o:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n\n0000000000000000 <f>:\n   0:\t01 00 00 48 \tbl      0 <f>\n\t\t\t0: R_PPC64_REL24\text\n   4:\t78 1b 64 7c \tmr      r4,r3\n';
  const file = writeScratch(dir, 'a.dis', text);
  assert.equal((await run(file)).code, 1);
  assert.deepEqual(await run('--target', 'vmlinux', file), { code: 0, stdout: '', stderr: '' });
  assert.equal((await run('--target', 'module', file)).code, 1);
});

test('assembly sources are assembled and checked on the line written; I/O errors exit 2 and the rest is checked', async () => {
  const dir = scratchDir();
  const source = '#include <asm/ppc_asm.h>\n\t.abiversion 2\n_GLOBAL_TOC(f)\n\tmflr r0\n\tbl ext\n\tmtlr r0\n\tblr\n';
  const asm = writeScratch(dir, 'entry.S', source);
  const r = await run('--format', 'json', asm);
  assert.equal(r.code, 1);
  const [finding] = JSON.parse(r.stdout) as CheckReport[];
  assert.deepEqual([finding.code, finding.line, finding.column], ['call-lacks-nop', 5, 2]);
  const fixed = writeScratch(dir, 'fixed.S', source.replace('\tbl ext\n', '\tbl ext\n\tnop\n'));
  assert.deepEqual(await run(fixed), { code: 0, stdout: '', stderr: '' });
  const broken = writeScratch(dir, 'broken.S', '\tbl ext\n\tnop\n\taddi r3,r3,1,2\n');
  const bad = await run(broken);
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /broken\.S:3:\d+: error: /);
  // Every format carries the assembler's errors, as written, with the rules' findings.
  const json = JSON.parse((await run('--format', 'json', broken)).stdout) as CheckReport[];
  assert.deepEqual(json.map((f) => [f.kind, f.line, f.severity]), [['assembler', 3, 'error']]);
  assert.match(json[0].message, /addi/);
  const sarif = JSON.parse((await run('--format', 'sarif', broken)).stdout);
  assert.deepEqual(sarif.runs[0].results.map((x: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [x.level, x.locations[0].physicalLocation.region.startLine]), [['error', 3]]);
  const missing = await run('--format', 'json', join(dir, 'nope.dis'), livepatch);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.dis: no such file/);
  assert.equal(JSON.parse(missing.stdout).length, 2);
});

test('usage errors', async () => {
  await assert.rejects(run(), CliError);
  await assert.rejects(run('--target', 'kernel', livepatch), /--target must be one of vmlinux, static, shared, module/);
  await assert.rejects(run('--format', 'xml', livepatch), CliError);
});

test('a call to a hidden undefined symbol needs no nop: it is never preempted, as GNU ld sees it', async () => {
  const dir = scratchDir();
  const source = '\t.abiversion 2\n\t.hidden hfn\n\t.globl f\n\t.type f,@function\nf:\tmflr 0\n\tbl hfn\n\tmtlr 0\n\tbl dfn\n\tblr\n';
  const r = await run('--format', 'json', writeScratch(dir, 'hidden.s', source));
  assert.deepEqual((JSON.parse(r.stdout) as CheckReport[]).map((f) => [f.code, f.line, f.message.split(' ')[2]]), [['call-lacks-nop', 8, 'dfn']]);
});
