// The one description of the Power ISA that decoding, encoding, objdump-style text and hover
// documentation all derive from. Each row gives the mnemonic, its form and opcode numbers, its
// operands in objdump's order, the ISA level and privilege, and a short description.
// Order matters: where several rows match one word, the first one names it (extended mnemonics
// come before the base instruction they specialise, as objdump prefers them).

import { OPERANDS, type OperandKind, type OperandClass, operand } from './operands.js';
import { SPR_BOTH, SPR_READ, SPR_WRITE, SPR_INDEXED } from './spr.js';

export type IsaLevel = '2.07' | '3.0' | '3.1';
export type Privilege = 'problem' | 'supervisor' | 'hypervisor';

export interface Insn {
  mnemonic: string;
  /** Fixed bits of the (suffix) word and which bits are fixed. */
  opcode: number;
  mask: number;
  /** For 64-bit prefixed instructions: the prefix word's fixed bits; otherwise mask 0. */
  prefixOpcode: number;
  prefixMask: number;
  operands: OperandKind[];
  form: string;
  level: IsaLevel;
  privilege: Privilege;
  doc: string;
  /** Base instruction this extended mnemonic specialises. */
  base?: string;
}

/** An operand shown as one value but tied to several fields (for extended mnemonics). */
interface Link {
  kind: OperandKind;
  value: (n: number) => number;
}

/** Derived operand kinds add a validity check: the word must agree with the rule. */
export interface DerivedKind extends OperandKind {
  valid(word: number, prefix: number): boolean;
}

function linked(name: string, cls: OperandClass, primary: OperandKind, fromPrimary: (v: number) => number, links: Link[], toPrimary = fromPrimary): DerivedKind {
  // Most rules (n, c-n) are their own inverse; others pass toPrimary.
  const all: Link[] = [{ kind: primary, value: toPrimary }, ...links];
  return {
    name,
    cls,
    wordBits: all.reduce((m, l) => (m | l.kind.wordBits) >>> 0, 0),
    prefixBits: 0,
    get: (w, p) => fromPrimary(primary.get(w, p)),
    valid(w, p) {
      const n = fromPrimary(primary.get(w, p));
      return all.every((l) => {
        const want = l.value(n);
        return l.kind.get(w, p) === want && typeof l.kind.put(want) !== 'string';
      });
    },
    put(n) {
      let word = 0;
      for (const l of all) {
        const r = l.kind.put(l.value(n));
        if (typeof r === 'string') return `${name}: ${r}`;
        word = (word | r.word) >>> 0;
      }
      return { word, prefix: 0 };
    },
  };
}

const id = (v: number) => v;
const K = (name: string) => operand(name);
const derivedKinds: Record<string, DerivedKind> = {
  RSB: linked('RS', 'gpr', K('RS'), id, [{ kind: K('RB'), value: id }]),
  BAB: linked('BA', 'crbit', K('BA'), id, [{ kind: K('BB'), value: id }]),
  BTAB: linked('BT', 'crbit', K('BT'), id, [{ kind: K('BA'), value: id }, { kind: K('BB'), value: id }]),
  XAB: linked('XA', 'vsr', K('XA'), id, [{ kind: K('XB'), value: id }]),
  DMSPLT: linked('DM', 'imm', K('DM'), (v) => (v === 3 ? 1 : v === 0 ? 0 : -1), [], (n) => n * 3),
  VRAB: linked('VRA', 'vr', K('VRA'), id, [{ kind: K('VRB'), value: id }]),
  SLDn: linked('n', 'imm', K('SH6'), id, [{ kind: K('MB6'), value: (n) => 63 - n }]),
  SRDn: linked('n', 'imm', K('MB6'), id, [{ kind: K('SH6'), value: (n) => 64 - n }]),
  CRDn: linked('n', 'imm', K('MB6'), (v) => 63 - v, []),
  SLWn: linked('n', 'imm', K('SH'), id, [{ kind: K('ME'), value: (n) => 31 - n }]),
  SRWn: linked('n', 'imm', K('MB'), id, [{ kind: K('SH'), value: (n) => 32 - n }]),
  CRWn: linked('n', 'imm', K('ME'), (v) => 31 - v, []),
};

function kindOf(name: string): OperandKind {
  return derivedKinds[name] ?? operand(name);
}

// ---- Forms: the opcode bits each form fixes, from its numbers ----------------------------

const P = (p: number) => (p << 26) >>> 0;
const FORMS: Record<string, (a: number[]) => number> = {
  D: ([p]) => P(p),
  DS: ([p, xo]) => P(p) | xo,
  DQ: ([p, xo]) => P(p) | xo,
  X: ([p, xo]) => P(p) | (xo << 1),
  XO: ([p, xo]) => P(p) | (xo << 1),
  A: ([p, xo]) => P(p) | (xo << 1),
  M: ([p]) => P(p),
  MD: ([p, xo]) => P(p) | (xo << 2),
  MDS: ([p, xo]) => P(p) | (xo << 1),
  VX: ([p, xo]) => P(p) | xo,
  VA: ([p, xo]) => P(p) | xo,
  VC: ([p, xo]) => P(p) | xo,
  XX2: ([p, xo]) => P(p) | (xo << 2),
  XX3: ([p, xo]) => P(p) | (xo << 3),
  XX4: ([p, xo]) => P(p) | (xo << 4),
  DX: ([p, xo]) => P(p) | (xo << 1),
};
/** Bit set by a `.` (record CR) variant and by an `o` (record overflow) variant, per form. */
const RC_BIT: Record<string, number> = { VC: 0x400, XX3: 0x400 };
const OE_BIT = 0x400;

// ---- Rows -------------------------------------------------------------------------------
// `name[o][.] FORM:p/xo{FIELD=v,...} OPERANDS level priv | description`
// [o] adds the overflow-recording variant, [.] the CR-recording one. Operands: `D(RA0)` prints
// a displacement with its base register in parentheses; `-` means none.

