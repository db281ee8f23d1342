// GNU as's warnings and errors against Tocsin's on test/fixtures/asm-messages/*.s and on the
// object fixtures of test/fixtures/asm/*.s: the same messages (wording, severity) on the same
// lines, nothing more and nothing less. `--write` stores what powerpc64le-linux-gnu-as printed
// beside each fixture (NAME.messages), which `npm test` compares against offline.
//
//   node --import tsx test/oracle/asm-messages.ts [--write]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assembleFile } from '../../server/src/model/assembler/index';

export const messageFixtureDirs = ['asm-messages', 'asm'].map((dir) => join(__dirname, '..', 'fixtures', dir));

/** Every fixture with GNU as's messages: path of the source. */
export function messageFixtures(): string[] {
  return messageFixtureDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.s')).sort().map((f) => join(dir, f)));
}

/** GNU as's messages as `LINE: severity: message`, the "invoked from here" notes left out. */
export function gnuMessages(source: string): string[] {
  const r = spawnSync('powerpc64le-linux-gnu-as', ['-a64', '-mlittle', '-mpower8', '-o', '/dev/null', source], { encoding: 'utf8' });
  const out: string[] = [];
  for (const line of r.stderr.split('\n')) {
    // A message without a line (end-of-assembly checks) is kept with line 0, so that it shows.
    const m = /^[^:]+:(?:(\d+):)? (Warning|Error|Fatal error): (.*)$/.exec(line);
    if (m) out.push(`${m[1] ?? 0}: ${m[2] === 'Warning' ? 'warning' : 'error'}: ${m[3]}`);
  }
  return out;
}

/** Tocsin's in the same form, at the line where the statement was spelled (as GNU as counts). */
export function tocsinMessages(source: string): string[] {
  return assembleFile(source).diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.spelling.line + 1}: ${d.severity}: ${d.message}`);
}

if (require.main === module) {
  const write = process.argv.includes('--write');
  let failed = 0;
  const sources = messageFixtures();
  for (const source of sources) {
    const name = basename(source);
    const expected = gnuMessages(source);
    const actual = tocsinMessages(source);
    const missing = expected.filter((m) => !actual.includes(m));
    const extra = actual.filter((m) => !expected.includes(m));
    if (missing.length || extra.length) failed++;
    console.log(`${name}: ${expected.length} messages, ${missing.length || extra.length ? `${missing.length} missing, ${extra.length} extra` : 'identical'}`);
    for (const m of missing) console.log(`    GNU as only: ${m}`);
    for (const m of extra) console.log(`    Tocsin only: ${m}`);
    if (write) writeFileSync(source.replace(/\.s$/, '.messages'), expected.map((m) => m + '\n').join(''));
  }
  console.log(`${sources.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
