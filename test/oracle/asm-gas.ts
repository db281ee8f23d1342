// Every test/fixtures/asm/*.s through powerpc64le-linux-gnu-as (-mpower8) and through Tocsin:
// the objects must be identical. `--write` stores what GNU as and objdump made beside each
// fixture (NAME.expected.json, NAME.objdump), which the unit tests compare against offline.
//
//   node --import tsx test/oracle/asm-gas.ts [--write]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';

const fixtures = join(__dirname, '..', 'fixtures', 'asm');
const write = process.argv.includes('--write');
const scratch = mkdtempSync(join(tmpdir(), 'tocsin-asm-'));
let failed = 0;
const names = readdirSync(fixtures).filter((f) => f.endsWith('.s')).sort();
for (const name of names) {
  const source = join(fixtures, name);
  const object = join(scratch, name.replace(/\.s$/, '.o'));
  execFileSync('powerpc64le-linux-gnu-as', ['-a64', '-mlittle', '-mpower8', '-o', object, source], { stdio: ['ignore', 'pipe', 'pipe'] });
  const expected = readElfFacts(readFileSync(object));
  const differences = compareFacts(expected, assembledFacts(assembleFile(source).assembled));
  if (differences.length) failed++;
  console.log(`${name}: ${differences.length ? `${differences.length} differences` : 'identical'}`);
  for (const d of differences.slice(0, 20)) console.log(`    ${d}`);
  if (write) {
    const base = join(fixtures, name.replace(/\.s$/, ''));
    writeFileSync(`${base}.expected.json`, JSON.stringify(expected, null, 1) + '\n');
    const listing = execFileSync('powerpc64le-linux-gnu-objdump', ['-dr', object], { encoding: 'utf8' });
    writeFileSync(`${base}.objdump`, listing.replace(object, name.replace(/\.s$/, '.o')));
  }
}
console.log(`${names.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
