// The link an object goes into when nothing says so: what the object itself shows. A kernel
// module (`.ko`, `.modinfo`, `__this_module`) is `module`; kernel code (linked at 0xc000…, or
// carrying sections only kernel builds make) is `vmlinux`; anything else stands alone.
import type { ObjectFile } from '../model/object';
import type { CheckTarget } from './tocRules';

/** Kernel text on ppc64: linked addresses from here up. */
const KERNEL_BASE = 0xc000000000000000n;
/** Sections of the kernel's own link scripts and macros (exception tables, feature fixups, ksymtab...). */
const KERNEL_SECTION = /^(__ex_table|__bug_table|___?ksymtab|__kcrctab|__ftr_fixup|__mmu_ftr_fixup|__fw_ftr_fixup|__lwsync_fixup|__\w+_barrier_fixup|__\w+_flush_fixup|__\w+_fixup|\.head\.text|\.noinstr\.text|\.ref\.text|\.init\.text|\.exit\.text|\.kprobes\.text|_kprobe_blacklist|_error_injection_whitelist|__jump_table|\.discard\.)/;

export function inferTarget(object: ObjectFile): CheckTarget | undefined {
  if (object.kind === 'module' || /\.ko$/.test(object.name) || object.moduleName !== undefined) return 'module';
  if (object.sections.some((s) => s.name === '.modinfo' || s.name === '.gnu.linkonce.this_module')) return 'module';
  if (object.symbols.some((s) => s.name === '__this_module')) return 'module';
  if (object.name === 'vmlinux' || /\/vmlinux$/.test(object.name)) return 'vmlinux';
  if (object.kind === 'executable' && object.sections.some((s) => s.address >= KERNEL_BASE)) return 'vmlinux';
  if (object.sections.some((s) => KERNEL_SECTION.test(s.name))) return 'vmlinux';
  return undefined;
}
