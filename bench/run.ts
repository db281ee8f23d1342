// Runs the benchmark sections and writes BENCHMARKS.md. Each section measures Tocsin beside its
// peer (objdump, as, gcc, qemu) on the same input in the same run.
//   npm run bench                      every section, a new BENCHMARKS.md
//   npm run bench -- fuzz hostile      those sections only, replacing theirs in BENCHMARKS.md
import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAsm } from './asm';
import { benchCheck } from './check';
import { benchDisasm } from './disasm';
import { benchEmu } from './emu';
import { benchFuzz } from './fuzz';
import { benchHostile } from './hostile';
import { benchParse } from './parse';

const SECTIONS: Record<string, () => string | Promise<string>> = {
  parse: benchParse, fuzz: () => benchFuzz(), disasm: benchDisasm, check: benchCheck, asm: benchAsm, emu: benchEmu, hostile: benchHostile,
};
const file = join(__dirname, '..', 'BENCHMARKS.md');

/** The `## ` blocks of a text by heading, in order. */
function blocks(text: string): { heading: string; body: string }[] {
  return text.split(/^(?=## )/m).filter((b) => b.startsWith('## ')).map((body) => ({ heading: body.split('\n')[0], body: body.trimEnd() + '\n' }));
}

async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  for (const name of chosen) if (!SECTIONS[name]) throw new Error(`no section '${name}' (${Object.keys(SECTIONS).join(', ')})`);
  const names = chosen.length ? chosen : Object.keys(SECTIONS);
  const made: string[] = [];
  for (const name of names) made.push(await SECTIONS[name]());
  const header = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    'The machine is shared, so single figures are noisy; ratios come from the same run.',
    '',
  ].join('\n');
  let text: string;
  if (chosen.length && existsSync(file)) {
    // Sections not run keep their figures; each one run replaces its blocks or is added.
    const existing = blocks(readFileSync(file, 'utf8'));
    const fresh = made.flatMap(blocks);
    const merged = existing.map((b) => fresh.find((f) => f.heading === b.heading) ?? b);
    for (const f of fresh) if (!existing.some((b) => b.heading === f.heading)) merged.push(f);
    text = `${header}\n${merged.map((b) => b.body).join('\n')}`;
  } else {
    text = [header, ...made.map((s) => s + '\n')].join('\n');
  }
  writeFileSync(file, text);
  process.stdout.write(text);
}

void main();
