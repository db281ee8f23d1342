// Random Power programs for the differential test against qemu: the user-level fixed-point
// mix (arithmetic with carry, overflow and record forms, compares, logicals, rotates and shifts,
// multiply and divide edge cases, CR and XER moves), loads and stores of every width and form
// (prefixed too) into a per-program data buffer, reservations, GPR/FPR/VR/VSR moves, and control
// flow: forward conditional branches on CR bits, bounded loops (bdnz and compare-and-branch),
// bl/blr pairs with conditional returns, bctr and bctrl. Each program sets its own registers
// (li/lis/ori/sldi/oris sequences over special and random values), XER, CR and CTR, and ends
// by folding its buffer into a register so every store is checked.
//
// Registers: r0 and r2..r27 hold data; r28 counts loops, r29 and r30 form addresses, r31
// points at the program's buffer; r1 (the stack) is left alone.

import { Random } from './random.js';

const DATA = [0, ...Array.from({ length: 26 }, (_, i) => i + 2)];
const LOOP = 28;
const ADDR = 29;
const INDEX = 30;
const BUF = 31;
const BUFFER_BYTES = 256;

/** Values that break arithmetic: zero, ones, sign boundaries, word boundaries. */
const SPECIAL: bigint[] = [
  0n, 1n, 2n, 0xffffffffffffffffn, 0xfffffffffffffffen, 0x8000000000000000n, 0x7fffffffffffffffn,
  0x80000000n, 0x7fffffffn, 0xffffffffn, 0x100000000n, 0xffffffff80000000n, 0xffffffff7fffffffn,
  0x8000000080000000n, 0x00000000ffff0000n, 0x7fff8000n, 0xffffffff00000000n, 0x0000000100000001n, 3n, 0x40n, 0x3fn,
];

function value64(rng: Random): bigint {
  switch (rng.int(0, 5)) {
    case 0: case 1: return rng.pick(SPECIAL);
    case 2: return BigInt.asUintN(64, BigInt(rng.int(-300, 300)));
    case 3: return BigInt.asUintN(64, BigInt(rng.next() | 0)); // sign-extended word
    case 4: return BigInt(rng.next()); // zero-extended word
    default: return rng.u64();
  }
}

const signed16 = (v: number) => ((v + 0x8000) & 0xffff) - 0x8000;

/** LOAD_REG_IMMEDIATE: li, lis/ori or the five-instruction sequence. */
function loadImmediate(reg: number, v: bigint): string[] {
  const s = BigInt.asIntN(64, v);
  if (s >= -32768n && s <= 32767n) return [`li ${reg},${s}`];
  if (s >= -(2n ** 31n) && s < 2n ** 31n) {
    const w = Number(s) | 0;
    return [`lis ${reg},${signed16(w >>> 16)}`, `ori ${reg},${reg},${w & 0xffff}`];
  }
  const top = Number((v >> 32n) & 0xffffffffn), bottom = Number(v & 0xffffffffn);
  return [`lis ${reg},${signed16(top >>> 16)}`, `ori ${reg},${reg},${top & 0xffff}`, `rldicr ${reg},${reg},32,31`,
    `oris ${reg},${reg},${bottom >>> 16}`, `ori ${reg},${reg},${bottom & 0xffff}`];
}

// ---- Instruction templates ---------------------------------------------------------------------
// `name[o][.] OPERANDS`: each [x] is included at random. Operands: T destination data register,
// A B C source data registers, SI UI signed/unsigned 16-bit, SI34, SH5 SH6 MB5 ME5 MB6, BF (CR
// field), CRB (CR bit), FXM, ONEHOT (one-field FXM, all the assembler takes), L (0 or 1), DM (0..3), XT XA XB (VSR 0..63),
// FT FB FA (FPR), VT VA VB (VR), SIMM (-16..15), IMM8, or a literal number.

