// The kernel-style file both editor tests open: one line the parser and the assembler reject.
export const demo = [
  '/* Tocsin editor test: a small function with one broken line. */',
  '#include <asm/ppc_asm.h>',
  '',
  '\t.section ".text","ax",@progbits',
  '',
  '_GLOBAL(tocsin_demo)',
  '\tmflr\tr0',
  '\tstd\tr0, 16(r1)',
  '\tstdu\tr1, -32(r1)',
  '\tbl\ttocsin_helper',
  '\tnop',
  '\tld r3,,(',
  '\taddi\tr1, r1, 32',
  '\tld\tr0, 16(r1)',
  '\tmtlr\tr0',
  '\tblr',
  '',
].join('\n');

/** 0-based line of the broken instruction. */
export const badLine = demo.split('\n').indexOf('\tld r3,,(');
