// Each rule on a listing that breaks it and on its corrected form; the seed cases; exact
// messages where they quote the tool that refuses the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractSeedSamples, seedsAvailable, seedsDir } from '../seeds/extract';
import { check, summary } from './load';

const fixtures = join(__dirname, '..', 'fixtures', 'toc');
const fixture = (name: string): [string, string] => [name, readFileSync(join(fixtures, name), 'utf8')];

/** A relocatable object: `rows` under `Disassembly of section .text:`, then a readelf table. */
function object(name: string, sections: Record<string, string[]>, symbols: string[] = []): [string, string] {
  const lines = ['', `${name}:     file format elf64-powerpcle`, ''];
  for (const [section, rows] of Object.entries(sections)) lines.push('', `Disassembly of section ${section}:`, '', ...rows);
  if (symbols.length) {
    lines.push('', `Symbol table '.symtab' contains ${symbols.length} entries:`, '   Num:    Value          Size Type    Bind   Vis      Ndx Name');
    symbols.forEach((s, i) => lines.push(`${String(i).padStart(6)}: ${s}`));
  }
  return [name.replace(/\.(o|ko)$/, '.dis'), lines.join('\n') + '\n'];
}

const TOC_PROLOGUE = [
  '   0:\t00 00 4c 3c \taddis   r2,r12,0',
  '\t\t\t0: R_PPC64_REL16_HA\t.TOC.',
  '   4:\t00 00 42 38 \taddi    r2,r2,0',
  '\t\t\t4: R_PPC64_REL16_LO\t.TOC.+0x4',
];

/** `caller` calls `callee` at 0x8; `next` is the word after the call. */
function caller(callee: string, next = '00 00 00 60 \tnop', relocation = 'R_PPC64_REL24', branch = '01 00 00 48 \tbl      8 <caller+0x8>'): string[] {
  return ['0000000000000000 <caller>:', ...TOC_PROLOGUE, `   8:\t${branch}`, `\t\t\t8: ${relocation}\t${callee}`, `   c:\t${next}`, '  10:\t20 00 80 4e \tblr', ''];
}
const MR = '78 1b 64 7c \tmr      r4,r3';
const CALLER_SYMBOL = '0000000000000000    20 FUNC    GLOBAL DEFAULT [<localentry>: 8]     1 caller';

test('call-lacks-nop: an undefined callee needs a nop, unless a target says how it resolves', async () => {
  const bad = object('a.o', { '.text': caller('ext', MR) }, [CALLER_SYMBOL, '0000000000000000     0 NOTYPE  GLOBAL DEFAULT  UND ext']);
  const [finding] = await check([bad]);
  assert.equal(finding.code, 'call-lacks-nop');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.location.range.start.line, 11);
  assert.match(finding.message, /call to ext is followed by 7c641b78, not a nop: .* GNU ld: "call to `ext' lacks nop, can't restore toc; \(plt call stub\)"/);
  assert.deepEqual(finding.related.map((r) => [r.location.range.start.line, r.message]), [[12, 'relocation R_PPC64_REL24 ext']]);
  assert.deepEqual([finding.fix?.insert, finding.fix?.after.range.start.line], ['nop', 11]);

  assert.deepEqual(await check([bad], { target: 'static' }), [], 'a static link resolves ext in another object');
  assert.equal((await check([bad], { target: 'shared' })).length, 1);
  for (const next of ['00 00 00 60 \tnop', '82 7b ef 4d \tcror    15,15,15', '82 fb ff 4f \tcror    31,31,31', '18 00 41 e8 \tld      r2,24(r1)']) {
    assert.deepEqual(await check([object('a.o', { '.text': caller('ext', next) })]), [], next);
  }
  assert.deepEqual(await check([object('a.o', { '.text': caller('ext', MR, 'R_PPC64_REL24_NOTOC') })]), [], 'notoc');
  assert.deepEqual(summary(await check([object('a.o', { '.text': caller('_mcount', MR) })], { target: 'module' })), ['mcount-sequence@12'], '-mprofile-kernel: no nop, but a bad sequence');
  assert.deepEqual(await check([object('a.o', { '.text': caller('_mcount', MR) })], { target: 'vmlinux' }), [], 'kernel call sites are patched without a look at the sequence');
  assert.deepEqual(summary(await check([object('a.o', { '.text': caller('ext', MR, 'R_PPC64_REL24', '00 00 00 48 \tb       8 <caller+0x8>') })])), ['call-lacks-nop@12']);
});

