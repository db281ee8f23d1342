// Branches. BO says whether CTR is decremented and tested (and for zero or non-zero) and
// whether a CR bit is tested (and for set or clear); targets are relative or absolute
// displacements, or LR, CTR or TAR with the low two bits cleared, read before LK writes LR.
// A taken branch records its own address in CFAR, as the hardware does.

import { CR, CTR, LR, PC, SPRS, TAR } from '../machine.js';
import { field, type Ctx, type Factory, type Family } from './context.js';

const CFAR = SPRS.find((r) => r.name === 'cfar')!.slot;

/** The target of a displacement branch: relative to the instruction, or absolute (AA). */
function displacementTarget(c: Ctx, displacement: number): [number, number] {
  if (c.aa) return [displacement, displacement >> 31];
  const l = (c.pcLo >>> 0) + displacement;
  const carry = l > 0xffffffff ? 1 : l < 0 ? -1 : 0;
  return [l | 0, (c.pcHi + carry) | 0];
}

const branch: Factory = (c) => {
  const { s, lk, pcLo, pcHi, nextLo, nextHi } = c;
  const [tLo, tHi] = displacementTarget(c, field(c, 'LI', 'LIA'));
  return () => {
    if (lk) {
      s[LR] = nextLo;
      s[LR + 1] = nextHi;
    }
    s[CFAR] = pcLo;
    s[CFAR + 1] = pcHi;
    s[PC] = tLo;
    s[PC + 1] = tHi;
  };
};

type TargetRegister = 'lr' | 'ctr' | 'tar';
const TARGET_SLOT: Record<TargetRegister, number> = { lr: LR, ctr: CTR, tar: TAR };

function conditionalBranch(register?: TargetRegister): Factory {
  return (c) => {
    const { s, lk, pcLo, pcHi, nextLo, nextHi } = c;
    const bo = field(c, 'BO');
    const crShift = 31 - field(c, 'BI');
    const decrement = (bo & 4) === 0;
    const branchIfZero = (bo & 2) !== 0;
    const testCr = (bo & 16) === 0;
    const crWanted = (bo & 8) >>> 3;
    const [dLo, dHi] = register ? [0, 0] : displacementTarget(c, field(c, 'BD', 'BDA'));
    const from = register ? TARGET_SLOT[register] : -1;
    // bcctr with a CTR test (qemu, like the 2.x server processors): the test reads CTR before
    // any decrement, which happens only when that test passes; the target is the old CTR.
    const testThenDecrement = register === 'ctr';
    // The common shapes get closures of their own, free of the general one's branches:
    // a CR-bit test to a displacement (beq, bne, ...), bdnz, and blr.
    if (from < 0 && !lk && !decrement && testCr) {
      return () => {
        if (((s[CR] >>> crShift) & 1) === crWanted) {
          s[CFAR] = pcLo;
          s[CFAR + 1] = pcHi;
          s[PC] = dLo;
          s[PC + 1] = dHi;
        }
      };
    }
    if (from < 0 && !lk && decrement && !testCr && !branchIfZero) {
      return () => {
        const lo = (s[CTR] - 1) | 0;
        s[CTR] = lo;
        if (lo === -1) s[CTR + 1] = (s[CTR + 1] - 1) | 0;
        if ((lo | s[CTR + 1]) !== 0) {
          s[CFAR] = pcLo;
          s[CFAR + 1] = pcHi;
          s[PC] = dLo;
          s[PC + 1] = dHi;
        }
      };
    }
    if (register === 'lr' && !lk && !decrement && !testCr) {
      return () => {
        s[CFAR] = pcLo;
        s[CFAR + 1] = pcHi;
        s[PC] = s[LR] & ~3;
        s[PC + 1] = s[LR + 1];
      };
    }
    return () => {
      const tLo = from >= 0 ? s[from] & ~3 : dLo;
      const tHi = from >= 0 ? s[from + 1] : dHi;
      let take = true;
      if (decrement) {
        if (testThenDecrement) take = ((s[CTR] | s[CTR + 1]) === 0) === branchIfZero;
        if (take || !testThenDecrement) {
          const lo = (s[CTR] - 1) | 0;
          s[CTR] = lo;
          if (lo === -1) s[CTR + 1] = (s[CTR + 1] - 1) | 0;
          if (!testThenDecrement) take = ((lo | s[CTR + 1]) === 0) === branchIfZero;
        }
      }
      if (take && testCr) take = ((s[CR] >>> crShift) & 1) === crWanted;
      if (lk) {
        s[LR] = nextLo;
        s[LR + 1] = nextHi;
      }
      if (take) {
        s[CFAR] = pcLo;
        s[CFAR + 1] = pcHi;
        s[PC] = tLo;
        s[PC + 1] = tHi;
      }
    };
  };
}

export const BRANCHES: Family = {
  b: branch,
  bc: conditionalBranch(),
  bclr: conditionalBranch('lr'),
  bcctr: conditionalBranch('ctr'),
  bctar: conditionalBranch('tar'),
};
