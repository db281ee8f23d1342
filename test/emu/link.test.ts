import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readElfObject } from '../../server/src/model/elf.js';
import { assembleSource } from '../../server/src/model/assembler/index.js';
import { link, loadImage, type LinkedImage, type LinkInput } from '../../server/src/emu/link/index.js';
import { disassemble } from '../../server/src/isa/disasm.js';
import { Machine } from '../../server/src/emu/machine.js';
import { Cpu } from '../../server/src/emu/cpu.js';
import { PERM_R, PERM_W } from '../../server/src/emu/memory.js';
import type { ObjectFile } from '../../server/src/model/object.js';

function asm(path: string, text: string): ObjectFile {
  const r = assembleSource(path, text, { prelude: true });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => `${d.line + 1}: ${d.message}`), [], `${path} assembles`);
  return r.object;
}

const KERNEL = `#include <asm/ppc_asm.h>
	.text
_GLOBAL_TOC(kfunc)
	ld	r5,kval@toc(r2)
	li	r3,42
	blr
_GLOBAL(_mcount)
	mtctr	r0
	bctr
	.section .toc,"aw"
kval:	.8byte 0x5555
`;

const kernel = (): LinkInput => ({ object: asm('/k/core.S', KERNEL), role: 'kernel', name: 'vmlinux' });
const module = (body: string, extra = ''): LinkInput => ({
  object: asm('/m/p.S', `#include <asm/ppc_asm.h>\n\t.text\n_GLOBAL_TOC(pfunc)\n${body}\n${extra}`),
  role: 'module', name: 'p',
});

function linked(inputs: LinkInput[]): LinkedImage {
  const r = link(inputs);
  assert.deepEqual(r.diagnostics, []);
  return r.image!;
}

function wordAt(image: LinkedImage, address: bigint): number {
  const s = image.sections.find((x) => address >= x.address && address < x.address + BigInt(x.bytes.length))!;
  return new DataView(s.bytes.buffer, s.bytes.byteOffset).getUint32(Number(address - s.address), true);
}

function textOf(image: LinkedImage, address: bigint, count: number): string[] {
  const s = image.sections.find((x) => address >= x.address && address < x.address + BigInt(x.bytes.length))!;
  const at = Number(address - s.address);
  return disassemble(s.bytes.subarray(at, at + 4 * count), 0n).map((d) => d.text.replace(/\s+/g, ' '));
}

test('kernel A calls kernel B at its local entry; the group TOC is ld\'s', () => {
  const b = asm('/k/b.S', `#include <asm/ppc_asm.h>\n\t.text\n_GLOBAL_TOC(callee)\n\tli r3,1\n\tblr\n\t.section .toc,"aw"\n\t.8byte 0\n`);
  const a = asm('/k/a.S', `#include <asm/ppc_asm.h>\n\t.text\n_GLOBAL(caller)\n\tbl callee\n\tnop\n\tblr\n`);
  const image = linked([{ object: a, role: 'kernel', name: 'vmlinux' }, { object: b, role: 'kernel', name: 'vmlinux' }]);
  const callee = image.functions.find((f) => f.name === 'callee')!;
  const caller = image.symbol('caller')!;
  assert.equal(callee.localEntry, 8);
  const bl = wordAt(image, caller);
  assert.equal(bl >>> 26, 18);
  assert.equal(caller + BigInt(((bl & 0x03fffffc) << 6) >> 6), callee.address + 8n, 'bl goes to the local entry');
  assert.equal(wordAt(image, caller + 4n), 0x60000000, 'kernel calls keep their nop');
  const toc = image.sections.find((s) => s.name === '.toc')!;
  assert.equal(image.toc(0), (toc.address & ~0xffn) + 0x8000n);
  assert.equal(image.toc(0), image.toc(1), 'one TOC group');
  assert.equal(callee.toc, image.toc(0));
});