test('call-lacks-nop: preemptible and st_other 1 callees, and the same-section exemption', async () => {
  const callee = (name: string, other: string, bind = 'GLOBAL', vis = 'DEFAULT') => `0000000000000000     8 FUNC    ${bind.padEnd(6)} ${vis.padEnd(8)}${other}    2 ${name}`;
  const body = ['0000000000000000 <g>:', '   0:\t20 00 80 4e \tblr', '   4:\t20 00 80 4e \tblr', ''];
  const link = (name: string, symbol: string) => object('b.o', { '.text': caller(name, MR), '.text.g': body.map((l) => l.replace('<g>', `<${name}>`)) }, [CALLER_SYMBOL, symbol]);
  const global = link('g', callee('g', ''));
  assert.match((await check([global], { target: 'shared' }))[0]?.message ?? '', /global with default visibility, so preemptible in a shared link.*\(plt call stub\)/);
  assert.deepEqual(await check([global], { target: 'static' }), []);
  assert.deepEqual(await check([global]), [], 'without a target a defined callee is not assumed preemptible');
  assert.deepEqual(await check([link('g', callee('g', '', 'GLOBAL', 'HIDDEN'))], { target: 'shared' }), []);
  const noToc = link('p', callee('p', ' [<localentry>: 1]', 'LOCAL'));
  for (const target of [undefined, 'static', 'shared'] as const) {
    assert.match((await check([noToc], { target }))[0]?.message ?? '', /p does not preserve r2 \(st_other localentry 1\).*\(toc save\/adjust stub\)/, String(target));
  }
  const sameSection = object('c.o', { '.text': [...caller('p', MR), '0000000000000014 <p>:', '  14:\t20 00 80 4e \tblr', ''] }, [CALLER_SYMBOL, '0000000000000014     4 FUNC    GLOBAL DEFAULT [<localentry>: 1]     1 p']);
  assert.deepEqual(await check([sameSection], { target: 'shared' }), [], 'calls within one input section are exempt');
});

test('call-lacks-nop across files: with a target the files are one link', async () => {
  const a = object('a.o', { '.text': caller('ext', MR) }, [CALLER_SYMBOL, '0000000000000000     0 NOTYPE  GLOBAL DEFAULT  UND ext']);
  const libWith = (other: string) => object('lib.o', { '.text': ['0000000000000000 <ext>:', '   0:\t20 00 80 4e \tblr', ''] }, [`0000000000000000     4 FUNC    GLOBAL DEFAULT${other}    1 ext`]);
  assert.deepEqual(await check([a, libWith('')], { target: 'static' }), []);
  assert.deepEqual(summary(await check([a, libWith(' [<localentry>: 1]')], { target: 'static' })), ['call-lacks-nop@12']);
  assert.deepEqual(summary(await check([a, libWith('')], { target: 'shared' })), ['call-lacks-nop@12']);
});

test('call-lacks-toc-restore: calls through stubs that change r2, in linked code', async () => {
  const findings = await check([fixture('linked-shared.dis')]);
  assert.deepEqual(summary(findings), ['call-lacks-toc-restore@27', 'call-lacks-toc-restore@35']);
  assert.match(findings[0].message, /call through 0000001a\.plt_call\.same .* is followed by 7c641b78, not ld r2,24\(r1\)/);
  assert.match(findings[1].message, /tail branch/);
});

