/* Altivec / VSX through altivec.h and auto-vectorised loops. */
#include <altivec.h>

vector signed int vadd4(vector signed int a, vector signed int b) { return vec_add(a, b) - vec_sub(b, a); }
vector float vmadd(vector float a, vector float b, vector float c) { return vec_madd(a, b, c); }
vector double vdmul(vector double a, vector double b) { return vec_mul(a, b) + vec_div(a, b); }
vector unsigned char vperm(vector unsigned char a, vector unsigned char b, vector unsigned char p) { return vec_perm(a, b, p); }
vector bool int vcmp(vector signed int a, vector signed int b) { return vec_cmpgt(a, b); }
vector signed int vsel(vector signed int a, vector signed int b, vector bool int m) { return vec_sel(a, b, m); }
vector signed short vpack(vector signed int a, vector signed int b) { return vec_packs(a, b); }
vector unsigned int vsplat(unsigned x) { return vec_splats(x); }
vector unsigned long long vshift(vector unsigned long long a, vector unsigned long long b) { return vec_sl(a, b) ^ vec_sr(a, b); }
int vany(vector signed int a, vector signed int b) { return vec_any_eq(a, b) + vec_all_gt(a, b); }
vector float vload(const float *p, long i) { return vec_xl(i, p) + vec_ld(0, p); }
void vstore(float *p, vector float v) { vec_xst(v, 0, p); }
vector signed int vminmax(vector signed int a, vector signed int b) { return vec_max(a, b) + vec_min(a, b) + vec_abs(a); }
vector unsigned char vmerge(vector unsigned char a, vector unsigned char b) { return vec_mergeh(a, b) ^ vec_mergel(a, b) ^ vec_xor(a, b) ^ vec_andc(a, b); }

void saxpy(float *restrict y, const float *restrict x, float a, int n) { for (int i = 0; i < n; i++) y[i] += a * x[i]; }
void iadd(int *restrict y, const int *restrict x, int n) { for (int i = 0; i < n; i++) y[i] = (y[i] + x[i]) >> 1; }
void dconv(double *restrict y, const int *restrict x, int n) { for (int i = 0; i < n; i++) y[i] = x[i] * 0.5; }
long lsum(const long *x, int n) { long s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
void bmax(unsigned char *restrict y, const unsigned char *restrict x, int n) { for (int i = 0; i < n; i++) y[i] = y[i] > x[i] ? y[i] : x[i]; }