const ALU: [number, string][] = [
  [6, 'add[o][.] T,A,B'], [5, 'subf[o][.] T,A,B'], [4, 'addc[o][.] T,A,B'], [4, 'subfc[o][.] T,A,B'],
  [4, 'adde[o][.] T,A,B'], [4, 'subfe[o][.] T,A,B'], [3, 'addme[o][.] T,A'], [3, 'subfme[o][.] T,A'],
  [3, 'addze[o][.] T,A'], [3, 'subfze[o][.] T,A'], [3, 'neg[o][.] T,A'], [6, 'addi T,A,SI'], [3, 'addis T,A,SI'],
  [3, 'addic T,A,SI'], [3, 'addic. T,A,SI'], [3, 'subfic T,A,SI'], [3, 'mulli T,A,SI'], [3, 'li T,SI'], [2, 'lis T,SI'],
  [2, 'addex T,A,B,0'],
  [3, 'mullw[o][.] T,A,B'], [3, 'mulld[o][.] T,A,B'], [2, 'mulhw[.] T,A,B'], [2, 'mulhwu[.] T,A,B'], [2, 'mulhd[.] T,A,B'],
  [2, 'mulhdu[.] T,A,B'], [2, 'divw[o][.] T,A,B'], [2, 'divwu[o][.] T,A,B'], [2, 'divd[o][.] T,A,B'], [2, 'divdu[o][.] T,A,B'],
  [2, 'divwe[o][.] T,A,B'], [2, 'divweu[o][.] T,A,B'], [2, 'divde[o][.] T,A,B'], [2, 'divdeu[o][.] T,A,B'],
  [1, 'modsw T,A,B'], [1, 'moduw T,A,B'], [1, 'modsd T,A,B'], [1, 'modud T,A,B'],
  [1, 'maddhd T,A,B,C'], [1, 'maddhdu T,A,B,C'], [1, 'maddld T,A,B,C'],
  [3, 'cmpd BF,A,B'], [3, 'cmpw BF,A,B'], [3, 'cmpld BF,A,B'], [3, 'cmplw BF,A,B'], [3, 'cmpdi BF,A,SI'], [3, 'cmpwi BF,A,SI'],
  [2, 'cmpldi BF,A,UI'], [2, 'cmplwi BF,A,UI'], [1, 'cmprb BF,L,A,B'], [1, 'cmpeqb BF,A,B'], [2, 'setb T,BF'],
  [1, 'setbc T,CRB'], [1, 'setbcr T,CRB'], [1, 'setnbc T,CRB'], [1, 'setnbcr T,CRB'], [3, 'isel T,A,B,CRB'], [1, 'isel T,0,B,CRB'],
  [3, 'and[.] T,A,B'], [2, 'andc[.] T,A,B'], [3, 'or[.] T,A,B'], [2, 'orc[.] T,A,B'], [3, 'xor[.] T,A,B'], [2, 'nand[.] T,A,B'],
  [2, 'nor[.] T,A,B'], [2, 'eqv[.] T,A,B'], [2, 'andi. T,A,UI'], [2, 'andis. T,A,UI'], [2, 'ori T,A,UI'], [2, 'oris T,A,UI'],
  [2, 'xori T,A,UI'], [2, 'xoris T,A,UI'], [2, 'mr[.] T,A'], [1, 'not[.] T,A'], [1, 'nop'],
  [2, 'extsb[.] T,A'], [2, 'extsh[.] T,A'], [2, 'extsw[.] T,A'], [2, 'cntlzw[.] T,A'], [2, 'cntlzd[.] T,A'],
  [2, 'cnttzw[.] T,A'], [2, 'cnttzd[.] T,A'], [1, 'popcntb T,A'], [1, 'popcntw T,A'], [1, 'popcntd T,A'], [1, 'prtyw T,A'],
  [1, 'prtyd T,A'], [1, 'brw T,A'], [1, 'brd T,A'], [1, 'brh T,A'], [1, 'cmpb T,A,B'], [1, 'bpermd T,A,B'],
  [1, 'cntlzdm T,A,B'], [1, 'cnttzdm T,A,B'], [1, 'pdepd T,A,B'], [1, 'pextd T,A,B'], [1, 'cfuged T,A,B'],
  [4, 'rlwinm[.] T,A,SH5,MB5,ME5'], [2, 'rlwnm[.] T,A,B,MB5,ME5'], [3, 'rlwimi[.] T,A,SH5,MB5,ME5'],
  [3, 'rldicl[.] T,A,SH6,MB6'], [3, 'rldicr[.] T,A,SH6,MB6'], [2, 'rldic[.] T,A,SH6,MB6'], [2, 'rldimi[.] T,A,SH6,MB6'],
  [2, 'rldcl[.] T,A,B,MB6'], [2, 'rldcr[.] T,A,B,MB6'], [2, 'srdi[.] T,A,SH6'], [2, 'sldi[.] T,A,SH6'], [1, 'clrldi[.] T,A,SH6'],
  [1, 'rotldi T,A,SH6'], [1, 'slwi T,A,SH5'], [1, 'srwi T,A,SH5'], [1, 'clrlwi T,A,SH5'], [1, 'rotlw T,A,B'],
  [3, 'slw[.] T,A,B'], [3, 'srw[.] T,A,B'], [3, 'sraw[.] T,A,B'], [3, 'srawi[.] T,A,SH5'], [3, 'sld[.] T,A,B'],
  [3, 'srd[.] T,A,B'], [3, 'srad[.] T,A,B'], [3, 'sradi[.] T,A,SH6'], [2, 'extswsli[.] T,A,SH6'],
  [2, 'crand CRB,CRB,CRB'], [1, 'crandc CRB,CRB,CRB'], [2, 'cror CRB,CRB,CRB'], [1, 'crorc CRB,CRB,CRB'], [2, 'crxor CRB,CRB,CRB'],
  [1, 'crnand CRB,CRB,CRB'], [1, 'crnor CRB,CRB,CRB'], [1, 'creqv CRB,CRB,CRB'], [1, 'crset CRB'], [1, 'crclr CRB'],
  [2, 'mcrf BF,BF'], [2, 'mfcr T'], [2, 'mtcrf FXM,A'], [1, 'mtocrf ONEHOT,A'], [1, 'mfocrf T,ONEHOT'], [1, 'mcrxrx BF'],
  [2, 'mfxer T'], [1, 'mtxer A'], [1, 'mflr T'], [1, 'mfctr T'], [1, 'mfspr T,815'], [1, 'mtspr 815,A'], [1, 'mfspr T,256'],
  [1, 'mtspr 256,A'], [1, 'mfspr T,896'], [1, 'mtspr 896,A'],
  // Thread-priority nops (they set PPR) and hints that only look like or.
  [1, 'or 1,1,1'], [1, 'or 6,6,6'], [1, 'or 2,2,2'], [1, 'or 31,31,31'], [1, 'or 27,27,27'],
  [1, 'twi 0,A,SI'], [1, 'tdi 0,A,SI'], [1, 'td 0,A,B'], [1, 'sync'], [1, 'lwsync'], [1, 'isync'], [1, 'eieio'],
  [1, 'dcbt 0,31'], [1, 'dcbst 0,31'], [1, 'icbi 0,31'],
  [2, 'paddi T,A,SI34'], [2, 'pli T,SI34'],
  // Vector and floating-point register moves, logicals and splats.
  [2, 'mtvsrd XT,A'], [2, 'mfvsrd T,XA'], [2, 'mfvsrld T,XA'], [1, 'mtvsrdd XT,A,B'], [1, 'mtvsrdd XT,0,B'], [1, 'mtvsrws XT,A'],
  [1, 'mtvsrwa FT,A'], [1, 'mtvsrwz FT,A'], [1, 'mfvsrwz T,XA'], [2, 'xxlor XT,XA,XB'], [1, 'xxlxor XT,XA,XB'],
  [1, 'xxland XT,XA,XB'], [1, 'xxlandc XT,XA,XB'], [1, 'xxlnor XT,XA,XB'], [1, 'xxlnand XT,XA,XB'], [1, 'xxpermdi XT,XA,XB,DM'], [1, 'xxspltib XT,IMM8'], [1, 'vor VT,VA,VB'], [1, 'vxor VT,VA,VB'],
  [1, 'vand VT,VA,VB'], [1, 'vnor VT,VA,VB'], [1, 'vspltisb VT,SIMM'], [1, 'vspltish VT,SIMM'], [1, 'vspltisw VT,SIMM'],
  [1, 'fmr FT,FB'], [1, 'fneg FT,FB'], [1, 'fabs FT,FB'], [1, 'fnabs FT,FB'], [1, 'fcpsgn FT,FA,FB'],
];