const ROWS = String.raw`
# Integer arithmetic
li          D:14{RA0=0}        RT,SI                 2.07 | Load a sign-extended 16-bit immediate
addi        D:14               RT,RA0,SI             2.07 | Add a signed 16-bit immediate (RA=0 reads as zero)
lis         D:15{RA0=0}        RT,SI                 2.07 | Load a 16-bit immediate shifted left 16
addis       D:15               RT,RA0,SI             2.07 | Add a signed immediate shifted left 16
addic       D:12               RT,RA,SI              2.07 | Add immediate, setting XER[CA]
addic.      D:13               RT,RA,SI              2.07 | Add immediate, setting XER[CA] and CR0
subfic      D:8                RT,RA,SI              2.07 | Subtract from immediate, setting XER[CA]
mulli       D:7                RT,RA,SI              2.07 | Multiply by a signed immediate (low 64 bits)
add[o][.]   XO:31/266          RT,RA,RB              2.07 | Add
subf[o][.]  XO:31/40           RT,RA,RB              2.07 | Subtract RA from RB
addc[o][.]  XO:31/10           RT,RA,RB              2.07 | Add, setting XER[CA]
subfc[o][.] XO:31/8            RT,RA,RB              2.07 | Subtract from, setting XER[CA]
adde[o][.]  XO:31/138          RT,RA,RB              2.07 | Add with carry in
subfe[o][.] XO:31/136          RT,RA,RB              2.07 | Subtract from with carry in
addme[o][.] XO:31/234          RT,RA                 2.07 | Add XER[CA] and minus one
subfme[o][.] XO:31/232         RT,RA                 2.07 | Subtract from minus one with carry
addze[o][.] XO:31/202          RT,RA                 2.07 | Add XER[CA]
subfze[o][.] XO:31/200         RT,RA                 2.07 | Subtract from zero with carry
neg[o][.]   XO:31/104          RT,RA                 2.07 | Negate
addex       X:31/170{CY=0}     RT,RA,RB              3.0  | Add using XER[OV] as carry
mullw[o][.] XO:31/235          RT,RA,RB              2.07 | Multiply words (low 32 bits of product)
mulld[o][.] XO:31/233          RT,RA,RB              2.07 | Multiply doublewords (low 64 bits)
mulhw[.]    XO:31/75           RT,RA,RB              2.07 | Multiply high word, signed
mulhwu[.]   XO:31/11           RT,RA,RB              2.07 | Multiply high word, unsigned
mulhd[.]    XO:31/73           RT,RA,RB              2.07 | Multiply high doubleword, signed
mulhdu[.]   XO:31/9            RT,RA,RB              2.07 | Multiply high doubleword, unsigned
divw[o][.]  XO:31/491          RT,RA,RB              2.07 | Divide word, signed
divwu[o][.] XO:31/459          RT,RA,RB              2.07 | Divide word, unsigned
divd[o][.]  XO:31/489          RT,RA,RB              2.07 | Divide doubleword, signed
divdu[o][.] XO:31/457          RT,RA,RB              2.07 | Divide doubleword, unsigned
divwe[o][.] XO:31/427          RT,RA,RB              2.07 | Divide word extended, signed
divweu[o][.] XO:31/395         RT,RA,RB              2.07 | Divide word extended, unsigned
divde[o][.] XO:31/425          RT,RA,RB              2.07 | Divide doubleword extended, signed
divdeu[o][.] XO:31/393         RT,RA,RB              2.07 | Divide doubleword extended, unsigned
modsw       X:31/779           RT,RA,RB              3.0  | Modulo word, signed
moduw       X:31/267           RT,RA,RB              3.0  | Modulo word, unsigned
modsd       X:31/777           RT,RA,RB              3.0  | Modulo doubleword, signed
modud       X:31/265           RT,RA,RB              3.0  | Modulo doubleword, unsigned
maddhd      VA:4/48            RT,RA,RB,RC           3.0  | Multiply-add high doubleword, signed
maddhdu     VA:4/49            RT,RA,RB,RC           3.0  | Multiply-add high doubleword, unsigned
maddld      VA:4/51            RT,RA,RB,RC           3.0  | Multiply-add low doubleword
darn        X:31/755           RT,L2R                3.0  | Deliver a random number
# Compare
cmpdi       D:11{L1=1}         CRF0,RA,SI            2.07 | Compare doubleword with signed immediate
cmpwi       D:11{L1=0}         CRF0,RA,SI            2.07 | Compare word with signed immediate
cmpldi      D:10{L1=1}         CRF0,RA,UI            2.07 | Compare doubleword with unsigned immediate
cmplwi      D:10{L1=0}         CRF0,RA,UI            2.07 | Compare word with unsigned immediate
cmpd        X:31/0{L1=1}       CRF0,RA,RB            2.07 | Compare doublewords, signed
cmpw        X:31/0{L1=0}       CRF0,RA,RB            2.07 | Compare words, signed
cmpld       X:31/32{L1=1}      CRF0,RA,RB            2.07 | Compare doublewords, unsigned
cmplw       X:31/32{L1=0}      CRF0,RA,RB            2.07 | Compare words, unsigned
cmprb       X:31/192           BF,L1,RA,RB           3.0  | Compare ranged byte
cmpeqb      X:31/224           BF,RA,RB              3.0  | Compare equal byte
setb        X:31/128           RT,BFA                3.0  | Set boolean from a CR field (-1, 0, 1)
setbc       X:31/384           RT,BI                 3.1  | Set to 1 if a CR bit is set
setbcr      X:31/416           RT,BI                 3.1  | Set to 1 if a CR bit is clear
setnbc      X:31/448           RT,BI                 3.1  | Set to -1 if a CR bit is set
setnbcr     X:31/480           RT,BI                 3.1  | Set to -1 if a CR bit is clear
# Logical
nop         D:24{RA=0,RS=0,UI=0} -                   2.07 | No operation (ori r0,r0,0)
ori         D:24               RA,RS,UI              2.07 | OR with unsigned immediate
oris        D:25               RA,RS,UI              2.07 | OR with immediate shifted left 16
xnop        D:26{RA=0,RS=0,UI=0} -                   2.07 | Executed no-operation (xori r0,r0,0)
xori        D:26               RA,RS,UI              2.07 | XOR with unsigned immediate
xoris       D:27               RA,RS,UI              2.07 | XOR with immediate shifted left 16
andi.       D:28               RA,RS,UI              2.07 | AND with immediate, recording CR0
andis.      D:29               RA,RS,UI              2.07 | AND with immediate shifted left 16, recording CR0
and[.]      X:31/28            RA,RS,RB              2.07 | AND
andc[.]     X:31/60            RA,RS,RB              2.07 | AND with complement of RB
yield       X:31/444{RS=27,RA=27,RB=27} -            2.07 | Hint: yield to other threads (or r27,r27,r27)
mdoio       X:31/444{RS=29,RA=29,RB=29} -            2.07 | Hint: miso priority (or r29,r29,r29)
mdoom       X:31/444{RS=30,RA=30,RB=30} -            2.07 | Hint: medium priority (or r30,r30,r30)
mr[.]       X:31/444           RA,RSB                2.07 | Move register (or RA,RS,RS)
or[.]       X:31/444           RA,RS,RB              2.07 | OR
orc[.]      X:31/412           RA,RS,RB              2.07 | OR with complement of RB
xor[.]      X:31/316           RA,RS,RB              2.07 | XOR
nand[.]     X:31/476           RA,RS,RB              2.07 | NAND
not[.]      X:31/124           RA,RSB                2.07 | Complement (nor RA,RS,RS)
nor[.]      X:31/124           RA,RS,RB              2.07 | NOR
eqv[.]      X:31/284           RA,RS,RB              2.07 | Equivalence (XNOR)
extsb[.]    X:31/954           RA,RS                 2.07 | Sign-extend byte
extsh[.]    X:31/922           RA,RS                 2.07 | Sign-extend halfword
extsw[.]    X:31/986           RA,RS                 2.07 | Sign-extend word
cntlzw[.]   X:31/26            RA,RS                 2.07 | Count leading zeros in word
cntlzd[.]   X:31/58            RA,RS                 2.07 | Count leading zeros in doubleword
cnttzw[.]   X:31/538           RA,RS                 3.0  | Count trailing zeros in word
cnttzd[.]   X:31/570           RA,RS                 3.0  | Count trailing zeros in doubleword
popcntb     X:31/122           RA,RS                 2.07 | Population count per byte
popcntw     X:31/378           RA,RS                 2.07 | Population count per word
popcntd     X:31/506           RA,RS                 2.07 | Population count of doubleword
prtyw       X:31/154           RA,RS                 2.07 | Parity of each word
prtyd       X:31/186           RA,RS                 2.07 | Parity of doubleword
cmpb        X:31/508           RA,RS,RB              2.07 | Compare bytes
bpermd      X:31/252           RA,RS,RB              2.07 | Bit permute doubleword
brw         X:31/155           RA,RS                 3.1  | Byte-reverse each word
brd         X:31/187           RA,RS                 3.1  | Byte-reverse doubleword
brh         X:31/219           RA,RS                 3.1  | Byte-reverse each halfword
cntlzdm     X:31/59            RA,RS,RB              3.1  | Count leading zeros under bit mask
cnttzdm     X:31/571           RA,RS,RB              3.1  | Count trailing zeros under bit mask
pdepd       X:31/156           RA,RS,RB              3.1  | Parallel bits deposit
pextd       X:31/188           RA,RS,RB              3.1  | Parallel bits extract
cfuged      X:31/220           RA,RS,RB              3.1  | Centrifuge doubleword
# Rotate and shift
rotlwi[.]   M:21{MB=0,ME=31}   RA,RS,SH              2.07 | Rotate word left by immediate
clrlwi[.]   M:21{SH=0,ME=31}   RA,RS,MB              2.07 | Clear the high n bits of the low word
clrrwi[.]   M:21{SH=0,MB=0}    RA,RS,CRWn            2.07 | Clear the low n bits of the low word
slwi[.]     M:21{MB=0}         RA,RS,SLWn            2.07 | Shift word left by immediate
srwi[.]     M:21{ME=31}        RA,RS,SRWn            2.07 | Shift word right by immediate
rlwinm[.]   M:21               RA,RS,SH,MB,ME        2.07 | Rotate word left by immediate then AND with mask
rotlw[.]    M:23{MB=0,ME=31}   RA,RS,RB              2.07 | Rotate word left
rlwnm[.]    M:23               RA,RS,RB,MB,ME        2.07 | Rotate word left then AND with mask
rlwimi[.]   M:20               RA,RS,SH,MB,ME        2.07 | Rotate word left by immediate then insert under mask
rotldi[.]   MD:30/0{MB6=0}     RA,RS,SH6             2.07 | Rotate doubleword left by immediate
clrldi[.]   MD:30/0{SH6=0}     RA,RS,MB6             2.07 | Clear the high n bits
srdi[.]     MD:30/0            RA,RS,SRDn            2.07 | Shift doubleword right by immediate
rldicl[.]   MD:30/0            RA,RS,SH6,MB6         2.07 | Rotate doubleword left by immediate then clear left
clrrdi[.]   MD:30/1{SH6=0}     RA,RS,CRDn            2.07 | Clear the low n bits
sldi[.]     MD:30/1            RA,RS,SLDn            2.07 | Shift doubleword left by immediate
rldicr[.]   MD:30/1            RA,RS,SH6,MB6         2.07 | Rotate doubleword left by immediate then clear right
rldic[.]    MD:30/2            RA,RS,SH6,MB6         2.07 | Rotate doubleword left by immediate then clear
rldimi[.]   MD:30/3            RA,RS,SH6,MB6         2.07 | Rotate doubleword left by immediate then insert
rotld[.]    MDS:30/8{MB6=0}    RA,RS,RB              2.07 | Rotate doubleword left
rldcl[.]    MDS:30/8           RA,RS,RB,MB6          2.07 | Rotate doubleword left then clear left
rldcr[.]    MDS:30/9           RA,RS,RB,MB6          2.07 | Rotate doubleword left then clear right
slw[.]      X:31/24            RA,RS,RB              2.07 | Shift word left
srw[.]      X:31/536           RA,RS,RB              2.07 | Shift word right
sraw[.]     X:31/792           RA,RS,RB              2.07 | Shift word right algebraic, setting XER[CA]
srawi[.]    X:31/824           RA,RS,SH              2.07 | Shift word right algebraic by immediate
sld[.]      X:31/27            RA,RS,RB              2.07 | Shift doubleword left
srd[.]      X:31/539           RA,RS,RB              2.07 | Shift doubleword right
srad[.]     X:31/794           RA,RS,RB              2.07 | Shift doubleword right algebraic
sradi[.]    XS:31/413          RA,RS,SH6             2.07 | Shift doubleword right algebraic by immediate
extswsli[.] XS:31/445          RA,RS,SH6             3.0  | Sign-extend word then shift left
# Loads and stores
lbz         D:34               RT,D(RA0)             2.07 | Load byte and zero
lbzu        D:35               RT,D(RA)              2.07 | Load byte and zero with update
lhz         D:40               RT,D(RA0)             2.07 | Load halfword and zero
lhzu        D:41               RT,D(RA)              2.07 | Load halfword and zero with update
lha         D:42               RT,D(RA0)             2.07 | Load halfword algebraic
lhau        D:43               RT,D(RA)              2.07 | Load halfword algebraic with update
lwz         D:32               RT,D(RA0)             2.07 | Load word and zero
lwzu        D:33               RT,D(RA)              2.07 | Load word and zero with update
stb         D:38               RS,D(RA0)             2.07 | Store byte
stbu        D:39               RS,D(RA)              2.07 | Store byte with update
sth         D:44               RS,D(RA0)             2.07 | Store halfword
sthu        D:45               RS,D(RA)              2.07 | Store halfword with update
stw         D:36               RS,D(RA0)             2.07 | Store word
stwu        D:37               RS,D(RA)              2.07 | Store word with update
lmw         D:46               RT,D(RA0)             2.07 | Load multiple words
stmw        D:47               RS,D(RA0)             2.07 | Store multiple words
ld          DS:58/0            RT,DS(RA0)            2.07 | Load doubleword
ldu         DS:58/1            RT,DS(RA)             2.07 | Load doubleword with update
lwa         DS:58/2            RT,DS(RA0)            2.07 | Load word algebraic
std         DS:62/0            RS,DS(RA0)            2.07 | Store doubleword
stdu        DS:62/1            RS,DS(RA)             2.07 | Store doubleword with update
stq         DS:62/2            RSP,DS(RA0)           2.07 | Store quadword
lq          DQ:56/0            RTP,DQ(RA0)           2.07 p | Load quadword
lbzx        X:31/87            RT,RA0,RB             2.07 | Load byte and zero indexed
lbzux       X:31/119           RT,RA,RB              2.07 | Load byte and zero with update indexed
lhzx        X:31/279           RT,RA0,RB             2.07 | Load halfword and zero indexed
lhzux       X:31/311           RT,RA,RB              2.07 | Load halfword and zero with update indexed
lhax        X:31/343           RT,RA0,RB             2.07 | Load halfword algebraic indexed
lhaux       X:31/375           RT,RA,RB              2.07 | Load halfword algebraic with update indexed
lwzx        X:31/23            RT,RA0,RB             2.07 | Load word and zero indexed
lwzux       X:31/55            RT,RA,RB              2.07 | Load word and zero with update indexed
lwax        X:31/341           RT,RA0,RB             2.07 | Load word algebraic indexed
lwaux       X:31/373           RT,RA,RB              2.07 | Load word algebraic with update indexed
ldx         X:31/21            RT,RA0,RB             2.07 | Load doubleword indexed
ldux        X:31/53            RT,RA,RB              2.07 | Load doubleword with update indexed
stbx        X:31/215           RS,RA0,RB             2.07 | Store byte indexed
stbux       X:31/247           RS,RA,RB              2.07 | Store byte with update indexed
sthx        X:31/407           RS,RA0,RB             2.07 | Store halfword indexed
sthux       X:31/439           RS,RA,RB              2.07 | Store halfword with update indexed
stwx        X:31/151           RS,RA0,RB             2.07 | Store word indexed
stwux       X:31/183           RS,RA,RB              2.07 | Store word with update indexed
stdx        X:31/149           RS,RA0,RB             2.07 | Store doubleword indexed
stdux       X:31/181           RS,RA,RB              2.07 | Store doubleword with update indexed
lhbrx       X:31/790           RT,RA0,RB             2.07 | Load halfword byte-reversed indexed
lwbrx       X:31/534           RT,RA0,RB             2.07 | Load word byte-reversed indexed
ldbrx       X:31/532           RT,RA0,RB             2.07 | Load doubleword byte-reversed indexed
sthbrx      X:31/918           RS,RA0,RB             2.07 | Store halfword byte-reversed indexed
stwbrx      X:31/662           RS,RA0,RB             2.07 | Store word byte-reversed indexed
stdbrx      X:31/660           RS,RA0,RB             2.07 | Store doubleword byte-reversed indexed
lswi        X:31/597           RT,RA0,NB             2.07 | Load string word immediate
stswi       X:31/725           RS,RA0,NB             2.07 | Store string word immediate
lbarx       X:31/52            RT,RA0,RB,EH          2.07 | Load byte and reserve
lharx       X:31/116           RT,RA0,RB,EH          2.07 | Load halfword and reserve
lwarx       X:31/20            RT,RA0,RB,EH          2.07 | Load word and reserve
ldarx       X:31/84            RT,RA0,RB,EH          2.07 | Load doubleword and reserve
lqarx       X:31/276           RTP,RA0,RB,EH         2.07 | Load quadword and reserve
stbcx.      X:31/694{EH=1}     RS,RA0,RB             2.07 | Store byte conditional, recording CR0
sthcx.      X:31/726{EH=1}     RS,RA0,RB             2.07 | Store halfword conditional, recording CR0
stwcx.      X:31/150{EH=1}     RS,RA0,RB             2.07 | Store word conditional, recording CR0
stdcx.      X:31/214{EH=1}     RS,RA0,RB             2.07 | Store doubleword conditional, recording CR0
stqcx.      X:31/182{EH=1}     RSP,RA0,RB            2.07 | Store quadword conditional, recording CR0
lbzcix      X:31/853           RT,RA0,RB             2.07 h | Load byte caching-inhibited
lhzcix      X:31/821           RT,RA0,RB             2.07 h | Load halfword caching-inhibited
lwzcix      X:31/789           RT,RA0,RB             2.07 h | Load word caching-inhibited
ldcix       X:31/885           RT,RA0,RB             2.07 h | Load doubleword caching-inhibited
stbcix      X:31/981           RS,RA0,RB             2.07 h | Store byte caching-inhibited
sthcix      X:31/949           RS,RA0,RB             2.07 h | Store halfword caching-inhibited
stwcix      X:31/917           RS,RA0,RB             2.07 h | Store word caching-inhibited
stdcix      X:31/1013          RS,RA0,RB             2.07 h | Store doubleword caching-inhibited
# Traps
trap        X:31/4{TO=31,RA=0,RB=0} -                2.07 | Trap unconditionally
tw          X:31/4             TO,RA,RB              2.07 | Trap word on condition
td          X:31/68            TO,RA,RB              2.07 | Trap doubleword on condition
twi         D:3                TO,RA,SI              2.07 | Trap word on condition with immediate
tdi         D:2                TO,RA,SI              2.07 | Trap doubleword on condition with immediate
# Branches (conditional forms are generated below)
b[l][a]     I:18               LI                    2.07 | Branch
# Condition register logical
crset       XL:19/289          BTAB                  2.07 | Set a CR bit (creqv BT,BT,BT)
creqv       XL:19/289          BT,BA,BB              2.07 | CR bit equivalence
crclr       XL:19/193          BTAB                  2.07 | Clear a CR bit (crxor BT,BT,BT)
crxor       XL:19/193          BT,BA,BB              2.07 | CR bit XOR
crmove      XL:19/449          BT,BAB                2.07 | Copy a CR bit (cror BT,BA,BA)
cror        XL:19/449          BT,BA,BB              2.07 | CR bit OR
crnot       XL:19/33           BT,BAB                2.07 | Complement a CR bit (crnor BT,BA,BA)
crnor       XL:19/33           BT,BA,BB              2.07 | CR bit NOR
crand       XL:19/257          BT,BA,BB              2.07 | CR bit AND
crandc      XL:19/129          BT,BA,BB              2.07 | CR bit AND with complement
crnand      XL:19/225          BT,BA,BB              2.07 | CR bit NAND
crorc       XL:19/417          BT,BA,BB              2.07 | CR bit OR with complement
mcrf        XL:19/0            BF,BFA                2.07 | Move CR field
mcrxrx      X:31/576           BF                    3.0  | Move XER OV/CA bits to a CR field
mtcr        XFX:31/144{FXM=255} RS                   2.07 | Move to the whole CR
mtcrf       XFX:31/144         FXM,RS                2.07 | Move to CR fields selected by mask
mtocrf      XFX:31/144{A10=1}  FXM,RS                2.07 | Move to one CR field
mfcr        XFX:31/19          RT                    2.07 | Move from CR
mfocrf      XFX:31/19{A10=1}   RT,FXM                2.07 | Move from one CR field
isellt      A:31/15{BC=0}      RT,RA0,RB             2.07 | Select RA if CR0[LT] else RB
iselgt      A:31/15{BC=1}      RT,RA0,RB             2.07 | Select RA if CR0[GT] else RB
iseleq      A:31/15{BC=2}      RT,RA0,RB             2.07 | Select RA if CR0[EQ] else RB
isel        A:31/15            RT,RA0,RB,BC          2.07 | Select RA or RB by a CR bit
# System, storage control, cache
sc          SC:17/1            LEV                   2.07 | System call
scv         SC:17/0            LEVR                  3.0  | System call vectored
rfid        XL:19/18           -                     2.07 p | Return from interrupt
hrfid       XL:19/274          -                     2.07 h | Return from hypervisor interrupt
urfid       XL:19/306          -                     3.0  h | Return from ultravisor interrupt
rfscv       XL:19/82           -                     3.0  p | Return from system call vectored
rfebb       XL:19/146          S11                   2.07 | Return from event-based branch
stop        XL:19/370          -                     3.0  p | Stop the thread
nap         XL:19/434          -                     2.07 h | Enter nap power-saving state
sleep       XL:19/466          -                     2.07 h | Enter sleep power-saving state
rvwinkle    XL:19/498          -                     2.07 h | Enter rvwinkle power-saving state
doze        XL:19/402          -                     2.07 h | Enter doze power-saving state
isync       XL:19/150          -                     2.07 | Instruction synchronize
hwsync      X:31/598{L3=0}     -                     2.07 | Heavyweight synchronize
lwsync      X:31/598{L3=1}     -                     2.07 | Lightweight synchronize
ptesync     X:31/598{L3=2}     -                     2.07 | Page-table-entry synchronize
sync        X:31/598           L3,SC                 2.07 | Synchronize
eieio       X:31/854           -                     2.07 | Enforce in-order execution of I/O
msgsync     X:31/886           -                     2.07 h | Message synchronize
tlbsync     X:31/566           -                     2.07 h | TLB synchronize
wait        X:31/30            WC,PL                 3.1  | Wait for interrupt or reservation loss
attn        X:0/256            -                     2.07 h | Processor attention
cpabort     X:31/838           -                     3.0  | Abort a copy-paste sequence
copy        X:31/774{L1=1}     RA0,RB                3.0  | Copy a cache line to the copy buffer
paste.      X:31/902{EH=1} RA0,RB,L1D           3.0  | Paste the copy buffer, recording CR0
dcbz        X:31/1014          RA0,RB                2.07 | Data cache block zero
dcbst       X:31/54            RA0,RB                2.07 | Data cache block store
dcbf        X:31/86{L3=0}      RA0,RB                2.07 | Data cache block flush
dcbfl       X:31/86{L3=1}      RA0,RB                2.07 | Data cache block flush local
dcbflp      X:31/86{L3=3}      RA0,RB                2.07 | Data cache block flush local primary
dcbf        X:31/86            RA0,RB,L3             2.07 | Data cache block flush
dcbi        X:31/470           RA0,RB                2.07 p | Data cache block invalidate
dcbtt       X:31/278{TH=16}    RA0,RB                2.07 | Data cache block touch, transient
dcbtct      X:31/278           RA0,RB,TH             2.07 | Data cache block touch with hint
dcbt        X:31/278{TH=0}     RA0,RB                2.07 | Data cache block touch
dcbtstt     X:31/246{TH=16}    RA0,RB                2.07 | Data cache block touch for store, transient
dcbtstct    X:31/246           RA0,RB,TH             2.07 | Data cache block touch for store with hint
dcbtst      X:31/246{TH=0}     RA0,RB                2.07 | Data cache block touch for store
icbi        X:31/982           RA0,RB                2.07 | Instruction cache block invalidate
icbt        X:31/22            CT,RA0,RB             2.07 | Instruction cache block touch
mfmsr       X:31/83            RT                    2.07 p | Move from MSR
mtmsr       X:31/146           RS,L15                2.07 p | Move to MSR
mtmsrd      X:31/178           RS,L15                2.07 p | Move to MSR doubleword
wrteei      X:31/163           R15                   2.07 p | Write MSR[EE] immediate
slbmte      X:31/402           RS,RB                 2.07 p | SLB move to entry
slbmfee     X:31/915           RT,RB                 2.07 p | SLB move from entry ESID
slbmfev     X:31/851           RT,RB                 2.07 p | SLB move from entry VSID
slbie       X:31/434           RB                    2.07 p | SLB invalidate entry
slbia       X:31/498           IS                    2.07 p | SLB invalidate all
slbieg      X:31/466           RS,RB                 3.0  p | SLB invalidate entry global
slbsync     X:31/338           -                     3.0  p | SLB synchronize
tlbie       X:31/306           RB,RS,RIC,PRS,R14     2.07 h | TLB invalidate entry
tlbiel      X:31/274           RB,RS,RIC,PRS,R14     2.07 p | TLB invalidate entry local
msgsnd      X:31/206           RB                    2.07 h | Send a message
msgclr      X:31/238           RB                    2.07 h | Clear a message
msgsndp     X:31/142           RB                    2.07 p | Send a message to a thread
msgclrp     X:31/174           RB                    2.07 p | Clear a thread message
`;

