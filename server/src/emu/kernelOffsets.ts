// The kernel structure offsets that the scenario set-up and the module loader's ftrace stubs
// need, read from the prelude headers the examples are assembled with (6.1 ppc64le
// asm-offsets), so the two cannot drift.
import { readSourceFile } from '../parse/source';
import { join } from 'node:path';
import { preludeDir } from '../model/assembler/prelude';

export const KERNEL_OFFSET_NAMES = [
  'PACATOC', 'PACA_THREAD_INFO', 'PACA_FTRACE_ENABLED', 'TI_livepatch_sp', 'STACK_FRAME_OVERHEAD', '_NIP', 'STACK_END_MAGIC',
] as const;
export type KernelOffsets = Record<(typeof KERNEL_OFFSET_NAMES)[number], number>;

const HEADERS = ['asm/asm-offsets.h', 'linux/magic.h'];
let cached: Record<string, number> | undefined;

function preludeConstants(): Record<string, number> {
  if (cached) return cached;
  cached = {};
  for (const header of HEADERS) {
    for (const m of readSourceFile(join(preludeDir(), header)).matchAll(/^#define\s+(\w+)\s+(0x[0-9a-fA-F]+|\d+)\s*$/gm)) {
      cached[m[1]] = Number(m[2]);
    }
  }
  return cached;
}

export function kernelOffsets(overrides: Record<string, number> = {}): KernelOffsets {
  const known = preludeConstants();
  const out = {} as KernelOffsets;
  for (const name of KERNEL_OFFSET_NAMES) {
    const v = overrides[name] ?? known[name];
    if (v === undefined) throw new Error(`the prelude does not define ${name}`);
    out[name] = v;
  }
  return out;
}
