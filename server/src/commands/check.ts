// `tocsin check`: the TOC and live-patch rules over objdump listings and assembly sources
// (assembled first, as GNU as would), as text, JSON or SARIF.
import { relative, sep } from 'node:path';
import { checkObjects, CHECK_TARGETS, RULES, type CheckDiagnostic, type CheckTarget, type ObjectPlace, type RuleCode } from '../analysis/tocRules';
import { addressText } from '../isa/address';
import { CliError, optionValue, parseArgs, perFile, type Command, type CommandIo } from './args';
import { assemblyOptions } from './asm';
import { loadObjects } from './objects';
import type { ObjectFile } from '../model/object';

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
  /** Where in the object, when the finding is at an instruction or a function: */
  section?: string;
  /** byte offset in the section, `0x` hex, where known (relocatable objects); */
  offset?: string;
  /** the address the listing shows (`0x` and 16 hex digits, exact at kernel addresses); */
  address?: string;
  /** `sym+0x1c`, as the kernel's %pS and objdump name it. */
  location?: string;
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
    const loaded = await loadObjects('check', args.positional, assembleOptions, io);
    const { objects, assemblyErrors } = loaded;
    const checked = await checkEachAlone(objects, target, io);
    const failed = loaded.failed || checked.failed;
    const findings = checked.findings;
    if (format === 'json') io.stdout(JSON.stringify(findings.map(toReport), null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(findings), null, 2) + '\n');
    else for (const f of findings.map(toReport)) io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`);
    if (failed) return 2;
    return assemblyErrors || findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/**
 * The rules over all objects as one link; should that fail unexpectedly, over each object alone,
 * so that one file's defect costs only its own findings.
 */
async function checkEachAlone(objects: ObjectFile[], target: CheckTarget | undefined, io: CommandIo): Promise<{ findings: CheckDiagnostic[]; failed: boolean }> {
  try {
    return { findings: checkObjects(objects, { target }), failed: false };
  } catch {
    // Taken object by object below, where the failure is reported with its file.
  }
  const findings: CheckDiagnostic[] = [];
  let failed = false;
  for (const object of objects) {
    const found = await perFile('check', object.file, io, () => checkObjects([object], { target }));
    if (found) findings.push(...found);
    else failed = true;
  }
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
    ...placeFields(d.place),
  };
}

/** The object place as JSON carries it: numbers as hex strings. */
function placeFields(place: ObjectPlace | undefined): Pick<CheckReport, 'section' | 'offset' | 'address' | 'location'> {
  if (!place) return {};
  return {
    section: place.section,
    ...(place.offset === undefined ? {} : { offset: '0x' + place.offset.toString(16) }),
    address: addressText(place.address),
    ...(place.symbol === undefined ? {} : { location: place.symbol }),
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
        locations: [{ ...sarifLocation(f.location), ...(f.place?.symbol ? { logicalLocations: [{ fullyQualifiedName: f.place.symbol, kind: 'function' }] } : {}) }],
        ...(f.place ? { properties: placeFields(f.place) } : {}),
        ...(f.related.length ? { relatedLocations: f.related.map((r, id) => ({ id, ...sarifLocation(r.location), message: { text: r.message } })) } : {}),
      })),
    }],
  };
}
