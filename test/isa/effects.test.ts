import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TABLE } from '../../server/src/isa/table.js';
import { effectsOf } from '../../server/src/isa/effects.js';

const row = (m: string) => {
  const r = TABLE.find((x) => x.mnemonic === m);
  assert.ok(r, `no row ${m}`);
  return r;
};
/** `NAME:r|w|rw` per operand, then the named registers and bits read and written, then memory. */
const summary = (m: string) => {
  const e = effectsOf(row(m));
  return [
    e.operands.map((o) => `${o.name}:${o.access === 'read-write' ? 'rw' : o.access[0]}`).join(' '),
    `reads ${[...e.reads].sort().join(',') || '-'}`,
    `writes ${[...e.writes].sort().join(',') || '-'}`,
    e.memory ? `${e.memory.access} ${e.memory.bytes ?? '?'}` : 'no memory',
  ].join(' | ');
};

const expected: Record<string, string> = {
  add: 'RT:w RA:r RB:r | reads - | writes - | no memory',
  'add.': 'RT:w RA:r RB:r | reads XER.SO | writes CR0 | no memory',
  addo: 'RT:w RA:r RB:r | reads - | writes XER.OV,XER.OV32,XER.SO | no memory',
  'addo.': 'RT:w RA:r RB:r | reads XER.SO | writes CR0,XER.OV,XER.OV32,XER.SO | no memory',
  addic: 'RT:w RA:r SI:r | reads - | writes XER.CA,XER.CA32 | no memory',
  adde: 'RT:w RA:r RB:r | reads XER.CA | writes XER.CA,XER.CA32 | no memory',
  subfze: 'RT:w RA:r | reads XER.CA | writes XER.CA,XER.CA32 | no memory',
  sradi: 'RA:w RS:r SH6:r | reads - | writes XER.CA,XER.CA32 | no memory',
  'or.': 'RA:w RS:r RB:r | reads XER.SO | writes CR0 | no memory',
  mr: 'RA:w RS:r | reads - | writes - | no memory',
  rlwimi: 'RA:rw RS:r SH:r MB:r ME:r | reads - | writes - | no memory',
  cmpwi: 'CRF0:w RA:r SI:r | reads XER.SO | writes - | no memory',
  cmpld: 'CRF0:w RA:r RB:r | reads XER.SO | writes - | no memory',
  ld: 'RT:w DS:r RA0:r | reads - | writes - | load 8',
  ldu: 'RT:w DS:r RAL:rw | reads - | writes - | load 8',
  lwz: 'RT:w D:r RA0:r | reads - | writes - | load 4',
  lha: 'RT:w D:r RA0:r | reads - | writes - | load 2',
  lbz: 'RT:w D:r RA0:r | reads - | writes - | load 1',
  lhbrx: 'RT:w RA0:r RB:r | reads - | writes - | load 2',
  ldarx: 'RT:w RA0:r RB:r EH:r | reads - | writes - | load 8',
  std: 'RS:r DS:r RA0:r | reads - | writes - | store 8',
  stdu: 'RS:r DS:r RAS:rw | reads - | writes - | store 8',
  stb: 'RS:r D:r RA0:r | reads - | writes - | store 1',
  'stwcx.': 'RS:r RA0:r RB:r | reads XER.SO | writes CR0 | store 4',
  'stdcx.': 'RS:r RA0:r RB:r | reads XER.SO | writes CR0 | store 8',
  lmw: 'RT:w D:r RAM:r | reads - | writes - | load ?',
  lfd: 'FRT:w D:r RA0:r | reads - | writes - | load 8',
  stfsux: 'FRS:r RAS:rw RB:r | reads - | writes - | store 4',
  lxvd2x: 'XT:w RA0:r RB:r | reads - | writes - | load 16',
  stxvp: 'XTP:r DQ:r RA0:r | reads - | writes - | store 32',
  lxsd: 'VRT:w DS:r RA0:r | reads - | writes - | load 8',
  lvx: 'VRT:w RA0:r RB:r | reads - | writes - | load 16',
  pld: 'RT:w D34:r RA0:r R:r | reads - | writes - | load 8',
  plxv: 'XT8:w D34:r RA0:r R:r | reads - | writes - | load 16',
  dcbz: 'RA0:r RB:r | reads - | writes - | store ?',
  bl: 'LI:r | reads - | writes LR | no memory',
  b: 'LI:r | reads - | writes - | no memory',
  bdnz: 'BD:r | reads CTR | writes CTR | no memory',
  'beq+': 'CR:r BD:r | reads CR | writes - | no memory',
  blr: 'BH:r | reads LR | writes - | no memory',
  bctrl: 'BH:r | reads CTR | writes LR | no memory',
  bgelr: 'CR:r BH:r | reads CR,LR | writes - | no memory',
  mflr: 'RT:w | reads LR | writes - | no memory',
  mtctr: 'RS:r | reads - | writes CTR | no memory',
  mtmsrd: 'RS:r L15:r | reads - | writes MSR | no memory',
  'fadd.': 'FRT:w FRA:r FRB:r | reads - | writes CR1 | no memory',
  'vcmpequw.': 'VRT:w VRA:r VRB:r | reads - | writes CR6 | no memory',
  'xvcmpeqdp.': 'XT:w XA:r XB:r | reads - | writes CR6 | no memory',
  mtvscr: 'VRB:r | reads - | writes VSCR | no memory',
  mffs: 'FRT:w | reads FPSCR | writes - | no memory',
  dmxvf32gerpp: 'AT:rw XAacc:r XBacc:r | reads - | writes - | no memory',
};

test('reads and writes derived from forms and operands', () => {
  for (const [m, want] of Object.entries(expected)) assert.equal(summary(m), want, m);
});

test('every table row has documentation data', () => {
  for (const r of TABLE) {
    assert.ok(r.doc.length >= 3, `${r.mnemonic} has no description`);
    assert.ok(['2.07', '3.0', '3.1', 'other'].includes(r.level), `${r.mnemonic} has no ISA level`);
    assert.doesNotThrow(() => effectsOf(r), r.mnemonic);
  }
});
