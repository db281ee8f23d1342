// A live-patch module's `objdump -dr` listing, shared by the editor and diagnostics tests: the
// call to a `.klp.sym` symbol at 0x8 has no nop after it (the module loader refuses it); the
// call back to `patched` at 0x10 has its nop.
export const moduleListing = [
  '',
  'patch.ko:     file format elf64-powerpcle',
  '',
  '',
  'Disassembly of section .text:',
  '',
  '0000000000000000 <patched>:',
  '   0:\t00 00 4c 3c \taddis   r2,r12,0',
  '\t\t\t0: R_PPC64_REL16_HA\t.TOC.',
  '   4:\t00 00 42 38 \taddi    r2,r2,0',
  '\t\t\t4: R_PPC64_REL16_LO\t.TOC.+0x4',
  '   8:\t01 00 00 48 \tbl      8 <patched+0x8>',
  '\t\t\t8: R_PPC64_REL24\t.klp.sym.vmlinux.helper,1',
  '   c:\t78 1b 7f 7c \tmr      r31,r3',
  '  10:\tf1 ff ff 4b \tbl      0 <patched>',
  '  14:\t00 00 00 60 \tnop',
  '  18:\t20 00 80 4e \tblr',
  '',
].join('\n');
