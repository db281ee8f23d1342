// Runs every benchmark section and writes BENCHMARKS.md. Each section measures Tocsin
// beside its peer (objdump, as, qemu) on the same input in the same run.
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAsm } from './asm';
import { benchCheck } from './check';
import { benchDisasm } from './disasm';
import { benchEmu } from './emu';
import { benchObjects } from './objects';
import { benchParse } from './parse';

async function main(): Promise<void> {
  const sections = [await benchParse(), await benchDisasm(), await benchCheck(), await benchObjects(), await benchAsm(), await benchEmu()];
  const header = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    'The machine is shared, so single figures are noisy; ratios come from the same run.',
    '',
  ];
  const text = [...header, ...sections.map((s) => s + '\n')].join('\n');
  writeFileSync(join(__dirname, '..', 'BENCHMARKS.md'), text);
  process.stdout.write(text);
}

void main();
