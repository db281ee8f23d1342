// Power10 64-bit prefixed instructions: 8LS and MLS loads, stores and paddi, and the 8RR forms.
// The form names the prefix type; the part after the dot is the suffix word's own form.
export const PREFIXED_ROWS = String.raw`
pnop        MMIRR.D:0{~0-31}   -                     3.1 | Prefixed no-operation
pli         MLS.D:14{RA0=0,R=0} RT,SI34              3.1 | Load a sign-extended 34-bit immediate
pla         MLS.D:14{R=1}      RT,D34(RA0),R         3.1 | Load the address at a PC-relative offset
paddi       MLS.D:14           RT,RA0,SI34,R         3.1 | Add a sign-extended 34-bit immediate
xxsplti32dx 8RR.VSOP:32/0      XTS,IX,IMM32          3.1 | Splat a 32-bit immediate into one word of each doubleword
xxspltidp   8RR.VSOP:32/2      XTS,IMM32             3.1 | Splat a single-precision immediate, converted to double
xxspltiw    8RR.VSOP:32/3      XTS,IMM32             3.1 | Splat a 32-bit immediate into every word
plwz        MLS.D:32           RT,D34(RA0),R         3.1 | Load word and zero
xxblendvb   8RR.XX4:33/0       XT,XA,XB,XC           3.1 | Blend bytes under a mask
xxblendvh   8RR.XX4:33/1       XT,XA,XB,XC           3.1 | Blend halfwords under a mask
xxblendvw   8RR.XX4:33/2       XT,XA,XB,XC           3.1 | Blend words under a mask
xxblendvd   8RR.XX4:33/3       XT,XA,XB,XC           3.1 | Blend doublewords under a mask
xxpermx     8RR.XX4:34/0       XT,XA,XB,XC,UIM3P     3.1 | Permute bytes of two vectors, extended index
xxeval      8RR.XX4:34/1       XT,XA,XB,XC,UIM8P     3.1 | Evaluate a three-input Boolean function per bit
plbz        MLS.D:34           RT,D34(RA0),R         3.1 | Load byte and zero
pstw        MLS.D:36           RS,D34(RA0),R         3.1 | Store word
pstb        MLS.D:38           RS,D34(RA0),R         3.1 | Store byte
plhz        MLS.D:40           RT,D34(RA0),R         3.1 | Load halfword and zero
plwa        8LS.D:41           RT,D34(RA0),R         3.1 | Load word algebraic
plxsd       8LS.D:42           VRT,D34(RA0),R        3.1 | Load VSX scalar doubleword
plha        MLS.D:42           RT,D34(RA0),R         3.1 | Load halfword algebraic
plxssp      8LS.D:43           VRT,D34(RA0),R        3.1 | Load VSX scalar single
psth        MLS.D:44           RS,D34(RA0),R         3.1 | Store halfword
pstxsd      8LS.D:46           VRS,D34(RA0),R        3.1 | Store VSX scalar doubleword
pstxssp     8LS.D:47           VRS,D34(RA0),R        3.1 | Store VSX scalar single
plfs        MLS.D:48           FRT,D34(RA0),R        3.1 | Load floating single
plxv        8LS.D:50           XT8,D34(RA0),R        3.1 | Load VSX vector
plfd        MLS.D:50           FRT,D34(RA0),R        3.1 | Load floating double
pstfs       MLS.D:52           FRS,D34(RA0),R        3.1 | Store floating single
pstxv       8LS.D:54           XT8,D34(RA0),R        3.1 | Store VSX vector
pstfd       MLS.D:54           FRS,D34(RA0),R        3.1 | Store floating double
plq         8LS.D:56{~10}      RTQ,D34(PRAQ),R        3.1 | Load quadword
pld         8LS.D:57           RT,D34(RA0),R         3.1 | Load doubleword
plxvp       8LS.D:58           XTP,D34(RA0),R        3.1 | Load VSX vector pair
pstq        8LS.D:60{~10}      RSQ,D34(RA0),R        3.1 | Store quadword
pstd        8LS.D:61           RS,D34(RA0),R         3.1 | Store doubleword
pstxvp      8LS.D:62           XTP,D34(RA0),R        3.1 | Store VSX vector pair
`;