function expand(rng: Random, template: string): string {
  const [namePart, ops = ''] = template.split(' ');
  const name = namePart.replace(/\[([^\]]*)\]/g, (_, f: string) => (rng.chance(0.4) ? f : ''));
  const operand = (op: string): string => {
    switch (op) {
      case 'T': case 'A': case 'B': case 'C': return String(rng.pick(DATA));
      case 'SI': return String(rng.chance(0.3) ? rng.pick([0, 1, -1, 32767, -32768, 2, 16]) : rng.int(-32768, 32767));
      case 'UI': return String(rng.chance(0.3) ? rng.pick([0, 0xffff, 0x8000, 1, 0xff]) : rng.int(0, 0xffff));
      case 'SI34': return String(rng.chance(0.3) ? rng.pick([0, -1, 2 ** 33 - 1, -(2 ** 33), 2 ** 31]) : rng.int(-(2 ** 33), 2 ** 33 - 1));
      case 'SH5': case 'MB5': case 'ME5': return String(rng.int(0, 31));
      case 'SH6': case 'MB6': return String(rng.int(0, 63));
      case 'BF': return String(rng.int(0, 7));
      case 'CRB': return String(rng.int(0, 31));
      case 'FXM': return String(rng.int(0, 255));
      case 'ONEHOT': return String(1 << rng.int(0, 7));
      case 'L': return String(rng.int(0, 1));
      case 'DM': return String(rng.int(0, 3));
      case 'XT': case 'XA': case 'XB': return String(rng.int(0, 63));
      case 'FT': case 'FA': case 'FB': case 'VT': case 'VA': case 'VB': return String(rng.int(0, 31));
      case 'SIMM': return String(rng.int(-16, 15));
      case 'IMM8': return String(rng.int(0, 255));
      default: return op;
    }
  };
  return ops ? `${name} ${ops.split(',').map(operand).join(',')}` : name;
}