const FP_ROWS = String.raw`
# Floating point
lfs         D:48               FRT,D(RA0)            2.07 | Load floating single
lfsu        D:49               FRT,D(RA)             2.07 | Load floating single with update
lfd         D:50               FRT,D(RA0)            2.07 | Load floating double
lfdu        D:51               FRT,D(RA)             2.07 | Load floating double with update
stfs        D:52               FRS,D(RA0)            2.07 | Store floating single
stfsu       D:53               FRS,D(RA)             2.07 | Store floating single with update
stfd        D:54               FRS,D(RA0)            2.07 | Store floating double
stfdu       D:55               FRS,D(RA)             2.07 | Store floating double with update
lfsx        X:31/535           FRT,RA0,RB            2.07 | Load floating single indexed
lfdx        X:31/599           FRT,RA0,RB            2.07 | Load floating double indexed
lfiwax      X:31/855           FRT,RA0,RB            2.07 | Load floating word algebraic indexed
lfiwzx      X:31/887           FRT,RA0,RB            2.07 | Load floating word and zero indexed
stfsx       X:31/663           FRS,RA0,RB            2.07 | Store floating single indexed
stfdx       X:31/727           FRS,RA0,RB            2.07 | Store floating double indexed
stfiwx      X:31/983           FRS,RA0,RB            2.07 | Store floating word indexed
fadd[.]     A:63/21            FRT,FRA,FRB           2.07 | Add double
fadds[.]    A:59/21            FRT,FRA,FRB           2.07 | Add single
fsub[.]     A:63/20            FRT,FRA,FRB           2.07 | Subtract double
fsubs[.]    A:59/20            FRT,FRA,FRB           2.07 | Subtract single
fmul[.]     A:63/25            FRT,FRA,FRC           2.07 | Multiply double
fmuls[.]    A:59/25            FRT,FRA,FRC           2.07 | Multiply single
fdiv[.]     A:63/18            FRT,FRA,FRB           2.07 | Divide double
fdivs[.]    A:59/18            FRT,FRA,FRB           2.07 | Divide single
fsqrt[.]    A:63/22            FRT,FRB               2.07 | Square root double
fsqrts[.]   A:59/22            FRT,FRB               2.07 | Square root single
fre[.]      A:63/24            FRT,FRB               2.07 | Reciprocal estimate
fres[.]     A:59/24            FRT,FRB               2.07 | Reciprocal estimate single
frsqrte[.]  A:63/26            FRT,FRB               2.07 | Reciprocal square root estimate
fsel[.]     A:63/23            FRT,FRA,FRC,FRB       2.07 | Floating select
fmadd[.]    A:63/29            FRT,FRA,FRC,FRB       2.07 | Multiply-add double
fmadds[.]   A:59/29            FRT,FRA,FRC,FRB       2.07 | Multiply-add single
fmsub[.]    A:63/28            FRT,FRA,FRC,FRB       2.07 | Multiply-subtract double
fmsubs[.]   A:59/28            FRT,FRA,FRC,FRB       2.07 | Multiply-subtract single
fnmadd[.]   A:63/31            FRT,FRA,FRC,FRB       2.07 | Negative multiply-add double
fnmadds[.]  A:59/31            FRT,FRA,FRC,FRB       2.07 | Negative multiply-add single
fnmsub[.]   A:63/30            FRT,FRA,FRC,FRB       2.07 | Negative multiply-subtract double
fnmsubs[.]  A:59/30            FRT,FRA,FRC,FRB       2.07 | Negative multiply-subtract single
fmr[.]      X:63/72            FRT,FRB               2.07 | Floating move
fneg[.]     X:63/40            FRT,FRB               2.07 | Floating negate
fabs[.]     X:63/264           FRT,FRB               2.07 | Floating absolute value
fnabs[.]    X:63/136           FRT,FRB               2.07 | Floating negative absolute value
fcpsgn[.]   X:63/8             FRT,FRA,FRB           2.07 | Floating copy sign
frsp[.]     X:63/12            FRT,FRB               2.07 | Round to single precision
fctiw[.]    X:63/14            FRT,FRB               2.07 | Convert to integer word
fctiwz[.]   X:63/15            FRT,FRB               2.07 | Convert to integer word, round toward zero
fctiwu[.]   X:63/142           FRT,FRB               2.07 | Convert to unsigned word
fctiwuz[.]  X:63/143           FRT,FRB               2.07 | Convert to unsigned word, round toward zero
fctid[.]    X:63/814           FRT,FRB               2.07 | Convert to integer doubleword
fctidz[.]   X:63/815           FRT,FRB               2.07 | Convert to integer doubleword, round toward zero
fctidu[.]   X:63/942           FRT,FRB               2.07 | Convert to unsigned doubleword
fctiduz[.]  X:63/943           FRT,FRB               2.07 | Convert to unsigned doubleword, round toward zero
fcfid[.]    X:63/846           FRT,FRB               2.07 | Convert from integer doubleword
fcfidu[.]   X:63/974           FRT,FRB               2.07 | Convert from unsigned doubleword
fcfids[.]   X:59/846           FRT,FRB               2.07 | Convert from integer doubleword to single
fcfidus[.]  X:59/974           FRT,FRB               2.07 | Convert from unsigned doubleword to single
frin[.]     X:63/392           FRT,FRB               2.07 | Round to integer nearest
friz[.]     X:63/424           FRT,FRB               2.07 | Round to integer toward zero
frip[.]     X:63/456           FRT,FRB               2.07 | Round to integer toward +infinity
frim[.]     X:63/488           FRT,FRB               2.07 | Round to integer toward -infinity
fcmpu       X:63/0             BF,FRA,FRB            2.07 | Compare unordered
fcmpo       X:63/32            BF,FRA,FRB            2.07 | Compare ordered
mffs[.]     X:63/583           FRT                   2.07 | Move from FPSCR
mtfsf[.]    XFL:63/711         FLM,FRB               2.07 | Move to FPSCR fields
mtfsb0[.]   X:63/70            BT                    2.07 | Clear an FPSCR bit
mtfsb1[.]   X:63/38            BT                    2.07 | Set an FPSCR bit
# Vector (VMX)
lvx         X:31/103           VRT,RA0,RB            2.07 | Load vector indexed
stvx        X:31/231           VRS,RA0,RB            2.07 | Store vector indexed
lvsl        X:31/6             VRT,RA0,RB            2.07 | Load vector for shift left
lvsr        X:31/38            VRT,RA0,RB            2.07 | Load vector for shift right
vperm       VA:4/43            VRT,VRA,VRB,VRC       2.07 | Vector permute
vpermr      VA:4/59            VRT,VRA,VRB,VRC       3.0  | Vector permute right-indexed
vsel        VA:4/42            VRT,VRA,VRB,VRC       2.07 | Vector select
vsldoi      VA:4/44            VRT,VRA,VRB,SHB       2.07 | Vector shift left double by octet immediate
vmaddfp     VA:4/46            VRT,VRA,VRC,VRB       2.07 | Vector multiply-add single
vmsumuhm    VA:4/38            VRT,VRA,VRB,VRC       2.07 | Vector multiply-sum unsigned halfword modulo
vaddubm     VX:4/0             VRT,VRA,VRB           2.07 | Vector add unsigned byte modulo
vadduhm     VX:4/64            VRT,VRA,VRB           2.07 | Vector add unsigned halfword modulo
vadduwm     VX:4/128           VRT,VRA,VRB           2.07 | Vector add unsigned word modulo
vaddudm     VX:4/192           VRT,VRA,VRB           2.07 | Vector add unsigned doubleword modulo
vsububm     VX:4/1024          VRT,VRA,VRB           2.07 | Vector subtract unsigned byte modulo
vsubuwm     VX:4/1152          VRT,VRA,VRB           2.07 | Vector subtract unsigned word modulo
vsubudm     VX:4/1216          VRT,VRA,VRB           2.07 | Vector subtract unsigned doubleword modulo
vmaxsw      VX:4/386           VRT,VRA,VRB           2.07 | Vector maximum signed word
vmaxub      VX:4/2             VRT,VRA,VRB           2.07 | Vector maximum unsigned byte
vminsw      VX:4/898           VRT,VRA,VRB           2.07 | Vector minimum signed word
vmrghb      VX:4/12            VRT,VRA,VRB           2.07 | Vector merge high byte
vmrglb      VX:4/268           VRT,VRA,VRB           2.07 | Vector merge low byte
vpkswss     VX:4/462           VRT,VRA,VRB           2.07 | Vector pack signed word signed saturate
vslh        VX:4/324           VRT,VRA,VRB           2.07 | Vector shift left halfword
vsld        VX:4/1476          VRT,VRA,VRB           2.07 | Vector shift left doubleword
vsrd        VX:4/1732          VRT,VRA,VRB           2.07 | Vector shift right doubleword
vsraw       VX:4/900           VRT,VRA,VRB           2.07 | Vector shift right algebraic word
vmr         VX:4/1156          VRT,VRAB              2.07 | Vector move (vor VRT,VRA,VRA)
vor         VX:4/1156          VRT,VRA,VRB           2.07 | Vector OR
vxor        VX:4/1220          VRT,VRA,VRB           2.07 | Vector XOR
vand        VX:4/1028          VRT,VRA,VRB           2.07 | Vector AND
vandc       VX:4/1092          VRT,VRA,VRB           2.07 | Vector AND with complement
vnot        VX:4/1284          VRT,VRAB              2.07 | Vector complement (vnor VRT,VRA,VRA)
vnor        VX:4/1284          VRT,VRA,VRB           2.07 | Vector NOR
vspltisb    VX:4/780           VRT,SIMM              2.07 | Vector splat immediate signed byte
vspltish    VX:4/844           VRT,SIMM              2.07 | Vector splat immediate signed halfword
vspltisw    VX:4/908           VRT,SIMM              2.07 | Vector splat immediate signed word
vspltw      VX:4/652           VRT,VRB,UIM2          2.07 | Vector splat word
vnegw       VX:4/1538{VRA=6}   VRT,VRB               3.0  | Vector negate word
vextsb2d    VX:4/1538{VRA=24}  VRT,VRB               3.0  | Vector extend sign byte to doubleword
vmodud      VX:4/1739          VRT,VRA,VRB           3.1  | Vector modulo unsigned doubleword
vextuwrx    VX:4/1933          RT,RA,VRB             3.0  | Vector extract unsigned word, right-indexed
vcmpequw[.] VC:4/134           VRT,VRA,VRB           2.07 | Vector compare equal word
vcmpgtsw[.] VC:4/902           VRT,VRA,VRB           2.07 | Vector compare greater than signed word
vcmpnew[.]  VC:4/135           VRT,VRA,VRB           3.0  | Vector compare not equal word
# VSX
lxvd2x      X:31/844           XT,RA0,RB             2.07 | Load VSX vector doubleword*2 indexed
lxvw4x      X:31/780           XT,RA0,RB             2.07 | Load VSX vector word*4 indexed
lxvx        X:31/268           XT,RA0,RB             3.0  | Load VSX vector indexed
lxvl        X:31/269           XT,RA0,RB             3.0  | Load VSX vector with length
lxsdx       X:31/588           XT,RA0,RB             2.07 | Load VSX scalar doubleword indexed
lxsiwzx     X:31/12            XT,RA0,RB             2.07 | Load VSX scalar integer word and zero indexed
stxvd2x     X:31/972           XS,RA0,RB             2.07 | Store VSX vector doubleword*2 indexed
stxvw4x     X:31/908           XS,RA0,RB             2.07 | Store VSX vector word*4 indexed
stxvx       X:31/396           XS,RA0,RB             3.0  | Store VSX vector indexed
stxvl       X:31/397           XS,RA0,RB             3.0  | Store VSX vector with length
stxsdx      X:31/716           XS,RA0,RB             2.07 | Store VSX scalar doubleword indexed
lxv         DQ:61/1            XTQ,DQ(RA0)           3.0  | Load VSX vector
stxv        DQ:61/5            XTQ,DQ(RA0)           3.0  | Store VSX vector
lxsd        DS:57/2            VRT,DS(RA0)           3.0  | Load VSX scalar doubleword
stxsd       DS:61/2            VRS,DS(RA0)           3.0  | Store VSX scalar doubleword
mffprd      X:31/51            RA,FRS                2.07 | Move from FPR doubleword to GPR (mfvsrd)
mfvrd       X:31/51{S6=1}      RA,VRS                2.07 | Move from VR doubleword to GPR (mfvsrd)
mffprwz     X:31/115           RA,FRS                2.07 | Move from FPR word and zero (mfvsrwz)
mfvrwz      X:31/115{S6=1}     RA,VRS                2.07 | Move from VR word and zero (mfvsrwz)
mtfprd      X:31/179           FRT,RA                2.07 | Move GPR doubleword to FPR (mtvsrd)
mtvrd       X:31/179{S6=1}     VRT,RA                2.07 | Move GPR doubleword to VR (mtvsrd)
mtfprwa     X:31/211           FRT,RA                2.07 | Move GPR word algebraic to FPR (mtvsrwa)
mtfprwz     X:31/243           FRT,RA                2.07 | Move GPR word and zero to FPR (mtvsrwz)
mfvsrld     X:31/307           RA,XS                 3.0  | Move from VSR lower doubleword
mtvsrdd     X:31/435           XT,RA0,RB             3.0  | Move two GPRs to a VSR
mtvsrws     X:31/403           XT,RA                 3.0  | Move GPR word splat to a VSR
xxmr        XX3:60/146         XT,XAB                2.07 | VSX move (xxlor XT,XA,XA)
xxlor       XX3:60/146         XT,XA,XB              2.07 | VSX logical OR
xxlxor      XX3:60/154         XT,XA,XB              2.07 | VSX logical XOR
xxland      XX3:60/130         XT,XA,XB              2.07 | VSX logical AND
xxlandc     XX3:60/138         XT,XA,XB              2.07 | VSX logical AND with complement
xxlnot      XX3:60/162         XT,XAB                2.07 | VSX complement (xxlnor XT,XA,XA)
xxlnor      XX3:60/162         XT,XA,XB              2.07 | VSX logical NOR
xxlnand     XX3:60/178         XT,XA,XB              2.07 | VSX logical NAND
xxswapd     XX3:60/10{DM=2}    XT,XAB                2.07 | Swap doublewords (xxpermdi XT,XA,XA,2)
xxspltd     XX3:60/10          XT,XAB,DMSPLT         2.07 | Splat a doubleword (xxpermdi with DM 0 or 3)
xxmrghd     XX3:60/10{DM=0}    XT,XA,XB              2.07 | Merge high doublewords
xxmrgld     XX3:60/10{DM=3}    XT,XA,XB              2.07 | Merge low doublewords
xxpermdi    XX3:60/10          XT,XA,XB,DM           2.07 | Permute doublewords
xxsldwi     XX3:60/2           XT,XA,XB,SHW          2.07 | Shift left double by word immediate
xxmrghw     XX3:60/18          XT,XA,XB              2.07 | Merge high words
xxmrglw     XX3:60/50          XT,XA,XB              2.07 | Merge low words
xxpermr     XX3:60/58          XT,XA,XB              3.0  | Permute right-indexed
xxspltw     XX2:60/164         XT,XB,UIM2            2.07 | Splat a word
xxspltib    X:60/360{S1112=0}  XT,IMM8               3.0  | Splat an immediate byte
xxbrd       XX2:60/475{VRA=23} XT,XB                 3.0  | Byte-reverse doublewords
xxsel       XX4:60/3           XT,XA,XB,XC           2.07 | VSX select
xsadddp     XX3:60/32          XT,XA,XB              2.07 | Scalar add double
xsaddsp     XX3:60/0           XT,XA,XB              2.07 | Scalar add single
xvadddp     XX3:60/96          XT,XA,XB              2.07 | Vector add double
xvaddsp     XX3:60/64          XT,XA,XB              2.07 | Vector add single
xvmuldp     XX3:60/112         XT,XA,XB              2.07 | Vector multiply double
xvdivdp     XX3:60/120         XT,XA,XB              2.07 | Vector divide double
xvmaddasp   XX3:60/65          XT,XA,XB              2.07 | Vector multiply-add single (A form)
xvmaddmsp   XX3:60/73          XT,XA,XB              2.07 | Vector multiply-add single (M form)
xvmaddmdp   XX3:60/105         XT,XA,XB              2.07 | Vector multiply-add double (M form)
xscvdpspn   XX2:60/267         XT,XB                 2.07 | Convert double to single, non-signalling
xscvdpsxws  XX2:60/88          XT,XB                 2.07 | Convert double to signed word
xscvdpuxds  XX2:60/328         XT,XB                 2.07 | Convert double to unsigned doubleword
xvcvsxwdp   XX2:60/248         XT,XB                 2.07 | Convert signed words to double
`;

