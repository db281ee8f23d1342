// `tocsin parse`: parses files with the Tocsin grammars and reports syntax errors.
import { performance } from 'node:perf_hooks';
import { SyntaxDocument } from '../parse/document';
import { loadLanguages, nativeRuntimeError, preferredRuntime, type GrammarName, type ParserRuntime } from '../parse/runtime';
import { detectGrammar } from '../parse/source';
import { CliError, optionValue, parseArgs, perFile, readInput, type Command } from './args';

const languageNames: Record<string, GrammarName> = { asm: 'ppc64asm', objdump: 'objdump' };

export interface ParseReport {
  file: string;
  /** Which grammar read the file. */
  language: GrammarName;
  /** Which tree-sitter runtime parsed it. */
  parser: ParserRuntime;
  nodes: number;
  errors: { line: number; column: number; kind: 'ERROR' | 'MISSING' }[];
  ms: number;
}

export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse [--format text|json] [--language asm|objdump] [--parser native|wasm] FILE...',
  summary: 'parse assembly or objdump listings; print node counts, ERROR/MISSING nodes and parse time',
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { value: true, choices: ['text', 'json'] },
      language: { value: true, choices: Object.keys(languageNames) },
      parser: { value: true, choices: ['native', 'wasm'] },
    });
    if (args.positional.length === 0) throw new CliError('no input files');
    const format = optionValue(args, 'format') ?? 'text';
    const forced = optionValue(args, 'language');
    const runtime = (optionValue(args, 'parser') as ParserRuntime | undefined) ?? preferredRuntime();
    if (runtime === 'native') {
      const error = nativeRuntimeError();
      if (error !== undefined) throw new CliError(`the native parser is not available (${error}); use --parser wasm`);
    } else {
      await loadLanguages();
    }

    const reports: ParseReport[] = [];
    let ioFailed = false;
    for (const file of args.positional) {
      const text = readInput('parse', file, io);
      if (text === undefined) {
        ioFailed = true;
        continue;
      }
      const report = await perFile('parse', file, io, async (): Promise<ParseReport> => {
        const language = forced ? languageNames[forced] : detectGrammar(file, text);
        const started = performance.now();
        const summary = await SyntaxDocument.summarize(language, text, runtime);
        const ms = performance.now() - started;
        return {
          file,
          language,
          parser: summary.runtime,
          nodes: summary.nodeCount,
          errors: summary.errors.map((e) => ({ line: e.range.start.line + 1, column: e.range.start.column + 1, kind: e.kind })),
          ms: Math.round(ms * 100) / 100,
        };
      });
      if (report) reports.push(report);
      else ioFailed = true;
    }

    if (format === 'json') {
      io.stdout(JSON.stringify(reports, null, 2) + '\n');
    } else {
      for (const r of reports) {
        const errors = r.errors.length === 1 ? '1 error' : `${r.errors.length} errors`;
        io.stdout(`${r.file}: ${r.language}, ${r.nodes} nodes, ${errors}, ${r.ms.toFixed(2)} ms, ${r.parser} parser\n`);
        for (const e of r.errors) io.stdout(`${r.file}:${e.line}:${e.column}: ${e.kind}\n`);
      }
    }
    if (ioFailed) return 2;
    return reports.some((r) => r.errors.length > 0) ? 1 : 0;
  },
};
