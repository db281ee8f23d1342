// Condition-register instructions: the CR-bit logicals, field moves, and moves between the
// CR (or XER's flags) and GPRs.

import { CA, CA32, CR, OV, OV32 } from '../machine.js';
import { ctz32 } from '../u64.js';
import { crShift, field, gpr, setCrField, type Factory, type Family } from './context.js';
import { BITWISE_OPS, bitwise } from './logical.js';

function crLogical(op: number): Factory {
  return (c) => {
    const { s } = c;
    const a = 31 - field(c, 'BA'), b = 31 - field(c, 'BB'), t = 31 - field(c, 'BT');
    return () => {
      const cr = s[CR];
      const bit = bitwise(op, (cr >>> a) & 1, (cr >>> b) & 1) & 1;
      s[CR] = (cr & ~(1 << t)) | (bit << t);
    };
  };
}

const mcrf: Factory = (c) => {
  const { s } = c;
  const bf = field(c, 'BF'), from = crShift(field(c, 'BFA'));
  return () => setCrField(s, bf, (s[CR] >>> from) & 0xf);
};

const mcrxrx: Factory = (c) => {
  const { s } = c;
  const bf = field(c, 'BF');
  return () => setCrField(s, bf, (s[OV] << 3) | (s[OV32] << 2) | (s[CA] << 1) | s[CA32]);
};

/** The CR bits of the fields an FXM mask selects (FXM bit 7 is field 0). */
function fieldMask(fxm: number): number {
  let m = 0;
  for (let f = 0; f < 8; f++) if (fxm & (0x80 >> f)) m |= 0xf << crShift(f);
  return m;
}

const mfcr: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT'));
  return () => {
    s[rt] = s[CR];
    s[rt + 1] = 0;
  };
};

const mtcrf: Factory = (c) => {
  const { s } = c;
  const rs = gpr(field(c, 'RS')), m = fieldMask(field(c, 'FXM'));
  return () => {
    s[CR] = (s[rs] & m) | (s[CR] & ~m);
  };
};

const oneHot = (fxm: number) => fxm !== 0 && (fxm & (fxm - 1)) === 0;

// The one-field forms leave everything unchanged when FXM does not name exactly one field
// (undefined in the ISA; qemu does nothing). mfocrf zeroes the other fields.
const mtocrf: Factory = (c) => {
  const fxm = field(c, 'FXM');
  return oneHot(fxm) ? mtcrf(c) : () => {};
};

const mfocrf: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT')), fxm = field(c, 'FXM');
  if (!oneHot(fxm)) return () => {};
  const m = 0xf << (4 * ctz32(fxm));
  return () => {
    s[rt] = s[CR] & m;
    s[rt + 1] = 0;
  };
};

export const CR_OPS: Family = {
  ...Object.fromEntries(BITWISE_OPS.map((k, op) => ['cr' + k, crLogical(op)])),
  mcrf,
  mcrxrx,
  mfcr,
  mtcrf,
  mtocrf,
  mfocrf,
};