Object.assign(FORMS, {
  XL: FORMS.X, XFX: FORMS.X, XFL: FORMS.X,
  XS: ([p, xo]: number[]) => P(p) | (xo << 2),
  SC: ([p, xo]: number[]) => P(p) | (xo === 1 ? 2 : 1),
  I: ([p]: number[]) => P(p),
  B: ([p]: number[]) => P(p),
});

const LEVELS = new Set(['2.07', '3.0', '3.1']);

function build(mnemonic: string, form: string, opcode: number, fixed: number, fixedMask: number, ops: OperandKind[], level: IsaLevel, privilege: Privilege, doc: string, base?: string): Insn {
  const covered = ops.reduce((m, k) => (m | k.wordBits) >>> 0, 0);
  return {
    mnemonic, opcode: (opcode | fixed) >>> 0, mask: (~covered | fixedMask) >>> 0, prefixOpcode: 0, prefixMask: 0,
    operands: ops, form, level, privilege, doc, base,
  };
}

/** Expand one row into its variants: [o] overflow-recording, [.] CR-recording, [l] link, [a] absolute. */
function parseRow(line: string): Insn[] {
  const [spec, doc = ''] = line.split('|').map((s) => s.trim());
  const m = /^(\S+)\s+(\w+):([\d/]+)(?:\{([^}]*)\})?\s+(\S+)\s+(\S+)(?:\s+([ph]))?$/.exec(spec);
  if (!m) throw new Error(`bad ISA row: ${line}`);
  const [, namePat, form, nums, fixedSpec, opSpec, level, priv] = m;
  if (!LEVELS.has(level)) throw new Error(`bad level in row: ${line}`);
  const args = nums.split('/').map(Number);
  const opcode = FORMS[form](args) >>> 0;
  let fixed = 0;
  let fixedMask = 0;
  for (const kv of fixedSpec ? fixedSpec.split(',') : []) {
    const [name, value] = kv.split('=');
    const kind = kindOf(name);
    const bits = kind.put(Number(value));
    if (typeof bits === 'string') throw new Error(`bad fixed field in row: ${line}: ${bits}`);
    fixed |= bits.word;
    fixedMask |= kind.wordBits;
  }
  const ops = opSpec === '-' ? [] : opSpec.replace(/\(/g, ',').replace(/\)/g, '').split(',').map(kindOf);
  const privilege: Privilege = priv === 'p' ? 'supervisor' : priv === 'h' ? 'hypervisor' : 'problem';
  const stem = namePat.replace(/\[[^\]]*\]/g, '');
  const flags = [...namePat.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]);
  let variants: { name: string; bits: number; note: string }[] = [{ name: stem, bits: 0, note: '' }];
  for (const flag of flags) {
    const bit = flag === 'o' ? OE_BIT : flag === '.' ? RC_BIT[form] ?? 1 : flag === 'l' ? 1 : 2;
    const note = flag === 'o' ? ', recording overflow in XER' : flag === '.' ? ', recording the result in CR' : flag === 'l' ? ' and link' : ' to an absolute address';
    // objdump's table lists `add, add., addo, addo.`: flags nest outermost first.
    const next: typeof variants = [];
    for (const v of variants) next.push(v, { name: v.name + flag, bits: v.bits | bit, note: v.note + note });
    variants = flags[0] === flag ? next : next;
  }
  if (flags.length === 2) variants = [variants[0], variants[2], variants[1], variants[3]].filter(Boolean);
  return variants.map((v) => {
    const insn = build(v.name, form, (opcode | v.bits) >>> 0, fixed, fixedMask, ops, level as IsaLevel, privilege, doc + v.note);
    insn.mask = (insn.mask | v.bits | (flags.includes('o') ? OE_BIT : 0) | (flags.includes('.') ? RC_BIT[form] ?? 1 : 0)) >>> 0;
    return insn;
  });
}

