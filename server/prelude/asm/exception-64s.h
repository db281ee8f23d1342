/* Returns from interrupt context on Book3S 64: no RFI flush slot on the kernel path. */
#ifndef TOCSIN_EXCEPTION_64S_H
#define TOCSIN_EXCEPTION_64S_H
#define RFI_TO_KERNEL rfid
#define HRFI_TO_KERNEL hrfid
#endif
