// Runs the benchmark sections (all, or those named: `npm run bench -- disasm emu`) and writes
// them into BENCHMARKS.md, replacing each section of the same heading and keeping the others.
// Each section measures Tocsin beside its peer (objdump, as, gcc, qemu) on the same input in the
// same run.
import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAsm } from './asm';
import { benchCheck } from './check';
import { benchDebug } from './debug';
import { benchDisasm } from './disasm';
import { benchEmu } from './emu';
import { benchFuzz } from './fuzz';
import { benchHostile } from './hostile';
import { benchLsp } from './lsp';
import { benchObjects } from './objects';
import { benchParse } from './parse';

const SECTIONS: Record<string, () => string | Promise<string>> = {
  parse: benchParse, fuzz: () => benchFuzz(), disasm: benchDisasm, check: benchCheck, objects: benchObjects, asm: benchAsm, emu: benchEmu, lsp: benchLsp, debug: benchDebug, hostile: benchHostile,
};
const file = join(__dirname, '..', 'BENCHMARKS.md');

/** The `## ` sections of a BENCHMARKS.md text, in order, each with its heading line. */
function sectionsOf(text: string): string[] {
  return text.split(/\n(?=## )/).slice(1).map((s) => s.trimEnd());
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in SECTIONS));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`);
  const fresh: string[] = [];
  for (const name of names.length ? names : Object.keys(SECTIONS)) fresh.push((await SECTIONS[name]()).trimEnd());
  const sections = existsSync(file) ? sectionsOf(readFileSync(file, 'utf8')) : [];
  for (const s of fresh) {
    const heading = s.split('\n')[0];
    const at = sections.findIndex((x) => x.split('\n')[0] === heading);
    if (at >= 0) sections[at] = s;
    else sections.push(s);
  }
  const header = [
    '# Benchmarks',
    '',
    `Sections written by \`npm run bench\` (last on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}).`,
    'The machine is shared, so single figures are noisy; ratios come from the same run.',
    '',
  ];
  const text = [...header, ...sections.map((s) => s + '\n')].join('\n');
  writeFileSync(file, text);
  process.stdout.write(fresh.join('\n\n') + '\n');
}

void main();