function parseRows(text: string): Insn[] {
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).flatMap(parseRow);
}

// ---- Generated families ---------------------------------------------------------------

/** mfspr/mtspr with objdump's SPR names before the numeric base forms. */
function sprMoves(): Insn[] {
  const rows: string[] = [];
  const name = (s: string) => s.padEnd(12);
  for (const [n, s] of [...SPR_BOTH, ...SPR_READ]) rows.push(`${name('mf' + s)} XFX:31/339{SPR=${n}} RT 2.07 | Move from SPR ${n} (${s.toUpperCase()})`);
  for (const [n, s] of [...SPR_BOTH, ...SPR_WRITE]) rows.push(`${name('mt' + s)} XFX:31/467{SPR=${n}} RS 2.07 | Move to SPR ${n} (${s.toUpperCase()})`);
  const out = parseRows(rows.join('\n'));
  for (const g of SPR_INDEXED) {
    for (let i = 0; i < g.count; i++) {
      const n = g.base + i * g.stride;
      const idx = fixedShown('N', i);
      out.push(
        build('mf' + g.name, 'XFX', FORMS.X([31, 339]), (K('SPR').put(n) as { word: number }).word, K('SPR').wordBits, [K('RT'), idx], '2.07', 'supervisor', `Move from ${g.name.toUpperCase()}${i}`),
        build('mt' + g.name, 'XFX', FORMS.X([31, 467]), (K('SPR').put(n) as { word: number }).word, K('SPR').wordBits, [idx, K('RS')], '2.07', 'supervisor', `Move to ${g.name.toUpperCase()}${i}`),
      );
    }
  }
  out.push(...parseRows(String.raw`
mfspr       XFX:31/339         RT,SPR                2.07 | Move from special-purpose register
mtspr       XFX:31/467         SPR,RS                2.07 | Move to special-purpose register
`));
  return out;
}

