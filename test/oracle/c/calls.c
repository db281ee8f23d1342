/* Calls: varargs, function pointers, tail calls, globals through the TOC, alloca, setjmp-free unwinding. */
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>

extern int ext_fn(int, ...);
extern long ext_data[64];
static long local_data[16];
int global_counter;
__thread int tls_counter;

long sum_va(int n, ...) {
  va_list ap; va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, long);
  va_end(ap);
  return s;
}

double avg_va(int n, ...) {
  va_list ap; va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double);
  va_end(ap);
  return n ? s / n : 0;
}

int call_ptr(int (*f)(int, int), int a) { return f(a, a + 1) + f(a, 2); }
int tail(int x) { return ext_fn(x, 1, 2.0, "s"); }
long globals(int i) { global_counter++; tls_counter += i; local_data[i & 15] += ext_data[i & 63]; return local_data[(i + 1) & 15]; }
char *dup_str(const char *s) { size_t n = strlen(s); char *p = malloc(n + 1); if (p) memcpy(p, s, n + 1); return p; }
int use_alloca(int n) { char *p = __builtin_alloca(n); memset(p, n, n); return p[n / 2] + ext_fn(n, p); }
struct big { long v[12]; };
struct big pass_big(struct big b, int k) { b.v[k & 7] += k; return b; }
int many_args(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, long k, double l) { return a + b + c + d + e + f + g + h + i + j + (int)k + (int)l; }
int recurse(int n) { return n <= 1 ? 1 : n * recurse(n - 1) + ext_fn(n); }
