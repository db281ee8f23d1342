// System instructions: SPR moves, traps, system calls, the MSR and interrupt returns that
// kernel entry code uses, and the barriers and cache hints, which have no effect on a machine
// with one thread and coherent caches beyond dropping decoded instructions on icbi.

import { MSR, PC, readXer, SPR_XER, sprPrivileged, sprSlot, SPRS, writeXer } from '../machine.js';
import { OUT, hex64 } from '../u64.js';
import { relate } from './compare.js';
import { sized } from './address.js';
import { baseReg, field, gpr, raField, type Factory, type Family } from './context.js';

const sprName = (n: number) => {
  const named = SPRS.find((r) => r.read.includes(n) || r.write.includes(n));
  return named ? `SPR ${n} (${named.name})` : `SPR ${n}`;
};


const mfspr: Factory = (c) => {
  const { s, host } = c;
  const n = field(c, 'SPR'), rt = gpr(field(c, 'RT'));
  if (sprPrivileged(n) && !host.modelPrivileged) return () => host.halt('privileged', `${c.decoded.text}: ${sprName(n)} is privileged`);
  if (n === SPR_XER) {
    return () => {
      s[rt] = readXer(s);
      s[rt + 1] = 0;
    };
  }
  const from = sprSlot(n, false);
  if (from === undefined) return () => host.halt('unimplemented', `${c.decoded.text}: reading ${sprName(n)} is not modelled`);
  return () => {
    s[rt] = s[from];
    s[rt + 1] = s[from + 1];
  };
};

const mtspr: Factory = (c) => {
  const { s, host } = c;
  const n = field(c, 'SPR'), rs = gpr(field(c, 'RS'));
  if (sprPrivileged(n) && !host.modelPrivileged) return () => host.halt('privileged', `${c.decoded.text}: ${sprName(n)} is privileged`);
  if (n === SPR_XER) return () => writeXer(s, s[rs]);
  const to = sprSlot(n, true);
  if (to === undefined) return () => host.halt('unimplemented', `${c.decoded.text}: writing ${sprName(n)} is not modelled`);
  return () => {
    s[to] = s[rs];
    s[to + 1] = s[rs + 1];
  };
};

/** TO bits: 16 less, 8 greater (signed), 4 equal, 2 less, 1 greater (unsigned). */
const TO_NAMES: [bit: number, name: string][] = [[16, 'lt'], [8, 'gt'], [4, 'eq'], [2, 'llt'], [1, 'lgt']];

function trap(doubleword: boolean, immediate: boolean): Factory {
  return (c) => {
    const { s, host } = c;
    const to = field(c, 'TO'), ra = gpr(raField(c));
    const rb = immediate ? -1 : gpr(field(c, 'RB'));
    const k = immediate ? field(c, 'SI') : 0;
    const kHi = k < 0 ? -1 : 0;
    const text = c.decoded.text.replace(/\s+/g, ' ');
    return () => {
      const blo = rb >= 0 ? s[rb] : k, bhi = rb >= 0 ? s[rb + 1] : kHi;
      const signed = relate(s[ra], s[ra + 1], blo, bhi, true, doubleword);
      const unsigned = relate(s[ra], s[ra + 1], blo, bhi, false, doubleword);
      const held = ((to & 16) && signed < 0) || ((to & 8) && signed > 0) || ((to & 4) && signed === 0)
        || ((to & 2) && unsigned < 0) || ((to & 1) && unsigned > 0);
      if (!held) return;
      const which = TO_NAMES.filter(([bit]) => to & bit).map(([, name]) => name).join('|');
      const a = doubleword ? hex64(s[ra], s[ra + 1]) : '0x' + (s[ra] >>> 0).toString(16);
      const b = doubleword ? hex64(blo, bhi) : '0x' + (blo >>> 0).toString(16);
      host.halt('trap', `${text}: trap condition ${which} holds for ${a} and ${b}`);
    };
  };
}

const sc: Factory = (c) => {
  const level = field(c, 'LEV');
  return () => c.host.systemCall(level);
};

