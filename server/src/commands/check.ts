// `tocsin check`: the TOC and live-patch rules over objdump listings and assembly sources
// (assembled first, as GNU as would), as text, JSON or SARIF.
import { checkObjects, CHECK_TARGETS, RULES, type CheckDiagnostic, type CheckTarget, type ObjectPlace, type RuleCode } from '../analysis/tocRules';
import { addressText } from '../isa/address';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { commandBesideObject } from '../model/kbuild';
import { inferTarget } from '../analysis/linkTarget';
import type { AssemblyDiagnostic } from '../model/assembler/index';
import type { LoadedInput } from '../model/inputs';
import type { ObjectFile } from '../model/object';
import { CliError, optionValue, parseArgs, perFile, type Command, type CommandIo } from './args';
import { ASSEMBLY_OPTIONS, ASSEMBLY_USAGE, assemblySetup, formatDiagnostic, type AssemblySetup } from './asm';
import { loadObjects } from './objects';

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
  /** A rule's code, or the assembler's (`instruction`, `expression`, `syntax`...). */
  code: RuleCode | string;
  /** `rule`: a TOC or live-patch rule; `assembler`: the assembler or preprocessor; `syntax`: a listing line that does not parse. */
  kind: 'rule' | 'assembler' | 'syntax';
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
  usage: `check [--format text|json|sarif] [--target ${CHECK_TARGETS.join('|')}] ${ASSEMBLY_USAGE} FILE...`,
  summary: 'check assembly and objdump listings for calls that lose the TOC (r2), live-patch and ftrace hazards',
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { value: true, choices: ['text', 'json', 'sarif'] },
      target: { value: true, choices: CHECK_TARGETS },
      ...ASSEMBLY_OPTIONS,
    });
    if (args.positional.length === 0) throw new CliError('no input files');
    const format = optionValue(args, 'format') ?? 'text';
    const given = optionValue(args, 'target') as CheckTarget | undefined;
    const setup = assemblySetup(args, 'check', io);
    const unsupported = args.positional.filter((file) => {
      const why = /\.(S|s|sx|asm)$/.test(file) ? setup.setupOf(file).unsupported : undefined;
      if (why) io.stderr(`tocsin check: ${file}: ${why}\n`);
      return why !== undefined;
    });
    const files = args.positional.filter((f) => !unsupported.includes(f));
    const loaded = await loadObjects('check', files, (path) => setup.setupOf(path).options, io, false);
    const diagnostics = loaded.inputs.flatMap((i) => i.diagnostics.filter((d) => d.severity !== 'info'));
    // The rules are ELFv2's (TOC save at 24(r1), local entries); ELFv1 code is not judged by them.
    for (const o of loaded.objects) if (o.abi === 'elfv1') io.stderr(`tocsin check: ${o.file}: ELFv1 (function descriptors in .opd, TOC saved at 40(r1)): the TOC rules are ELFv2's and are not applied to it\n`);
    const findings: CheckDiagnostic[] = [];
    let failed = loaded.failed || unsupported.length > 0;
    for (const group of linkGroups(loaded.inputs, given, setup)) {
      const checked = await checkEachAlone(group.objects.filter((o) => o.abi !== 'elfv1'), group.target, io);
      findings.push(...checked.findings);
      failed ||= checked.failed;
    }
    const reports = [...diagnostics.map(assemblyReport), ...findings.map(toReport)];
    if (format === 'json') io.stdout(JSON.stringify(reports, null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(diagnostics, findings), null, 2) + '\n');
    else {
      for (const d of diagnostics) io.stdout(formatDiagnostic(d));
      for (const f of findings.map(toReport)) io.stdout(`${textPlace(f)}: ${f.severity}: ${f.message} [${f.code}]\n`);
    }
    if (failed) return 2;
    return loaded.assemblyErrors || reports.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/**
 * The objects by the link they go into: the target given, else each file's from the build
 * (its `.cmd` file: `-DMODULE` is a module, one link per module), else what the object shows.
 * Without a target a file stands alone.
 */
