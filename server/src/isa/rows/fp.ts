// Binary floating-point instructions.
export const FP_ROWS = String.raw`
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
`;
