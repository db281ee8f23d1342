// Vector-scalar (VSX) instructions.
export const VSX_ROWS = String.raw`
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
