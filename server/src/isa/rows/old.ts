// Instructions of other processors (POWER, BookE, the 750CL's paired singles, POWER6 decimal
// pairs) that objdump still decodes by default when no Power10 instruction matches a word.
// Several are the POWER spellings of words a Power ISA row rejects (an update form with RA=0).
export const OLD_ROWS = String.raw`
wrteei      X:31/163           E                     other p | Write MSR[EE] from an immediate (BookE)
dozi        D:9                RT,RA,SI              other | Difference or zero immediate (POWER)
rlmi[.]     M:22               RA,RS,RB,MB,ME        other | Rotate left then mask insert (POWER)
lu          D:33               RT,D(RA0)             other | Load with update (POWER spelling of lwzu)
stu         D:37               RS,D(RA0)             other | Store with update (POWER spelling of stwu)
lm          D:46               RT,D(RA0)             other | Load multiple (POWER spelling of lmw)
lux         X:31/55            RT,RA,RB              other | Load with update indexed (POWER spelling of lwzux)
stux        X:31/183           RS,RA0,RB             other | Store with update indexed (POWER spelling of stwux)
lsx         X:31/533           RT,RA,RB              other | Load string indexed (POWER spelling of lswx)
lsi         X:31/597           RT,RA0,NBI            other | Load string immediate (POWER spelling of lswi)
lfdp        DS:57/0{~30-31}    FRTp,DS(RA0)          other | Load floating double pair (POWER6)
stfdp       DS:61/0{~30-31}    FRTp,DS(RA0)          other | Store floating double pair (POWER6)
lfdpx       X:31/791           FRTp,RA0,RB           other | Load floating double pair indexed (POWER6)
stfdpx      X:31/919           FRTp,RA0,RB           other | Store floating double pair indexed (POWER6)
fres        A:59/24            FRT,FRB,L15           other | Reciprocal estimate single, with a hint (POWER5)
frsqrtes    A:59/26            FRT,FRB,L15           other | Reciprocal square root estimate single, with a hint (POWER5)
psq_l       D:56               FRT,PSD(RA),PSW,PSQ   other | Load a quantized paired single (750CL)
psq_lu      D:57               FRT,PSD(RA),PSW,PSQ   other | Load a quantized paired single with update (750CL)
psq_st      D:60               FRS,PSD(RA),PSW,PSQ   other | Store a quantized paired single (750CL)
psq_stu     D:61               FRS,PSD(RA),PSW,PSQ   other | Store a quantized paired single with update (750CL)
`;
