/* Scalar floating point: arithmetic, conversions, compares, fused multiply-add, math calls. */
#include <math.h>
#include <stdint.h>

double poly(double x, const double *c, int n) {
  double r = 0;
  for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
  return r;
}

float mixf(float a, float b, int i, unsigned u) {
  return a * b - (float)i / (b + 1.0f) + (float)u + sqrtf(fabsf(a));
}

long conv(double d, float f) {
  return (long)d + (int)f + (long)(unsigned long)d + (long)floor(d) + lround(f);
}

int fcmp(double a, double b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == b) return 0;
  return 2;
}

double fused(double a, double b, double c) { return fma(a, b, c) - fma(-a, b, c) + copysign(a, b) + fmax(a, c); }

double sum_arr(const float *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i] * (double)p[n - 1 - i];
  return s;
}

uint64_t bits_of(double d) { union { double d; uint64_t u; } v = { d }; return v.u ^ (uint64_t)(float)d; }
