// Vector (VMX/AltiVec) instructions: primary opcode 4 and the vector loads and stores.
// VX rows take an 11-bit extended opcode, VA rows a 6-bit one, VC rows (compares) a 10-bit one
// with the record bit; `{VRA=n}` rows use the VA field as a further opcode.
export const VMX_ROWS = String.raw`
# Loads, stores, stream hints, VSCR
lvsl        X:31/6             VRT,RA0,RB            2.07 | Load vector for shift left (permute control)
lvsr        X:31/38            VRT,RA0,RB            2.07 | Load vector for shift right (permute control)
lvebx       X:31/7             VRT,RA0,RB            2.07 | Load vector element byte indexed
lvehx       X:31/39            VRT,RA0,RB            2.07 | Load vector element halfword indexed
lvewx       X:31/71            VRT,RA0,RB            2.07 | Load vector element word indexed
lvx         X:31/103           VRT,RA0,RB            2.07 | Load vector indexed (16-byte aligned)
lvxl        X:31/359           VRT,RA0,RB            2.07 | Load vector indexed, last use
stvebx      X:31/135           VRS,RA0,RB            2.07 | Store vector element byte indexed
stvehx      X:31/167           VRS,RA0,RB            2.07 | Store vector element halfword indexed
stvewx      X:31/199           VRS,RA0,RB            2.07 | Store vector element word indexed
stvx        X:31/231           VRS,RA0,RB            2.07 | Store vector indexed (16-byte aligned)
stvxl       X:31/487           VRS,RA0,RB            2.07 | Store vector indexed, last use
dst         X:31/342{T6=0,~7-8,~31}     RA,RB,STRM            2.07 | Data stream touch
dstt        X:31/342{T6=1,~7-8,~31}     RA,RB,STRM            2.07 | Data stream touch, transient
dstst       X:31/374{T6=0,~7-8,~31}     RA,RB,STRM            2.07 | Data stream touch for store
dststt      X:31/374{T6=1,~7-8,~31}     RA,RB,STRM            2.07 | Data stream touch for store, transient
dss         X:31/822{T6=0,~7-8,~11-20,~31}   STRM                  2.07 | Data stream stop
dssall      X:31/822{T6=1,~7-10,~11-20,~31}     -                     2.07 | Stop all data streams
mfvscr      VX:4/1540          VRT                   2.07 | Move from the vector status and control register
mtvscr      VX:4/1604          VRB                   2.07 | Move to the vector status and control register
# Integer add and subtract
vaddubm     VX:4/0             VRT,VRA,VRB           2.07 | Add unsigned bytes, modulo
vadduhm     VX:4/64            VRT,VRA,VRB           2.07 | Add unsigned halfwords, modulo
vadduwm     VX:4/128           VRT,VRA,VRB           2.07 | Add unsigned words, modulo
vaddudm     VX:4/192           VRT,VRA,VRB           2.07 | Add unsigned doublewords, modulo
vadduqm     VX:4/256           VRT,VRA,VRB           2.07 | Add unsigned quadword, modulo
vaddcuq     VX:4/320           VRT,VRA,VRB           2.07 | Carry out of an unsigned quadword add
vaddcuw     VX:4/384           VRT,VRA,VRB           2.07 | Carry out of unsigned word adds
vaddubs     VX:4/512           VRT,VRA,VRB           2.07 | Add unsigned bytes, saturating
vadduhs     VX:4/576           VRT,VRA,VRB           2.07 | Add unsigned halfwords, saturating
vadduws     VX:4/640           VRT,VRA,VRB           2.07 | Add unsigned words, saturating
vaddsbs     VX:4/768           VRT,VRA,VRB           2.07 | Add signed bytes, saturating
vaddshs     VX:4/832           VRT,VRA,VRB           2.07 | Add signed halfwords, saturating
vaddsws     VX:4/896           VRT,VRA,VRB           2.07 | Add signed words, saturating
vaddeuqm    VA:4/60            VRT,VRA,VRB,VRC       2.07 | Add unsigned quadwords with carry in, modulo
vaddecuq    VA:4/61            VRT,VRA,VRB,VRC       2.07 | Carry out of a quadword add with carry in
vsububm     VX:4/1024          VRT,VRA,VRB           2.07 | Subtract unsigned bytes, modulo
vsubuhm     VX:4/1088          VRT,VRA,VRB           2.07 | Subtract unsigned halfwords, modulo
vsubuwm     VX:4/1152          VRT,VRA,VRB           2.07 | Subtract unsigned words, modulo
vsubudm     VX:4/1216          VRT,VRA,VRB           2.07 | Subtract unsigned doublewords, modulo
vsubuqm     VX:4/1280          VRT,VRA,VRB           2.07 | Subtract unsigned quadword, modulo
vsubcuq     VX:4/1344          VRT,VRA,VRB           2.07 | Carry out of an unsigned quadword subtract
vsubcuw     VX:4/1408          VRT,VRA,VRB           2.07 | Carry out of unsigned word subtracts
vsububs     VX:4/1536          VRT,VRA,VRB           2.07 | Subtract unsigned bytes, saturating
vsubuhs     VX:4/1600          VRT,VRA,VRB           2.07 | Subtract unsigned halfwords, saturating
vsubuws     VX:4/1664          VRT,VRA,VRB           2.07 | Subtract unsigned words, saturating
vsubsbs     VX:4/1792          VRT,VRA,VRB           2.07 | Subtract signed bytes, saturating
vsubshs     VX:4/1856          VRT,VRA,VRB           2.07 | Subtract signed halfwords, saturating
vsubsws     VX:4/1920          VRT,VRA,VRB           2.07 | Subtract signed words, saturating
vsubeuqm    VA:4/62            VRT,VRA,VRB,VRC       2.07 | Subtract quadwords with carry in, modulo
vsubecuq    VA:4/63            VRT,VRA,VRB,VRC       2.07 | Carry out of a quadword subtract with carry in
# Multiply, multiply-sum, divide, modulo
vmuloub     VX:4/8             VRT,VRA,VRB           2.07 | Multiply odd unsigned bytes
vmulouh     VX:4/72            VRT,VRA,VRB           2.07 | Multiply odd unsigned halfwords
vmulouw     VX:4/136           VRT,VRA,VRB           2.07 | Multiply odd unsigned words
vmuloud     VX:4/200           VRT,VRA,VRB           3.1  | Multiply odd unsigned doublewords
vmulosb     VX:4/264           VRT,VRA,VRB           2.07 | Multiply odd signed bytes
vmulosh     VX:4/328           VRT,VRA,VRB           2.07 | Multiply odd signed halfwords
vmulosw     VX:4/392           VRT,VRA,VRB           2.07 | Multiply odd signed words
vmulosd     VX:4/456           VRT,VRA,VRB           3.1  | Multiply odd signed doublewords
vmuleub     VX:4/520           VRT,VRA,VRB           2.07 | Multiply even unsigned bytes
vmuleuh     VX:4/584           VRT,VRA,VRB           2.07 | Multiply even unsigned halfwords
vmuleuw     VX:4/648           VRT,VRA,VRB           2.07 | Multiply even unsigned words
vmuleud     VX:4/712           VRT,VRA,VRB           3.1  | Multiply even unsigned doublewords
vmulesb     VX:4/776           VRT,VRA,VRB           2.07 | Multiply even signed bytes
vmulesh     VX:4/840           VRT,VRA,VRB           2.07 | Multiply even signed halfwords
vmulesw     VX:4/904           VRT,VRA,VRB           2.07 | Multiply even signed words
vmulesd     VX:4/968           VRT,VRA,VRB           3.1  | Multiply even signed doublewords
vmuluwm     VX:4/137           VRT,VRA,VRB           2.07 | Multiply unsigned words, modulo
vmulld      VX:4/457           VRT,VRA,VRB           3.1  | Multiply low doublewords
vmulhuw     VX:4/649           VRT,VRA,VRB           3.1  | Multiply high unsigned words
vmulhud     VX:4/713           VRT,VRA,VRB           3.1  | Multiply high unsigned doublewords
vmulhsw     VX:4/905           VRT,VRA,VRB           3.1  | Multiply high signed words
vmulhsd     VX:4/969           VRT,VRA,VRB           3.1  | Multiply high signed doublewords
vmul10cuq   VX:4/1             VRT,VRA               3.0  | Carry of multiplying an unsigned quadword by 10
vmul10ecuq  VX:4/65            VRT,VRA,VRB           3.0  | Carry of multiplying an unsigned quadword by 10, extended
vmul10uq    VX:4/513           VRT,VRA               3.0  | Multiply an unsigned quadword by 10
vmul10euq   VX:4/577           VRT,VRA,VRB           3.0  | Multiply an unsigned quadword by 10, extended
vmhaddshs   VA:4/32            VRT,VRA,VRB,VRC       2.07 | Multiply high and add signed halfwords, saturating
vmhraddshs  VA:4/33            VRT,VRA,VRB,VRC       2.07 | Multiply high, round and add signed halfwords, saturating
vmladduhm   VA:4/34            VRT,VRA,VRB,VRC       2.07 | Multiply low and add unsigned halfwords, modulo
vmsumudm    VA:4/35            VRT,VRA,VRB,VRC       3.0  | Multiply-sum unsigned doublewords, modulo
vmsumcud    VA:4/23            VRT,VRA,VRB,VRC       3.1  | Carry of a multiply-sum of unsigned doublewords
vmsumubm    VA:4/36            VRT,VRA,VRB,VRC       2.07 | Multiply-sum unsigned bytes, modulo
vmsummbm    VA:4/37            VRT,VRA,VRB,VRC       2.07 | Multiply-sum mixed-sign bytes, modulo
vmsumuhm    VA:4/38            VRT,VRA,VRB,VRC       2.07 | Multiply-sum unsigned halfwords, modulo
vmsumuhs    VA:4/39            VRT,VRA,VRB,VRC       2.07 | Multiply-sum unsigned halfwords, saturating
vmsumshm    VA:4/40            VRT,VRA,VRB,VRC       2.07 | Multiply-sum signed halfwords, modulo
vmsumshs    VA:4/41            VRT,VRA,VRB,VRC       2.07 | Multiply-sum signed halfwords, saturating
vsum4ubs    VX:4/1544          VRT,VRA,VRB           2.07 | Sum across quarters, unsigned bytes, saturating
vsum4sbs    VX:4/1800          VRT,VRA,VRB           2.07 | Sum across quarters, signed bytes, saturating
vsum4shs    VX:4/1608          VRT,VRA,VRB           2.07 | Sum across quarters, signed halfwords, saturating
vsum2sws    VX:4/1672          VRT,VRA,VRB           2.07 | Sum across halves, signed words, saturating
vsumsws     VX:4/1928          VRT,VRA,VRB           2.07 | Sum across signed words, saturating
vdivuw      VX:4/139           VRT,VRA,VRB           3.1  | Divide unsigned words
vdivud      VX:4/203           VRT,VRA,VRB           3.1  | Divide unsigned doublewords
vdivuq      VX:4/11            VRT,VRA,VRB           3.1  | Divide unsigned quadword
vdivsw      VX:4/395           VRT,VRA,VRB           3.1  | Divide signed words
vdivsd      VX:4/459           VRT,VRA,VRB           3.1  | Divide signed doublewords
vdivsq      VX:4/267           VRT,VRA,VRB           3.1  | Divide signed quadword
vdiveuw     VX:4/651           VRT,VRA,VRB           3.1  | Divide extended unsigned words
vdiveud     VX:4/715           VRT,VRA,VRB           3.1  | Divide extended unsigned doublewords
vdiveuq     VX:4/523           VRT,VRA,VRB           3.1  | Divide extended unsigned quadword
vdivesw     VX:4/907           VRT,VRA,VRB           3.1  | Divide extended signed words
vdivesd     VX:4/971           VRT,VRA,VRB           3.1  | Divide extended signed doublewords
vdivesq     VX:4/779           VRT,VRA,VRB           3.1  | Divide extended signed quadword
vmoduw      VX:4/1675          VRT,VRA,VRB           3.1  | Modulo unsigned words
vmodud      VX:4/1739          VRT,VRA,VRB           3.1  | Modulo unsigned doublewords
vmoduq      VX:4/1547          VRT,VRA,VRB           3.1  | Modulo unsigned quadword
vmodsw      VX:4/1931          VRT,VRA,VRB           3.1  | Modulo signed words
vmodsd      VX:4/1995          VRT,VRA,VRB           3.1  | Modulo signed doublewords
vmodsq      VX:4/1803          VRT,VRA,VRB           3.1  | Modulo signed quadword
vpmsumb     VX:4/1032          VRT,VRA,VRB           2.07 | Polynomial (carry-less) multiply-sum bytes
vpmsumh     VX:4/1096          VRT,VRA,VRB           2.07 | Polynomial multiply-sum halfwords
vpmsumw     VX:4/1160          VRT,VRA,VRB           2.07 | Polynomial multiply-sum words
vpmsumd     VX:4/1224          VRT,VRA,VRB           2.07 | Polynomial multiply-sum doublewords
# Maximum, minimum, average, absolute difference
vmaxub      VX:4/2             VRT,VRA,VRB           2.07 | Maximum unsigned bytes
vmaxuh      VX:4/66            VRT,VRA,VRB           2.07 | Maximum unsigned halfwords
vmaxuw      VX:4/130           VRT,VRA,VRB           2.07 | Maximum unsigned words
vmaxud      VX:4/194           VRT,VRA,VRB           2.07 | Maximum unsigned doublewords
vmaxsb      VX:4/258           VRT,VRA,VRB           2.07 | Maximum signed bytes
vmaxsh      VX:4/322           VRT,VRA,VRB           2.07 | Maximum signed halfwords
vmaxsw      VX:4/386           VRT,VRA,VRB           2.07 | Maximum signed words
vmaxsd      VX:4/450           VRT,VRA,VRB           2.07 | Maximum signed doublewords
vminub      VX:4/514           VRT,VRA,VRB           2.07 | Minimum unsigned bytes
vminuh      VX:4/578           VRT,VRA,VRB           2.07 | Minimum unsigned halfwords
vminuw      VX:4/642           VRT,VRA,VRB           2.07 | Minimum unsigned words
vminud      VX:4/706           VRT,VRA,VRB           2.07 | Minimum unsigned doublewords
vminsb      VX:4/770           VRT,VRA,VRB           2.07 | Minimum signed bytes
vminsh      VX:4/834           VRT,VRA,VRB           2.07 | Minimum signed halfwords
vminsw      VX:4/898           VRT,VRA,VRB           2.07 | Minimum signed words
vminsd      VX:4/962           VRT,VRA,VRB           2.07 | Minimum signed doublewords
vavgub      VX:4/1026          VRT,VRA,VRB           2.07 | Average unsigned bytes
vavguh      VX:4/1090          VRT,VRA,VRB           2.07 | Average unsigned halfwords
vavguw      VX:4/1154          VRT,VRA,VRB           2.07 | Average unsigned words
vavgsb      VX:4/1282          VRT,VRA,VRB           2.07 | Average signed bytes
vavgsh      VX:4/1346          VRT,VRA,VRB           2.07 | Average signed halfwords
vavgsw      VX:4/1410          VRT,VRA,VRB           2.07 | Average signed words
vabsdub     VX:4/1027          VRT,VRA,VRB           3.0  | Absolute difference of unsigned bytes
vabsduh     VX:4/1091          VRT,VRA,VRB           3.0  | Absolute difference of unsigned halfwords
vabsduw     VX:4/1155          VRT,VRA,VRB           3.0  | Absolute difference of unsigned words
# Compare (the record forms set CR6)
vcmpequb[.] VC:4/6             VRT,VRA,VRB           2.07 | Compare equal unsigned bytes
vcmpequh[.] VC:4/70            VRT,VRA,VRB           2.07 | Compare equal unsigned halfwords
vcmpequw[.] VC:4/134           VRT,VRA,VRB           2.07 | Compare equal unsigned words
vcmpequd[.] VC:4/199           VRT,VRA,VRB           2.07 | Compare equal unsigned doublewords
vcmpequq[.] VC:4/455           VRT,VRA,VRB           3.1  | Compare equal quadwords
vcmpneb[.]  VC:4/7             VRT,VRA,VRB           3.0  | Compare not equal bytes
vcmpneh[.]  VC:4/71            VRT,VRA,VRB           3.0  | Compare not equal halfwords
vcmpnew[.]  VC:4/135           VRT,VRA,VRB           3.0  | Compare not equal words
vcmpnezb[.] VC:4/263           VRT,VRA,VRB           3.0  | Compare not equal or zero bytes
vcmpnezh[.] VC:4/327           VRT,VRA,VRB           3.0  | Compare not equal or zero halfwords
vcmpnezw[.] VC:4/391           VRT,VRA,VRB           3.0  | Compare not equal or zero words
vcmpgtub[.] VC:4/518           VRT,VRA,VRB           2.07 | Compare greater than unsigned bytes
vcmpgtuh[.] VC:4/582           VRT,VRA,VRB           2.07 | Compare greater than unsigned halfwords
vcmpgtuw[.] VC:4/646           VRT,VRA,VRB           2.07 | Compare greater than unsigned words
vcmpgtuq[.] VC:4/647           VRT,VRA,VRB           3.1  | Compare greater than unsigned quadwords
vcmpgtud[.] VC:4/711           VRT,VRA,VRB           2.07 | Compare greater than unsigned doublewords
vcmpgtsb[.] VC:4/774           VRT,VRA,VRB           2.07 | Compare greater than signed bytes
vcmpgtsh[.] VC:4/838           VRT,VRA,VRB           2.07 | Compare greater than signed halfwords
vcmpgtsw[.] VC:4/902           VRT,VRA,VRB           2.07 | Compare greater than signed words
vcmpgtsq[.] VC:4/903           VRT,VRA,VRB           3.1  | Compare greater than signed quadwords
vcmpgtsd[.] VC:4/967           VRT,VRA,VRB           2.07 | Compare greater than signed doublewords
vcmpeqfp[.] VC:4/198           VRT,VRA,VRB           2.07 | Compare equal single-precision
vcmpgefp[.] VC:4/454           VRT,VRA,VRB           2.07 | Compare greater than or equal single-precision
vcmpgtfp[.] VC:4/710           VRT,VRA,VRB           2.07 | Compare greater than single-precision
vcmpbfp[.]  VC:4/966           VRT,VRA,VRB           2.07 | Compare bounds single-precision
vcmpuq      VX:4/257           BF,VRA,VRB            3.1  | Compare unsigned quadwords into a CR field
vcmpsq      VX:4/321           BF,VRA,VRB            3.1  | Compare signed quadwords into a CR field
# Logical
vand        VX:4/1028          VRT,VRA,VRB           2.07 | Bitwise AND
vandc       VX:4/1092          VRT,VRA,VRB           2.07 | Bitwise AND with complement
vmr         VX:4/1156          VRT,VRAB              2.07 | Move (vor VRT,VRA,VRA)
vor         VX:4/1156          VRT,VRA,VRB           2.07 | Bitwise OR
vxor        VX:4/1220          VRT,VRA,VRB           2.07 | Bitwise XOR
vnot        VX:4/1284          VRT,VRAB              2.07 | Complement (vnor VRT,VRA,VRA)
vnor        VX:4/1284          VRT,VRA,VRB           2.07 | Bitwise NOR
vorc        VX:4/1348          VRT,VRA,VRB           2.07 | Bitwise OR with complement
vnand       VX:4/1412          VRT,VRA,VRB           2.07 | Bitwise NAND
veqv        VX:4/1668          VRT,VRA,VRB           2.07 | Bitwise Equivalence
vsel        VA:4/42            VRT,VRA,VRB,VRC       2.07 | Select bits from VRA or VRB under VRC
# Rotate and shift
vrlb        VX:4/4             VRT,VRA,VRB           2.07 | Rotate left bytes
vrlh        VX:4/68            VRT,VRA,VRB           2.07 | Rotate left halfwords
vrlw        VX:4/132           VRT,VRA,VRB           2.07 | Rotate left words
vrld        VX:4/196           VRT,VRA,VRB           2.07 | Rotate left doublewords
vrlq        VX:4/5             VRT,VRA,VRB           3.1  | Rotate left quadword
vrlwmi      VX:4/133           VRT,VRA,VRB           3.0  | Rotate left words then mask insert
vrldmi      VX:4/197           VRT,VRA,VRB           3.0  | Rotate left doublewords then mask insert
vrlqmi      VX:4/69            VRT,VRA,VRB           3.1  | Rotate left quadword then mask insert
vrlwnm      VX:4/389           VRT,VRA,VRB           3.0  | Rotate left words then AND with mask
vrldnm      VX:4/453           VRT,VRA,VRB           3.0  | Rotate left doublewords then AND with mask
vrlqnm      VX:4/325           VRT,VRA,VRB           3.1  | Rotate left quadword then AND with mask
vslb        VX:4/260           VRT,VRA,VRB           2.07 | Shift left bytes
vslh        VX:4/324           VRT,VRA,VRB           2.07 | Shift left halfwords
vslw        VX:4/388           VRT,VRA,VRB           2.07 | Shift left words
vsld        VX:4/1476          VRT,VRA,VRB           2.07 | Shift left doublewords
vslq        VX:4/261           VRT,VRA,VRB           3.1  | Shift left quadword
vsrb        VX:4/516           VRT,VRA,VRB           2.07 | Shift right bytes
vsrh        VX:4/580           VRT,VRA,VRB           2.07 | Shift right halfwords
vsrw        VX:4/644           VRT,VRA,VRB           2.07 | Shift right words
vsrd        VX:4/1732          VRT,VRA,VRB           2.07 | Shift right doublewords
vsrq        VX:4/517           VRT,VRA,VRB           3.1  | Shift right quadword
vsrab       VX:4/772           VRT,VRA,VRB           2.07 | Shift right algebraic bytes
vsrah       VX:4/836           VRT,VRA,VRB           2.07 | Shift right algebraic halfwords
vsraw       VX:4/900           VRT,VRA,VRB           2.07 | Shift right algebraic words
vsrad       VX:4/964           VRT,VRA,VRB           2.07 | Shift right algebraic doublewords
vsraq       VX:4/773           VRT,VRA,VRB           3.1  | Shift right algebraic quadword
vsl         VX:4/452           VRT,VRA,VRB           2.07 | Shift the whole vector left by bits
vsr         VX:4/708           VRT,VRA,VRB           2.07 | Shift the whole vector right by bits
vslo        VX:4/1036          VRT,VRA,VRB           2.07 | Shift the whole vector left by octets
vsro        VX:4/1100          VRT,VRA,VRB           2.07 | Shift the whole vector right by octets
vslv        VX:4/1860          VRT,VRA,VRB           3.0  | Shift each byte left by a variable amount
vsrv        VX:4/1796          VRT,VRA,VRB           3.0  | Shift each byte right by a variable amount
vsldoi      VA:4/44            VRT,VRA,VRB,SHB       2.07 | Shift left double by octet immediate
vsldbi      VX:4/22            VRT,VRA,VRB,SH3       3.1  | Shift left double by bit immediate
vsrdbi      VX:4/534           VRT,VRA,VRB,SH3       3.1  | Shift right double by bit immediate
# Permute, merge, pack, unpack, splat
vperm       VA:4/43            VRT,VRA,VRB,VRC       2.07 | Permute bytes of two vectors
vpermr      VA:4/59            VRT,VRA,VRB,VRC       3.0  | Permute bytes, right-indexed
vpermxor    VA:4/45            VRT,VRA,VRB,VRC       2.07 | Permute and XOR
vmrghb      VX:4/12            VRT,VRA,VRB           2.07 | Merge high bytes
vmrghh      VX:4/76            VRT,VRA,VRB           2.07 | Merge high halfwords
vmrghw      VX:4/140           VRT,VRA,VRB           2.07 | Merge high words
vmrglb      VX:4/268           VRT,VRA,VRB           2.07 | Merge low bytes
vmrglh      VX:4/332           VRT,VRA,VRB           2.07 | Merge low halfwords
vmrglw      VX:4/396           VRT,VRA,VRB           2.07 | Merge low words
vmrgew      VX:4/1932          VRT,VRA,VRB           2.07 | Merge even words
vmrgow      VX:4/1676          VRT,VRA,VRB           2.07 | Merge odd words
vpkuhum     VX:4/14            VRT,VRA,VRB           2.07 | Pack unsigned halfwords, modulo
vpkuwum     VX:4/78            VRT,VRA,VRB           2.07 | Pack unsigned words, modulo
vpkuhus     VX:4/142           VRT,VRA,VRB           2.07 | Pack unsigned halfwords, unsigned saturate
vpkuwus     VX:4/206           VRT,VRA,VRB           2.07 | Pack unsigned words, unsigned saturate
vpkshus     VX:4/270           VRT,VRA,VRB           2.07 | Pack signed halfwords, unsigned saturate
vpkswus     VX:4/334           VRT,VRA,VRB           2.07 | Pack signed words, unsigned saturate
vpkshss     VX:4/398           VRT,VRA,VRB           2.07 | Pack signed halfwords, signed saturate
vpkswss     VX:4/462           VRT,VRA,VRB           2.07 | Pack signed words, signed saturate
vpkudum     VX:4/1102          VRT,VRA,VRB           2.07 | Pack unsigned doublewords, modulo
vpkudus     VX:4/1230          VRT,VRA,VRB           2.07 | Pack unsigned doublewords, unsigned saturate
vpksdus     VX:4/1358          VRT,VRA,VRB           2.07 | Pack signed doublewords, unsigned saturate
vpksdss     VX:4/1486          VRT,VRA,VRB           2.07 | Pack signed doublewords, signed saturate
vpkpx       VX:4/782           VRT,VRA,VRB           2.07 | Pack pixels
vupkhsb     VX:4/526           VRT,VRB               2.07 | Unpack high signed bytes
vupkhsh     VX:4/590           VRT,VRB               2.07 | Unpack high signed halfwords
vupkhsw     VX:4/1614          VRT,VRB               2.07 | Unpack high signed words
vupklsb     VX:4/654           VRT,VRB               2.07 | Unpack low signed bytes
vupklsh     VX:4/718           VRT,VRB               2.07 | Unpack low signed halfwords
vupklsw     VX:4/1742          VRT,VRB               2.07 | Unpack low signed words
vupkhpx     VX:4/846           VRT,VRB               2.07 | Unpack high pixels
vupklpx     VX:4/974           VRT,VRB               2.07 | Unpack low pixels
vspltb      VX:4/524           VRT,VRB,UIM4          2.07 | Splat a byte
vsplth      VX:4/588           VRT,VRB,UIM3          2.07 | Splat a halfword
vspltw      VX:4/652           VRT,VRB,UIM2          2.07 | Splat a word
vspltisb    VX:4/780           VRT,SIMM              2.07 | Splat a signed 5-bit immediate into bytes
vspltish    VX:4/844           VRT,SIMM              2.07 | Splat a signed 5-bit immediate into halfwords
vspltisw    VX:4/908           VRT,SIMM              2.07 | Splat a signed 5-bit immediate into words
mtvsrbmi    DX:4/10            VRT,DXD               3.1  | Expand a 16-bit immediate into a byte mask
# Extract and insert
vextractub  VX:4/525           VRT,VRB,UIM4          3.0  | Extract an unsigned byte
vextractuh  VX:4/589           VRT,VRB,UIM4          3.0  | Extract an unsigned halfword
vextractuw  VX:4/653           VRT,VRB,UIM4          3.0  | Extract an unsigned word
vextractd   VX:4/717           VRT,VRB,UIM4          3.0  | Extract a doubleword
vinsertb    VX:4/781           VRT,VRB,UIM4          3.0  | Insert a byte
vinserth    VX:4/845           VRT,VRB,UIM4          3.0  | Insert a halfword
vinsertw    VX:4/909           VRT,VRB,UIM4          3.0  | Insert a word
vinsertd    VX:4/973           VRT,VRB,UIM4          3.0  | Insert a doubleword
vextublx    VX:4/1549          RT,RA,VRB             3.0  | Extract an unsigned byte to a GPR, left-indexed
vextuhlx    VX:4/1613          RT,RA,VRB             3.0  | Extract an unsigned halfword to a GPR, left-indexed
vextuwlx    VX:4/1677          RT,RA,VRB             3.0  | Extract an unsigned word to a GPR, left-indexed
vextubrx    VX:4/1805          RT,RA,VRB             3.0  | Extract an unsigned byte to a GPR, right-indexed
vextuhrx    VX:4/1869          RT,RA,VRB             3.0  | Extract an unsigned halfword to a GPR, right-indexed
vextuwrx    VX:4/1933          RT,RA,VRB             3.0  | Extract an unsigned word to a GPR, right-indexed
vextdubvlx  VA:4/24            VRT,VRA,VRB,RC        3.1  | Extract a byte from a vector pair, left-indexed
vextdubvrx  VA:4/25            VRT,VRA,VRB,RC        3.1  | Extract a byte from a vector pair, right-indexed
vextduhvlx  VA:4/26            VRT,VRA,VRB,RC        3.1  | Extract a halfword from a vector pair, left-indexed
vextduhvrx  VA:4/27            VRT,VRA,VRB,RC        3.1  | Extract a halfword from a vector pair, right-indexed
vextduwvlx  VA:4/28            VRT,VRA,VRB,RC        3.1  | Extract a word from a vector pair, left-indexed
vextduwvrx  VA:4/29            VRT,VRA,VRB,RC        3.1  | Extract a word from a vector pair, right-indexed
vextddvlx   VA:4/30            VRT,VRA,VRB,RC        3.1  | Extract a doubleword from a vector pair, left-indexed
vextddvrx   VA:4/31            VRT,VRA,VRB,RC        3.1  | Extract a doubleword from a vector pair, right-indexed
vinsbvlx    VX:4/15            VRT,RA,VRB            3.1  | Insert a byte from a vector, left-indexed
vinshvlx    VX:4/79            VRT,RA,VRB            3.1  | Insert a halfword from a vector, left-indexed
vinswvlx    VX:4/143           VRT,RA,VRB            3.1  | Insert a word from a vector, left-indexed
vinsbvrx    VX:4/271           VRT,RA,VRB            3.1  | Insert a byte from a vector, right-indexed
vinshvrx    VX:4/335           VRT,RA,VRB            3.1  | Insert a halfword from a vector, right-indexed
vinswvrx    VX:4/399           VRT,RA,VRB            3.1  | Insert a word from a vector, right-indexed
vinsw       VX:4/207           VRT,RB,UIM4           3.1  | Insert a word from a GPR at an immediate index
vinsd       VX:4/463           VRT,RB,UIM4           3.1  | Insert a doubleword from a GPR at an immediate index
vinsblx     VX:4/527           VRT,RA,RB             3.1  | Insert a byte from a GPR, left-indexed
vinshlx     VX:4/591           VRT,RA,RB             3.1  | Insert a halfword from a GPR, left-indexed
vinswlx     VX:4/655           VRT,RA,RB             3.1  | Insert a word from a GPR, left-indexed
vinsdlx     VX:4/719           VRT,RA,RB             3.1  | Insert a doubleword from a GPR, left-indexed
vinsbrx     VX:4/783           VRT,RA,RB             3.1  | Insert a byte from a GPR, right-indexed
vinshrx     VX:4/847           VRT,RA,RB             3.1  | Insert a halfword from a GPR, right-indexed
vinswrx     VX:4/911           VRT,RA,RB             3.1  | Insert a word from a GPR, right-indexed
vinsdrx     VX:4/975           VRT,RA,RB             3.1  | Insert a doubleword from a GPR, right-indexed
vclrlb      VX:4/397           VRT,VRA,RB            3.1  | Clear the leftmost bytes
vclrrb      VX:4/461           VRT,VRA,RB            3.1  | Clear the rightmost bytes
# Single-precision floating point
vaddfp      VX:4/10            VRT,VRA,VRB           2.07 | Add single-precision
vsubfp      VX:4/74            VRT,VRA,VRB           2.07 | Subtract single-precision
vmaddfp     VA:4/46            VRT,VRA,VRC,VRB       2.07 | Multiply-add single-precision
vnmsubfp    VA:4/47            VRT,VRA,VRC,VRB       2.07 | Negative multiply-subtract single-precision
vmaxfp      VX:4/1034          VRT,VRA,VRB           2.07 | Maximum single-precision
vminfp      VX:4/1098          VRT,VRA,VRB           2.07 | Minimum single-precision
vrefp       VX:4/266           VRT,VRB               2.07 | Reciprocal estimate single-precision
vrsqrtefp   VX:4/330           VRT,VRB               2.07 | Reciprocal square root estimate single-precision
vexptefp    VX:4/394           VRT,VRB               2.07 | 2 raised to the power estimate
vlogefp     VX:4/458           VRT,VRB               2.07 | Log base 2 estimate
vrfin       VX:4/522           VRT,VRB               2.07 | Round to integer nearest
vrfiz       VX:4/586           VRT,VRB               2.07 | Round to integer toward zero
vrfip       VX:4/650           VRT,VRB               2.07 | Round to integer toward +infinity
vrfim       VX:4/714           VRT,VRB               2.07 | Round to integer toward -infinity
vcfux       VX:4/778           VRT,VRB,UIMM          2.07 | Convert from unsigned words, scaled
vcuxwfp     VX:4/778           VRT,VRB,UIMM          2.07 as | Convert from unsigned words, scaled (vcfux)
vcfsx       VX:4/842           VRT,VRB,UIMM          2.07 | Convert from signed words, scaled
vcsxwfp     VX:4/842           VRT,VRB,UIMM          2.07 as | Convert from signed words, scaled (vcfsx)
vctuxs      VX:4/906           VRT,VRB,UIMM          2.07 | Convert to unsigned words, scaled, saturating
vcfpuxws    VX:4/906           VRT,VRB,UIMM          2.07 as | Convert to unsigned words, scaled (vctuxs)
vctsxs      VX:4/970           VRT,VRB,UIMM          2.07 | Convert to signed words, scaled, saturating
vcfpsxws    VX:4/970           VRT,VRB,UIMM          2.07 as | Convert to signed words, scaled (vctsxs)
# Count, parity, sign-extend, negate, gather, bit manipulation
vclzb       VX:4/1794          VRT,VRB               2.07 | Count leading zeros of bytes
vclzh       VX:4/1858          VRT,VRB               2.07 | Count leading zeros of halfwords
vclzw       VX:4/1922          VRT,VRB               2.07 | Count leading zeros of words
vclzd       VX:4/1986          VRT,VRB               2.07 | Count leading zeros of doublewords
vpopcntb    VX:4/1795          VRT,VRB               2.07 | Population count of bytes
vpopcnth    VX:4/1859          VRT,VRB               2.07 | Population count of halfwords
vpopcntw    VX:4/1923          VRT,VRB               2.07 | Population count of words
vpopcntd    VX:4/1987          VRT,VRB               2.07 | Population count of doublewords
vclzlsbb    VX:4/1538{VRA=0}   RT,VRB                3.0  | Count leading bytes with a zero least significant bit
vctzlsbb    VX:4/1538{VRA=1}   RT,VRB                3.0  | Count trailing bytes with a zero least significant bit
vnegw       VX:4/1538{VRA=6}   VRT,VRB               3.0  | Negate words
vnegd       VX:4/1538{VRA=7}   VRT,VRB               3.0  | Negate doublewords
vprtybw     VX:4/1538{VRA=8}   VRT,VRB               3.0  | Parity of words
vprtybd     VX:4/1538{VRA=9}   VRT,VRB               3.0  | Parity of doublewords
vprtybq     VX:4/1538{VRA=10}  VRT,VRB               3.0  | Parity of quadword
vextsb2w    VX:4/1538{VRA=16}  VRT,VRB               3.0  | Sign-extend bytes to words
vextsh2w    VX:4/1538{VRA=17}  VRT,VRB               3.0  | Sign-extend halfwords to words
vextsb2d    VX:4/1538{VRA=24}  VRT,VRB               3.0  | Sign-extend bytes to doublewords
vextsh2d    VX:4/1538{VRA=25}  VRT,VRB               3.0  | Sign-extend halfwords to doublewords
vextsw2d    VX:4/1538{VRA=26}  VRT,VRB               3.0  | Sign-extend words to doublewords
vextsd2q    VX:4/1538{VRA=27}  VRT,VRB               3.1  | Sign-extend doubleword to quadword
vctzb       VX:4/1538{VRA=28}  VRT,VRB               3.0  | Count trailing zeros of bytes
vctzh       VX:4/1538{VRA=29}  VRT,VRB               3.0  | Count trailing zeros of halfwords
vctzw       VX:4/1538{VRA=30}  VRT,VRB               3.0  | Count trailing zeros of words
vctzd       VX:4/1538{VRA=31}  VRT,VRB               3.0  | Count trailing zeros of doublewords
vexpandbm   VX:4/1602{VRA=0}   VRT,VRB               3.1  | Expand byte sign bits into masks
vexpandhm   VX:4/1602{VRA=1}   VRT,VRB               3.1  | Expand halfword sign bits into masks
vexpandwm   VX:4/1602{VRA=2}   VRT,VRB               3.1  | Expand word sign bits into masks
vexpanddm   VX:4/1602{VRA=3}   VRT,VRB               3.1  | Expand doubleword sign bits into masks
vexpandqm   VX:4/1602{VRA=4}   VRT,VRB               3.1  | Expand the quadword sign bit into a mask
vextractbm  VX:4/1602{VRA=8}   RT,VRB                3.1  | Gather byte sign bits into a GPR
vextracthm  VX:4/1602{VRA=9}   RT,VRB                3.1  | Gather halfword sign bits into a GPR
vextractwm  VX:4/1602{VRA=10}  RT,VRB                3.1  | Gather word sign bits into a GPR
vextractdm  VX:4/1602{VRA=11}  RT,VRB                3.1  | Gather doubleword sign bits into a GPR
vextractqm  VX:4/1602{VRA=12}  RT,VRB                3.1  | Gather the quadword sign bit into a GPR
mtvsrbm     VX:4/1602{VRA=16}  VRT,RB                3.1  | Expand GPR bits into a byte mask
mtvsrhm     VX:4/1602{VRA=17}  VRT,RB                3.1  | Expand GPR bits into a halfword mask
mtvsrwm     VX:4/1602{VRA=18}  VRT,RB                3.1  | Expand GPR bits into a word mask
mtvsrdm     VX:4/1602{VRA=19}  VRT,RB                3.1  | Expand GPR bits into a doubleword mask
mtvsrqm     VX:4/1602{VRA=20}  VRT,RB                3.1  | Expand a GPR bit into a quadword mask
vcntmbb     VX:4/1602{VRA4=12} RT,VRB,MP             3.1  | Count byte mask bits equal to MP
vcntmbh     VX:4/1602{VRA4=13} RT,VRB,MP             3.1  | Count halfword mask bits equal to MP
vcntmbw     VX:4/1602{VRA4=14} RT,VRB,MP             3.1  | Count word mask bits equal to MP
vcntmbd     VX:4/1602{VRA4=15} RT,VRB,MP             3.1  | Count doubleword mask bits equal to MP
vstribl[.]  VC:4/13{VRA=0}     VRT,VRB               3.1  | Isolate bytes up to the first zero, left
vstribr[.]  VC:4/13{VRA=1}     VRT,VRB               3.1  | Isolate bytes up to the first zero, right
vstrihl[.]  VC:4/13{VRA=2}     VRT,VRB               3.1  | Isolate halfwords up to the first zero, left
vstrihr[.]  VC:4/13{VRA=3}     VRT,VRB               3.1  | Isolate halfwords up to the first zero, right
vgbbd       VX:4/1292          VRT,VRB               2.07 | Gather bits by bytes by doubleword
vbpermq     VX:4/1356          VRT,VRA,VRB           2.07 | Bit permute quadword
vbpermd     VX:4/1484          VRT,VRA,VRB           3.0  | Bit permute doubleword
vgnb        VX:4/1228{~11-12}         RT,VRB,UIM3           3.1  | Gather every Nth bit
vcfuged     VX:4/1357          VRT,VRA,VRB           3.1  | Centrifuge doublewords
vpextd      VX:4/1421          VRT,VRA,VRB           3.1  | Parallel bits extract doublewords
vpdepd      VX:4/1485          VRT,VRA,VRB           3.1  | Parallel bits deposit doublewords
vclzdm      VX:4/1924          VRT,VRA,VRB           3.1  | Count leading zeros under mask, doublewords
vctzdm      VX:4/1988          VRT,VRA,VRB           3.1  | Count trailing zeros under mask, doublewords
# Cryptography
vcipher     VX:4/1288          VRT,VRA,VRB           2.07 | AES cipher round
vcipherlast VX:4/1289          VRT,VRA,VRB           2.07 | AES last cipher round
vncipher    VX:4/1352          VRT,VRA,VRB           2.07 | AES inverse cipher round
vncipherlast VX:4/1353         VRT,VRA,VRB           2.07 | AES last inverse cipher round
vsbox       VX:4/1480          VRT,VRA               2.07 | AES S-box substitution
vshasigmaw  VX:4/1666          VRT,VRA,ST,SIX        2.07 | SHA-256 sigma function
vshasigmad  VX:4/1730          VRT,VRA,ST,SIX        2.07 | SHA-512 sigma function
# Decimal integer (BCD) in vector registers; every one records CR6
bcdadd.     VX:4/1025          VRT,VRA,VRB,PS        2.07 | Add signed BCD
bcdsub.     VX:4/1089          VRT,VRA,VRB,PS        2.07 | Subtract signed BCD
bcdcpsgn.   VX:4/833           VRT,VRA,VRB           3.0  | Copy the BCD sign
bcdus.      VX:4/1153          VRT,VRA,VRB           3.0  | Shift unsigned BCD
bcds.       VX:4/1217          VRT,VRA,VRB,PS        3.0  | Shift signed BCD
bcdtrunc.   VX:4/1281          VRT,VRA,VRB,PS        3.0  | Truncate signed BCD
bcdutrunc.  VX:4/1345          VRT,VRA,VRB           3.0  | Truncate unsigned BCD
bcdsr.      VX:4/1473          VRT,VRA,VRB,PS        3.0  | Shift and round signed BCD
bcdctsq.    VX:4/1409{VRA=0}   VRT,VRB               3.0  | Convert signed BCD to a signed quadword
bcdcfsq.    VX:4/1409{VRA=2}   VRT,VRB,PS            3.0  | Convert a signed quadword to signed BCD
bcdctz.     VX:4/1409{VRA=4}   VRT,VRB,PS            3.0  | Convert signed BCD to zoned
bcdctn.     VX:4/1409{VRA=5}   VRT,VRB               3.0  | Convert signed BCD to national
bcdcfz.     VX:4/1409{VRA=6}   VRT,VRB,PS            3.0  | Convert zoned to signed BCD
bcdcfn.     VX:4/1409{VRA=7}   VRT,VRB,PS            3.0  | Convert national to signed BCD
bcdsetsgn.  VX:4/1409{VRA=31}  VRT,VRB,PS            3.0  | Set the BCD sign
`;
