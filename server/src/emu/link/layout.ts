// Where everything goes. Inputs form TOC groups: the kernel image (every `kernel` input, like
// vmlinux), the `object` inputs (one ld link), and each module on its own. A group is laid out
// as ld and the module loader lay out theirs: all code first, then read-only data, data, the
// TOC (.got before .toc) and .bss, each section at its own alignment. A module's stub area
// follows its code. Linked inputs (listings of vmlinux or executables) stay at their own
// addresses and take no relocations.
import { isLinked, type ObjectFile, type Section } from '../../model/object';
import { PAGE_SIZE, PERM_R, PERM_W, PERM_X } from '../memory';
import type { LinkInput } from './index';

export type SectionClass = 'text' | 'stubs' | 'rodata' | 'data' | 'got' | 'toc' | 'bss';
const CLASS_ORDER: SectionClass[] = ['text', 'stubs', 'rodata', 'data', 'got', 'toc', 'bss'];

export const PERMS: Record<SectionClass, number> = {
  text: PERM_R | PERM_X, stubs: PERM_R | PERM_X, rodata: PERM_R, data: PERM_R | PERM_W, got: PERM_R | PERM_W, toc: PERM_R | PERM_W, bss: PERM_R | PERM_W,
};

/** Default placement of the first block: the kernel's linear map, or a user program's usual base. */
export const KERNEL_BASE = 0xc000000000000000n;
export const USER_BASE = 0x10000000n;
const BLOCK_ALIGN = 0x10000n;
const PAGE = BigInt(PAGE_SIZE);
/** One module stub: six instructions, a pad word, a magic word, then the target address. */
export const STUB_SIZE = 40;

export interface GroupInfo {
  kind: 'kernel' | 'object' | 'module' | 'linked';
  inputs: number[];
}

export interface SectionPlace {
  input: number;
  /** Index into the object's sections; -1 for a module's stub area. */
  section: number;
  name: string;
  cls: SectionClass;
  address: bigint;
  size: number;
  align: number;
}

export interface Layout {
  groups: GroupInfo[];
  /** Group of each input. */
  groupOf: number[];
  /** Per input: the place of each of its object's sections (undefined: not loaded). */
  places: (SectionPlace | undefined)[][];
  /** Per module input: its stub area. */
  stubAreas: Map<number, SectionPlace>;
  /** Every place in layout order. */
  order: SectionPlace[];
}

/** The class of a section, or undefined when it is not loaded. Listings lack ELF flags: the name tells. */
export function classify(section: Section): SectionClass | undefined {
  const name = section.name;
  if (section.alloc === false) return undefined;
  if (section.alloc === undefined && /^\.(debug|comment|note\.GNU-stack|symtab|strtab|shstrtab|rela)/.test(name)) return undefined;
  if (section.nobits ?? /^\.(s?bss|tbss)(\.|$)/.test(name)) return 'bss';
  if (section.exec ?? (/^\.(text|init\.text|exit\.text|sched\.text|fixup|ref\.text|head\.text)/.test(name) || section.instructions.length > 0)) return 'text';
  if (name === '.got') return 'got';
  if (name === '.toc' || name.startsWith('.toc.')) return 'toc';
  if (section.write === false || (section.write === undefined && /^\.rodata/.test(name))) return 'rodata';
  return 'data';
}

const alignUp = (v: bigint, a: bigint) => (a <= 1n ? v : (v + a - 1n) / a * a);

export function layOut(inputs: LinkInput[], stubCounts: Map<number, number>): Layout {
  const groups: GroupInfo[] = [];
  const groupOf: number[] = [];
  const shared = new Map<string, number>();
  // Blocks: inputs laid out together from one address. A kernel or object input with its own
  // address starts a block of its own in its group.
  const blocks: { inputs: number[]; address?: bigint; role: LinkInput['role'] }[] = [];
  const sharedBlock = new Map<string, number>();
  inputs.forEach((input, i) => {
    if (isLinked(input.object.kind)) {
      groupOf.push(groups.length);
      groups.push({ kind: 'linked', inputs: [i] });
      return;
    }
    if (input.role === 'module') {
      groupOf.push(groups.length);
      groups.push({ kind: 'module', inputs: [i] });
      blocks.push({ inputs: [i], address: input.address, role: input.role });
      return;
    }
    let g = shared.get(input.role);
    if (g === undefined) {
      g = groups.length;
      shared.set(input.role, g);
      groups.push({ kind: input.role, inputs: [] });
    }
    groups[g].inputs.push(i);
    groupOf.push(g);
    if (input.address !== undefined) {
      blocks.push({ inputs: [i], address: input.address, role: input.role });
      return;
    }
    const b = sharedBlock.get(input.role);
    if (b === undefined) {
      sharedBlock.set(input.role, blocks.length);
      blocks.push({ inputs: [i], role: input.role });
    } else blocks[b].inputs.push(i);
  });

  const places: (SectionPlace | undefined)[][] = inputs.map((input) => input.object.sections.map(() => undefined));
  const stubAreas = new Map<number, SectionPlace>();
  const order: SectionPlace[] = [];
  inputs.forEach((input, i) => {
    if (!isLinked(input.object.kind)) return;
    input.object.sections.forEach((s, j) => {
      const cls = classify(s);
      if (!cls) return;
      const place = { input: i, section: j, name: s.name, cls, address: s.address, size: s.size, align: 1 };
      places[i][j] = place;
      order.push(place);
    });
  });

  let cursor: bigint | undefined;
  for (const block of blocks) {
    let at = block.address ?? alignUp(cursor ?? (block.role === 'object' ? USER_BASE : KERNEL_BASE), BLOCK_ALIGN);
    let perms: number | undefined;
    for (const cls of CLASS_ORDER) {
      // Code, read-only data and writable data on pages of their own, as the kernel maps them:
      // a jump into data faults instead of running it.
      const used = block.inputs.some((i) => (cls === 'stubs'
        ? (stubCounts.get(i) ?? 0) > 0
        : inputs[i].object.sections.some((s) => s.size > 0 && classify(s) === cls)));
      if (used) {
        if (perms !== undefined && PERMS[cls] !== perms) at = alignUp(at, PAGE);
        perms = PERMS[cls];
      }
      for (const i of block.inputs) {
        const object: ObjectFile = inputs[i].object;
        if (cls === 'stubs') {
          if (inputs[i].role !== 'module') continue;
          at = alignUp(at, 8n);
          const place = { input: i, section: -1, name: '.stubs', cls, address: at, size: (stubCounts.get(i) ?? 0) * STUB_SIZE, align: 8 };
          stubAreas.set(i, place);
          order.push(place);
          at += BigInt(place.size);
          continue;
        }
        object.sections.forEach((s, j) => {
          if (classify(s) !== cls) return;
          const align = Math.max(1, s.align ?? (cls === 'text' ? 4 : 8));
          at = alignUp(at, BigInt(align));
          const place = { input: i, section: j, name: s.name, cls, address: at, size: s.size, align };
          places[i][j] = place;
          order.push(place);
          at += BigInt(place.size);
        });
      }
    }
    cursor = at;
  }
  return { groups, groupOf, places, stubAreas, order };
}
