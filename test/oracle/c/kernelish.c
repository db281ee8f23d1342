/* Kernel-style code: privileged and cache/sync instructions through inline asm, as arch/powerpc writes them. */
__asm__(".machine power10");
static inline unsigned long mfmsr(void) { unsigned long v; asm volatile("mfmsr %0" : "=r"(v)); return v; }
static inline void mtmsrd(unsigned long v) { asm volatile("mtmsrd %0,1" : : "r"(v) : "memory"); }

unsigned long irq_toggle(unsigned long flags) {
  unsigned long old = mfmsr();
  mtmsrd(old & ~0x8000ul);
  asm volatile("mtmsrd %0" : : "r"(flags));
  return old;
}

void sprs(unsigned long v) {
  asm volatile("mtsprg 0,%0; mtsprg 3,%0; mtspr 272,%0; mtspr 273,%0" : : "r"(v));
  asm volatile("mtsrr0 %0; mtsrr1 %0; mthsrr0 %0; mthsrr1 %0; mtdar %0; mtdsisr %0; mtdec %0" : : "r"(v));
  asm volatile("mtspr 0x1d0,%0; mtspr 0x3f0,%0; mtspr 0x130,%0; mtspr 0x131,%0; mtspr 0x13c,%0" : : "r"(v));
}

unsigned long read_sprs(void) {
  unsigned long a, b, c, d, e, f;
  asm volatile("mfsprg %0,1; mfspr %1,272; mfsrr0 %2; mfdar %3; mftb %4; mfspr %5,0x3f0" : "=r"(a), "=r"(b), "=r"(c), "=r"(d), "=r"(e), "=r"(f));
  return a + b + c + d + e + f;
}

void mmu(unsigned long rs, unsigned long rb) {
  asm volatile("slbmte %0,%1; slbie %1; slbia; isync" : : "r"(rs), "r"(rb));
  asm volatile("tlbie %0,%1; tlbiel %0; eieio; tlbsync; ptesync" : : "r"(rb), "r"(rs) : "memory");
  asm volatile("tlbie %0,%1,2,1,1" : : "r"(rb), "r"(rs) : "memory");
  asm volatile("slbmfee %0,%1; slbmfev %0,%1" : "=&r"(rs) : "r"(rb));
}

void caches(char *p) {
  asm volatile("dcbf 0,%0; dcbst 0,%0; dcbi 0,%0; icbi 0,%0; dcbz 0,%0; dcbt 0,%0; dcbtst 0,%0; sync; isync" : : "r"(p) : "memory");
  asm volatile("dcbt 0,%0,16; dcbtst 0,%0,1; dcbf 0,%0,1; lwsync; sync 1; sync 2; stbcix %0,0,%0; lwzcix %0,0,%0" : : "r"(p) : "memory");
}

void exits(void) {
  asm volatile("rfid; hrfid; rfscv; stop; doze; nap; sleep; rvwinkle; urfid; sc; sc 1; scv 0; mtmsr %0; wait" : : "r"(0) : "memory");
  asm volatile("msgsnd %0; msgclr %0; msgsndp %0; msgclrp %0; msgsync; mtmsrd %0,0; wrteei 1; attn" : : "r"(1));
  asm volatile("tdne 12,2; twi 31,0,0; tdi 0,3,4; tw 4,3,4; trap; twgti 3,5; tdlgei 4,-1; mfocrf 3,0x10; mtocrf 0x20,3; mtcrf 0xff,3; mfcr 4");
  asm volatile("lbarx 3,0,4; lharx 3,0,4; lwarx 3,0,4,1; ldarx 3,0,4; lqarx 6,0,4; stbcx. 3,0,4; sthcx. 3,0,4; stwcx. 3,0,4; stdcx. 3,0,4; stqcx. 6,0,4");
  asm volatile("ldbrx 3,0,4; stdbrx 3,0,4; lwbrx 3,3,4; sthbrx 3,4,5; lhbrx 3,0,4; stwbrx 3,0,4; darn 3,1; setb 3,cr2; cnttzd 3,4; maddld 3,4,5,6; modsw 3,4,5; moduw 3,4,5; modsd 3,4,5; modud 3,4,5");
  asm volatile("mtspr 896,3; mfspr 3,896; mfppr 3; or 31,31,31; or 1,1,1; or 6,6,6; or 2,2,2; yield; mdoom; mdoio; hwsync; cpabort; copy 3,4; paste. 3,4");
}