// ---- Memory accesses -------------------------------------------------------------------------

interface Access {
  name: string;
  width: number;
  /** Register class of the data operand: GPR, FPR, VR or VSR. */
  reg: 'gpr' | 'fpr' | 'vr' | 'vsr';
  form: 'D' | 'DS' | 'DQ' | 'X' | 'P';
  update?: boolean;
  store?: boolean;
  /** X-form vector accesses that ignore the low four address bits. */
  aligned?: boolean;
}

const A = (name: string, width: number, form: Access['form'], opts: Partial<Access> = {}): Access =>
  ({ name, width, form, reg: 'gpr', store: name.startsWith('st') || name.startsWith('pst'), ...opts });

const ACCESSES: Access[] = [
  A('lbz', 1, 'D'), A('lhz', 2, 'D'), A('lha', 2, 'D'), A('lwz', 4, 'D'), A('lwa', 4, 'DS'), A('ld', 8, 'DS'),
  A('lbzu', 1, 'D', { update: true }), A('lhzu', 2, 'D', { update: true }), A('lhau', 2, 'D', { update: true }),
  A('lwzu', 4, 'D', { update: true }), A('ldu', 8, 'DS', { update: true }),
  A('lbzx', 1, 'X'), A('lhzx', 2, 'X'), A('lhax', 2, 'X'), A('lwzx', 4, 'X'), A('lwax', 4, 'X'), A('ldx', 8, 'X'),
  A('lbzux', 1, 'X', { update: true }), A('lhzux', 2, 'X', { update: true }), A('lhaux', 2, 'X', { update: true }),
  A('lwzux', 4, 'X', { update: true }), A('lwaux', 4, 'X', { update: true }), A('ldux', 8, 'X', { update: true }),
  A('lhbrx', 2, 'X'), A('lwbrx', 4, 'X'), A('ldbrx', 8, 'X'),
  A('stb', 1, 'D'), A('sth', 2, 'D'), A('stw', 4, 'D'), A('std', 8, 'DS'),
  A('stbu', 1, 'D', { update: true }), A('sthu', 2, 'D', { update: true }), A('stwu', 4, 'D', { update: true }), A('stdu', 8, 'DS', { update: true }),
  A('stbx', 1, 'X'), A('sthx', 2, 'X'), A('stwx', 4, 'X'), A('stdx', 8, 'X'),
  A('stbux', 1, 'X', { update: true }), A('sthux', 2, 'X', { update: true }), A('stwux', 4, 'X', { update: true }), A('stdux', 8, 'X', { update: true }),
  A('sthbrx', 2, 'X'), A('stwbrx', 4, 'X'), A('stdbrx', 8, 'X'),
  A('plbz', 1, 'P'), A('plhz', 2, 'P'), A('plha', 2, 'P'), A('plwz', 4, 'P'), A('plwa', 4, 'P'), A('pld', 8, 'P'),
  A('pstb', 1, 'P'), A('psth', 2, 'P'), A('pstw', 4, 'P'), A('pstd', 8, 'P'),
  A('lfd', 8, 'D', { reg: 'fpr' }), A('lfs', 4, 'D', { reg: 'fpr' }), A('stfd', 8, 'D', { reg: 'fpr' }), A('stfs', 4, 'D', { reg: 'fpr' }),
  A('lfdu', 8, 'D', { reg: 'fpr', update: true }), A('stfsu', 4, 'D', { reg: 'fpr', update: true }),
  A('lfdx', 8, 'X', { reg: 'fpr' }), A('lfsx', 4, 'X', { reg: 'fpr' }), A('stfdx', 8, 'X', { reg: 'fpr' }), A('stfsx', 4, 'X', { reg: 'fpr' }),
  A('lfiwax', 4, 'X', { reg: 'fpr' }), A('lfiwzx', 4, 'X', { reg: 'fpr' }), A('stfiwx', 4, 'X', { reg: 'fpr' }),
  A('lxsd', 8, 'DS', { reg: 'vr' }), A('stxsd', 8, 'DS', { reg: 'vr' }), A('lxsdx', 8, 'X', { reg: 'vsr' }), A('stxsdx', 8, 'X', { reg: 'vsr' }),
  A('lxsiwzx', 4, 'X', { reg: 'vsr' }), A('lxv', 16, 'DQ', { reg: 'vsr' }), A('stxv', 16, 'DQ', { reg: 'vsr' }),
  A('lxvx', 16, 'X', { reg: 'vsr' }), A('stxvx', 16, 'X', { reg: 'vsr' }), A('lxvd2x', 16, 'X', { reg: 'vsr' }),
  A('stxvd2x', 16, 'X', { reg: 'vsr' }), A('lxvw4x', 16, 'X', { reg: 'vsr' }), A('stxvw4x', 16, 'X', { reg: 'vsr' }),
  A('lvx', 16, 'X', { reg: 'vr', aligned: true }), A('stvx', 16, 'X', { reg: 'vr', aligned: true }),
  A('plfd', 8, 'P', { reg: 'fpr' }), A('pstfd', 8, 'P', { reg: 'fpr' }), A('plxv', 16, 'P', { reg: 'vsr' }), A('pstxv', 16, 'P', { reg: 'vsr' }),
];

