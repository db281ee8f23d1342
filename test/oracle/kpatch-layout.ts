// A kpatch-layout live-patch module made from a built one (6.1 has no klp-convert): the REL24
// of one call to an undefined kernel function moves from the module's `.rela.text` into a new
// `.klp.rela.vmlinux..text` section flagged SHF_RELA_LIVEPATCH, its symbol is renamed
// `.klp.sym.vmlinux.NAME,0` and marked SHN_LIVEPATCH, and the nop after the call is replaced by
// the word that follows it, as when the call was local in the patched object. The module must
// already say `livepatch=Y` in .modinfo (MODULE_INFO(livepatch, "Y"), as the 6.1 samples do).
//
//   node --import tsx test/oracle/kpatch-layout.ts MODULE.ko CALLEE OUT.ko
import { readFileSync, writeFileSync } from 'node:fs';
import { readElf, relocationName, SHF_RELA_LIVEPATCH, SHT_RELA, SHT_SYMTAB, STT_FUNC } from '../../server/src/model/elf';
import { SHN_LIVEPATCH } from '../../server/src/model/object';

/** SHF_INFO_LINK: sh_info names the section the relocations apply to. */
const SHF_INFO_LINK = 0x40;
const RELA_SIZE = 24;

export interface KpatchLayout {
  bytes: Uint8Array;
  /** Offset of the `bl` in the section the relocation applies to. */
  callOffset: number;
  /** The word that replaced the nop after it. */
  after: number;
}

export function kpatchLayout(input: Uint8Array, callee: string): KpatchLayout {
  const elf = readElf(input);
  const h = elf.header;
  const le = !h.bigEndian;
  if (!Buffer.from(input).includes('livepatch=Y')) throw new Error('the module does not say livepatch=Y in .modinfo');
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB)!;
  const strtab = elf.sections[symtab.link];
  const symbol = elf.symbols.findIndex((s) => s.name === callee && s.shndx === 0);
  if (symbol < 0) throw new Error(`no undefined symbol ${callee}`);
  const rela = elf.relocations.find((r) => r.section.link === symtab.index && r.entries.some((e) => e.symbol === symbol && relocationName(e.type) === 'R_PPC64_REL24'));
  if (!rela) throw new Error(`no R_PPC64_REL24 against ${callee}`);
  const entryIndex = rela.entries.findIndex((e) => e.symbol === symbol && relocationName(e.type) === 'R_PPC64_REL24');
  const entry = rela.entries[entryIndex];
  const text = elf.sections[rela.appliesTo];

  const out = new Uint8Array(input.length + strtab.size + 64 + elf.sections[h.shstrndx].size + 64 + RELA_SIZE + (elf.sections.length + 1) * 64 + 64);
  out.set(input);
  const v = new DataView(out.buffer);
  let end = input.length;
  const append = (data: Uint8Array, align: number): number => {
    end = Math.ceil(end / align) * align;
    out.set(data, end);
    const at = end;
    end += data.length;
    return at;
  };
  const header = (index: number) => h.shoff + index * 64;

  // The symbol: renamed (a new string table at the end of the file) and SHN_LIVEPATCH.
  const name = `.klp.sym.vmlinux.${callee},0`;
  const strings = new Uint8Array(strtab.size + name.length + 1);
  strings.set(input.subarray(strtab.offset, strtab.offset + strtab.size));
  strings.set(new TextEncoder().encode(name), strtab.size);
  const stringsAt = append(strings, 1);
  const sym = symtab.offset + symbol * 24;
  v.setUint32(sym, strtab.size, le);
  v.setUint8(sym + 4, (v.getUint8(sym + 4) & 0xf0) | STT_FUNC);
  v.setUint16(sym + 6, SHN_LIVEPATCH, le);

  // The relocation: out of .rela.text (the entries after it move up), into the new section.
  const from = rela.section.offset + entryIndex * RELA_SIZE;
  const moved = out.slice(from, from + RELA_SIZE);
  out.copyWithin(from, from + RELA_SIZE, rela.section.offset + rela.section.size);
  const klpAt = append(moved, 8);

  // No nop after the call: the next instruction moves up into its slot.
  const call = text.offset + Number(entry.offset);
  const after = v.getUint32(call + 8, le);
  v.setUint32(call + 4, after, le);

  // Section names and headers: the old table with its changes, then the new section.
  const shstr = elf.sections[h.shstrndx];
  const sectionName = `.klp.rela.vmlinux.${text.name}`;
  const names = new Uint8Array(shstr.size + sectionName.length + 1);
  names.set(input.subarray(shstr.offset, shstr.offset + shstr.size));
  names.set(new TextEncoder().encode(sectionName), shstr.size);
  const namesAt = append(names, 1);
  const table = out.slice(header(0), header(elf.sections.length));
  const tableAt = append(table, 8);
  const at = (index: number) => tableAt + index * 64;
  v.setBigUint64(at(strtab.index) + 24, BigInt(stringsAt), le);
  v.setBigUint64(at(strtab.index) + 32, BigInt(strings.length), le);
  v.setBigUint64(at(h.shstrndx) + 24, BigInt(namesAt), le);
  v.setBigUint64(at(h.shstrndx) + 32, BigInt(names.length), le);
  v.setBigUint64(at(rela.section.index) + 32, BigInt(rela.section.size - RELA_SIZE), le);
  const added = append(new Uint8Array(64), 8);
  v.setUint32(added, shstr.size, le);
  v.setUint32(added + 4, SHT_RELA, le);
  v.setBigUint64(added + 8, BigInt(SHF_RELA_LIVEPATCH | SHF_INFO_LINK), le);
  v.setBigUint64(added + 24, BigInt(klpAt), le);
  v.setBigUint64(added + 32, BigInt(RELA_SIZE), le);
  v.setUint32(added + 40, symtab.index, le);
  v.setUint32(added + 44, text.index, le);
  v.setBigUint64(added + 48, 8n, le);
  v.setBigUint64(added + 56, BigInt(RELA_SIZE), le);
  v.setBigUint64(40, BigInt(tableAt), le);
  v.setUint16(60, elf.sections.length + 1, le);
  return { bytes: out.subarray(0, end), callOffset: Number(entry.offset), after };
}

if (require.main === module) {
  const [module, callee, output] = process.argv.slice(2);
  if (!output) {
    console.error('usage: kpatch-layout.ts MODULE.ko CALLEE OUT.ko');
    process.exit(2);
  }
  const { bytes, callOffset, after } = kpatchLayout(readFileSync(module), callee);
  writeFileSync(output, bytes);
  console.log(`${output}: bl ${callee} at 0x${callOffset.toString(16)} now through .klp.rela, followed by ${after.toString(16).padStart(8, '0')}`);
}