/** An operand printed as a constant that occupies no bits (the index of mfsprg and friends). */
function fixedShown(name: string, value: number): OperandKind {
  return { name, cls: 'imm', wordBits: 0, prefixBits: 0, get: () => value, put: (v) => (v === value ? { word: 0, prefix: 0 } : `${name} must be ${value}`) };
}

/**
 * Conditional branches. BO selects the condition: decrement CTR and test it, test a CR bit for
 * true or false, or always; the low bits carry the taken/not-taken hint printed as `+`/`-`.
 */
function branches(): Insn[] {
  const out: Insn[] = [];
  const targets = [
    { suffix: '', form: 'B', xo: -1, ops: ['BD'], lk: 1, aa: 2 },
    { suffix: 'lr', form: 'XL', xo: 16, ops: [], lk: 1, aa: 0 },
    { suffix: 'ctr', form: 'XL', xo: 528, ops: [], lk: 1, aa: 0 },
  ];
  const conds: Record<number, string> = { 0: 'lt', 1: 'gt', 2: 'eq', 3: 'so' };
  const negs: Record<number, string> = { 0: 'ge', 1: 'le', 2: 'ne', 3: 'ns' };
  const boBits = K('BO');
  const biBits = K('BI');
  for (const t of targets) {
    const base = t.xo < 0 ? P(16) : FORMS.X([19, t.xo]);
    for (const link of [0, 1]) {
      for (const abs of t.aa ? [0, 1] : [0]) {
        const tail = t.suffix + (link ? 'l' : '') + (abs ? 'a' : '');
        const target = t.suffix ? [K('BH')] : t.ops.map((o) => (abs ? K('BDA') : K(o)));
        const bits = (base | (link ? t.lk : 0) | (abs ? t.aa : 0)) >>> 0;
        const bhZero = 0;
        const push = (name: string, bo: number, fixedBi: number | null, ops: OperandKind[], doc: string) => {
          const fixedMaskExtra = fixedBi === null ? 0 : biBits.wordBits;
          const fixed = (boBits.put(bo) as { word: number }).word | (fixedBi === null ? 0 : (biBits.put(fixedBi) as { word: number }).word);
          out.push(build(name, t.form, bits, fixed, boBits.wordBits | fixedMaskExtra | bhZero, ops, '2.07', 'problem', doc));
        };
        // CTR-decrementing forms exist only for bc and bclr.
        if (t.suffix !== 'ctr') {
          for (const [bo, stem, hint] of [[16, 'bdnz', ''], [24, 'bdnz', '-'], [25, 'bdnz', '+'], [18, 'bdz', ''], [26, 'bdz', '-'], [27, 'bdz', '+']] as const) {
            push(stem + tail + hint, bo, 0, target, `Decrement CTR, branch${t.suffix ? ' to ' + t.suffix.toUpperCase() : ''} if it is ${stem === 'bdnz' ? 'not ' : ''}zero`);
          }
          for (const [bo, stem, hint] of [[0, 'bdnzf', ''], [1, 'bdnzf', '+'], [2, 'bdzf', ''], [3, 'bdzf', '+'], [8, 'bdnzt', ''], [9, 'bdnzt', '+'], [10, 'bdzt', ''], [11, 'bdzt', '+']] as const) {
            push(stem + tail + hint, bo, null, [biBits, ...target], `Decrement CTR, branch if it is ${stem.startsWith('bdnz') ? 'not ' : ''}zero and the CR bit is ${stem.endsWith('t') ? 'set' : 'clear'}`);
          }
        }
        for (const [boBase, names] of [[12, conds], [4, negs]] as const) {
          for (const [hintBits, hint] of [[0, ''], [2, '-'], [3, '+']] as const) {
            for (let cc = 0; cc < 4; cc++) {
              const ccKind = linked('cr', 'cr', K('BI'), (v) => v, []);
              const crField: OperandKind = {
                ...ccKind, name: 'CR', wordBits: (K('BI').wordBits & ~((3 << 16) >>> 0)) >>> 0, optional: 0,
                get: (w) => (w >>> 18) & 7,
                put: (v) => (v >= 0 && v <= 7 ? { word: (v << 18) >>> 0, prefix: 0 } : `CR field out of range 0..7 (got ${v})`),
              };
              const fixed = (boBits.put(boBase | hintBits) as { word: number }).word | (cc << 16);
              out.push(build('b' + names[cc] + tail + hint, t.form, bits, fixed, boBits.wordBits | (3 << 16) | bhZero, [crField, ...target], '2.07', 'problem',
                `Branch${t.suffix ? ' to ' + t.suffix.toUpperCase() : ''} if ${boBase === 12 ? '' : 'not '}${conds[cc]}`));
            }
          }
        }
        if (t.suffix) push(t.suffix === 'lr' ? 'b' + tail : 'b' + tail, 20, 0, [], `Branch to ${t.suffix.toUpperCase()}`);
        // Raw forms: any valid BO, hinted where BO carries a hint.
        const validBo = (bo: number, hinted: string): boolean => {
          if (t.suffix === 'ctr' && (bo & 4) === 0) return (bo & 1) === 0 && hinted === '';
          if ((bo & 0x14) === 0) return hinted === (bo & 1 ? '+' : '') ; // 0x00z / 0x01z
          if ((bo & 0x14) === 0x04) return (bo & 3) !== 1 && hinted === ((bo & 2) ? ((bo & 1) ? '+' : '-') : '');
          if ((bo & 0x14) === 0x10) return (bo & 9) !== 1 && hinted === ((bo & 8) ? ((bo & 1) ? '+' : '-') : '');
          return bo === 20 && hinted === '';
        };
        for (const hint of ['', '-', '+']) {
          const bo: DerivedKind = { ...boBits, valid: (w) => validBo((w >>> 21) & 31, hint) };
          const name = 'bc' + tail + hint;
          out.push(build(name, t.form, bits, 0, 0, [bo, biBits, ...target], '2.07', 'problem', 'Branch conditional'));
        }
      }
    }
  }
  return out;
}