test('a module call to the kernel goes through a stub; the nop becomes ld r2,24(r1)', () => {
  const image = linked([kernel(), module('\tmflr r0\n\tbl kfunc\n\tnop\n\tblr')]);
  const pfunc = image.symbol('pfunc')!;
  const kfunc = image.symbol('kfunc')!;
  assert.equal(image.stubs.length, 1);
  const stub = image.stubs[0];
  assert.deepEqual({ target: stub.target, name: stub.targetName, input: stub.input }, { target: kfunc, name: 'kfunc', input: 1 });
  const call = pfunc + 12n;
  const bl = wordAt(image, call);
  assert.equal(call + BigInt(((bl & 0x03fffffc) << 6) >> 6), stub.address);
  assert.equal(wordAt(image, call + 4n), 0xe8410018);
  const moduleToc = image.toc(1)!;
  const off = stub.address - moduleToc;
  const ha = (off + 0x8000n) >> 16n;
  const lo = Number(BigInt.asIntN(16, off));
  assert.deepEqual(textOf(image, stub.address, 6), [
    `addis r11,r2,${ha}`, `addi r11,r11,${lo}`, 'std r2,24(r1)', 'ld r12,32(r11)', 'mtctr r12', 'bctr',
  ]);
  const s = image.sections.find((x) => x.name === '.stubs')!;
  assert.equal(s.perms & 4, 4, 'stubs are executable');
  assert.equal(new DataView(s.bytes.buffer).getBigUint64(Number(stub.address - s.address) + 32, true), kfunc);
  // No .toc in the module: r2 points into the stub area, as the loader sets it.
  assert.equal(moduleToc, s.address + 0x8000n);
  assert.equal(image.toc(0), image.sections.find((x) => x.name === '.toc' && x.input === 0)!.address + 0x8000n - (image.sections.find((x) => x.name === '.toc' && x.input === 0)!.address & 0xffn));
});

test('a module call without the nop fails to load with the 6.x message', () => {
  const r = link([kernel(), module('\tmflr r0\n\tbl kfunc\n\tli r3,0\n\tblr')]);
  assert.equal(r.image, undefined);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.kind, 'module-load');
  // The word after the bl is at +0x10. The module is not yet formed when its relocations are
  // applied, so kallsyms does not know it and %pS prints the bare address.
  assert.equal(d.message, 'p: Expected nop after call, got 38600000 at 0xc000000000010010');
  assert.deepEqual([d.file, d.line], ['/m/p.S', 5]);
});

test('.klp.sym.vmlinux.<name>,0 resolves in the kernel and is a call across TOCs', () => {
  const image = linked([kernel(), module('\tmflr r0\n\tbl ".klp.sym.vmlinux.kfunc,0"\n\tnop\n\tblr')]);
  assert.equal(image.stubs.length, 1);
  assert.equal(image.stubs[0].target, image.symbol('kfunc'));
  assert.equal(wordAt(image, image.symbol('pfunc')! + 16n), 0xe8410018);
  const bad = link([kernel(), module('\tbl ".klp.sym.vmlinux.nothere,0"\n\tnop')]);
  assert.match(bad.diagnostics[0].message, /livepatch: symbol 'nothere'/);
});

test('a tail call b to the kernel takes the stub without a nop check; bl _mcount needs no nop', () => {
  const image = linked([kernel(), module('\tmflr r0\n\tbl _mcount\n\tli r3,0\n\tb kfunc')]);
  assert.deepEqual(image.stubs.map((s) => s.targetName).sort(), ['_mcount', 'kfunc']);
  const pfunc = image.symbol('pfunc')!;
  assert.equal(wordAt(image, pfunc + 16n), 0x38600000, 'the word after bl _mcount is left alone');
  const b = wordAt(image, pfunc + 20n);
  assert.equal(b & 3, 0, 'still a plain branch');
  assert.equal(pfunc + 20n + BigInt(((b & 0x03fffffc) << 6) >> 6), image.stubs.find((s) => s.targetName === 'kfunc')!.address);
});

