// Editor features in-process, on the analysis host's snapshots: hover, definition,
// references, outline, CodeLens and quick fixes, on fixtures, the seeds and the kernel's
// own ftrace_mprofile.S (read from the kernel tree, never copied).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { codeActions } from '../../server/src/features/codeActions';
import { codeLenses } from '../../server/src/features/codeLens';
import { definition } from '../../server/src/features/definition';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hover } from '../../server/src/features/hover';
import { nameAt } from '../../server/src/features/navigation';
import { usesIn } from '../../server/src/features/references';
import { applyChanges } from '../../server/src/host/edits';
import { extractSeedSamples, seedsAvailable, seedsDir } from '../seeds/extract';
import { analysed, positionOf } from './harness';
import { moduleListing as module } from './moduleListing';

const noSeeds = seedsAvailable() ? false : `no seeds at ${seedsDir}`;

test('seed 001: hover on the TOC setup shows the operand and TOC arithmetic; the CodeLens the TOC value', { skip: noSeeds }, async () => {
  const sample = extractSeedSamples().find((s) => s.text.includes('<exit_dns_resolver>:'))!;
  const { host, view } = await analysed('file:///tmp/seed-001.dis', 'ppc64-objdump', sample.text);
  const text = hover(view, positionOf(sample.text, 'addis', 'addis'))!.markdown;
  assert.match(text, /r2 = r12 \+ 0x190000/);
  assert.match(text, /c000000000d1467c \+ 25<<16 \+ 17796 = c000000000ea8c00/);
  assert.match(text, /`3c4c0019` = `addis\s+r2,r12,25`/);
  assert.match(text, /D-form · Power ISA 2\.07/);
  const lenses = codeLenses(view.snapshot);
  assert.deepEqual(lenses.map((l) => l.title), ['global entry 0xc000000000d1467c · local entry +8 · TOC 0xc000000000ea8c00 · 0 callers']);
  host.dispose();
});

test('seed 001: every function of its listings gets a CodeLens with the TOC the seed computes', { skip: noSeeds }, async () => {
  const samples = extractSeedSamples().filter((s) => s.seed.startsWith('001') && s.grammar === 'objdump');
  const tocs: string[] = [];
  for (const s of samples) {
    const { host, view } = await analysed(`file:///tmp/seed-001-${tocs.length}.dis`, 'ppc64-objdump', s.text);
    for (const l of codeLenses(view.snapshot)) tocs.push(/TOC 0x([0-9a-f]+)/.exec(l.title)?.[1] ?? `${l.title}`);
    host.dispose();
  }
  // match_dev_by_uuid twice (before and after the patch), exit_dns_resolver; int_to_scsilun has no TOC setup.
  assert.ok(tocs.includes('c000000000ea8c00'), tocs.join());
  assert.ok(tocs.includes((0xc00000000000b560n + (237n << 16n) - 10592n).toString(16)), tocs.join());
  assert.ok(tocs.includes((0xc00000000000b710n + (234n << 16n) - 11024n).toString(16)), tocs.join());
});

test('seed 002: show_val_kb is a local function now reached through .klp.sym', { skip: noSeeds }, async () => {
  const text = extractSeedSamples().filter((s) => s.seed.startsWith('002') && s.grammar === 'objdump').map((s) => s.text).join('\n');
  const { host, view } = await analysed('file:///tmp/seed-002.dis', 'ppc64-objdump', text);
  const shown = hover(view, positionOf(text, /R_PPC64_REL24\s+show_val_kb/, 'show_val_kb'))!.markdown;
  assert.match(shown, /show_val_kb\*\* is a local function \(FUNC LOCAL, local entry \+8\) of vmlinux, now reached through `\.klp\.sym\.vmlinux\.show_val_kb,1` \(SHN_LIVEPATCH\)/);
  const relocation = hover(view, positionOf(text, /R_PPC64_REL24\s+show_val_kb/, 'R_PPC64_REL24'))!.markdown;
  assert.match(relocation, /Expected nop after call/);
  host.dispose();
});


