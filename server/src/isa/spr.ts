// Special-purpose register numbers and the names objdump gives their mfspr/mtspr forms
// (observed from binutils 2.40 on every SPR number). Unnamed SPRs print as `mfspr rT,N`.

const parse = (s: string): [number, string][] =>
  s.trim().split(/\s+/).map((p) => {
    const [n, name] = p.split(':');
    return [Number(n), name];
  });

/** Named both ways: `mfNAME rT` and `mtNAME rS`. */
export const SPR_BOTH = parse(`1:xer 3:udscr 8:lr 9:ctr 13:uamr 17:dscr 18:dsisr 19:dar 22:dec 25:sdr1 26:srr0 27:srr1 28:cfar
  29:amr 48:pidr 61:iamr 153:fscr 157:uamor 159:pspb 176:dpdes 180:dawr0 181:dawr1 186:rpr 187:ciabr 188:dawrx0 189:dawrx1
  190:hfscr 256:vrsave 280:asr 282:ear 304:hsprg0 305:hsprg1 306:hdisr 307:hdar 308:spurr 309:purr 310:hdec 313:hrmor
  314:hsrr0 315:hsrr1 318:lpcr 319:lpidr 336:hmer 337:hmeer 338:pcr 339:heir 349:amor 464:ptcr 496:usprg0 497:usprg1
  505:urmor 506:usrr0 507:usrr1 511:smfctrl 769:ummcr2 770:ummcra 771:upmc1 772:upmc2 773:upmc3 774:upmc4 775:upmc5
  776:upmc6 779:ummcr0 800:bescrs 801:bescrsu 802:bescrr 803:bescrru 804:ebbhr 805:ebbrr 806:bescr 815:tar 816:asdr
  823:psscr 848:ic 849:vtb 855:hpsscr 896:ppr 898:ppr32`);

/** Named only for reading (`mfNAME rT`). */
export const SPR_READ = parse(`4:rtcu 5:rtcl 136:ctrl 259:usprg3 268:tb 269:tbu 287:pvr 446:tir 736:usier2 737:usier3
  738:ummcr3 768:usier 780:usiar 781:usdar 782:ummcr1 1023:pir`);

/** Named only for writing (`mtNAME rS`). */
export const SPR_WRITE = parse(`20:rtcu 21:rtcl 128:tfhar 129:tfiar 130:texasr 131:texasru 152:ctrl 284:tbl 285:tbu
  286:tbu40 752:sier2 753:sier3 754:mmcr3 784:sier 786:mmcra 787:pmc1 788:pmc2 789:pmc3 790:pmc4 791:pmc5 792:pmc6
  795:mmcr0 796:siar 797:sdar 798:mmcr1`);

/** SPRs named with an index operand: `mfsprg rT,N` / `mtsprg N,rS` for SPR base+N. */
export const SPR_INDEXED: { name: string; base: number; count: number; stride: number }[] = [
  { name: 'sprg', base: 272, count: 4, stride: 1 },
  { name: 'ibatu', base: 528, count: 4, stride: 2 },
  { name: 'ibatl', base: 529, count: 4, stride: 2 },
  { name: 'dbatu', base: 536, count: 4, stride: 2 },
  { name: 'dbatl', base: 537, count: 4, stride: 2 },
];
