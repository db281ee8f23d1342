// Fixed-point, branch, condition-register, storage and system instructions (see table.ts for the row syntax).
export const CORE_ROWS = String.raw`
# Integer arithmetic
li          D:14{RA0=0}        RT,SI                 2.07 | Load a sign-extended 16-bit immediate
addi        D:14               RT,RA0,SI             2.07 | Add a signed 16-bit immediate (RA=0 reads as zero)
lis         D:15{RA0=0}        RT,SISO               2.07 | Load a 16-bit immediate shifted left 16
addis       D:15               RT,RA0,SISO             2.07 | Add a signed immediate shifted left 16
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
addex       X:31/170           RT,RA,RB,CY           3.0  | Add using XER[OV] as carry
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
lnia        DX:19/2{DXD=0}     RT                    3.0  | Load the next instruction's address (addpcis RT,0)
addpcis     DX:19/2            RT,DXD                3.0  | Add the next instruction's address and an immediate shifted left 16
# Atomic memory operations and return-oriented-programming protection
lwat        X:31/582           RT,RA0,FC             3.0  | Atomic load word with function code
ldat        X:31/614           RT,RA0,FC             3.0  | Atomic load doubleword with function code
stwat       X:31/710           RS,RA0,FC             3.0  | Atomic store word with function code
stdat       X:31/742           RS,RA0,FC             3.0  | Atomic store doubleword with function code
hashst      X:31/722           RB,DW(RA0)            3.1  | Store a hash of the return address and stack pointer
hashchk     X:31/754           RB,DW(RA0)            3.1  | Check the stored return-address hash, trapping on mismatch
hashstp     X:31/658           RB,DW(RA0)            3.1  p | Store a privileged return-address hash
hashchkp    X:31/690           RB,DW(RA0)            3.1  p | Check a privileged return-address hash
# Transactional memory (each records CR0)
tbegin.     X:31/654{Rc=1}     HTMR?                 2.07 | Begin a transaction
tendall.    X:31/686{Rc=1,HTMA=1} -                  2.07 | End all nested transactions
tend.       X:31/686{Rc=1}     HTMA?                 2.07 | End a transaction
tcheck      X:31/718           BF                    2.07 | Check the transaction state into a CR field
tsuspend.   X:31/750{Rc=1,HTMR=0} -                  2.07 | Suspend the transaction
tresume.    X:31/750{Rc=1,HTMR=1} -                  2.07 | Resume the transaction
tsr.        X:31/750{Rc=1}     HTMR                  2.07 | Suspend or resume the transaction
tabortwc.   X:31/782{Rc=1}     TO,RA,RB              2.07 | Abort the transaction if a word comparison holds
tabortdc.   X:31/814{Rc=1}     TO,RA,RB              2.07 | Abort the transaction if a doubleword comparison holds
tabortwci.  X:31/846{Rc=1}     TO,RA,HTMSI           2.07 | Abort the transaction if a word comparison with an immediate holds
tabortdci.  X:31/878{Rc=1}     TO,RA,HTMSI           2.07 | Abort the transaction if a doubleword comparison with an immediate holds
tabort.     X:31/910{Rc=1}     RA                    2.07 | Abort the transaction
treclaim.   X:31/942{Rc=1}     RA                    2.07 p | Reclaim a failed transaction
trechkpt.   X:31/1006{Rc=1}    -                     2.07 p | Checkpoint the transaction state
# Compare
cmpdi       D:11{L1=1,~9}         CRF0,RA,SI            2.07 | Compare doubleword with signed immediate
cmpwi       D:11{L1=0,~9}         CRF0,RA,SI            2.07 | Compare word with signed immediate
cmpldi      D:10{L1=1,~9}         CRF0,RA,UI            2.07 | Compare doubleword with unsigned immediate
cmplwi      D:10{L1=0,~9}         CRF0,RA,UI            2.07 | Compare word with unsigned immediate
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
exser       D:24{RA=31,RS=31,UI=0} -                 3.0  | Hint: execution serialize (ori r31,r31,0)
ori         D:24               RA,RS,UI              2.07 | OR with unsigned immediate
oris        D:25               RA,RS,UI              2.07 | OR with immediate shifted left 16
xnop        D:26{RA=0,RS=0,UI=0} -                   2.07 | Executed no-operation (xori r0,r0,0)
xori        D:26               RA,RS,UI              2.07 | XOR with unsigned immediate
xoris       D:27               RA,RS,UI              2.07 | XOR with immediate shifted left 16
andi.       D:28               RA,RS,UI              2.07 | AND with immediate, recording CR0
andis.      D:29               RA,RS,UI              2.07 | AND with immediate shifted left 16, recording CR0
and[.]      X:31/28            RA,RS,RB              2.07 | Bitwise AND
andc[.]     X:31/60            RA,RS,RB              2.07 | Bitwise AND with complement of RB
yield       X:31/444{RS=27,RA=27,RB=27} -            2.07 | Hint: yield to other threads (or r27,r27,r27)
miso        X:31/444{RS=26,RA=26,RB=26} -            2.07 | Hint: make stores visible to other threads soon (or r26,r26,r26)
mdoio       X:31/444{RS=29,RA=29,RB=29} -            2.07 | Hint: miso priority (or r29,r29,r29)
mdoom       X:31/444{RS=30,RA=30,RB=30} -            2.07 | Hint: medium priority (or r30,r30,r30)
mr[.]       X:31/444           RA,RSB                2.07 | Move register (or RA,RS,RS)
or[.]       X:31/444           RA,RS,RB              2.07 | Bitwise OR
orc[.]      X:31/412           RA,RS,RB              2.07 | Bitwise OR with complement of RB
xor[.]      X:31/316           RA,RS,RB              2.07 | Bitwise XOR
nand[.]     X:31/476           RA,RS,RB              2.07 | Bitwise NAND
not[.]      X:31/124           RA,RSB                2.07 | Complement (nor RA,RS,RS)
nor[.]      X:31/124           RA,RS,RB              2.07 | Bitwise NOR
eqv[.]      X:31/284           RA,RS,RB              2.07 | Bitwise Equivalence (XNOR)
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
addg6s      XO:31/74           RT,RA,RB              2.07 | Add and generate sixes (BCD assist)
cdtbcd      X:31/282           RA,RS                 2.07 | Convert declets to BCD
cbcdtd      X:31/314           RA,RS                 2.07 | Convert BCD to declets
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
lbzu        D:35               RT,D(RAL)              2.07 | Load byte and zero with update
lhz         D:40               RT,D(RA0)             2.07 | Load halfword and zero
lhzu        D:41               RT,D(RAL)              2.07 | Load halfword and zero with update
lha         D:42               RT,D(RA0)             2.07 | Load halfword algebraic
lhau        D:43               RT,D(RAL)              2.07 | Load halfword algebraic with update
lwz         D:32               RT,D(RA0)             2.07 | Load word and zero
lwzu        D:33               RT,D(RAL)              2.07 | Load word and zero with update
stb         D:38               RS,D(RA0)             2.07 | Store byte
stbu        D:39               RS,D(RAS)              2.07 | Store byte with update
sth         D:44               RS,D(RA0)             2.07 | Store halfword
sthu        D:45               RS,D(RAS)              2.07 | Store halfword with update
stw         D:36               RS,D(RA0)             2.07 | Store word
stwu        D:37               RS,D(RAS)              2.07 | Store word with update
lmw         D:46               RT,D(RAM)             2.07 | Load multiple words
stmw        D:47               RS,D(RA0)             2.07 | Store multiple words
ld          DS:58/0            RT,DS(RA0)            2.07 | Load doubleword
ldu         DS:58/1            RT,DS(RAL)             2.07 | Load doubleword with update
lwa         DS:58/2            RT,DS(RA0)            2.07 | Load word algebraic
std         DS:62/0            RS,DS(RA0)            2.07 | Store doubleword
stdu        DS:62/1            RS,DS(RAS)             2.07 | Store doubleword with update
stq         DS:62/2            RSQ,DS(RA0)           2.07 | Store quadword
lq          D:56{~28-31}       RTQ,DQ(RAQ)           2.07  | Load quadword
lbzx        X:31/87            RT,RA0,RB             2.07 | Load byte and zero indexed
lbzux       X:31/119           RT,RAL,RB              2.07 | Load byte and zero with update indexed
lhzx        X:31/279           RT,RA0,RB             2.07 | Load halfword and zero indexed
lhzux       X:31/311           RT,RAL,RB              2.07 | Load halfword and zero with update indexed
lhax        X:31/343           RT,RA0,RB             2.07 | Load halfword algebraic indexed
lhaux       X:31/375           RT,RAL,RB              2.07 | Load halfword algebraic with update indexed
lwzx        X:31/23            RT,RA0,RB             2.07 | Load word and zero indexed
lwzux       X:31/55            RT,RAL,RB              2.07 | Load word and zero with update indexed
lwax        X:31/341           RT,RA0,RB             2.07 | Load word algebraic indexed
lwaux       X:31/373           RT,RAL,RB              2.07 | Load word algebraic with update indexed
ldx         X:31/21            RT,RA0,RB             2.07 | Load doubleword indexed
ldux        X:31/53            RT,RAL,RB              2.07 | Load doubleword with update indexed
stbx        X:31/215           RS,RA0,RB             2.07 | Store byte indexed
stbux       X:31/247           RS,RAS,RB              2.07 | Store byte with update indexed
sthx        X:31/407           RS,RA0,RB             2.07 | Store halfword indexed
sthux       X:31/439           RS,RAS,RB              2.07 | Store halfword with update indexed
stwx        X:31/151           RS,RA0,RB             2.07 | Store word indexed
stwux       X:31/183           RS,RAS,RB              2.07 | Store word with update indexed
stdx        X:31/149           RS,RA0,RB             2.07 | Store doubleword indexed
stdux       X:31/181           RS,RAS,RB              2.07 | Store doubleword with update indexed
lhbrx       X:31/790           RT,RA0,RB             2.07 | Load halfword byte-reversed indexed
lwbrx       X:31/534           RT,RA0,RB             2.07 | Load word byte-reversed indexed
ldbrx       X:31/532           RT,RA0,RB             2.07 | Load doubleword byte-reversed indexed
sthbrx      X:31/918           RS,RA0,RB             2.07 | Store halfword byte-reversed indexed
stwbrx      X:31/662           RS,RA0,RB             2.07 | Store word byte-reversed indexed
stdbrx      X:31/660           RS,RA0,RB             2.07 | Store doubleword byte-reversed indexed
lswi        X:31/597           RT,RAQ,NBI            2.07 | Load string word immediate
lswx        X:31/533           RT,RAQ,RBQ            2.07 | Load string word indexed
stswx       X:31/661           RS,RA0,RB             2.07 | Store string word indexed
stswi       X:31/725           RS,RA0,NBI            2.07 | Store string word immediate
lbarx       X:31/52            RT,RA0,RB,EH          2.07 | Load byte and reserve
lharx       X:31/116           RT,RA0,RB,EH          2.07 | Load halfword and reserve
lwarx       X:31/20            RT,RA0,RB,EH          2.07 | Load word and reserve
ldarx       X:31/84            RT,RA0,RB,EH          2.07 | Load doubleword and reserve
lqarx       X:31/276           RTQ,RAQ,RBQ,EH        2.07 | Load quadword and reserve
stbcx.      X:31/694{EH=1}     RS,RA0,RB             2.07 | Store byte conditional, recording CR0
sthcx.      X:31/726{EH=1}     RS,RA0,RB             2.07 | Store halfword conditional, recording CR0
stwcx.      X:31/150{EH=1}     RS,RA0,RB             2.07 | Store word conditional, recording CR0
stdcx.      X:31/214{EH=1}     RS,RA0,RB             2.07 | Store doubleword conditional, recording CR0
stqcx.      X:31/182{EH=1}     RSQ,RA0,RB            2.07 | Store quadword conditional, recording CR0
lbzcix      X:31/853           RT,RA0,RB             2.07 h | Load byte caching-inhibited
lhzcix      X:31/821           RT,RA0,RB             2.07 h | Load halfword caching-inhibited
lwzcix      X:31/789           RT,RA0,RB             2.07 h | Load word caching-inhibited
ldcix       X:31/885           RT,RA0,RB             2.07 h | Load doubleword caching-inhibited
stbcix      X:31/981           RS,RA0,RB             2.07 h | Store byte caching-inhibited
sthcix      X:31/949           RS,RA0,RB             2.07 h | Store halfword caching-inhibited
stwcix      X:31/917           RS,RA0,RB             2.07 h | Store word caching-inhibited
stdcix      X:31/1013          RS,RA0,RB             2.07 h | Store doubleword caching-inhibited
# Traps
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
mtcr        XFX:31/144{FXM=255,A10=0} RS             2.07 | Move to the whole CR
mtcrf       XFX:31/144{A10=0}  FXM,RS                2.07 | Move to CR fields selected by mask
mtocrf      XFX:31/144{A10=1}  FXM1,RS               2.07 | Move to one CR field
mfcr        XFX:31/19{A10=0,FXM=0} RT                2.07 | Move from CR
mfocrf      XFX:31/19{A10=1}   RT,FXM1               2.07 | Move from one CR field
isellt      A:31/15{BC=0}      RT,RA0,RB             2.07 | Select RA if CR0[LT] else RB
iselgt      A:31/15{BC=1}      RT,RA0,RB             2.07 | Select RA if CR0[GT] else RB
iseleq      A:31/15{BC=2}      RT,RA0,RB             2.07 | Select RA if CR0[EQ] else RB
isel        A:31/15{~31}       RT,RA0,RB,BC          2.07 | Select RA or RB by a CR bit
# System, storage control, cache
sc          SC:17/1{~16-19,~27-29} LEV           2.07 | System call
scv         SC:17/0{~16-19,~27-29} LEVR          3.0  | System call vectored
rfid        XL:19/18           -                     2.07 p | Return from interrupt
hrfid       XL:19/274          -                     2.07 h | Return from hypervisor interrupt
urfid       XL:19/306          -                     3.0  h | Return from ultravisor interrupt
rfscv       XL:19/82           -                     3.0  p | Return from system call vectored
rfebb       XL:19/146          S20?1                 2.07 | Return from event-based branch
stop        XL:19/370          -                     3.0  p | Stop the thread
nap         XL:19/434          -                     2.07 h | Enter nap power-saving state
sleep       XL:19/466          -                     2.07 h | Enter sleep power-saving state
rvwinkle    XL:19/498          -                     2.07 h | Enter rvwinkle power-saving state
doze        XL:19/402          -                     2.07 h | Enter doze power-saving state
isync       XL:19/150          -                     2.07 | Instruction synchronize
hwsync      X:31/598{L3=0,SC2=0} -                   2.07 | Heavyweight synchronize
lwsync      X:31/598{L3=1,SC2=0} -                   2.07 | Lightweight synchronize
ptesync     X:31/598{L3=2,SC2=0} -                   2.07 | Page-table-entry synchronize
phwsync     X:31/598{L3=4,SC2=0} -                   3.1  | Persistent heavyweight synchronize
plwsync     X:31/598{L3=5,SC2=0} -                   3.1  | Persistent lightweight synchronize
stncisync   X:31/598{L3=1,SC2=1} -                   3.1  | Synchronize stores to non-cache-inhibited storage
stcisync    X:31/598{L3=0,SC2=2} -                   3.1  | Synchronize stores to cache-inhibited storage
stsync      X:31/598{L3=0,SC2=3} -                   3.1  | Synchronize stores
sync        X:31/598           LS3?,SC2?             2.07 | Synchronize
eieio       X:31/854           -                     2.07 | Enforce in-order execution of I/O
msgsync     X:31/886           -                     2.07 h | Message synchronize
tlbsync     X:31/566           -                     2.07 h | TLB synchronize
wait        X:31/30{WC=0,PL=0,~11} -                 3.1  | Wait for an interrupt
waitrsv     X:31/30{WC=1,PL=0,~11} -                 3.1  | Wait for a reservation loss or an interrupt
pause_short X:31/30{WC=2,PL=0,~11} -                 3.1  | Pause briefly
wait        X:31/30{~11}       WCW?,PLW?             3.1  as | Wait (generic form: WC 0..2, PL 0)
attn        X:0/256{~6-20}          -                     2.07 h | Processor attention
cpabort     X:31/838           -                     3.0  | Abort a copy-paste sequence
copy        X:31/774{L1=1}     RA0,RB                3.0  | Copy a cache line to the copy buffer
paste.      X:31/902{EH=1} RA0,RB,L1D           3.0  | Paste the copy buffer, recording CR0
dcbz        X:31/1014{L1=0}    RA0,RB                2.07 | Data cache block zero
dcbzl       X:31/1014{L1=1}    RA0,RB                2.07 | Data cache block zero, native line size
dcbst       X:31/54            RA0,RB                2.07 | Data cache block store
dcbf        X:31/86{L3=0}      RA0,RB                2.07 | Data cache block flush
dcbfl       X:31/86{L3=1}      RA0,RB                2.07 | Data cache block flush local
dcbflp      X:31/86{L3=3}      RA0,RB                2.07 | Data cache block flush local primary
dcbfps      X:31/86{L3=4}      RA0,RB                3.1  | Data cache block flush to persistent storage
dcbstps     X:31/86{L3=6}      RA0,RB                3.1  | Data cache block store to persistent storage
dcbf        X:31/86            RA0,RB,L3F?           2.07 | Data cache block flush
dcbi        X:31/470           RA0,RB                2.07 p | Data cache block invalidate
dcbtct      X:31/278           RA0,RB,THCT?          2.07 | Data cache block touch, with a cache-level hint
dcbtds      X:31/278           RA0,RB,THDS?8         2.07 | Data cache block touch, with a data-stream hint
dcbtt       X:31/278{TH=16}    RA0,RB                2.07 | Data cache block touch, transient
dcbna       X:31/278{TH=17}    RA0,RB                3.1  | Data cache block: no allocation
dcbt        X:31/278           RA0,RB,TH?            2.07 | Data cache block touch
dcbtstct    X:31/246           RA0,RB,THCT?          2.07 | Data cache block touch for store, with a cache-level hint
dcbtstds    X:31/246           RA0,RB,THDS?8         2.07 | Data cache block touch for store, with a data-stream hint
dcbtstt     X:31/246{TH=16}    RA0,RB                2.07 | Data cache block touch for store, transient
dcbtst      X:31/246           RA0,RB,TH?            2.07 | Data cache block touch for store
icbi        X:31/982           RA0,RB                2.07 | Instruction cache block invalidate
icbt        X:31/22            CT5?,RA0,RB           2.07 | Instruction cache block touch
mfmsr       X:31/83            RT                    2.07 p | Move from MSR
mtmsr       X:31/146           RS,L15                2.07 p | Move to MSR
mtmsrd      X:31/178           RS,L15                2.07 p | Move to MSR doubleword
slbmte      X:31/402           RS,RB                 2.07 p | SLB move to entry
slbmfee     X:31/915           RT,RB                 2.07 p | SLB move from entry ESID
slbmfev     X:31/851           RT,RB                 2.07 p | SLB move from entry VSID
slbie       X:31/434           RB                    2.07 p | SLB invalidate entry
slbia       X:31/498           IH?                   2.07 p | SLB invalidate all
slbieg      X:31/466           RS,RB                 3.0  p | SLB invalidate entry global
slbsync     X:31/338           -                     3.0  p | SLB synchronize
slbfee.     X:31/979{Rc=1}     RT,RB                 2.07 p | SLB find entry by ESID, recording CR0
slbiag      X:31/850           RS,L15                3.0  p | SLB invalidate entries by group
rmieg       X:31/882           RB                    3.0  h | Remove an ERAT entry by effective address
mfsr        X:31/595           RT,SR                 2.07 p | Move from segment register
mfsrin      X:31/659           RT,RB                 2.07 p | Move from segment register indirect
mtsr        X:31/210           SR,RS                 2.07 p | Move to segment register
mtsrin      X:31/242           RS,RB                 2.07 p | Move to segment register indirect
mtsrd       X:31/82            SR,RS                 2.07 p | Move to segment register, doubleword
mtsrdin     X:31/114           RS,RB                 2.07 p | Move to segment register indirect, doubleword
tlbia       X:31/370           -                     2.07 h | TLB invalidate all
tlbld       X:31/978           RB                    2.07 p | Load a data TLB entry (software-loaded TLBs)
tlbli       X:31/1010          RB                    2.07 p | Load an instruction TLB entry (software-loaded TLBs)
rfi         XL:19/50           -                     2.07 p | Return from interrupt (32-bit)
mtsle       X:31/147           L10                   2.07 h | Set the thread's little-endian mode
clrbhrb     X:31/430           -                     2.07 | Clear the branch history rolling buffer
mfbhrbe     X:31/302           RT,BHRBE              2.07 | Move from a branch history rolling buffer entry
tlbie       X:31/306           RB,RS,RIC?,PRS?,R14?     2.07 h | TLB invalidate entry
tlbiel      X:31/274           RB,RS?,RIC?,PRS?,R14?     2.07 p | TLB invalidate entry local
msgsnd      X:31/206           RB                    2.07 h | Send a message
msgclr      X:31/238           RB                    2.07 h | Clear a message
msgsndp     X:31/142           RB                    2.07 p | Send a message to a thread
msgclrp     X:31/174           RB                    2.07 p | Clear a thread message
`;