test("call-lacks-toc-restore: a direct call to another TOC's global entry", async () => {
  const text = (next: string) => [
    '', 'vmlinux:     file format elf64-powerpcle', '', '', 'Disassembly of section .text:', '',
    '0000000000001000 <a>:',
    '    1000:\t01 00 4c 3c \taddis   r2,r12,1',
    '    1004:\t00 00 42 38 \taddi    r2,r2,0',
    '    1008:\tf9 0f 00 48 \tbl      2000 <b>',
    `    100c:\t${next}`,
    '    1010:\t20 00 80 4e \tblr',
    '',
    '0000000000002000 <b>:',
    '    2000:\t02 00 4c 3c \taddis   r2,r12,2',
    '    2004:\t00 00 42 38 \taddi    r2,r2,0',
    '    2008:\t20 00 80 4e \tblr',
    '',
  ].join('\n');
  const [finding] = await check([['vmlinux.dis', text(MR)]]);
  assert.equal(finding?.code, 'call-lacks-toc-restore');
  assert.match(finding.message, /global entry of b, whose TOC \(0000000000022000\) is not the caller's \(0000000000011000\)/);
  assert.deepEqual(await check([['vmlinux.dis', text('18 00 41 e8 \tld      r2,24(r1)')]]), []);
});

test('livepatch-call-lacks-nop: a module calling a live-patch symbol without a nop', async () => {
  const findings = await check([fixture('livepatch_meminfo.dis')]);
  assert.deepEqual(summary(findings), ['livepatch-call-lacks-nop@29', 'livepatch-call-lacks-nop@37']);
  assert.match(findings[0].message, /"livepatch_meminfo: Expected nop after call, got 3c820000 at 0x<load address of meminfo_proc_show\+0x40>"/);
  assert.ok(findings[0].related.some((r) => r.message.includes('.klp.sym.vmlinux.show_val_kb,1: SHN_LIVEPATCH')));
});

test('livepatch-call-lacks-nop: undefined symbols in a module; _mcount and tail calls are exempt', async () => {
  const undefinedCall = object('m.ko', { '.text': caller('printk', MR) });
  assert.deepEqual(summary(await check([undefinedCall])), ['livepatch-call-lacks-nop@12']);
  assert.deepEqual(summary(await check([object('m.o', { '.text': caller('printk', MR) })], { target: 'module' })), ['livepatch-call-lacks-nop@12']);
  assert.deepEqual(await check([object('m.ko', { '.text': caller('printk') })]), []);
  assert.deepEqual(summary(await check([object('m.ko', { '.text': caller('_mcount', MR) })])), ['mcount-sequence@12']);
  const tail = await check([object('m.ko', { '.text': caller('printk', MR, 'R_PPC64_REL24', '00 00 00 48 \tb       8 <caller+0x8>') })]);
  assert.deepEqual(summary(tail), ['sibling-call-in-livepatch@12']);
  assert.equal(tail[0].severity, 'warning');
  assert.match(tail[0].message, /-fno-optimize-sibling-calls/);
});

test('seed 002: the patched meminfo_proc_show refused at 0x220', { skip: seedsAvailable() ? false : `no seeds at ${seedsDir}` }, async () => {
  const samples = extractSeedSamples().filter((s) => s.seed.startsWith('002') && s.grammar === 'objdump');
  const code = samples.find((s) => s.text.includes('<meminfo_proc_show>:'))!;
  const table = samples.find((s) => s.text.includes('.klp.sym.vmlinux.show_val_kb'))!;
  const findings = await check([['kpatch_meminfo.dis', code.text + '\n' + table.text]]);
  assert.deepEqual(findings.map((f) => f.code), ['livepatch-call-lacks-nop']);
  const line = code.text.split('\n')[findings[0].location.range.start.line];
  assert.match(line, /^\s*220:/);
  assert.match(findings[0].message, /"kpatch_meminfo: Expected nop after call, got e8a10088 at 0x<load address of meminfo_proc_show\+0xe4>"/);
});

test('seed 001: the kernel listings draw no finding', { skip: seedsAvailable() ? false : `no seeds at ${seedsDir}` }, async () => {
  const samples = extractSeedSamples().filter((s) => s.grammar === 'objdump' && !s.seed.startsWith('002'));
  for (const s of samples) assert.deepEqual(await check([[`${s.seed}.dis`, s.text]]), [], s.name);
});

test('missing-toc-setup: an exported function that loads through r2 without setting it up', async () => {
  const fn = (bind: string, rows: string[]) => object('t.o', { '.text': ['0000000000000000 <get>:', ...rows, ''] }, [`0000000000000000     8 FUNC    ${bind.padEnd(6)} DEFAULT    1 get`]);
  const tocLoad = ['   0:\t00 00 62 3c \taddis   r3,r2,0', '\t\t\t0: R_PPC64_TOC16_HA\tcounter', '   4:\t00 00 63 e8 \tld      r3,0(r3)', '\t\t\t4: R_PPC64_TOC16_LO_DS\tcounter', '   8:\t20 00 80 4e \tblr'];
  const [finding] = await check([fn('GLOBAL', tocLoad)]);
  assert.equal(finding?.code, 'missing-toc-setup');
  assert.equal(finding.location.range.start.line, 6);
  assert.match(finding.message, /get is global .* uses R_PPC64_TOC16_HA counter/);
  assert.deepEqual(await check([fn('LOCAL', tocLoad)]), [], 'a local function is entered with its caller\'s TOC');
  assert.deepEqual(await check([fn('GLOBAL', tocLoad)], { target: 'vmlinux' }), [], 'kernel code: only exports are entered from modules');
  const exported = fn('GLOBAL', tocLoad);
  exported[1] += '     1: 0000000000000000    12 OBJECT  GLOBAL DEFAULT    4 __ksymtab_get\n';
  assert.match((await check([exported], { target: 'vmlinux' }))[0]?.message ?? '', /get is exported \(__ksymtab\), so modules enter it with their own TOC in r2/);
  const ownToc = ['   0:\t10 00 4d e8 \tld      r2,16(r13)', ...tocLoad.map((l) => l.replace(/^(\s*)([0-9a-f]+):/, (_, sp, a) => `${sp}${(parseInt(a, 16) + 4).toString(16)}:`).replace(/\t(\d+): R_/, (_, a) => `\t${(parseInt(a, 16) + 4).toString(16)}: R_`))];
  assert.deepEqual(await check([fn('GLOBAL', ownToc)]), [], 'loads its TOC itself, as the kernel does from the paca');
});

test('localentry-mismatch: st_other against the prologue', async () => {
  const fn = (other: string, rows: string[]) => object('l.o', { '.text': ['0000000000000000 <f>:', ...rows, ''] }, [`0000000000000000    12 FUNC    GLOBAL DEFAULT${other}    1 f`]);
  const withSetup = [...TOC_PROLOGUE, '   8:\t20 00 80 4e \tblr'];
  const without = ['   0:\t78 1b 64 7c \tmr      r4,r3', '   4:\t78 1b 64 7c \tmr      r4,r3', '   8:\t20 00 80 4e \tblr'];
  assert.deepEqual(await check([fn(' [<localentry>: 8]', withSetup)]), []);
  assert.match((await check([fn('', withSetup)]))[0]?.message ?? '', /its local entry is at \+8, but its symbol declares a single entry \(st_other 0\)/);
  assert.match((await check([fn(' [<localentry>: 1]', withSetup)]))[0]?.message ?? '', /st_other 1/);
  assert.match((await check([fn(' [<localentry>: 8]', without)]))[0]?.message ?? '', /declares a local entry at \+8, but it does not start with a TOC setup: local callers skip 2 instructions/);
  assert.deepEqual(await check([fn('', without)]), []);
});

test('mcount-sequence: the instruction before bl _mcount', async () => {
  const fn = (before: string, after: string) => object('f.ko', { '.text': ['0000000000000000 <f>:', `   0:\t${before}`, '   4:\t01 00 00 48 \tbl      4 <f+0x4>', '\t\t\t4: R_PPC64_REL24\t_mcount', `   8:\t${after}`, ''] });
  const [finding] = await check([fn('78 1b 69 7c \tmr      r9,r3', MR)]);
  assert.equal(finding?.code, 'mcount-sequence');
  assert.match(finding.message, /"Unexpected instruction 7c691b78 around bl _mcount"/);
  assert.deepEqual(await check([fn('a6 02 08 7c \tmflr    r0', MR)]), []);
  assert.deepEqual(await check([fn('10 00 01 f8 \tstd     r0,16(r1)', MR)]), []);
  assert.deepEqual(await check([fn('78 1b 69 7c \tmr      r9,r3', '00 00 00 60 \tnop')]), [], 'the classic -pg call is an ordinary call');
});

test('call-lacks-nop: a bl that ends its section has no word for ld to rewrite; ld\'s save/restore helpers need none', async () => {
  const last = ['0000000000000000 <caller>:', '   0:\t01 00 00 48 \tbl      0 <caller>', '\t\t\t0: R_PPC64_REL24\tabort', ''];
  const [finding] = await check([object('a.o', { '.text': last })]);
  assert.equal(finding?.code, 'call-lacks-nop');
  assert.match(finding.message, /call to abort is the last word of its section/);
  for (const helper of ['_savegpr0_14', '_restgpr0_31', '_savegpr1_20', '_restgpr1_29', '_savefpr_14', '_restfpr_31', '_savevr_20', '_restvr_31']) {
    assert.deepEqual(await check([object('a.o', { '.text': caller(helper, MR) })]), [], helper);
  }
  assert.equal((await check([object('a.o', { '.text': caller('_savegpr0_13', MR) })])).length, 1, 'ld has no _savegpr0_13');
});

test('module-relocation-unsupported: 6.1\'s loader refuses R_PPC64_REL24_NOTOC', async () => {
  const notoc = object('m.ko', { '.text': caller('printk', MR, 'R_PPC64_REL24_NOTOC') });
  const [finding] = await check([notoc]);
  assert.equal(finding?.code, 'module-relocation-unsupported');
  assert.match(finding.message, /"m: Unknown ADD relocation: 116"/);
  assert.deepEqual(summary(await check([object('a.o', { '.text': caller('printk', MR, 'R_PPC64_REL24_NOTOC') })], { target: 'module' })), ['module-relocation-unsupported@13']);
  assert.deepEqual(await check([object('a.o', { '.text': caller('printk', MR, 'R_PPC64_REL24_NOTOC') })], { target: 'shared' }), [], 'ld takes NOTOC calls');
});
