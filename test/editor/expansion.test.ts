// Macro expansion chains in the editor: hover lists each level (C macro, GNU as macro, `.rept`)
// with the instructions it made, definition goes to each level's definition, and from a line
// of a macro body back to the lines that expanded it. On a fixture, and on 6.1's entry_64.S
// and ftrace_mprofile.S with the flags kbuild used (the live-patch tree of
// test/oracle/kernel-tree.ts), every instruction a hover shows
// checked against GNU as's object built with the same command.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import type { AnalysisSettings } from '../../server/src/host/analyze';
import { KbuildTree, parseCmdFile, splitCommandWords } from '../../server/src/model/kbuild';
import { analysed, positionOf } from './harness';

const fixture = [
  '#include <asm/ppc_asm.h>',
  '\t.abiversion 2',
  '#define SAVE(reg, off)\tstd reg,off(r1)',
  '#define SAVE_TWO(a, b)\tSAVE(a, 8); SAVE(b, 16)',
  '\t.macro save_pair first, second',
  '\tSAVE_TWO(\\first, \\second)',
  '\t.endm',
  '_GLOBAL_TOC(f)',
  '\t.rept 2',
  '\tsave_pair r30, r31',
  '\t.endr',
  '\tblr',
  '',
].join('\n');

test('a C macro in a GNU as macro in a .rept: each level in hover and definition, and back from the body', async () => {
  const { host, view } = await analysed('file:///tmp/tocsin-expansion/chain.S', 'ppc64-asm', fixture);
  const text = hover(view, positionOf(fixture, '\tsave_pair r30', 'save_pair'))!.markdown;
  // Two passes of the .rept: two expansions of save_pair, each of SAVE_TWO and then two of SAVE.
  const levels = [...text.matchAll(/\*\*([\d.]+)\*\* (C macro|GNU as macro|GNU as) `([^`]+)` at line (\d+)/g)].map((m) => `${m[1]} ${m[3]} ${m[4]}`);
  assert.deepEqual(levels, ['1 save_pair 10', '1.1 SAVE_TWO 6', '1.1.1 SAVE 4', '1.1.2 SAVE 4', '2 save_pair 10', '2.1 SAVE_TWO 6', '2.1.1 SAVE 4', '2.1.2 SAVE 4']);
  assert.match(text, /\*\*1\.1\.2\*\* C macro `SAVE` at line 4, defined at line 3:\n\n```\n\.text\+c: fbe10010  std\s+r31,16\(r1\)\n```/);
  assert.match(text, /\*\*2\.1\.1\*\* C macro `SAVE` at line 4, defined at line 3:\n\n```\n\.text\+10: fbc10008  std\s+r30,8\(r1\)\n```/);
  const rept = hover(view, positionOf(fixture, '\t.rept 2', '.rept'))!.markdown;
  assert.match(rept, /\*\*1\*\* GNU as `\.rept` at line 9:[\s\S]*\*\*1\.2\*\* GNU as macro `save_pair` at line 10/);
  // Definition: the macro's own, then each level below it.
  assert.deepEqual(definition(view, positionOf(fixture, '\tsave_pair r30', 'save_pair')).places.map((p) => p.range.start.line), [4, 3, 2]);
  // Back: from the #define's body to the line that made its instructions.
  assert.deepEqual(definition(view, positionOf(fixture, '#define SAVE(', 'std')).places.map((p) => p.range.start.line), [8]);
  assert.match(hover(view, positionOf(fixture, '#define SAVE(', 'std'))!.markdown, /this line made 4 instructions, expanded at:\n\n- line 9 \(`\.rept` → `save_pair` → `SAVE_TWO` → `SAVE`\)/);
  host.dispose();
});

const tree = join(process.env.HOME ?? '', '.cache/tocsin/linux-prepared-6.1-ppc64le-livepatch');
const gas = 'powerpc64le-linux-gnu-gcc';
const absent = !existsSync(join(tree, 'arch/powerpc/kernel/.entry_64.o.cmd'))
  ? `no live-patch kernel tree with .o.cmd files at ${tree} (test/oracle/asm-kernel.ts prepares it)`
  : !commandExists(gas) ? `${gas} is not installed (scripts/install-oracles.sh)` : false;

function commandExists(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function settingsOf(object: string): AnalysisSettings {
  const command = new KbuildTree(tree).commandForObject(`${object}.o`);
  assert.ok(command, `${object}.o has a .cmd file`);
  const { includePaths, forcedIncludes, defines } = command.flags;
  return { includePaths, forcedIncludes, defines, target: 'vmlinux' };
}

/** Runs kbuild's command for `object` again, writing the object to `output` (no dependency file). */
function buildAgain(object: string, output: string): void {
  const cmd = parseCmdFile(readFileSync(join(tree, dirname(object), `.${basename(object)}.o.cmd`), 'utf8'));
  assert.ok(cmd, `${object}.o.cmd`);
  const words = splitCommandWords(cmd.command).filter((w) => !w.startsWith('-Wp,-MMD'));
  words[words.indexOf('-o') + 1] = output;
  execFileSync(words[0], words.slice(1), { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** GNU as's words by `.text` offset, from objdump -d of the object kbuild's command makes. */
function gnuWords(object: string): Map<number, string> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-expansion-'));
  try {
    buildAgain(object, join(dir, 'out.o'));
    const dump = execFileSync('powerpc64le-linux-gnu-objdump', ['-d', '-j', '.text', join(dir, 'out.o')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const words = new Map<number, string>();
    for (const m of dump.matchAll(/^ +([0-9a-f]+):\t([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2}) /gm)) words.set(parseInt(m[1], 16), m[5] + m[4] + m[3] + m[2]);
    return words;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every `.text+OFFSET: WORD` a hover shows, against GNU as's word there. */
function assertWordsAsGnu(markdown: string, words: Map<number, string>): number {
  let n = 0;
  for (const m of markdown.matchAll(/^\s*\.text\+([0-9a-f]+): ([0-9a-f]{8})/gm)) {
    assert.equal(m[2], words.get(parseInt(m[1], 16)), `.text+${m[1]}`);
    n++;
  }
  return n;
}

function lineOf(text: string, pattern: RegExp): number {
  const n = text.split('\n').findIndex((l) => pattern.test(l));
  assert.ok(n >= 0, String(pattern));
  return n;
}

/** A kernel source analysed with its build's flags; correct kernel code has no findings. */
async function kernelFile(object: string): Promise<{ text: string } & Awaited<ReturnType<typeof analysed>>> {
  const path = join(tree, `${object}.S`);
  const text = readFileSync(path, 'utf8');
  const { host, view } = await analysed(pathToFileURL(path).href, 'ppc64-asm', text, settingsOf(object));
  assert.deepEqual(view.snapshot.findings, []);
  return { text, host, view };
}

test('kernel 6.1 entry_64.S: SAVE_NVGPRS(r1) → SAVE_GPRS → OP_REGS → .rept, as GNU as assembles it', { skip: absent }, async () => {
  const object = 'arch/powerpc/kernel/entry_64';
  const { text, host, view } = await kernelFile(object);
  const at = positionOf(text, '\tSAVE_NVGPRS(r1)', 'SAVE_NVGPRS');
  const markdown = hover(view, at)!.markdown;
  const header = join(tree, 'arch/powerpc/include/asm/ppc_asm.h');
  const headerText = readFileSync(header, 'utf8');
  const steps = [...markdown.matchAll(/\*\*([\d.]+)\*\* (?:C macro|GNU as macro|GNU as) `([^`]+)` at ([^,:]+)/g)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(steps, ['1 SAVE_NVGPRS', '1.1 SAVE_GPRS', '1.1.1 OP_REGS', '1.1.1.1 .rept']);
  assert.match(markdown, new RegExp(`\\*\\*1\\.1\\.1\\*\\* GNU as macro \`OP_REGS\` at ${header.replace(/[.]/g, '\\.')}:${lineOf(headerText, /^#define SAVE_GPRS\(/) + 1}, defined at ${header.replace(/[.]/g, '\\.')}:${lineOf(headerText, /^\.macro OP_REGS/) + 1}`));
  // r14..r31 stored at GPR0 + 8 * n (r1).
  const stores = [...markdown.split('**1.1.1.1**')[1].matchAll(/std\s+r(\d+),(\d+)\(r1\)/g)].map((m) => Number(m[1]));
  assert.deepEqual(stores, Array.from({ length: 18 }, (_, i) => 14 + i));
  assert.ok(assertWordsAsGnu(markdown, gnuWords(object)) >= 18 * 5);
  const places = definition(view, at).places.map((p) => `${p.uri?.split('/').pop()}:${p.range.start.line}`);
  assert.deepEqual(places, [`ppc_asm.h:${lineOf(headerText, /^#define SAVE_NVGPRS\(/)}`, `ppc_asm.h:${lineOf(headerText, /^#define SAVE_GPRS\(/)}`, `ppc_asm.h:${lineOf(headerText, /^\.macro OP_REGS/)}`]);
  host.dispose();
});

test('kernel 6.1 ftrace_mprofile.S: ftrace_regs_entry → SAVE_GPRS, LOAD_REG_ADDR; back from mflr r7 in its body', { skip: absent }, async () => {
  const object = 'arch/powerpc/kernel/trace/ftrace_mprofile';
  const { text, host, view } = await kernelFile(object);
  const at = positionOf(text, '\tftrace_regs_entry 1', 'ftrace_regs_entry');
  const markdown = hover(view, at)!.markdown;
  const steps = [...markdown.matchAll(/\*\*([\d.]+)\*\* (?:C macro|GNU as macro|GNU as) `([^`]+)` at (line \d+|\S+:\d+)/g)].map((m) => `${m[1]} ${m[2]} ${m[3].replace(/^.*\//, '')}`);
  const line = (pattern: RegExp) => `line ${lineOf(text, pattern) + 1}`;
  const header = readFileSync(join(tree, 'arch/powerpc/include/asm/ppc_asm.h'), 'utf8');
  const saveGprs = steps.find((s) => s.endsWith(` SAVE_GPRS ${line(/^\tSAVE_GPRS\(3, 10, r1\)/)}`))?.split(' ')[0];
  assert.ok(saveGprs?.startsWith('1.'), steps.join(', '));
  assert.equal(steps[0], `1 ftrace_regs_entry ${line(/^\tftrace_regs_entry 1/)}`);
  assert.ok(steps.includes(`${saveGprs}.1 OP_REGS ppc_asm.h:${lineOf(header, /^#define SAVE_GPRS\(/) + 1}`), steps.join(', '));
  assert.ok(steps.includes(`${saveGprs}.1.1 .rept ppc_asm.h:${lineOf(header, /^\t\.rept \(\\end - \\start \+ 1\)/) + 1}`), steps.join(', '));
  assert.ok(steps.some((s) => s === `${s.split(' ')[0]} LOAD_REG_ADDR ${line(/^\tLOAD_REG_ADDR\(r3, function_trace_op\)/)}` && /^1\.\d+$/.test(s.split(' ')[0])), steps.join(', '));
  assert.ok(assertWordsAsGnu(markdown, gnuWords(object)) > 50);
  // Back: the body's `mflr r7` was made by both invocations.
  const mflr = positionOf(text, /^\tmflr\tr7/, 'mflr');
  assert.deepEqual(definition(view, mflr).places.map((p) => p.range.start.line), [lineOf(text, /^\tftrace_regs_entry 1/), lineOf(text, /^\tftrace_regs_entry 0/)]);
  assert.match(hover(view, mflr)!.markdown, /this line made 2 instructions, expanded at:\n\n- line \d+ \(`ftrace_regs_entry`\)/);
  host.dispose();
});