const PREFIXED_ROWS: [string, number, number, string, string, string][] = [
  // name, prefix type (0 = 8LS, 2 = MLS), suffix primary, operands, level, doc
  ['pli', 2, 14, 'RT,SI34', '3.1', 'Prefixed load immediate'],
  ['pla', 2, 14, 'RT,D34(RA0),R', '3.1', 'Prefixed load address'],
  ['paddi', 2, 14, 'RT,RA0,SI34,R', '3.1', 'Prefixed add immediate'],
  ['plbz', 2, 34, 'RT,D34(RA0),R', '3.1', 'Prefixed load byte and zero'],
  ['plhz', 2, 40, 'RT,D34(RA0),R', '3.1', 'Prefixed load halfword and zero'],
  ['plha', 2, 42, 'RT,D34(RA0),R', '3.1', 'Prefixed load halfword algebraic'],
  ['plwz', 2, 32, 'RT,D34(RA0),R', '3.1', 'Prefixed load word and zero'],
  ['plwa', 0, 41, 'RT,D34(RA0),R', '3.1', 'Prefixed load word algebraic'],
  ['pld', 0, 57, 'RT,D34(RA0),R', '3.1', 'Prefixed load doubleword'],
  ['plq', 0, 56, 'RTP,D34(RA0),R', '3.1', 'Prefixed load quadword'],
  ['pstb', 2, 38, 'RS,D34(RA0),R', '3.1', 'Prefixed store byte'],
  ['psth', 2, 44, 'RS,D34(RA0),R', '3.1', 'Prefixed store halfword'],
  ['pstw', 2, 36, 'RS,D34(RA0),R', '3.1', 'Prefixed store word'],
  ['pstd', 0, 61, 'RS,D34(RA0),R', '3.1', 'Prefixed store doubleword'],
  ['pstq', 0, 60, 'RSP,D34(RA0),R', '3.1', 'Prefixed store quadword'],
  ['plfs', 2, 48, 'FRT,D34(RA0),R', '3.1', 'Prefixed load floating single'],
  ['plfd', 2, 50, 'FRT,D34(RA0),R', '3.1', 'Prefixed load floating double'],
  ['pstfs', 2, 52, 'FRS,D34(RA0),R', '3.1', 'Prefixed store floating single'],
  ['pstfd', 2, 54, 'FRS,D34(RA0),R', '3.1', 'Prefixed store floating double'],
  ['plxsd', 0, 42, 'VRT,D34(RA0),R', '3.1', 'Prefixed load VSX scalar doubleword'],
  ['plxssp', 0, 43, 'VRT,D34(RA0),R', '3.1', 'Prefixed load VSX scalar single'],
  ['pstxsd', 0, 46, 'VRS,D34(RA0),R', '3.1', 'Prefixed store VSX scalar doubleword'],
  ['pstxssp', 0, 47, 'VRS,D34(RA0),R', '3.1', 'Prefixed store VSX scalar single'],
  ['plxv', 0, 50, 'XT8,D34(RA0),R', '3.1', 'Prefixed load VSX vector'],
  ['pstxv', 0, 54, 'XT8,D34(RA0),R', '3.1', 'Prefixed store VSX vector'],
  ['plxvp', 0, 58, 'XTP,D34(RA0),R', '3.1', 'Prefixed load VSX vector pair'],
  ['pstxvp', 0, 62, 'XTP,D34(RA0),R', '3.1', 'Prefixed store VSX vector pair'],
];