/** An offset into the buffer where `width` bytes fit, a multiple of `step`. */
function offset(rng: Random, width: number, step = 1): number {
  return Math.floor(rng.int(0, BUFFER_BYTES - width) / step) * step;
}

function access(rng: Random, bufLabel: string): string[] {
  const a = rng.pick(ACCESSES);
  const reg = a.reg === 'gpr' ? String(rng.pick(DATA)) : String(rng.int(0, a.reg === 'vsr' ? 63 : 31));
  const step = a.form === 'DS' ? 4 : a.form === 'DQ' ? 16 : 1;
  const off = offset(rng, a.width, step);
  if (a.form === 'P') {
    // Half PC-relative to the buffer's label, half based on r31.
    return rng.chance(0.5) ? [`${a.name} ${reg},${bufLabel}+${off}@pcrel`] : [`${a.name} ${reg},${off}(${BUF})`];
  }
  if (a.form !== 'X') {
    if (!a.update) return [`${a.name} ${reg},${off}(${BUF})`];
    // Update forms: a base in r29 and a displacement that lands inside the buffer.
    const disp = Math.floor(rng.int(-off, BUFFER_BYTES - a.width - off) / step) * step;
    return [`addi ${ADDR},${BUF},${off - disp}`, `${a.name} ${reg},${disp}(${ADDR})`];
  }
  if (a.update) {
    const first = rng.int(0, off);
    return [`addi ${ADDR},${BUF},${first}`, `li ${INDEX},${off - first}`, `${a.name} ${reg},${ADDR},${INDEX}`];
  }
  // Indexed: base r31 plus r30, or RA = 0 with the whole address in r30.
  return rng.chance(0.7)
    ? [`li ${INDEX},${off}`, `${a.name} ${reg},${BUF},${INDEX}`]
    : [`addi ${INDEX},${BUF},${off}`, `${a.name} ${reg},0,${INDEX}`];
}