test('a module call to its own function goes directly to the local entry', () => {
  const image = linked([kernel(), module('\tbl pfunc2\n\tli r3,0\n\tblr', '_GLOBAL_TOC(pfunc2)\n\tblr\n')]);
  assert.equal(image.stubs.length, 0);
  const call = image.symbol('pfunc')! + 8n;
  const bl = wordAt(image, call);
  assert.equal(call + BigInt(((bl & 0x03fffffc) << 6) >> 6), image.symbol('pfunc2')! + 8n);
});

test('__bug_table records give the trap address, file, line and the warning flag', () => {
  const src = `#include <asm/ppc_asm.h>\n#include <asm/bug.h>\n\t.text\n_GLOBAL(f)\n1:\ttrap\n\tEMIT_BUG_ENTRY 1b, "kernel/x.c", 77, 0\n2:\ttdnei r3,0\n\tEMIT_WARN_ENTRY 2b, "kernel/y.c", 9, 0\n\tblr\n`;
  const image = linked([{ object: asm('/k/bug.S', src), role: 'kernel', name: 'vmlinux' }]);
  const f = image.symbol('f')!;
  assert.deepEqual(image.bugs.get(f), { address: f, file: 'kernel/x.c', line: 77, warning: false });
  assert.deepEqual(image.bugs.get(f + 4n), { address: f + 4n, file: 'kernel/y.c', line: 9, warning: true });
  assert.deepEqual(image.sourceOf(f + 4n), { file: '/k/bug.S', line: 7 });
});

