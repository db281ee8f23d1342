// Where the 6.1 module loader puts a module's code, as far as its messages show it: the core
// text layout (kernel/module/main.c layout_sections: executable sections in section-header
// order, each aligned, `.init*` ones apart, the whole rounded up to a page under
// STRICT_MODULE_RWX), the stub area module_64.c sizes, and `%pS` as kallsyms prints an address
// in a formed module: `sym+0xoff/0xsize [module]`, the size being the distance to the next
// symbol or to the end of the core text, not st_size.
import type { ObjectFile } from '../model/object';

/** PAGE_SIZE of Debian's and ppc64le_defconfig's 6.1 kernels (CONFIG_PPC_64K_PAGES). */
export const MODULE_PAGE_SIZE = 0x10000;
/** sizeof(struct ppc64_stub_entry) for ELFv2: seven instructions, a magic word, the target. */
export const MODULE_STUB_SIZE = 40;

/** The stubs get_stubs_size provides for: distinct (symbol, addend) REL24 relocations, one spare, ftrace_caller and ftrace_regs_caller. */
export function moduleStubCount(obj: ObjectFile): number {
  const distinct = new Set<string>();
  for (const r of obj.relocations) if (r.type === 'R_PPC64_REL24') distinct.add(`${r.symbolName ?? ''}\0${r.addend}`);
  return distinct.size + 3;
}

/** Offsets of the core text sections in the module's core layout, and where that text ends. */
function coreText(obj: ObjectFile): { starts: Map<number, number>; end: number } {
  const starts = new Map<number, number>();
  let size = 0;
  obj.sections.forEach((s, i) => {
    if (!s.exec || s.name.startsWith('.init')) return;
    const align = s.align ?? 1;
    size = Math.ceil(size / align) * align;
    starts.set(i, size);
    size += s.name === '.stubs' ? moduleStubCount(obj) * MODULE_STUB_SIZE : s.size;
  });
  return { starts, end: Math.ceil(size / MODULE_PAGE_SIZE) * MODULE_PAGE_SIZE };
}

/**
 * `%pS` of a place in a module's core text once the module is formed (live-patch relocations
 * are applied then): the nearest named symbol at or below it, the distance to the next one.
 * Undefined when no symbol holds it.
 */
export function moduleSymbolic(obj: ObjectFile, sectionIndex: number, offset: number, module: string): string | undefined {
  const { starts, end } = coreText(obj);
  const base = starts.get(sectionIndex);
  if (base === undefined) return undefined;
  const address = base + offset;
  let best: { name: string; at: number } | undefined;
  let next = end;
  for (const s of obj.symbols) {
    if (s.section.kind !== 'defined' || s.section.index === undefined || !s.name || s.type === 'section' || s.type === 'file') continue;
    const start = starts.get(s.section.index);
    if (start === undefined) continue;
    const at = start + Number(s.value - obj.sections[s.section.index].address);
    if (at <= address && (!best || at > best.at)) best = { name: s.name, at };
    if (at > address && at < next) next = at;
  }
  if (!best) return undefined;
  return `${best.name}+0x${(address - best.at).toString(16)}/0x${(next - best.at).toString(16)} [${module}]`;
}
