/* Many basic blocks: a small state machine. */
extern void report(int state, int c);

int parse_state(const char *s)
{
	int state = 0, count = 0;
	for (; *s; s++) {
		char c = *s;
		if (state == 0) {
			if (c == '{') state = 1;
			else if (c == '#') state = 4;
		} else if (state == 1) {
			if (c == '"') state = 2;
			else if (c == '}') { state = 0; count++; }
			else if (c == '[') state = 3;
		} else if (state == 2) {
			if (c == '\\') state = 5;
			else if (c == '"') state = 1;
		} else if (state == 3) {
			if (c == ']') state = 1;
			else if (c < ' ') { report(state, c); return -1; }
		} else if (state == 4) {
			if (c == '\n') state = 0;
		} else {
			state = 2;
		}
	}
	if (state != 0)
		report(state, 0);
	return count;
}
