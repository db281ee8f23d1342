// Reads `qemu-ppc64le -singlestep -d cpu` logs. qemu logs the CPU state before each
// translation block, so with -singlestep the n-th block is the state before instruction n and
// the state after it is block n + 1. States are packed into an Int32Array, STATE_INTS per
// instruction, 64-bit values as (low, high) pairs like the emulator's own state.

export const STATE_INTS = 73;
export const AT_PC = 0;
export const AT_GPR = 2;
export const AT_CR = 66;
export const AT_LR = 67;
export const AT_CTR = 69;
export const AT_XER = 71;

export interface QemuLog {
  states: Int32Array;
  count: number;
}

function hex32(text: string, at: number): number {
  return parseInt(text.slice(at, at + 8), 16) | 0;
}

/** Writes the 16 hex digits at `at` into out[i] (low) and out[i + 1] (high). */
function hex64(text: string, at: number, out: Int32Array, i: number): void {
  out[i + 1] = hex32(text, at);
  out[i] = hex32(text, at + 8);
}

export function parseQemuLog(text: string): QemuLog {
  const blocks: number[] = [];
  for (let at = text.indexOf('NIP '); at >= 0; at = text.indexOf('\nNIP ', at + 1)) blocks.push(text[at] === '\n' ? at + 1 : at);
  const states = new Int32Array(blocks.length * STATE_INTS);
  blocks.forEach((at, n) => {
    const base = n * STATE_INTS;
    // NIP xxxxxxxxxxxxxxxx   LR xxxxxxxxxxxxxxxx CTR xxxxxxxxxxxxxxxx XER xxxxxxxxxxxxxxxx
    hex64(text, at + 4, states, base + AT_PC);
    const lr = text.indexOf(' LR ', at);
    hex64(text, lr + 4, states, base + AT_LR);
    hex64(text, lr + 25, states, base + AT_CTR);
    hex64(text, lr + 46, states, base + AT_XER);
    let g = text.indexOf('GPR00 ', at);
    for (let row = 0; row < 8; row++) {
      for (let col = 0; col < 4; col++) hex64(text, g + 6 + col * 17, states, base + AT_GPR + 2 * (row * 4 + col));
      g = text.indexOf('GPR', g + 6);
    }
    const cr = text.indexOf('\nCR ', at);
    states[base + AT_CR] = hex32(text, cr + 4);
  });
  return { states, count: blocks.length };
}