/** A reservation pair: larx, maybe a disturbing store, stcx. to the same or another address. */
function reservation(rng: Random): string[] {
  const [w, load, store] = rng.pick([[1, 'lbarx', 'stbcx.'], [2, 'lharx', 'sthcx.'], [4, 'lwarx', 'stwcx.'], [8, 'ldarx', 'stdcx.']] as const);
  const off = offset(rng, w, w);
  const out = [`addi ${ADDR},${BUF},${off}`, `${load} ${rng.pick(DATA)},0,${ADDR}`];
  if (rng.chance(0.2)) out.push(`stb ${rng.pick(DATA)},${rng.int(0, w - 1)}(${ADDR})`);
  if (rng.chance(0.2)) out.push(`addi ${ADDR},${BUF},${offset(rng, w, w)}`);
  out.push(`${store} ${rng.pick(DATA)},0,${ADDR}`);
  return out;
}

// ---- Control flow --------------------------------------------------------------------------

/** Valid BO values; those with 0x04 set leave CTR alone. */
const BO_ANY = [0, 2, 4, 6, 7, 8, 10, 12, 14, 15, 16, 18, 20, 24, 25, 26, 27];
const BO_NO_CTR = BO_ANY.filter((bo) => bo & 4);

interface Scope {
  inLoop: boolean;
  inFunction: boolean;
}

class ProgramWriter {
  readonly lines: string[] = [];
  readonly functions: string[] = [];
  private labels = 0;

  constructor(private readonly rng: Random, readonly name: string, readonly buffer: string) {}

  label(): string {
    return `${this.name}_L${this.labels++}`;
  }

  /** One straight-line item: an ALU instruction, an access or a reservation pair. */
  straight(scope: Scope): string[] {
    const rng = this.rng;
    const r = rng.int(0, 99);
    if (r < 22) return access(rng, this.buffer);
    if (r < 25) return reservation(rng);
    if (r < 27 && !scope.inLoop && !scope.inFunction) return [`mtctr ${rng.pick(DATA)}`];
    if (r < 28 && !scope.inFunction) return [`mtlr ${rng.pick(DATA)}`];
    if (r < 29) return [`dcbz 0,${BUF}`];
    return [expand(rng, rng.weighted(ALU))];
  }

  items(count: number, scope: Scope): void {
    for (let i = 0; i < count; i++) {
      const rng = this.rng;
      const r = rng.int(0, 99);
      const top = !scope.inLoop && !scope.inFunction;
      if (r < 8) this.forwardBranch(scope);
      else if (r < 11 && top) this.loop();
      else if (r < 14 && !scope.inFunction) this.call(scope);
      else if (r < 16 && top) this.jumpThroughCtr();
      else this.lines.push(...this.straight(scope));
    }
  }

  /** bc over a few instructions, on any CR bit; CTR-decrementing BO only where CTR is free. */
  private forwardBranch(scope: Scope): void {
    const rng = this.rng;
    const to = this.label();
    const bo = rng.pick(scope.inLoop || scope.inFunction ? BO_NO_CTR : BO_ANY);
    this.lines.push(rng.chance(0.15) ? `b ${to}` : `bc ${bo},${rng.int(0, 31)},${to}`);
    for (let i = rng.int(1, 3); i > 0; i--) this.lines.push(...this.straight({ ...scope, inLoop: true }));
    this.lines.push(`${to}:`);
  }

  /** A bounded loop: CTR with bdnz (or bdnzt/bdnzf, which may leave early), or a counter in r28. */
  private loop(): void {
    const rng = this.rng;
    const top = this.label();
    const n = rng.int(1, 5);
    const byCtr = rng.chance(0.7);
    this.lines.push(`li ${LOOP},${n}`);
    if (byCtr) this.lines.push(`mtctr ${LOOP}`);
    this.lines.push(`${top}:`);
    const scope = { inLoop: true, inFunction: false };
    for (let i = rng.int(1, 4); i > 0; i--) {
      if (rng.chance(0.2)) this.forwardBranch(scope);
      else if (rng.chance(0.1)) this.call(scope);
      else this.lines.push(...this.straight(scope));
    }
    if (byCtr) this.lines.push(`bc ${rng.pick([16, 16, 24, 25, 0, 8])},${rng.int(0, 31)},${top}`);
    else this.lines.push(`addi ${LOOP},${LOOP},-1`, `cmpdi 7,${LOOP},0`, `bne 7,${top}`);
  }

