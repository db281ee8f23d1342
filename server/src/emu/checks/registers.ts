// Register reads straight from the state array: the checks run after every step, so they skip
// the by-name lookups of Machine.get.

import { GPR, PC } from '../machine.js';
import { toBig } from '../u64.js';

export function gprValue(s: Int32Array, n: number): bigint {
  return toBig(s[GPR + 2 * n], s[GPR + 2 * n + 1]);
}

export function pcValue(s: Int32Array): bigint {
  return toBig(s[PC], s[PC + 1]);
}

/** A 64-bit word from 8 bytes in the machine's byte order. */
export function word64(bytes: Uint8Array, bigEndian: boolean): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, !bigEndian);
}
