// A relocatable object's `objdump -dr` listing of any length, in binutils 2.40's layout:
// functions with a TOC setup, a call to printk with its nop, and a return. Line numbers of
// each function's nop are known, so tests can break calls one by one.
const HEADER = '\nbig.o:     file format elf64-powerpcle\n\n\nDisassembly of section .text:\n';

export interface BigListing {
  text: string;
  lines: number;
  /** Line of the nop after function i's call. */
  nopLine(i: number): number;
  functions: number;
}

const LINES_PER_FUNCTION = 12;

function hexOffset(n: number): string {
  return n.toString(16);
}

export function bigListing(wantedLines: number): BigListing {
  const functions = Math.max(1, Math.ceil((wantedLines - 5) / LINES_PER_FUNCTION));
  const out: string[] = [HEADER];
  for (let i = 0; i < functions; i++) {
    const base = i * 0x1c;
    const a = (k: number) => hexOffset(base + k * 4).padStart(4, ' ');
    out.push(
      '',
      `${(base).toString(16).padStart(16, '0')} <f${i}>:`,
      `${a(0)}:\t00 00 4c 3c \taddis   r2,r12,0`,
      `\t\t\t${hexOffset(base)}: R_PPC64_REL16_HA\t.TOC.`,
      `${a(1)}:\t00 00 42 38 \taddi    r2,r2,0`,
      `\t\t\t${hexOffset(base + 4)}: R_PPC64_REL16_LO\t.TOC.+0x4`,
      `${a(2)}:\ta6 02 08 7c \tmflr    r0`,
      `${a(3)}:\t01 00 00 48 \tbl      ${hexOffset(base + 12)} <f${i}+0xc>`,
      `\t\t\t${hexOffset(base + 12)}: R_PPC64_REL24\tprintk`,
      `${a(4)}:\t00 00 00 60 \tnop`,
      `${a(5)}:\ta6 03 08 7c \tmtlr    r0`,
      `${a(6)}:\t20 00 80 4e \tblr`,
    );
  }
  const text = out.join('\n') + '\n';
  const first = text.slice(0, text.indexOf('\tnop\n')).split('\n').length - 1;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return { text, lines, functions, nopLine: (i) => first + i * LINES_PER_FUNCTION };
}

/** The replacement that turns function i's nop into `mr r31,r3`: a call that lacks its nop. */
export function breakNop(listing: BigListing, i: number): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const line = listing.nopLine(i);
  const address = (i * 0x1c + 16).toString(16).padStart(4, ' ');
  const old = `${address}:\t00 00 00 60 \tnop`;
  return { range: { start: { line, character: 0 }, end: { line, character: old.length } }, text: `${address}:\t78 1b 7f 7c \tmr      r31,r3` };
}