test('a module listing: the loader\'s action in a CodeLens, definition from <sym+0x8> to its offset, an explanation as the fix', async () => {
  const uri = 'file:///tmp/patch.dis';
  const { host, view } = await analysed(uri, 'ppc64-objdump', module);
  const lenses = codeLenses(view.snapshot).map((l) => `${l.range.start.line}: ${l.title}`);
  assert.ok(lenses.includes('11: module loader: .klp.sym.vmlinux.helper,1 through a stub that saves r2 at 24(r1) · no nop after it: the module is refused'), lenses.join('\n'));
  assert.match(lenses[0], /^6: global entry 0x0000000000000000 · local entry \+8 · TOC \.TOC\. \(set at link time\) · 1 caller \(1 global\)$/);
  // `bl 0 <patched>` goes to the header; `<patched+0x8>` to the instruction at 8.
  assert.deepEqual(definition(view, positionOf(module, '<patched+0x8>', 'patched')).places.map((p) => p.range.start.line), [11, 6]);
  assert.deepEqual(definition(view, positionOf(module, '<patched>', 'patched', 1)).places.map((p) => p.range.start.line), [6]);
  const [action] = codeActions(view.snapshot, { start: { line: 11, column: 0 }, end: { line: 11, column: 0 } });
  assert.equal(action.finding.code, 'livepatch-call-lacks-nop');
  assert.equal(action.edits, undefined);
  assert.match(String(action.command?.arguments[1]), /declare the callee extern/);
  const outline = documentSymbols(view.snapshot);
  assert.deepEqual(outline.map((s) => [s.name, s.kind, s.children.map((c) => c.name)]), [['.text', 'section', ['patched']]]);
  host.dispose();
});

test('objdump -dl: F12 on an instruction goes to the file:line above it', async () => {
  const text = [
    '', 'x.o:     file format elf64-powerpcle', '', '', 'Disassembly of section .text:', '',
    '0000000000000000 <f>:', 'f():', '/src/f.c:12', '   0:\t20 00 80 4e \tblr', '',
  ].join('\n');
  const { host, view } = await analysed('file:///tmp/dl.dis', 'ppc64-objdump', text);
  const result = definition(view, positionOf(text, 'blr', 'blr'));
  assert.deepEqual(result.places.map((p) => [p.uri, p.range.start.line]), [['file:///src/f.c', 11]]);
  host.dispose();
});

const asm = [
  '#include <asm/ppc_asm.h>',
  '\t.abiversion 2',
  '#define SAVE_LR(reg)\tmflr reg',
  '\t.macro restore reg',
  '\tmtlr \\reg',
  '\t.endm',
  '_GLOBAL(report)',
  '\tSAVE_LR(r0)',
  '1:\tbl printk',
  '\tcmpdi r3,0',
  '\tbeq 1b',
  '\tbne 1f',
  '\taddis r2,r12,25',
  '1:\trestore r0',
  '\tblr',
  '',
].join('\n');

