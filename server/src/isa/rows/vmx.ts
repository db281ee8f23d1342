// Vector (VMX/AltiVec) instructions.
export const VMX_ROWS = String.raw`
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
`;
