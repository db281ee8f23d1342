// `tocsin check`: the TOC and live-patch rules over objdump listings and assembly sources
// (assembled first, as GNU as would), as text, JSON or SARIF.
import { relative, sep } from 'node:path';
import { checkObjects, CHECK_TARGETS, RULES, type CheckDiagnostic, type CheckTarget, type RuleCode } from '../analysis/tocRules';
import { assembleSource } from '../model/assembler/index';
import { loadListings, type ListingInput } from '../model/listing';
import type { ObjectFile } from '../model/object';
import { SyntaxDocument } from '../parse/document';
import { loadLanguages } from '../parse/runtime';
import { detectGrammar } from '../parse/source';
import type { ListingFile } from '../parse/syntax';
import { CliError, optionValue, parseArgs, perFile, readInput, type Command, type CommandIo } from './args';
import { assemblyOptions, formatDiagnostic } from './asm';

const TOOL_VERSION = '0.1.0';

/** One finding as JSON prints it: lines and columns 1-based, the end exclusive as in LSP. */
export interface CheckReport {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  code: RuleCode;
  message: string;
}

export const checkCommand: Command = {
  name: 'check',
  usage: `check [--format text|json|sarif] [--target ${CHECK_TARGETS.join('|')}] [-I DIR]... [-D NAME[=VALUE]]... FILE...`,
  summary: 'check assembly and objdump listings for calls that lose the TOC (r2), live-patch and ftrace hazards',
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { value: true, choices: ['text', 'json', 'sarif'] },
      target: { value: true, choices: CHECK_TARGETS },
      include: { value: true, repeat: true, short: 'I' },
      define: { value: true, repeat: true, short: 'D' },
    });
    if (args.positional.length === 0) throw new CliError('no input files');
    const format = optionValue(args, 'format') ?? 'text';
    const target = optionValue(args, 'target') as CheckTarget | undefined;
    const assembleOptions = assemblyOptions(args);
    await loadLanguages();

    const inputs: ListingInput[] = [];
    const assembled: ObjectFile[] = [];
    let failed = false;
    let assemblyErrors = false;
    for (const file of args.positional) {
      const text = readInput('check', file, io);
      if (text === undefined) {
        failed = true;
        continue;
      }
      const done = await perFile('check', file, io, async () => {
        if (detectGrammar(file, text) === 'ppc64asm') {
          const result = assembleSource(file, text, assembleOptions);
          for (const d of result.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(d));
          assemblyErrors ||= result.diagnostics.some((d) => d.severity === 'error');
          assembled.push(result.object);
          return true;
        }
        const doc = await SyntaxDocument.parse('objdump', text);
        inputs.push({ syntax: doc.syntax as ListingFile, text, file });
        doc.dispose();
        return true;
      });
      failed ||= !done;
    }

    const checked = await checkEachAlone(inputs, assembled, target, io);
    failed ||= checked.failed;
    const findings = checked.findings;
    if (format === 'json') io.stdout(JSON.stringify(findings.map(toReport), null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(findings), null, 2) + '\n');
    else for (const f of findings.map(toReport)) io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`);
    if (failed) return 2;
    return assemblyErrors || findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/**
 * The rules over all files as one link; should that fail unexpectedly, each file alone, so that
 * one file's defect costs only its own findings.
 */
async function checkEachAlone(inputs: ListingInput[], assembled: ObjectFile[], target: CheckTarget | undefined, io: CommandIo): Promise<{ findings: CheckDiagnostic[]; failed: boolean }> {
  try {
    return { findings: checkObjects([...loadListings(inputs), ...assembled], { target }), failed: false };
  } catch {
    // Taken file by file below, where the failure is reported with the file it belongs to.
  }
  const findings: CheckDiagnostic[] = [];
  let failed = false;
  const one = async (file: string, objects: () => ObjectFile[]) => {
    const found = await perFile('check', file, io, () => checkObjects(objects(), { target }));
    if (found) findings.push(...found);
    else failed = true;
  };
  for (const input of inputs) await one(input.file, () => loadListings([input]));
  for (const object of assembled) await one(object.file, () => [object]);
  return { findings, failed };
}

export function toReport(d: CheckDiagnostic): CheckReport {
  const { start, end } = d.location.range;
  return {
    file: d.location.file,
    line: start.line + 1,
    column: start.column + 1,
    endLine: end.line + 1,
    endColumn: end.column + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

// ---- SARIF 2.1.0 ----

function artifactUri(file: string): string {
  const rel = relative(process.cwd(), file);
  const path = rel.startsWith('..') ? file : rel;
  return encodeURI(path.split(sep).join('/'));
}

function sarifLocation(location: CheckDiagnostic['location']) {
  const { start, end } = location.range;
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(location.file) },
      region: { startLine: start.line + 1, startColumn: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 },
    },
  };
}

export function toSarif(findings: CheckDiagnostic[]): object {
  const codes = Object.keys(RULES) as RuleCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tocsin',
          version: TOOL_VERSION,
          rules: codes.map((code) => ({
            id: code,
            name: code,
            shortDescription: { text: RULES[code].summary },
            fullDescription: { text: RULES[code].help },
            help: { text: RULES[code].help },
            defaultConfiguration: { level: RULES[code].severity },
          })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: codes.indexOf(f.code),
        level: f.severity,
        message: { text: f.message },
        locations: [sarifLocation(f.location)],
        ...(f.related.length ? { relatedLocations: f.related.map((r, id) => ({ id, ...sarifLocation(r.location), message: { text: r.message } })) } : {}),
      })),
    }],
  };
}