test('assembly: 1b/1f, C and GNU as macros, the macro\'s expansion and the mnemonic\'s encoding', async () => {
  const { host, view } = await analysed('file:///tmp/tocsin-features/report.S', 'ppc64-asm', asm);
  assert.deepEqual(definition(view, positionOf(asm, 'beq 1b', '1b')).places.map((p) => p.range.start.line), [8]);
  assert.deepEqual(definition(view, positionOf(asm, 'bne 1f', '1f')).places.map((p) => p.range.start.line), [13]);
  assert.deepEqual(definition(view, positionOf(asm, '\tSAVE_LR(r0)', 'SAVE_LR')).places.map((p) => p.range.start.line), [2]);
  assert.deepEqual(definition(view, positionOf(asm, '1:\trestore', 'restore')).places.map((p) => p.range.start.line), [3]);
  const prelude = definition(view, positionOf(asm, '_GLOBAL(report)', '_GLOBAL')).places;
  assert.match(prelude[0].uri ?? '', /prelude\/asm\/ppc_asm\.h$/);
  const include = definition(view, positionOf(asm, '#include', 'asm/ppc_asm.h'));
  assert.match(include.places[0].uri ?? '', /prelude\/asm\/ppc_asm\.h$/);

  const macro = hover(view, positionOf(asm, '\tSAVE_LR(r0)', 'SAVE_LR'))!.markdown;
  assert.match(macro, /#define SAVE_LR\(reg\)\tmflr reg/);
  assert.match(macro, /expands here to:\n\n```\n\.text\+0: 7c0802a6  mflr\s+r0/);
  const mnemonic = hover(view, positionOf(asm, 'addis r2,r12,25', 'addis'))!.markdown;
  assert.match(mnemonic, /`3c4c0019` = `addis r2,r12,25`/);
  assert.match(mnemonic, /`r2 = r12 \+ 0x190000`/);
  assert.match(hover(view, positionOf(asm, 'bl printk', 'bl'))!.markdown, /\*\*bl\*\*: Branch and link[\s\S]*writes LR/);
  assert.match(hover(view, positionOf(asm, 'addis r2,r12', 'r12'))!.markdown, /global entry address/);

  // Local labels: each 1: has its own uses.
  const uses = (at: { line: number; column: number }) => usesIn(view.snapshot, nameAt(view, at)!, true).map((u) => u.range.start.line);
  assert.deepEqual(uses(positionOf(asm, 'beq 1b', '1b')), [8, 10]);
  assert.deepEqual(uses(positionOf(asm, 'bne 1f', '1f')), [11, 13]);
  assert.deepEqual(documentSymbols(view.snapshot).map((s) => [s.name, s.kind]), [['SAVE_LR', 'c-macro'], ['restore', 'macro'], ['report', 'function']]);
  host.dispose();
});

/** Applies a finding's fix and analyses the result again. */
async function fixed(uri: string, text: string, code: string, settings?: Parameters<typeof analysed>[3]): Promise<{ before: string[]; after: string[]; text: string }> {
  const first = await analysed(uri, 'ppc64-asm', text, settings);
  const before = first.view.snapshot.findings.map((f) => f.code);
  const finding = first.view.snapshot.findings.find((f) => f.code === code);
  assert.ok(finding?.fix, `${code} has a fix: ${JSON.stringify(first.view.snapshot.findings)}`);
  first.host.dispose();
  const edited = applyChanges(text, finding.fix.edits.map((e) => ({ range: e.range, text: e.newText }))).text;
  const second = await analysed(uri, 'ppc64-asm', edited, settings);
  const after = second.view.snapshot.findings.map((f) => f.code);
  second.host.dispose();
  return { before, after, text: edited };
}

test('quick fixes remove their finding: a nop after the call, _GLOBAL_TOC, a TOC setup with .localentry', async () => {
  const nop = await fixed('file:///tmp/tocsin-features/nop.S', '#include <asm/ppc_asm.h>\n\t.abiversion 2\n_GLOBAL_TOC(report)\n\tmflr r0\n\tbl printk\n\tmtlr r0\n\tblr\n', 'call-lacks-nop');
  assert.deepEqual([nop.before, nop.after], [['call-lacks-nop'], []]);
  assert.match(nop.text, /\tbl printk\n\tnop\n/);

  const tocLoad = '\taddis r3,r2,counter@toc@ha\n\tld r3,counter@toc@l(r3)\n\tblr\n';
  const viaMacro = await fixed('file:///tmp/tocsin-features/toc.S', `#include <asm/ppc_asm.h>\n\t.abiversion 2\n_GLOBAL(get)\n${tocLoad}`, 'missing-toc-setup');
  assert.deepEqual([viaMacro.before, viaMacro.after], [['missing-toc-setup'], []]);
  assert.match(viaMacro.text, /_GLOBAL_TOC\(get\)/);

  const plain = await fixed('file:///tmp/tocsin-features/plain.S', `\t.abiversion 2\n\t.globl get\n\t.type get,@function\nget:\n${tocLoad}`, 'missing-toc-setup');
  assert.deepEqual([plain.before, plain.after], [['missing-toc-setup'], []]);
  assert.match(plain.text, /get:\n0:\taddis r2,r12,\(\.TOC\.-0b\)@ha\n\taddi r2,r2,\(\.TOC\.-0b\)@l\n\t\.localentry get,\.-get\n/);
});

const kernelFile = join(process.env.TOCSIN_KERNEL_SOURCE ?? join(process.env.HOME ?? '', '.cache/tocsin/linux-source-6.1'), 'arch/powerpc/kernel/trace/ftrace_mprofile.S');

test('kernel 6.1 ftrace_mprofile.S: hover on mflr, F12 from bl ftrace_stub to _GLOBAL(ftrace_stub), outline, CodeLens', { skip: existsSync(kernelFile) ? false : `no kernel tree at ${kernelFile} (scripts/kernel-source.sh)` }, async () => {
  const text = readFileSync(kernelFile, 'utf8');
  const { host, view } = await analysed(pathToFileURL(kernelFile).href, 'ppc64-asm', text);
  assert.deepEqual(view.snapshot.findings, []);
  assert.match(hover(view, positionOf(text, /^\tmflr\tr7/, 'mflr'))!.markdown, /\*\*mflr\*\*: Move from SPR 8 \(LR\)[\s\S]*reads LR · writes r7[\s\S]*`7ce802a6`/);
  const [target] = definition(view, positionOf(text, /^\tbl\tftrace_stub/, 'ftrace_stub')).places;
  assert.equal(text.split('\n')[target.range.start.line], '_GLOBAL(ftrace_stub)');
  const outline = documentSymbols(view.snapshot).map((s) => s.name);
  assert.deepEqual(outline, ['ftrace_regs_entry', 'ftrace_regs_exit', 'ftrace_regs_caller', 'ftrace_caller', 'ftrace_stub']);
  assert.ok(codeLenses(view.snapshot).some((l) => /^global entry 0x0000000000000268 · single entry · 2 callers \(2 local\)$/.test(l.title)));
  host.dispose();
});

const prepared = join(process.env.HOME ?? '', '.cache/tocsin/linux-prepared-6.1-ppc64le');

test('kernel 6.1 entry_64.S with the prepared tree\'s include paths and forced includes: no findings', { skip: existsSync(join(prepared, 'include/generated/autoconf.h')) ? false : `no prepared tree at ${prepared} (scripts/kernel-prepare.sh)` }, async () => {
  const path = join(prepared, 'arch/powerpc/kernel/entry_64.S');
  const includes = ['arch/powerpc/include', 'arch/powerpc/include/generated', 'include', 'arch/powerpc/include/uapi', 'arch/powerpc/include/generated/uapi', 'include/uapi', 'include/generated/uapi', 'arch/powerpc'];
  const { host, view } = await analysed(pathToFileURL(path).href, 'ppc64-asm', readFileSync(path, 'utf8'), {
    includePaths: includes.map((p) => join(prepared, p)),
    forcedIncludes: ['include/linux/compiler-version.h', 'include/linux/kconfig.h'].map((p) => join(prepared, p)),
    defines: { __KERNEL__: '1', HAVE_AS_ATHIGH: '1' },
    target: 'vmlinux',
  });
  assert.deepEqual(view.snapshot.findings, []);
  assert.deepEqual(view.snapshot.functions.map((f) => f.name).sort(), ['_switch', 'enter_prom']);
  host.dispose();
});
