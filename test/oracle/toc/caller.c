/* Calls of every kind a compiler emits: to externs (default, hidden, weak), to static and
 * global functions of the same file, tail calls, and calls through a pointer. */
extern int ext_add(int a, int b);
extern int ext_hidden(int a) __attribute__((visibility("hidden")));
extern int ext_protected(int a);
extern int ext_weak(int a) __attribute__((weak));
extern int counter;

static int __attribute__((noinline)) local_helper(int x)
{
	return x * 3 + counter;
}

int __attribute__((noinline)) global_helper(int x)
{
	return x ^ counter;
}

int caller_a(int x)
{
	return ext_add(x, 1) + local_helper(x) + global_helper(x);
}

int caller_b(int x)
{
	if (ext_weak)
		x += ext_weak(x);
	return ext_hidden(x) + ext_protected(x) + global_helper(x + 1);
}

int tail_global(int x)
{
	return global_helper(x + 2);
}

int tail_local(int x)
{
	return local_helper(x + 5);
}

int tail_extern(int x)
{
	return ext_add(x, 3);
}

int through_pointer(int (*fn)(int), int x)
{
	return fn(x) + counter;
}
