/* kexec: the paca's kexec_state once a CPU has gone to real mode. */
#ifndef TOCSIN_KEXEC_H
#define TOCSIN_KEXEC_H
#define KEXEC_STATE_NONE 0
#define KEXEC_STATE_IRQS_OFF 1
#define KEXEC_STATE_REAL_MODE 2
#endif
