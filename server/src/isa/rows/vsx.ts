// Vector-scalar (VSX) instructions, quad-precision scalar instructions and the Power10 matrix
// (MMA) instructions. XX3 rows take an 8-bit extended opcode, XX2 rows a 9-bit one; `{VRA=n}`
// rows use the A field as a further opcode. `o` spellings round to odd (Rc=1 in the word).
export const VSX_ROWS = String.raw`
# Loads and stores
lxsiwzx     X:31/12            XT,RA0,RB             2.07 | Load a word and zero into a VSR scalar
lxsiwax     X:31/76            XT,RA0,RB             2.07 | Load a word algebraic into a VSR scalar
lxsspx      X:31/524           XT,RA0,RB             2.07 | Load a single-precision scalar indexed
lxsdx       X:31/588           XT,RA0,RB             2.07 | Load a doubleword scalar indexed
lxsibzx     X:31/781           XT,RA0,RB             3.0  | Load a byte and zero into a VSR scalar
lxsihzx     X:31/813           XT,RA0,RB             3.0  | Load a halfword and zero into a VSR scalar
lxvrbx      X:31/13            XT,RA0,RB             3.1  | Load a byte into the rightmost element
lxvrhx      X:31/45            XT,RA0,RB             3.1  | Load a halfword into the rightmost element
lxvrwx      X:31/77            XT,RA0,RB             3.1  | Load a word into the rightmost element
lxvrdx      X:31/109           XT,RA0,RB             3.1  | Load a doubleword into the rightmost element
lxvx        X:31/268           XT,RA0,RB             3.0  | Load a vector indexed
lxvl        X:31/269           XT,RA0,RB             3.0  | Load a vector with length
lxvll       X:31/301           XT,RA0,RB             3.0  | Load a vector with length, left-justified
lxvdsx      X:31/332           XT,RA0,RB             2.07 | Load a doubleword and splat
lxvwsx      X:31/364           XT,RA0,RB             3.0  | Load a word and splat
lxvw4x      X:31/780           XT,RA0,RB             2.07 | Load a vector of four words
lxvh8x      X:31/812           XT,RA0,RB             3.0  | Load a vector of eight halfwords
lxvd2x      X:31/844           XT,RA0,RB             2.07 | Load a vector of two doublewords
lxvb16x     X:31/876           XT,RA0,RB             3.0  | Load a vector of sixteen bytes
lxvpx       X:31/333{~31}         XTP,RA0,RB            3.1  | Load a vector pair indexed
stxsiwx     X:31/140           XS,RA0,RB             2.07 | Store a VSR scalar word
stxsspx     X:31/652           XS,RA0,RB             2.07 | Store a single-precision scalar indexed
stxsdx      X:31/716           XS,RA0,RB             2.07 | Store a doubleword scalar indexed
stxsibx     X:31/909           XS,RA0,RB             3.0  | Store a VSR scalar byte
stxsihx     X:31/941           XS,RA0,RB             3.0  | Store a VSR scalar halfword
stxvrbx     X:31/141           XS,RA0,RB             3.1  | Store the rightmost byte
stxvrhx     X:31/173           XS,RA0,RB             3.1  | Store the rightmost halfword
stxvrwx     X:31/205           XS,RA0,RB             3.1  | Store the rightmost word
stxvrdx     X:31/237           XS,RA0,RB             3.1  | Store the rightmost doubleword
stxvx       X:31/396           XS,RA0,RB             3.0  | Store a vector indexed
stxvl       X:31/397           XS,RA0,RB             3.0  | Store a vector with length
stxvll      X:31/429           XS,RA0,RB             3.0  | Store a vector with length, left-justified
stxvw4x     X:31/908           XS,RA0,RB             2.07 | Store a vector of four words
stxvh8x     X:31/940           XS,RA0,RB             3.0  | Store a vector of eight halfwords
stxvd2x     X:31/972           XS,RA0,RB             2.07 | Store a vector of two doublewords
stxvb16x    X:31/1004          XS,RA0,RB             3.0  | Store a vector of sixteen bytes
stxvpx      X:31/461{~31}         XTP,RA0,RB            3.1  | Store a vector pair indexed
lxv         DQ:61/1            XTQ,DQ(RA0)           3.0  | Load a vector
stxv        DQ:61/5            XTQ,DQ(RA0)           3.0  | Store a vector
lxsd        DS:57/2            VRT,DS(RA0)           3.0  | Load a doubleword scalar into a VR
lxssp       DS:57/3            VRT,DS(RA0)           3.0  | Load a single-precision scalar into a VR
stxsd       DS:61/2            VRS,DS(RA0)           3.0  | Store a doubleword scalar from a VR
stxssp      DS:61/3            VRS,DS(RA0)           3.0  | Store a single-precision scalar from a VR
lxvp        DQ:6/0             XTP,DQ(RA0)           3.1  | Load a vector pair
stxvp       DQ:6/1             XTP,DQ(RA0)           3.1  | Store a vector pair
# Moves between GPRs and VSRs
mffprd      X:31/51            RA,FRS                2.07 | Move an FPR doubleword to a GPR (mfvsrd)
mfvrd       X:31/51{S6=1}      RA,VRS                2.07 | Move a VR doubleword to a GPR (mfvsrd)
mfvsrd      X:31/51            RA,XS                 2.07 as | Move a VSR doubleword to a GPR
mffprwz     X:31/115           RA,FRS                2.07 | Move an FPR word to a GPR, zero-extended (mfvsrwz)
mfvrwz      X:31/115{S6=1}     RA,VRS                2.07 | Move a VR word to a GPR, zero-extended (mfvsrwz)
mfvsrwz     X:31/115           RA,XS                 2.07 as | Move a VSR word to a GPR, zero-extended
mtfprd      X:31/179           FRT,RA                2.07 | Move a GPR to an FPR doubleword (mtvsrd)
mtvrd       X:31/179{S6=1}     VRT,RA                2.07 | Move a GPR to a VR doubleword (mtvsrd)
mtvsrd      X:31/179           XT,RA                 2.07 as | Move a GPR to a VSR doubleword
mtfprwa     X:31/211           FRT,RA                2.07 | Move a GPR word, sign-extended, to an FPR (mtvsrwa)
mtvrwa      X:31/211{S6=1}     VRT,RA                2.07 | Move a GPR word, sign-extended, to a VR (mtvsrwa)
mtvsrwa     X:31/211           XT,RA                 2.07 as | Move a GPR word, sign-extended, to a VSR
mtfprwz     X:31/243           FRT,RA                2.07 | Move a GPR word, zero-extended, to an FPR (mtvsrwz)
mtvrwz      X:31/243{S6=1}     VRT,RA                2.07 | Move a GPR word, zero-extended, to a VR (mtvsrwz)
mtvsrwz     X:31/243           XT,RA                 2.07 as | Move a GPR word, zero-extended, to a VSR
mfvsrld     X:31/307           RA,XS                 3.0  | Move the low doubleword of a VSR to a GPR
mtvsrws     X:31/403           XT,RA                 3.0  | Move a GPR word, splatted, to a VSR
mtvsrdd     X:31/435           XT,RA0,RB             3.0  | Move two GPRs to a VSR
# Logical, permute, merge, splat
xxland      XX3:60/130         XT,XA,XB              2.07 | Bitwise AND
xxlandc     XX3:60/138         XT,XA,XB              2.07 | Bitwise AND with complement
xxmr        XX3:60/146         XT,XAB                2.07 | Move (xxlor XT,XA,XA)
xxlor       XX3:60/146         XT,XA,XB              2.07 | Bitwise OR
xxlxor      XX3:60/154         XT,XA,XB              2.07 | Bitwise XOR
xxlnot      XX3:60/162         XT,XAB                2.07 | Complement (xxlnor XT,XA,XA)
xxlnor      XX3:60/162         XT,XA,XB              2.07 | Bitwise NOR
xxlorc      XX3:60/170         XT,XA,XB              2.07 | Bitwise OR with complement
xxlnand     XX3:60/178         XT,XA,XB              2.07 | Bitwise NAND
xxleqv      XX3:60/186         XT,XA,XB              2.07 | Bitwise Equivalence
xxsel       XX4:60/3           XT,XA,XB,XC           2.07 | Select bits from XA or XB under XC
xxsldwi     XX3:60/2           XT,XA,XB,SHW          2.07 | Shift left double by word immediate
xxspltd     XX3:60/10          XT,XAB,DMSPLT         2.07 | Splat a doubleword (xxpermdi with DM 0 or 3)
xxmrghd     XX3:60/10{DM=0}    XT,XA,XB              2.07 | Merge high doublewords
xxswapd     XX3:60/10{DM=2}    XT,XAB                2.07 | Swap doublewords (xxpermdi XT,XA,XA,2)
xxmrgld     XX3:60/10{DM=3}    XT,XA,XB              2.07 | Merge low doublewords
xxpermdi    XX3:60/10          XT,XA,XB,DM           2.07 | Permute doublewords
xxmrghw     XX3:60/18          XT,XA,XB              2.07 | Merge high words
xxmrglw     XX3:60/50          XT,XA,XB              2.07 | Merge low words
xxperm      XX3:60/26          XT,XA,XB              3.0  | Permute bytes
xxpermr     XX3:60/58          XT,XA,XB              3.0  | Permute bytes, right-indexed
xxspltw     XX2:60/164         XT,XB,UIM2            2.07 | Splat a word
xxextractuw XX2:60/165         XT,XB,UIM4            3.0  | Extract an unsigned word
xxinsertw   XX2:60/181         XT,XB,UIM4            3.0  | Insert a word
xxspltib    X:60/360{S1112=0}  XT,IMM8               3.0  | Splat an immediate byte
lxvkq       X:60/360{VRA=31}   XT,UIM5               3.1  | Load a quad-precision constant
xxgenpcvbm  X:60/916           XT,VRB,UIMM           3.1  | Generate a permute control from a byte mask
xxgenpcvhm  X:60/917           XT,VRB,UIMM           3.1  | Generate a permute control from a halfword mask
xxgenpcvwm  X:60/948           XT,VRB,UIMM           3.1  | Generate a permute control from a word mask
xxgenpcvdm  X:60/949           XT,VRB,UIMM           3.1  | Generate a permute control from a doubleword mask
xxbrh       XX2:60/475{VRA=7}  XT,XB                 3.0  | Byte-reverse halfwords
xxbrw       XX2:60/475{VRA=15} XT,XB                 3.0  | Byte-reverse words
xxbrd       XX2:60/475{VRA=23} XT,XB                 3.0  | Byte-reverse doublewords
xxbrq       XX2:60/475{VRA=31} XT,XB                 3.0  | Byte-reverse quadword
# Scalar double and single precision
xsadddp     XX3:60/32          XT,XA,XB              2.07 | Add double-precision
xsaddsp     XX3:60/0           XT,XA,XB              2.07 | Add single-precision
xssubdp     XX3:60/40          XT,XA,XB              2.07 | Subtract double-precision
xssubsp     XX3:60/8           XT,XA,XB              2.07 | Subtract single-precision
xsmuldp     XX3:60/48          XT,XA,XB              2.07 | Multiply double-precision
xsmulsp     XX3:60/16          XT,XA,XB              2.07 | Multiply single-precision
xsdivdp     XX3:60/56          XT,XA,XB              2.07 | Divide double-precision
xsdivsp     XX3:60/24          XT,XA,XB              2.07 | Divide single-precision
xsmaddadp   XX3:60/33          XT,XA,XB              2.07 | Multiply-add double-precision (A form)
xsmaddmdp   XX3:60/41          XT,XA,XB              2.07 | Multiply-add double-precision (M form)
xsmaddasp   XX3:60/1           XT,XA,XB              2.07 | Multiply-add single-precision (A form)
xsmaddmsp   XX3:60/9           XT,XA,XB              2.07 | Multiply-add single-precision (M form)
xsmsubadp   XX3:60/49          XT,XA,XB              2.07 | Multiply-subtract double-precision (A form)
xsmsubmdp   XX3:60/57          XT,XA,XB              2.07 | Multiply-subtract double-precision (M form)
xsmsubasp   XX3:60/17          XT,XA,XB              2.07 | Multiply-subtract single-precision (A form)
xsmsubmsp   XX3:60/25          XT,XA,XB              2.07 | Multiply-subtract single-precision (M form)
xsnmaddadp  XX3:60/161         XT,XA,XB              2.07 | Negative multiply-add double-precision (A form)
xsnmaddmdp  XX3:60/169         XT,XA,XB              2.07 | Negative multiply-add double-precision (M form)
xsnmaddasp  XX3:60/129         XT,XA,XB              2.07 | Negative multiply-add single-precision (A form)
xsnmaddmsp  XX3:60/137         XT,XA,XB              2.07 | Negative multiply-add single-precision (M form)
xsnmsubadp  XX3:60/177         XT,XA,XB              2.07 | Negative multiply-subtract double-precision (A form)
xsnmsubmdp  XX3:60/185         XT,XA,XB              2.07 | Negative multiply-subtract double-precision (M form)
xsnmsubasp  XX3:60/145         XT,XA,XB              2.07 | Negative multiply-subtract single-precision (A form)
xsnmsubmsp  XX3:60/153         XT,XA,XB              2.07 | Negative multiply-subtract single-precision (M form)
xsmaxdp     XX3:60/160         XT,XA,XB              2.07 | Maximum double-precision
xsmindp     XX3:60/168         XT,XA,XB              2.07 | Minimum double-precision
xsmaxcdp    XX3:60/128         XT,XA,XB              3.0  | Maximum double-precision, C semantics
xsmincdp    XX3:60/136         XT,XA,XB              3.0  | Minimum double-precision, C semantics
xsmaxjdp    XX3:60/144         XT,XA,XB              3.0  | Maximum double-precision, Java semantics
xsminjdp    XX3:60/152         XT,XA,XB              3.0  | Minimum double-precision, Java semantics
xscpsgndp   XX3:60/176         XT,XA,XB              2.07 | Copy sign double-precision
xscmpeqdp   XX3:60/3           XT,XA,XB              3.0  | Compare equal double-precision, into a mask
xscmpgtdp   XX3:60/11          XT,XA,XB              3.0  | Compare greater than double-precision, into a mask
xscmpgedp   XX3:60/19          XT,XA,XB              3.0  | Compare greater or equal double-precision, into a mask
xscmpudp    XX3:60/35          BF,XA,XB              2.07 | Compare unordered double-precision
xscmpodp    XX3:60/43          BF,XA,XB              2.07 | Compare ordered double-precision
xscmpexpdp  XX3:60/59          BF,XA,XB              3.0  | Compare exponents double-precision
xstdivdp    XX3:60/61          BF,XA,XB              2.07 | Test for software divide double-precision
xstsqrtdp   XX2:60/106         BF,XB                 2.07 | Test for software square root double-precision
xststdcsp   XX2:60/298         BF,XB,DCMX            3.0  | Test data class single-precision
xststdcdp   XX2:60/362         BF,XB,DCMX            3.0  | Test data class double-precision
xssqrtdp    XX2:60/75          XT,XB                 2.07 | Square root double-precision
xssqrtsp    XX2:60/11          XT,XB                 2.07 | Square root single-precision
xsrsqrtedp  XX2:60/74          XT,XB                 2.07 | Reciprocal square root estimate double-precision
xsrsqrtesp  XX2:60/10          XT,XB                 2.07 | Reciprocal square root estimate single-precision
xsredp      XX2:60/90          XT,XB                 2.07 | Reciprocal estimate double-precision
xsresp      XX2:60/26          XT,XB                 2.07 | Reciprocal estimate single-precision
xsrdpi      XX2:60/73          XT,XB                 2.07 | Round to integer, nearest away
xsrdpiz     XX2:60/89          XT,XB                 2.07 | Round to integer toward zero
xsrdpip     XX2:60/105         XT,XB                 2.07 | Round to integer toward +infinity
xsrdpic     XX2:60/107         XT,XB                 2.07 | Round to integer by the current mode
xsrdpim     XX2:60/121         XT,XB                 2.07 | Round to integer toward -infinity
xsrsp       XX2:60/281         XT,XB                 2.07 | Round to single-precision
xsabsdp     XX2:60/345         XT,XB                 2.07 | Absolute value double-precision
xsnabsdp    XX2:60/361         XT,XB                 2.07 | Negative absolute value double-precision
xsnegdp     XX2:60/377         XT,XB                 2.07 | Negate double-precision
xscvdpsp    XX2:60/265         XT,XB                 2.07 | Convert double to single
xscvdpspn   XX2:60/267         XT,XB                 2.07 | Convert double to single, non-signalling
xscvspdp    XX2:60/329         XT,XB                 2.07 | Convert single to double
xscvspdpn   XX2:60/331         XT,XB                 2.07 | Convert single to double, non-signalling
xscvdpuxws  XX2:60/72          XT,XB                 2.07 | Convert double to unsigned word, truncating
xscvdpsxws  XX2:60/88          XT,XB                 2.07 | Convert double to signed word, truncating
xscvdpuxds  XX2:60/328         XT,XB                 2.07 | Convert double to unsigned doubleword, truncating
xscvdpsxds  XX2:60/344         XT,XB                 2.07 | Convert double to signed doubleword, truncating
xscvuxdsp   XX2:60/296         XT,XB                 2.07 | Convert unsigned doubleword to single
xscvsxdsp   XX2:60/312         XT,XB                 2.07 | Convert signed doubleword to single
xscvuxddp   XX2:60/360         XT,XB                 2.07 | Convert unsigned doubleword to double
xscvsxddp   XX2:60/376         XT,XB                 2.07 | Convert signed doubleword to double
xsxexpdp    XX2:60/347{VRA=0}  RT,XB                 3.0  | Extract the exponent of a double
xsxsigdp    XX2:60/347{VRA=1}  RT,XB                 3.0  | Extract the significand of a double
xscvhpdp    XX2:60/347{VRA=16} XT,XB                 3.0  | Convert half to double
xscvdphp    XX2:60/347{VRA=17} XT,XB                 3.0  | Convert double to half
xsiexpdp    X:60/918           XT,RA,RB              3.0  | Insert an exponent into a double
# Vector double and single precision
xvadddp     XX3:60/96          XT,XA,XB              2.07 | Add double-precision
xvaddsp     XX3:60/64          XT,XA,XB              2.07 | Add single-precision
xvsubdp     XX3:60/104         XT,XA,XB              2.07 | Subtract double-precision
xvsubsp     XX3:60/72          XT,XA,XB              2.07 | Subtract single-precision
xvmuldp     XX3:60/112         XT,XA,XB              2.07 | Multiply double-precision
xvmulsp     XX3:60/80          XT,XA,XB              2.07 | Multiply single-precision
xvdivdp     XX3:60/120         XT,XA,XB              2.07 | Divide double-precision
xvdivsp     XX3:60/88          XT,XA,XB              2.07 | Divide single-precision
xvmaddadp   XX3:60/97          XT,XA,XB              2.07 | Multiply-add double-precision (A form)
xvmaddmdp   XX3:60/105         XT,XA,XB              2.07 | Multiply-add double-precision (M form)
xvmaddasp   XX3:60/65          XT,XA,XB              2.07 | Multiply-add single-precision (A form)
xvmaddmsp   XX3:60/73          XT,XA,XB              2.07 | Multiply-add single-precision (M form)
xvmsubadp   XX3:60/113         XT,XA,XB              2.07 | Multiply-subtract double-precision (A form)
xvmsubmdp   XX3:60/121         XT,XA,XB              2.07 | Multiply-subtract double-precision (M form)
xvmsubasp   XX3:60/81          XT,XA,XB              2.07 | Multiply-subtract single-precision (A form)
xvmsubmsp   XX3:60/89          XT,XA,XB              2.07 | Multiply-subtract single-precision (M form)
xvnmaddadp  XX3:60/225         XT,XA,XB              2.07 | Negative multiply-add double-precision (A form)
xvnmaddmdp  XX3:60/233         XT,XA,XB              2.07 | Negative multiply-add double-precision (M form)
xvnmaddasp  XX3:60/193         XT,XA,XB              2.07 | Negative multiply-add single-precision (A form)
xvnmaddmsp  XX3:60/201         XT,XA,XB              2.07 | Negative multiply-add single-precision (M form)
xvnmsubadp  XX3:60/241         XT,XA,XB              2.07 | Negative multiply-subtract double-precision (A form)
xvnmsubmdp  XX3:60/249         XT,XA,XB              2.07 | Negative multiply-subtract double-precision (M form)
xvnmsubasp  XX3:60/209         XT,XA,XB              2.07 | Negative multiply-subtract single-precision (A form)
xvnmsubmsp  XX3:60/217         XT,XA,XB              2.07 | Negative multiply-subtract single-precision (M form)
xvmaxdp     XX3:60/224         XT,XA,XB              2.07 | Maximum double-precision
xvmaxsp     XX3:60/192         XT,XA,XB              2.07 | Maximum single-precision
xvmindp     XX3:60/232         XT,XA,XB              2.07 | Minimum double-precision
xvminsp     XX3:60/200         XT,XA,XB              2.07 | Minimum single-precision
xvmovdp     XX3:60/240         XT,XAB                2.07 | Move double-precision (xvcpsgndp XT,XA,XA)
xvcpsgndp   XX3:60/240         XT,XA,XB              2.07 | Copy sign double-precision
xvmovsp     XX3:60/208         XT,XAB                2.07 | Move single-precision (xvcpsgnsp XT,XA,XA)
xvcpsgnsp   XX3:60/208         XT,XA,XB              2.07 | Copy sign single-precision
xviexpdp    XX3:60/248         XT,XA,XB              3.0  | Insert exponents into doubles
xviexpsp    XX3:60/216         XT,XA,XB              3.0  | Insert exponents into singles
xvcmpeqdp[.] XX3:60/99         XT,XA,XB              2.07 | Compare equal double-precision
xvcmpeqsp[.] XX3:60/67         XT,XA,XB              2.07 | Compare equal single-precision
xvcmpgtdp[.] XX3:60/107        XT,XA,XB              2.07 | Compare greater than double-precision
xvcmpgtsp[.] XX3:60/75         XT,XA,XB              2.07 | Compare greater than single-precision
xvcmpgedp[.] XX3:60/115        XT,XA,XB              2.07 | Compare greater or equal double-precision
xvcmpgesp[.] XX3:60/83         XT,XA,XB              2.07 | Compare greater or equal single-precision
xvtdivdp    XX3:60/125         BF,XA,XB              2.07 | Test for software divide double-precision
xvtdivsp    XX3:60/93          BF,XA,XB              2.07 | Test for software divide single-precision
xvtsqrtdp   XX2:60/234         BF,XB                 2.07 | Test for software square root double-precision
xvtsqrtsp   XX2:60/170         BF,XB                 2.07 | Test for software square root single-precision
xvtstdcdp   XX2:60/490         XT,XB,DCMXS           3.0  | Test data class double-precision
xvtstdcsp   XX2:60/426         XT,XB,DCMXS           3.0  | Test data class single-precision
xvtlsbb     XX2:60/475{VRA=2}  BF,XB                 3.1  | Test least-significant bits of bytes
xvsqrtdp    XX2:60/203         XT,XB                 2.07 | Square root double-precision
xvsqrtsp    XX2:60/139         XT,XB                 2.07 | Square root single-precision
xvrsqrtedp  XX2:60/202         XT,XB                 2.07 | Reciprocal square root estimate double-precision
xvrsqrtesp  XX2:60/138         XT,XB                 2.07 | Reciprocal square root estimate single-precision
xvredp      XX2:60/218         XT,XB                 2.07 | Reciprocal estimate double-precision
xvresp      XX2:60/154         XT,XB                 2.07 | Reciprocal estimate single-precision
xvrdpi      XX2:60/201         XT,XB                 2.07 | Round doubles to integer, nearest away
xvrdpiz     XX2:60/217         XT,XB                 2.07 | Round doubles to integer toward zero
xvrdpip     XX2:60/233         XT,XB                 2.07 | Round doubles to integer toward +infinity
xvrdpic     XX2:60/235         XT,XB                 2.07 | Round doubles to integer by the current mode
xvrdpim     XX2:60/249         XT,XB                 2.07 | Round doubles to integer toward -infinity
xvrspi      XX2:60/137         XT,XB                 2.07 | Round singles to integer, nearest away
xvrspiz     XX2:60/153         XT,XB                 2.07 | Round singles to integer toward zero
xvrspip     XX2:60/169         XT,XB                 2.07 | Round singles to integer toward +infinity
xvrspic     XX2:60/171         XT,XB                 2.07 | Round singles to integer by the current mode
xvrspim     XX2:60/185         XT,XB                 2.07 | Round singles to integer toward -infinity
xvabsdp     XX2:60/473         XT,XB                 2.07 | Absolute value double-precision
xvabssp     XX2:60/409         XT,XB                 2.07 | Absolute value single-precision
xvnabsdp    XX2:60/489         XT,XB                 2.07 | Negative absolute value double-precision
xvnabssp    XX2:60/425         XT,XB                 2.07 | Negative absolute value single-precision
xvnegdp     XX2:60/505         XT,XB                 2.07 | Negate double-precision
xvnegsp     XX2:60/441         XT,XB                 2.07 | Negate single-precision
xvcvdpsp    XX2:60/393         XT,XB                 2.07 | Convert doubles to singles
xvcvspdp    XX2:60/457         XT,XB                 2.07 | Convert singles to doubles
xvcvdpuxws  XX2:60/200         XT,XB                 2.07 | Convert doubles to unsigned words, truncating
xvcvdpsxws  XX2:60/216         XT,XB                 2.07 | Convert doubles to signed words, truncating
xvcvdpuxds  XX2:60/456         XT,XB                 2.07 | Convert doubles to unsigned doublewords, truncating
xvcvdpsxds  XX2:60/472         XT,XB                 2.07 | Convert doubles to signed doublewords, truncating
xvcvspuxws  XX2:60/136         XT,XB                 2.07 | Convert singles to unsigned words, truncating
xvcvspsxws  XX2:60/152         XT,XB                 2.07 | Convert singles to signed words, truncating
xvcvspuxds  XX2:60/392         XT,XB                 2.07 | Convert singles to unsigned doublewords, truncating
xvcvspsxds  XX2:60/408         XT,XB                 2.07 | Convert singles to signed doublewords, truncating
xvcvuxwdp   XX2:60/232         XT,XB                 2.07 | Convert unsigned words to doubles
xvcvsxwdp   XX2:60/248         XT,XB                 2.07 | Convert signed words to doubles
xvcvuxwsp   XX2:60/168         XT,XB                 2.07 | Convert unsigned words to singles
xvcvsxwsp   XX2:60/184         XT,XB                 2.07 | Convert signed words to singles
xvcvuxddp   XX2:60/488         XT,XB                 2.07 | Convert unsigned doublewords to doubles
xvcvsxddp   XX2:60/504         XT,XB                 2.07 | Convert signed doublewords to doubles
xvcvuxdsp   XX2:60/424         XT,XB                 2.07 | Convert unsigned doublewords to singles
xvcvsxdsp   XX2:60/440         XT,XB                 2.07 | Convert signed doublewords to singles
xvxexpdp    XX2:60/475{VRA=0}  XT,XB                 3.0  | Extract exponents of doubles
xvxsigdp    XX2:60/475{VRA=1}  XT,XB                 3.0  | Extract significands of doubles
xvxexpsp    XX2:60/475{VRA=8}  XT,XB                 3.0  | Extract exponents of singles
xvxsigsp    XX2:60/475{VRA=9}  XT,XB                 3.0  | Extract significands of singles
xvcvbf16spn XX2:60/475{VRA=16} XT,XB                 3.1  | Convert bfloat16 to single, non-signalling
xvcvspbf16  XX2:60/475{VRA=17} XT,XB                 3.1  | Convert single to bfloat16
xvcvhpsp    XX2:60/475{VRA=24} XT,XB                 3.0  | Convert halves to singles
xvcvsphp    XX2:60/475{VRA=25} XT,XB                 3.0  | Convert singles to halves
# Quad precision (in VRs)
xsaddqp     X:63/4             VRT,VRA,VRB           3.0  | Add quad-precision
xsaddqpo    X:63/4{Rc=1}       VRT,VRA,VRB           3.0  | Add quad-precision, round to odd
xssubqp     X:63/516           VRT,VRA,VRB           3.0  | Subtract quad-precision
xssubqpo    X:63/516{Rc=1}     VRT,VRA,VRB           3.0  | Subtract quad-precision, round to odd
xsmulqp     X:63/36            VRT,VRA,VRB           3.0  | Multiply quad-precision
xsmulqpo    X:63/36{Rc=1}      VRT,VRA,VRB           3.0  | Multiply quad-precision, round to odd
xsdivqp     X:63/548           VRT,VRA,VRB           3.0  | Divide quad-precision
xsdivqpo    X:63/548{Rc=1}     VRT,VRA,VRB           3.0  | Divide quad-precision, round to odd
xsmaddqp    X:63/388           VRT,VRA,VRB           3.0  | Multiply-add quad-precision
xsmaddqpo   X:63/388{Rc=1}     VRT,VRA,VRB           3.0  | Multiply-add quad-precision, round to odd
xsmsubqp    X:63/420           VRT,VRA,VRB           3.0  | Multiply-subtract quad-precision
xsmsubqpo   X:63/420{Rc=1}     VRT,VRA,VRB           3.0  | Multiply-subtract quad-precision, round to odd
xsnmaddqp   X:63/452           VRT,VRA,VRB           3.0  | Negative multiply-add quad-precision
xsnmaddqpo  X:63/452{Rc=1}     VRT,VRA,VRB           3.0  | Negative multiply-add quad-precision, round to odd
xsnmsubqp   X:63/484           VRT,VRA,VRB           3.0  | Negative multiply-subtract quad-precision
xsnmsubqpo  X:63/484{Rc=1}     VRT,VRA,VRB           3.0  | Negative multiply-subtract quad-precision, round to odd
xsrqpi      Z23:63/5{~11-14}         R15,VRT,VRB,RMC       3.0  | Round quad-precision to integer
xsrqpix     Z23:63/5{Rc=1,~11-14}     R15,VRT,VRB,RMC       3.0  | Round quad-precision to integer, signalling inexact
xsrqpxp     Z23:63/37{~11-14}         R15,VRT,VRB,RMC       3.0  | Round quad-precision to double-extended
xscpsgnqp   X:63/100           VRT,VRA,VRB           3.0  | Copy sign quad-precision
xscmpeqqp   X:63/68            VRT,VRA,VRB           3.1  | Compare equal quad-precision, into a mask
xscmpgeqp   X:63/196           VRT,VRA,VRB           3.1  | Compare greater or equal quad-precision, into a mask
xscmpgtqp   X:63/228           VRT,VRA,VRB           3.1  | Compare greater than quad-precision, into a mask
xscmpoqp    X:63/132           BF,VRA,VRB            3.0  | Compare ordered quad-precision
xscmpuqp    X:63/644           BF,VRA,VRB            3.0  | Compare unordered quad-precision
xscmpexpqp  X:63/164           BF,VRA,VRB            3.0  | Compare exponents quad-precision
xsmaxcqp    X:63/676           VRT,VRA,VRB           3.1  | Maximum quad-precision, C semantics
xsmincqp    X:63/740           VRT,VRA,VRB           3.1  | Minimum quad-precision, C semantics
xststdcqp   X:63/708           BF,VRB,DCMX           3.0  | Test data class quad-precision
xsiexpqp    X:63/868           VRT,VRA,VRB           3.0  | Insert an exponent into a quad
xsabsqp     X:63/804{VRA=0}    VRT,VRB               3.0  | Absolute value quad-precision
xsxexpqp    X:63/804{VRA=2}    VRT,VRB               3.0  | Extract the exponent of a quad
xsnabsqp    X:63/804{VRA=8}    VRT,VRB               3.0  | Negative absolute value quad-precision
xsnegqp     X:63/804{VRA=16}   VRT,VRB               3.0  | Negate quad-precision
xsxsigqp    X:63/804{VRA=18}   VRT,VRB               3.0  | Extract the significand of a quad
xssqrtqp    X:63/804{VRA=27}   VRT,VRB               3.0  | Square root quad-precision
xssqrtqpo   X:63/804{VRA=27,Rc=1} VRT,VRB            3.0  | Square root quad-precision, round to odd
xscvqpuqz   X:63/836{VRA=0}    VRT,VRB               3.1  | Convert quad to unsigned quadword, truncating
xscvqpuwz   X:63/836{VRA=1}    VRT,VRB               3.0  | Convert quad to unsigned word, truncating
xscvudqp    X:63/836{VRA=2}    VRT,VRB               3.0  | Convert unsigned doubleword to quad
xscvuqqp    X:63/836{VRA=3}    VRT,VRB               3.1  | Convert unsigned quadword to quad
xscvqpsqz   X:63/836{VRA=8}    VRT,VRB               3.1  | Convert quad to signed quadword, truncating
xscvqpswz   X:63/836{VRA=9}    VRT,VRB               3.0  | Convert quad to signed word, truncating
xscvsdqp    X:63/836{VRA=10}   VRT,VRB               3.0  | Convert signed doubleword to quad
xscvsqqp    X:63/836{VRA=11}   VRT,VRB               3.1  | Convert signed quadword to quad
xscvqpudz   X:63/836{VRA=17}   VRT,VRB               3.0  | Convert quad to unsigned doubleword, truncating
xscvqpdp    X:63/836{VRA=20}   VRT,VRB               3.0  | Convert quad to double
xscvqpdpo   X:63/836{VRA=20,Rc=1} VRT,VRB            3.0  | Convert quad to double, round to odd
xscvdpqp    X:63/836{VRA=22}   VRT,VRB               3.0  | Convert double to quad
xscvqpsdz   X:63/836{VRA=25}   VRT,VRB               3.0  | Convert quad to signed doubleword, truncating
# Matrix-multiply assist (accumulators)
dmxxmfacc   X:31/177{VRA=0}    AT                    3.1  | Move an accumulator to its VSRs
xxmfacc     X:31/177{VRA=0}    AT                    3.1 as | Move an accumulator to its VSRs
dmxxmtacc   X:31/177{VRA=1}    AT                    3.1  | Move VSRs to an accumulator
xxmtacc     X:31/177{VRA=1}    AT                    3.1 as | Move VSRs to an accumulator
dmsetaccz   X:31/177{VRA=3}    AT                    3.1  | Set an accumulator to zero
xxsetaccz   X:31/177{VRA=3}    AT                    3.1 as | Set an accumulator to zero
`;

/** Matrix rank-k updates of an accumulator (XX3, primary 59) by extended opcode. */
export const GER_UPDATES = `xvi8ger4pp:2 xvi8ger4:3 xvf16ger2pp:18 xvf16ger2:19 xvf32gerpp:26 xvf32ger:27 xvi4ger8pp:34
  xvi4ger8:35 xvi16ger2spp:42 xvi16ger2s:43 xvbf16ger2pp:50 xvbf16ger2:51 xvf64gerpp:58 xvf64ger:59 xvi16ger2:75
  xvf16ger2np:82 xvf32gernp:90 xvi8ger4spp:99 xvi16ger2pp:107 xvbf16ger2np:114 xvf64gernp:122 xvf16ger2pn:146
  xvf32gerpn:154 xvbf16ger2pn:178 xvf64gerpn:186 xvf16ger2nn:210 xvf32gernn:218 xvbf16ger2nn:242 xvf64gernn:250`;
