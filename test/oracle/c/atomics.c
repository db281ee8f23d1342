/* Atomic builtins of every width and ordering, and barriers. */
#include <stdint.h>

uint8_t a8(uint8_t *p, uint8_t v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
uint16_t a16(uint16_t *p, uint16_t v) { return __atomic_exchange_n(p, v, __ATOMIC_ACQUIRE); }
uint32_t a32(uint32_t *p, uint32_t v) { return __atomic_fetch_or(p, v, __ATOMIC_RELEASE); }
uint64_t a64(uint64_t *p, uint64_t v) { return __atomic_fetch_and(p, v, __ATOMIC_RELAXED); }
int cas32(int *p, int o, int n) { return __atomic_compare_exchange_n(p, &o, n, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); }
int cas64w(long *p, long o, long n) { return __atomic_compare_exchange_n(p, &o, n, 1, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE); }
unsigned __int128 cas128(unsigned __int128 *p, unsigned __int128 o, unsigned __int128 n) { __atomic_compare_exchange_n(p, &o, n, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return o; }
long ld_acq(long *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
void st_rel(long *p, long v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }
long ld_seq(long *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void fences(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); __atomic_thread_fence(__ATOMIC_ACQUIRE); __atomic_signal_fence(__ATOMIC_SEQ_CST); __sync_synchronize(); }
int tas(char *p) { return __atomic_test_and_set(p, __ATOMIC_SEQ_CST); }
void dcbt_prefetch(const char *p) { __builtin_prefetch(p, 0, 3); __builtin_prefetch(p + 128, 1, 0); }
