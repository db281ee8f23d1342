/* Floating point and vector code (vectorised loops under -mcpu=power9/power10). */
double dot(const double *a, const double *b, int n)
{
	double s = 0.0;
	for (int i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

void saxpy(float *restrict y, const float *restrict x, float a, int n)
{
	for (int i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

typedef int v4si __attribute__((vector_size(16)));
v4si vadd(v4si a, v4si b)
{
	return a + b * b;
}

float scale(float f, int k)
{
	return f * (float)k / 3.0f;
}