test('undefined symbols: ld\'s message for the kernel, the loader\'s for a module, with file and line', () => {
  const k = link([{ object: asm('/k/u.S', '\t.text\nf:\n\tnop\n\tbl missing\n\tnop\n'), role: 'kernel', name: 'vmlinux' }]);
  assert.equal(k.image, undefined);
  assert.equal(k.diagnostics.length, 1);
  assert.match(k.diagnostics[0].message, /undefined reference to `missing'$/);
  assert.deepEqual([k.diagnostics[0].kind, k.diagnostics[0].file, k.diagnostics[0].line], ['undefined-symbol', '/k/u.S', 4]);
  const m = link([kernel(), module('\tbl missing\n\tnop')]);
  assert.deepEqual(m.diagnostics.map((d) => [d.message, d.line]), [['p: Unknown symbol missing (err -2)', 4]]);
});

test('REL24 out of range is an error at the call; 16-bit TOC offsets that do not fit too', () => {
  const far = asm('/k/far.S', '\t.text\n\t.globl far\nfar:\tblr\n');
  const near = asm('/k/near.S', '\t.text\n\t.globl near\nnear:\tbl far\n\tnop\n');
  const r = link([{ object: near, role: 'kernel', name: 'vmlinux' }, { object: far, role: 'kernel', name: 'vmlinux', address: 0xc000000004000000n }]);
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0].message, /relocation truncated to fit: R_PPC64_REL24 against `far'/);
  assert.equal(r.diagnostics[0].line, 3);
  const toc = asm('/k/toc.S', '\t.text\n\tld r3,big@toc(r2)\n\t.data\nbig:\t.8byte 0\n\t.space 0x20000\n\t.section .toc,"aw"\n\t.8byte 0\n');
  const t = link([{ object: toc, role: 'kernel', name: 'vmlinux' }]);
  assert.match(t.diagnostics[0]?.message ?? '', /truncated to fit: R_PPC64_TOC16_DS/);
});

test('run: a module calls the kernel through its stub, r2 comes back as the module TOC', () => {
  const body = `\tmflr r0\n\tstd r0,16(r1)\n\tstdu r1,-32(r1)\n\tbl kfunc\n\tnop\n\tld r4,mval@toc(r2)\n\taddi r1,r1,32\n\tld r0,16(r1)\n\tmtlr r0\n\tblr`;
  const image = linked([kernel(), module(body, '\t.section .toc,"aw"\nmval:\t.8byte 0x1234\n')]);
  const moduleToc = image.toc(1)!;
  assert.equal(moduleToc, image.sections.find((s) => s.input === 1 && s.name === '.toc')!.address + 0x8000n);
  const m = new Machine();
  loadImage(m, image);
  const regions = m.mem.regions.map((r) => r.name);
  assert.ok(regions.some((n) => n.startsWith('vmlinux:.text')) && regions.some((n) => n.includes('p:.stubs')), regions.join(' '));
  m.mem.map('stack', 0x7f000000n, 0x10000n, PERM_R | PERM_W);
  const ret = 0x7ff0n;
  const cpu = new Cpu(m, { returnAddress: ret, modelPrivileged: true });
  const pfunc = image.symbol('pfunc')!;
  m.set('r1', 0x7f00ff00n);
  m.set('r2', image.toc(0)!); // the kernel's TOC, as a kernel caller would have it
  m.set('r12', pfunc);
  m.set('lr', ret);
  m.pc = pfunc;
  const stop = cpu.run(200);
  assert.equal(stop.kind, 'returned', stop.message);
  assert.equal(m.get('r3'), 42n, 'kfunc ran');
  assert.equal(m.get('r5'), 0x5555n, 'kfunc built the kernel TOC from r12');
  assert.equal(m.get('r4'), 0x1234n, 'the module read its TOC after the call');
  assert.equal(m.get('r2'), moduleToc, 'ld r2,24(r1) restored the module TOC');
  assert.equal(m.get('r1'), 0x7f00ff00n);
});

test('ELF objects from GNU as (LE and BE) read into the same model; a .ko-style module links', { skip: spawnSync('powerpc64le-linux-gnu-as', ['--version']).status !== 0 && 'binutils absent' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-link-'));
  try {
    const src = '\t.abiversion 2\n\t.text\n\t.globl pfunc\n\t.type pfunc,@function\npfunc:\n0:\taddis 2,12,.TOC.-0b@ha\n\taddi 2,2,.TOC.-0b@l\n\t.localentry pfunc,.-pfunc\n\tmflr 0\n\tbl kfunc\n\tnop\n\tld 4,.LC0@toc(2)\n\tblr\n\t.size pfunc,.-pfunc\n\t.section .toc,"aw"\n.LC0:\t.8byte pfunc\n';
    writeFileSync(join(dir, 'p.s'), src);
    const read = (endian: string) => {
      execFileSync('powerpc64le-linux-gnu-as', ['-a64', endian, '-o', join(dir, `p${endian}.ko`), join(dir, 'p.s')]);
      return readElfObject(new Uint8Array(readFileSync(join(dir, `p${endian}.ko`))), join(dir, `p${endian}.ko`));
    };
    const le = read('-mlittle');
    const be = read('-mbig');
    assert.equal(le.kind, 'module');
    assert.equal(be.bigEndian, true);
    const summary = (o: ObjectFile) => ({
      sections: o.sections.map((s) => [s.name, s.bytes.length, s.exec, s.write, s.align]),
      // Big-endian halfword fields sit 2 bytes further on (and PC-relative addends follow).
      relocations: o.relocations.map((r) => [o.sections[r.section].name, r.offset & ~3, r.type, r.symbolName]),
      pfunc: o.symbols.filter((s) => s.name === 'pfunc').map((s) => [s.type, s.binding, s.localEntry, s.size]),
    });
    assert.deepEqual(summary(be), summary(le));
    assert.deepEqual(summary(le).relocations.map((r) => r[2]), ['R_PPC64_REL16_HA', 'R_PPC64_REL16_LO', 'R_PPC64_REL24', 'R_PPC64_TOC16_DS', 'R_PPC64_ADDR64']);
    const image = linked([kernel(), { object: le, role: 'module', name: 'p' }]);
    const pfunc = image.symbol('pfunc')!;
    assert.equal(image.stubs[0].target, image.symbol('kfunc'));
    assert.equal(wordAt(image, pfunc + 16n), 0xe8410018);
    assert.equal(image.toc(1), image.sections.find((s) => s.input === 1 && s.name === '.toc')!.address + 0x8000n);
    assert.equal(image.functions.find((f) => f.name === 'pfunc')?.localEntry, 8);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
