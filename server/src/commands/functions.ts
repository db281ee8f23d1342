// `tocsin functions`: every function's global and local entry, the TOC its global entry sets
// up (with the arithmetic), and its calls and callers by kind, as text or JSON.
import { relative } from 'node:path';
import { summarizeFunctions, type CallCounts, type FunctionSummary } from '../analysis/functionSummary';
import { addressColumn, addressText } from '../isa/address';
import { CliError, optionValue, parseArgs, type Command } from './args';
import { ASSEMBLY_OPTIONS, ASSEMBLY_USAGE, assemblyOptionsOf } from './asm';
import { loadObjects } from './objects';

/** One function as JSON prints it: addresses as hex strings, lines 1-based. */
export interface FunctionReport {
  file: string;
  line: number;
  object: string;
  section: string;
  name: string;
  globalEntry: string;
  localEntry: string | null;
  /** Bytes from the global to the local entry (4..64), or null for a single entry. */
  localEntryOffset: number | null;
  /** The TOC base the global entry computes, when the listing shows enough to know it. */
  toc: string | null;
  /** Relocatable code: the symbol the linker resolves the TOC setup against (`.TOC.`). */
  tocSymbol: string | null;
  tocSetup: 'addis' | 'lis' | 'large' | null;
  tocArithmetic: string | null;
  calls: CallCounts;
  callers: CallCounts;
}

function toReport(s: FunctionSummary): FunctionReport {
  const e = s.entry;
  const toc = e.tocBase;
  return {
    file: e.symbol.source.file,
    line: e.symbol.source.range.start.line + 1,
    object: s.object.name,
    section: e.section.name,
    name: e.symbol.name,
    globalEntry: addressText(e.globalEntry),
    localEntry: s.localEntry === undefined ? null : addressText(s.localEntry),
    localEntryOffset: e.localEntryOffset ?? null,
    toc: toc?.kind === 'value' ? addressText(toc.value) : null,
    tocSymbol: toc?.kind === 'symbolic' ? toc.symbol : null,
    tocSetup: e.tocSetup?.form ?? null,
    tocArithmetic: s.tocArithmetic ?? null,
    calls: s.calls,
    callers: s.callers,
  };
}

const counts = (c: CallCounts) => {
  const kinds = Object.entries(c);
  const total = kinds.reduce((n, [, k]) => n + (k ?? 0), 0);
  return total === 0 ? '0' : `${total} (${kinds.map(([kind, k]) => `${kind} ${k}`).join(', ')})`;
};

function textLine(s: FunctionSummary): string {
  const e = s.entry;
  const r = toReport(s);
  const parts = [`global ${addressColumn(e.globalEntry)}`];
  if (e.localEntryOffset !== undefined) parts.push(`local +${e.localEntryOffset}`);
  else if (e.clobbersToc) parts.push('single entry, r2 not kept');
  if (s.tocArithmetic) parts.push(`TOC ${s.tocArithmetic}`);
  else if (r.tocSymbol) parts.push(`TOC ${r.tocSymbol} (set by the linker)`);
  parts.push(`calls ${counts(s.calls)}`, `callers ${counts(s.callers)}`);
  const file = relative(process.cwd(), r.file) || r.file;
  // An ELF file has no lines: the function is placed as GNU ld places things, by section and offset.
  const place = s.object.binary ? `(${e.section.name}+0x${e.start.toString(16)})` : r.line;
  return `${file}:${place}: ${r.name}  ${parts.join('  ')}\n`;
}

export const functionsCommand: Command = {
  name: 'functions',
  usage: `functions [--format text|json] ${ASSEMBLY_USAGE} FILE...`,
  summary: 'list every function: global and local entry, the TOC it sets up, its calls and callers',
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { value: true, choices: ['text', 'json'] },
      ...ASSEMBLY_OPTIONS,
    });
    if (args.positional.length === 0) throw new CliError('no input files');
    const { objects, failed } = await loadObjects('functions', args.positional, assemblyOptionsOf(args, 'functions', io), io);
    const summaries = summarizeFunctions(objects);
    if (optionValue(args, 'format') === 'json') io.stdout(JSON.stringify(summaries.map(toReport), null, 2) + '\n');
    else for (const s of summaries) io.stdout(textLine(s));
    return failed ? 2 : 0;
  },
};
