/* Integer arithmetic, 64-bit math, shifts, rotates, compares, switch and loops. */
#include <stdint.h>
#include <stddef.h>

uint64_t mix64(uint64_t a, uint64_t b, unsigned s) {
  a ^= b << (s & 63);
  a += (a >> 17) | (a << 47);
  a *= 0x9e3779b97f4a7c15ull;
  return a ^ (b >> (s & 31));
}

int64_t divmod(int64_t a, int64_t b, uint32_t c, uint32_t d) {
  if (b == 0 || d == 0) return -1;
  return a / b + a % b + (int64_t)(c / d) + (c % d) + (int64_t)((unsigned __int128)a * b >> 64);
}

int32_t sat_add(int32_t a, int32_t b) {
  int64_t r = (int64_t)a + b;
  if (r > 0x7fffffff) return 0x7fffffff;
  if (r < -0x7fffffff - 1) return -0x7fffffff - 1;
  return (int32_t)r;
}

unsigned popc_clz(uint64_t x, uint32_t y) {
  return __builtin_popcountll(x) + __builtin_clzll(x | 1) + __builtin_ctz(y | 0x80000000u) + __builtin_parityll(x)
         + __builtin_bswap32(y) + (unsigned)__builtin_bswap64(x);
}

int classify(int c) {
  switch (c) {
  case 0: return 10; case 1: return 22; case 2: return 37; case 3: return 41;
  case 4: return 56; case 5: return 68; case 7: return 99; case 9: return 101;
  case 12: return 3; default: return -1;
  }
}

uint16_t checksum(const uint8_t *p, size_t n) {
  uint32_t s = 0;
  for (size_t i = 0; i + 1 < n; i += 2) s += (uint32_t)p[i] << 8 | p[i + 1];
  if (n & 1) s += (uint32_t)p[n - 1] << 8;
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return (uint16_t)~s;
}

struct node { struct node *next; long key; short tag; signed char kind; unsigned char flags; };

long walk(struct node *n, long k) {
  long hits = 0;
  for (; n; n = n->next) {
    if (n->key == k || (n->tag < 0 && n->kind > 3)) hits += n->flags;
    n->flags |= 0x80;
  }
  return hits;
}

int bits(uint32_t x, uint64_t y) {
  return ((x >> 5) & 0x3f) + ((y >> 12) & 0xfff) + (int)((y << 3) >> 60) + ((x & 0xff00ff00u) ? 1 : 0) + (int)(y & ~0xffull);
}

long big_constants(long x) {
  return x * 1000003 + 0x123456789abcdefl - (x & 0xfffff0000l) + (x | 0x8000000000000000l);
}