  /** bl (or bctrl through CTR) to a function that may return early with a conditional bclr. */
  private call(scope: Scope): void {
    const rng = this.rng;
    const fn = this.label();
    if (!scope.inLoop && rng.chance(0.3)) {
      this.lines.push(`lis ${ADDR},${fn}@ha`, `addi ${ADDR},${ADDR},${fn}@l`, `mtctr ${ADDR}`, 'bctrl');
    } else {
      this.lines.push(`bl ${fn}`);
    }
    const body = new ProgramWriter(rng, fn, this.buffer);
    body.items(rng.int(1, 3), { inLoop: scope.inLoop, inFunction: true });
    if (rng.chance(0.4)) body.lines.push(`bclr ${rng.pick(BO_NO_CTR)},${rng.int(0, 31)}`, ...body.straight({ inLoop: true, inFunction: true }));
    this.functions.push(`${fn}:`, ...body.lines, 'blr', ...body.functions);
  }

  /** mtctr/bctr (or a conditional bcctr) over a few instructions. */
  private jumpThroughCtr(): void {
    const rng = this.rng;
    const to = this.label();
    this.lines.push(`lis ${ADDR},${to}@ha`, `addi ${ADDR},${ADDR},${to}@l`, `mtctr ${ADDR}`);
    this.lines.push(rng.chance(0.5) ? 'bctr' : `bcctr ${rng.pick(BO_NO_CTR)},${rng.int(0, 31)}`);
    for (let i = rng.int(1, 3); i > 0; i--) this.lines.push(...this.straight({ inLoop: true, inFunction: false }));
    this.lines.push(`${to}:`);
  }
}

/** One program: set-up, `length` items, the buffer folded into r30, VSRs copied out to r28. */
function program(rng: Random, index: number, length: number): { text: string[]; data: string[] } {
  const name = `prog_${index}`;
  const buffer = `buf_${index}`;
  const w = new ProgramWriter(rng, name, buffer);
  const text = [`${name}:`, `lis ${BUF},${buffer}@ha`, `addi ${BUF},${BUF},${buffer}@l`];
  for (const r of DATA) if (rng.chance(0.4)) text.push(...loadImmediate(r, value64(rng)));
  // XER with random flags (and other bits), CR and CTR from random values.
  text.push(...loadImmediate(ADDR, value64(rng) | (BigInt(rng.int(0, 0x1f)) << 18n) | (BigInt(rng.int(0, 7)) << 29n)), `mtxer ${ADDR}`);
  text.push(...loadImmediate(ADDR, value64(rng)), 'mtcrf 255,29');
  text.push(`mtctr ${rng.pick(DATA)}`);
  w.items(length, { inLoop: false, inFunction: false });
  const fold = w.label();
  text.push(...w.lines,
    `li ${LOOP},${BUFFER_BYTES / 8}`, `mtctr ${LOOP}`, `addi ${ADDR},${BUF},-8`, `li ${INDEX},0`,
    `${fold}:`, `ldu ${LOOP},8(${ADDR})`, `xor ${INDEX},${INDEX},${LOOP}`, `rotldi ${INDEX},${INDEX},7`, `bdnz ${fold}`);
  for (let i = 0; i < 3; i++) {
    const v = rng.int(0, 63);
    text.push(`mfvsrd ${LOOP},${v}`, `mfvsrld ${LOOP},${v}`);
  }
  text.push(`b ${name}_end`, ...w.functions, `${name}_end:`);
  const data = [`.balign 128`, `${buffer}:`];
  for (let i = 0; i < BUFFER_BYTES / 8; i++) data.push(`.quad 0x${value64(rng).toString(16)}`);
  return { text, data };
}

/** Assembly for `count` programs run one after another, then exit(0). */
export function generateBatch(seed: number, firstIndex: number, count: number, length: number): string {
  const rng = new Random(seed);
  const text: string[] = [];
  const data: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = program(rng, firstIndex + i, length);
    text.push(...p.text);
    data.push(...p.data);
  }
  return [
    '.abiversion 2', '.data', ...data, '.text', '.globl _start', '_start:', ...text,
    'li 0,1', 'li 3,0', 'sc', '',
  ].map((l) => (l.endsWith(':') || l.startsWith('.') ? l : '\t' + l)).join('\n');
}
