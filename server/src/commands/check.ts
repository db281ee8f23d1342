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
  /** Lines of the listing or source; for a finding in an ELF file, the source line `.debug_line` gives, if any. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** For a finding in an ELF file: the source file of `line`. */
  sourceFile?: string;
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
    // The rules are ELFv2's (TOC save at 24(r1), local entries); ELFv1 code is not judged by them.
    for (const o of objects) if (o.abi === 'elfv1') io.stderr(`tocsin check: ${o.file}: ELFv1 (function descriptors in .opd, TOC saved at 40(r1)): the TOC rules are ELFv2's and are not applied to it\n`);
    const checked = await checkEachAlone(objects.filter((o) => o.abi !== 'elfv1'), target, io);
    const failed = loaded.failed || checked.failed;
    const findings = checked.findings;
    if (format === 'json') io.stdout(JSON.stringify(findings.map(toReport), null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(findings), null, 2) + '\n');
    else for (const f of findings.map(toReport)) io.stdout(`${textPlace(f)}: ${f.severity}: ${f.message} [${f.code}]\n`);
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

/** `FILE:LINE:COL` in a listing or source; `FILE:(SECTION+0xOFF) SYM+0xOFF` in an ELF file, as GNU ld names places. */
function textPlace(f: CheckReport): string {
  if (f.endLine !== undefined) return `${f.file}:${f.line}:${f.column}`;
  const where = `${f.file}:(${f.section}+${f.offset})${f.location ? ` ${f.location}` : ''}`;
  return f.sourceFile ? `${where} (${f.sourceFile}:${f.line}${f.column ? `:${f.column}` : ''})` : where;
}

export function toReport(d: CheckDiagnostic): CheckReport {
  const { start, end } = d.location.range;
  if (d.place?.binary) {
    const source = d.place.source;
    return {
      file: d.location.file,
      ...(source ? { sourceFile: source.file, line: source.line, ...(source.column ? { column: source.column } : {}) } : {}),
      severity: d.severity, code: d.code, message: d.message, ...placeFields(d.place),
    };
  }
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

/** An ELF place: the file, and the address as strings (SARIF's integers cannot hold a 64-bit one exactly). */
function sarifBinaryLocation(f: CheckDiagnostic) {
  const place = f.place!;
  const source = place.source;
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(source?.file ?? f.location.file) },
      ...(source ? { region: { startLine: source.line, ...(source.column ? { startColumn: source.column } : {}) } } : {}),
      address: { kind: 'instruction', name: `${place.section}+0x${place.offset!.toString(16)}`, fullyQualifiedName: addressText(place.address) },
    },
  };
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
        locations: [{ ...(f.place?.binary ? sarifBinaryLocation(f) : sarifLocation(f.location)), ...(f.place?.symbol ? { logicalLocations: [{ fullyQualifiedName: f.place.symbol, kind: 'function' }] } : {}) }],
        ...(f.place ? { properties: placeFields(f.place) } : {}),
        ...(f.related.length && !f.place?.binary ? { relatedLocations: f.related.map((r, id) => ({ id, ...sarifLocation(r.location), message: { text: r.message } })) } : {}),
      })),
    }],
  };
}
