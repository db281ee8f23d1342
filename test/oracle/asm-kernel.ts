// `tocsin asm` against GNU as on real kernel sources: every assembly (.S) object that
// `make vmlinux modules` builds under arch/powerpc/ for ppc64le_defconfig + KALLSYMS_ALL +
// LIVEPATCH, the vDSO included, built by the kernel's own make (scripts/kernel-build.sh) and
// assembled again by Tocsin with the flags make used (read from each object's .o.cmd file).
// Section bytes and attributes, the symbol table in order and every relocation must match.
//
//   node --import tsx test/oracle/asm-kernel.ts [SUBSTRING...]   # a table; exits 1 on a difference
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFile } from '../../server/src/model/assembler/index';
import { assembledFacts, compareFacts, readElfFacts } from './asm-elf';

const repo = join(__dirname, '..', '..');

interface Flags {
  includePaths: string[];
  forcedIncludes: string[];
  defines: Record<string, string>;
  machine?: string;
}

/** An assembly object kbuild built: the .o, its .S source and the gcc command line. */
interface KbuildObject {
  object: string;
  source: string;
  command: string;
}

/** GNU as options that add to the CPU rather than replace it (binutils ppc_opts "sticky" entries) or are not CPUs. */
const NOT_A_CPU = /^(any|altivec|vsx|htm|spe|spe2|lsp|vle|efs|efs2|little|big|le|be|regnames|no-regnames|relocatable|relocatable-lib|no-relocatable|solaris|no-solaris|a32|a64|32|64)$/;

/** Every .o under DIR whose .o.cmd file says kbuild made it from a .S file. */
function kbuildObjects(tree: string, dir: string): KbuildObject[] {
  const found: KbuildObject[] = [];
  for (const entry of readdirSync(join(tree, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...kbuildObjects(tree, path));
    else if (/^\..*\.o\.cmd$/.test(entry.name)) {
      const text = readFileSync(join(tree, path), 'utf8');
      const source = /^source_\S+ := (\S+\.S)$/m.exec(text)?.[1];
      if (source) found.push({ object: join(dir, entry.name.slice(1, -'.cmd'.length)), source, command: text.split('\n')[0] });
    }
  }
  return found.sort((a, b) => a.object.localeCompare(b.object));
}

/**
 * The options kbuild passed to gcc for one object. GNU as gets the CPU of `-mcpu=` first, then
 * the `-Wa,` options in order; the last CPU named is the one it assembles for.
 */
function flagsOf(command: string): Flags {
  const words = command.replace(/^[^=]*:=\s*/, '').split(/\s+/);
  const flags: Flags = { includePaths: [], forcedIncludes: [], defines: {} };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const value = (prefix: string) => (w.length > prefix.length ? w.slice(prefix.length) : words[++i]);
    if (w.startsWith('-I')) flags.includePaths.push(value('-I'));
    else if (w === '-include') flags.forcedIncludes.push(words[++i]);
    else if (w.startsWith('-D')) {
      const d = value('-D');
      const eq = d.indexOf('=');
      flags.defines[eq < 0 ? d : d.slice(0, eq)] = eq < 0 ? '1' : d.slice(eq + 1);
    } else if (w.startsWith('-U')) delete flags.defines[value('-U')];
    else if (w.startsWith('-mcpu=')) flags.machine = w.slice('-mcpu='.length);
    else if (w.startsWith('-Wa,')) {
      for (const option of w.slice(4).split(',')) {
        if (option.startsWith('-m') && !NOT_A_CPU.test(option.slice(2))) flags.machine = option.slice(2);
      }
    }
  }
  return flags;
}

function main(): void {
  const only = process.argv.slice(2);
  const tree = execFileSync('bash', [join(repo, 'scripts/kernel-build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  // kbuild runs in the tree root with relative paths; __FILE__ strings depend on that.
  process.chdir(tree);
  const objects = kbuildObjects(tree, 'arch/powerpc').filter((o) => !only.length || only.some((s) => o.object.includes(s)));
  let identical = 0;
  console.log('object | sections | symbols | relocations | ms (tocsin) | result');
  for (const { object, source, command } of objects) {
    const flags = flagsOf(command);
    const start = performance.now();
    const result = assembleFile(source, flags);
    const ms = performance.now() - start;
    const expected = readElfFacts(readFileSync(object));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const differences = errors.length ? [] : compareFacts(expected, assembledFacts(result.assembled));
    const first = errors.length ? `${errors[0].path}:${errors[0].line + 1}: ${errors[0].message}` : differences[0];
    if (!first) identical++;
    const verdict = !first ? 'identical' : errors.length ? `${errors.length} errors, first ${first}` : `${differences.length} differences, first ${first}`;
    console.log(`${object} | ${expected.sections.length} | ${expected.symbols.length} | ${expected.relocations.length} | ${ms.toFixed(0)} | ${verdict}`);
    if (only.length) for (const d of [...errors.slice(1, 10).map((e) => `${e.path}:${e.line + 1}: ${e.message}`), ...differences.slice(1, 10)]) console.log(`    ${d}`);
  }
  console.log(`identical ${identical} of ${objects.length}`);
  process.exitCode = identical === objects.length && objects.length ? 0 : 1;
}

main();