// MSR bits (bit 0 the least significant).
const MSR_HV_HI = 0x10000000; // bit 60, in the high word
const MSR_EE = 0x8000;
const MSR_RI = 0x2;

const mfmsr: Factory = (c) => {
  const { s } = c;
  const rt = gpr(field(c, 'RT'));
  return () => {
    s[rt] = s[MSR];
    s[rt + 1] = s[MSR + 1];
  };
};

/**
 * mtmsrd: L=1 moves only EE and RI (the kernel's interrupt enable/disable); L=0 the whole MSR
 * but HV, which only a hypervisor interrupt return may change. mtmsr moves the low word alone.
 */
function mtmsr(doubleword: boolean): Factory {
  return (c) => {
    const { s } = c;
    const rs = gpr(field(c, 'RS')), onlyEeRi = field(c, 'L15') === 1;
    return () => {
      if (onlyEeRi) {
        const m = MSR_EE | MSR_RI;
        s[MSR] = (s[MSR] & ~m) | (s[rs] & m);
        return;
      }
      s[MSR] = s[rs];
      if (doubleword) s[MSR + 1] = (s[rs + 1] & ~MSR_HV_HI) | (s[MSR + 1] & MSR_HV_HI);
    };
  };
}

/** rfid and hrfid: PC from (H)SRR0, MSR from (H)SRR1 (HV kept unless returning from the hypervisor). */
function interruptReturn(srr0: string, srr1: string, hypervisor: boolean): Factory {
  const pcFrom = SPRS.find((r) => r.name === srr0)!.slot;
  const msrFrom = SPRS.find((r) => r.name === srr1)!.slot;
  return (c) => {
    const { s } = c;
    return () => {
      const hv = hypervisor ? s[msrFrom + 1] & MSR_HV_HI : s[MSR + 1] & MSR_HV_HI;
      s[MSR] = s[msrFrom];
      s[MSR + 1] = (s[msrFrom + 1] & ~MSR_HV_HI) | hv;
      s[PC] = s[pcFrom] & ~3;
      s[PC + 1] = s[pcFrom + 1];
    };
  };
}

/** icbi: decoded instructions of the 128-byte block are dropped (stores already do it). */
const icbi: Factory = (c) => {
  const { s, host } = c;
  const ra = baseReg(c), rb = gpr(field(c, 'RB'));
  return () => {
    const l = (s[ra] >>> 0) + (s[rb] >>> 0);
    OUT[0] = l | 0;
    OUT[1] = (s[ra + 1] + s[rb + 1] + (l > 0xffffffff ? 1 : 0)) | 0;
    host.invalidateCode(OUT[1], OUT[0] & ~127, 128);
  };
};

const noEffect: Factory = () => () => {};

/** The prefixed no-op still has to step over its 8 bytes. */
const pnop: Factory = (c) => sized(c, () => {});

/**
 * Barriers and cache hints: ordering and caching cannot be observed here. The touch hints are
 * named by whichever of their rows the table makes the general one (dcbt or dcbtct).
 */
const NO_EFFECT = [
  // wait, waitrsv and pause_short only hint: the interrupt or reservation loss that ends a wait
  // always comes for a user process (the next timer tick), and nothing here observes the pause.
  'wait', 'waitrsv', 'pause_short',
  'sync', 'isync', 'eieio', 'dcbt', 'dcbtct', 'dcbtst', 'dcbtstct', 'dcbst', 'dcbf', 'icbt', 'msgsync', 'cpabort', 'slbsync', 'tlbsync',
];

export const SYSTEM: Family = {
  mfspr,
  mtspr,
  tw: trap(false, false),
  td: trap(true, false),
  twi: trap(false, true),
  tdi: trap(true, true),
  sc,
  mfmsr,
  mtmsr: mtmsr(false),
  mtmsrd: mtmsr(true),
  rfid: interruptReturn('srr0', 'srr1', false),
  hrfid: interruptReturn('hsrr0', 'hsrr1', true),
  icbi,
  pnop,
  ...Object.fromEntries(NO_EFFECT.map((k) => [k, noEffect])),
};
