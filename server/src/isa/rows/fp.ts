// Binary floating-point instructions.
export const FP_ROWS = String.raw`
# Floating point
lfs         D:48               FRT,D(RA0)            2.07 | Load floating single
lfsu        D:49               FRT,D(RAS)             2.07 | Load floating single with update
lfd         D:50               FRT,D(RA0)            2.07 | Load floating double
lfdu        D:51               FRT,D(RAS)             2.07 | Load floating double with update
stfs        D:52               FRS,D(RA0)            2.07 | Store floating single
stfsu       D:53               FRS,D(RAS)             2.07 | Store floating single with update
stfd        D:54               FRS,D(RA0)            2.07 | Store floating double
stfdu       D:55               FRS,D(RAS)             2.07 | Store floating double with update
lfsx        X:31/535           FRT,RA0,RB            2.07 | Load floating single indexed
lfdx        X:31/599           FRT,RA0,RB            2.07 | Load floating double indexed
lfiwax      X:31/855           FRT,RA0,RB            2.07 | Load floating word algebraic indexed
lfiwzx      X:31/887           FRT,RA0,RB            2.07 | Load floating word and zero indexed
stfsx       X:31/663           FRS,RA0,RB            2.07 | Store floating single indexed
stfdx       X:31/727           FRS,RA0,RB            2.07 | Store floating double indexed
stfiwx      X:31/983           FRS,RA0,RB            2.07 | Store floating word indexed
lfsux       X:31/567           FRT,RAS,RB            2.07 | Load floating single with update indexed
lfdux       X:31/631           FRT,RAS,RB            2.07 | Load floating double with update indexed
stfsux      X:31/695           FRS,RAS,RB            2.07 | Store floating single with update indexed
stfdux      X:31/759           FRS,RAS,RB            2.07 | Store floating double with update indexed
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
frsqrtes[.] A:59/26            FRT,FRB               2.07 | Reciprocal square root estimate single
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
ftdiv       X:63/128           BF,FRA,FRB            2.07 | Test for software divide
ftsqrt      X:63/160           BF,FRB                2.07 | Test for software square root
mffs[.]     X:63/583           FRT                   2.07 | Move from FPSCR
mffsce      X:63/583{VRA=1}    FRT                   3.0  | Move from FPSCR and clear the exception enables
mffscdrn    X:63/583{VRA=20}   FRT,FRB               3.0  | Move from FPSCR and set the decimal rounding mode
mffscdrni   X:63/583{VRA=21}   FRT,DRM               3.0  | Move from FPSCR and set the decimal rounding mode immediate
mffscrn     X:63/583{VRA=22}   FRT,FRB               3.0  | Move from FPSCR and set the rounding mode
mffscrni    X:63/583{VRA=23}   FRT,RM                3.0  | Move from FPSCR and set the rounding mode immediate
mffsl       X:63/583{VRA=24}   FRT                   3.0  | Move from FPSCR, lightweight (control and status bits)
mcrfs       X:63/64            BF,BFA                2.07 | Move an FPSCR field to a CR field
mtfsfi[.]   X:63/134           BFF,U,W?              2.07 | Move an immediate to an FPSCR field
mtfsf[.]    XFL:63/711         FLM,FRB,L6?,W?        2.07 | Move to FPSCR fields
fmrgew      X:63/966           FRT,FRA,FRB           2.07 | Merge the even words of two FPRs
fmrgow      X:63/838           FRT,FRA,FRB           2.07 | Merge the odd words of two FPRs
mtfsb0[.]   X:63/70            BTF                   2.07 | Clear an FPSCR bit
mtfsb1[.]   X:63/38            BTF                   2.07 | Set an FPSCR bit
`;