function prefixed(): Insn[] {
  const out: Insn[] = [];
  out.push({ ...build('pnop', 'P', 0, 0, 0, [], '3.1', 'problem', 'Prefixed no-operation'), opcode: 0, mask: 0, prefixOpcode: 0x07000000, prefixMask: 0xffffffff });
  for (const [name, type, suffix, opSpec, level, doc] of PREFIXED_ROWS) {
    const ops = opSpec.replace(/\(/g, ',').replace(/\)/g, '').split(',').map(kindOf);
    const wordBits = ops.reduce((m, k) => (m | k.wordBits) >>> 0, 0);
    const prefixBits = ops.reduce((m, k) => (m | k.prefixBits) >>> 0, 0);
    const fixedSuffix = name === 'pli' ? K('RA0').wordBits : name === 'pla' ? 0 : 0;
    let prefixOpcode = ((1 << 26) | (type << 24)) >>> 0;
    let prefixMask = (~prefixBits) >>> 0;
    // pli is paddi with RA=0 and R=0; pla is paddi with R=1 shown without its base.
    if (name === 'pli') prefixMask = (prefixMask | K('R').prefixBits) >>> 0;
    if (name === 'pla') { prefixOpcode |= K('R').prefixBits; prefixMask = (prefixMask | K('R').prefixBits) >>> 0; }
    out.push({
      mnemonic: name, opcode: (suffix << 26) >>> 0, mask: ((~wordBits) | fixedSuffix) >>> 0,
      prefixOpcode, prefixMask, operands: ops, form: type ? 'MLS' : '8LS', level: level as IsaLevel, privilege: 'problem', doc,
    });
  }
  return out;
}

/** The whole table, in match order. */
export const TABLE: readonly Insn[] = [
  ...parseRows(ROWS), ...branches(), ...sprMoves(), ...parseRows(FP_ROWS), ...prefixed(),
];

export const PREFIX_PRIMARY = 1;
export { OPERANDS };