function linkGroups(inputs: LoadedInput[], given: CheckTarget | undefined, setup: AssemblySetup): { target?: CheckTarget; objects: ObjectFile[] }[] {
  if (given) return [{ target: given, objects: inputs.flatMap((i) => i.objects) }];
  const groups = new Map<string, { target?: CheckTarget; objects: ObjectFile[] }>();
  for (const input of inputs) {
    for (const object of input.objects) {
      const { target, link, status } = objectTarget(input, object, setup);
      if (input.form !== 'assembly') setup.tell(input.path, status);
      const key = `${target}:${link}`;
      const group = groups.get(key) ?? { target, objects: [] };
      group.objects.push(object);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

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

/** One object's target and link (a module's name), and where they came from in words. */
function objectTarget(input: LoadedInput, object: ObjectFile, setup: AssemblySetup): { target?: CheckTarget; link: string; status: string } {
  if (input.form === 'assembly') {
    const s = setup.setupOf(input.path);
    if (s.target) return { target: s.target, link: s.module ?? '', status: s.status };
  } else {
    // An ELF object by its path; a listing by the object objdump names in its header, from the
    // current folder or the listing's: a kbuild object has its `.cmd` file beside it.
    const named = input.form === 'elf' ? input.path : object.name;
    const candidates = isAbsolute(named) ? [named] : [resolve(named), resolve(dirname(input.path), named)];
    const command = candidates.map((c) => setup.tree?.commandForObject(c) ?? commandBesideObject(c)).find((c) => c)
      ?? (isAbsolute(named) ? undefined : setup.tree?.commandForObject(named));
    if (command) {
      const module = command.flags.target === 'module' ? command.flags.defines.KBUILD_MODNAME ?? command.object ?? '' : '';
      return { target: command.flags.target, link: module, status: `target ${command.flags.target} from ${command.from}` };
    }
  }
  const inferred = inferTarget(object);
  if (inferred) return { target: inferred, link: inferred === 'module' ? object.name : '', status: `target ${inferred} (from the object itself)` };
  return { link: object.name, status: 'no target: it stands alone (give --target, or -p BUILD_DIR)' };
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
      severity: d.severity, code: d.code, kind: 'rule', message: d.message, ...placeFields(d.place),
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
    kind: 'rule',
    message: d.message,
    ...placeFields(d.place),
  };
}

/** An assembler, preprocessor or listing-syntax diagnostic, where the user wrote it (1-based). */
function assemblyReport(d: AssemblyDiagnostic): CheckReport {
  return {
    file: d.path, line: d.line + 1, column: d.column + 1, endLine: d.line + 1, endColumn: d.column + 1,
    severity: d.severity === 'warning' ? 'warning' : 'error', code: d.code, kind: d.code === 'syntax' && d.expansions.length === 0 && d.macros.length === 0 && !/\.(S|s|sx|asm)$/.test(d.path) ? 'syntax' : 'assembler', message: d.message,
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

export function toSarif(diagnostics: AssemblyDiagnostic[], findings: CheckDiagnostic[]): object {
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
      results: [...diagnostics.map((d) => {
        const r = assemblyReport(d);
        return {
          ruleId: r.code,
          level: r.severity,
          message: { text: r.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.file) }, region: { startLine: r.line, startColumn: r.column } } }],
          properties: { kind: r.kind },
        };
      }), ...findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: codes.indexOf(f.code),
        level: f.severity,
        message: { text: f.message },
        locations: [{ ...(f.place?.binary ? sarifBinaryLocation(f) : sarifLocation(f.location)), ...(f.place?.symbol ? { logicalLocations: [{ fullyQualifiedName: f.place.symbol, kind: 'function' }] } : {}) }],
        ...(f.place ? { properties: placeFields(f.place) } : {}),
        ...(f.related.length && !f.place?.binary ? { relatedLocations: f.related.map((r, id) => ({ id, ...sarifLocation(r.location), message: { text: r.message } })) } : {}),
      }))],
    }],
  };
}