// Decimal floating point: doubles in one FPR, quads (`q`) in an even-odd FPR pair. Z23 rows
// carry an 8-bit extended opcode, Z22 rows a 9-bit one; the record forms set CR1.
export const DFP_ROWS = String.raw`
dadd[.]     X:59/2             FRT,FRA,FRB           2.07 | Decimal add
daddq[.]    X:63/2{~15,~20}    FRTp,FRAp,FRBp        2.07 | Decimal add quad
dsub[.]     X:59/514           FRT,FRA,FRB           2.07 | Decimal subtract
dsubq[.]    X:63/514{~15,~20}  FRTp,FRAp,FRBp        2.07 | Decimal subtract quad
dmul[.]     X:59/34            FRT,FRA,FRB           2.07 | Decimal multiply
dmulq[.]    X:63/34{~15,~20}   FRTp,FRAp,FRBp        2.07 | Decimal multiply quad
ddiv[.]     X:59/546           FRT,FRA,FRB           2.07 | Decimal divide
ddivq[.]    X:63/546{~15,~20}  FRTp,FRAp,FRBp        2.07 | Decimal divide quad
dcmpo       X:59/130{~9-10}    BF,FRA,FRB            2.07 | Decimal compare ordered
dcmpoq      X:63/130{~9-10,~15,~20} BF,FRAp,FRBp     2.07 | Decimal compare ordered quad
dcmpu       X:59/642{~9-10}    BF,FRA,FRB            2.07 | Decimal compare unordered
dcmpuq      X:63/642{~9-10,~15,~20} BF,FRAp,FRBp     2.07 | Decimal compare unordered quad
dtstdc      Z22:59/194{~9-10}  BF,FRA,DCM            2.07 | Decimal test data class
dtstdcq     Z22:63/194{~9-10,~15} BF,FRAp,DCM        2.07 | Decimal test data class quad
dtstdg      Z22:59/226{~9-10}  BF,FRA,DCM            2.07 | Decimal test data group
dtstdgq     Z22:63/226{~9-10,~15} BF,FRAp,DCM        2.07 | Decimal test data group quad
dtstex      X:59/162{~9-10}    BF,FRA,FRB            2.07 | Decimal test exponent
dtstexq     X:63/162{~9-10,~15,~20} BF,FRAp,FRBp     2.07 | Decimal test exponent quad
dtstsf      X:59/674{~9-10}    BF,FRA,FRB            2.07 | Decimal test significance
dtstsfq     X:63/674{~9-10,~20} BF,FRA,FRBp          2.07 | Decimal test significance quad
dtstsfi     X:59/675           BF,UIM6,FRB           3.0  | Decimal test significance immediate
dtstsfiq    X:63/675{~20}      BF,UIM6,FRBp          3.0  | Decimal test significance immediate quad
dquai[.]    Z23:59/67          TE,FRT,FRB,RMC        2.07 | Decimal quantize immediate
dquaiq[.]   Z23:63/67{~20}     TE,FRTp,FRBp,RMC      2.07 | Decimal quantize immediate quad
dqua[.]     Z23:59/3           FRT,FRA,FRB,RMC       2.07 | Decimal quantize
dquaq[.]    Z23:63/3{~15,~20}  FRTp,FRAp,FRBp,RMC    2.07 | Decimal quantize quad
drrnd[.]    Z23:59/35          FRT,FRA,FRB,RMC       2.07 | Decimal reround
drrndq[.]   Z23:63/35{~20}     FRTp,FRA,FRBp,RMC     2.07 | Decimal reround quad
drintx[.]   Z23:59/99{~11-14}  R15,FRT,FRB,RMC       2.07 | Decimal round to integer, signalling inexact
drintxq[.]  Z23:63/99{~11-14,~20} R15,FRTp,FRBp,RMC  2.07 | Decimal round to integer quad, signalling inexact
drintn[.]   Z23:59/227{~11-14} R15,FRT,FRB,RMC       2.07 | Decimal round to integer
drintnq[.]  Z23:63/227{~11-14,~20} R15,FRTp,FRBp,RMC 2.07 | Decimal round to integer quad
dscli[.]    Z22:59/66          FRT,FRA,SH16          2.07 | Decimal shift significand left immediate
dscliq[.]   Z22:63/66{~15}     FRTp,FRAp,SH16        2.07 | Decimal shift significand left immediate quad
dscri[.]    Z22:59/98          FRT,FRA,SH16          2.07 | Decimal shift significand right immediate
dscriq[.]   Z22:63/98{~15}     FRTp,FRAp,SH16        2.07 | Decimal shift significand right immediate quad
dctdp[.]    X:59/258{~11-15}   FRT,FRB               2.07 | Convert decimal single to double
dctqpq[.]   X:63/258{~11-15}   FRTp,FRB              2.07 | Convert decimal double to quad
drsp[.]     X:59/770{~11-15}   FRT,FRB               2.07 | Round decimal double to single
drdpq[.]    X:63/770{~11-15,~20}      FRTp,FRBp             2.07 | Round decimal quad to double
dcffix[.]   X:59/802           FRT,FRB               2.07 | Convert a fixed-point doubleword to decimal double
dcffixq[.]  X:63/802{~11-15} FRTp,FRB              2.07 | Convert a fixed-point doubleword to decimal quad
dctfix[.]   X:59/290{~11-15}   FRT,FRB               2.07 | Convert decimal double to a fixed-point doubleword
dctfixq[.]  X:63/290{~11-15,~20}      FRT,FRBp              2.07 | Convert decimal quad to a fixed-point doubleword
dcffixqq    X:63/994{VRA=0}    FRTp,VRB              3.1  | Convert a signed quadword to decimal quad
dctfixqq    X:63/994{VRA=1,~20} VRT,FRBp             3.1  | Convert decimal quad to a signed quadword
ddedpd[.]   X:59/322{~13-15} SP,FRT,FRB            2.07 | Decode densely packed decimal to BCD
ddedpdq[.]  X:63/322{~13-15,~20}      SP,FRTp,FRBp          2.07 | Decode densely packed decimal to BCD, quad
denbcd[.]   X:59/834{~12-15} S11,FRT,FRB           2.07 | Encode BCD to densely packed decimal
denbcdq[.]  X:63/834{~12-15,~20}      S11,FRTp,FRBp         2.07 | Encode BCD to densely packed decimal, quad
dxex[.]     X:59/354{~11-15}   FRT,FRB               2.07 | Extract the biased exponent of a decimal double
dxexq[.]    X:63/354{~11-15,~20}      FRT,FRBp              2.07 | Extract the biased exponent of a decimal quad
diex[.]     X:59/866           FRT,FRA,FRB           2.07 | Insert a biased exponent into a decimal double
diexq[.]    X:63/866{~20}      FRTp,FRA,FRBp         2.07 | Insert a biased exponent into a decimal quad
`;
