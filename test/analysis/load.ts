// Listing text into objects and their call analysis, for the analysis tests.
import { analyzeCalls, type ObjectCalls } from '../../server/src/analysis/calls';
import { checkObjects, type CheckDiagnostic, type CheckOptions } from '../../server/src/analysis/tocRules';
import { loadListings } from '../../server/src/model/listing';
import type { ObjectFile } from '../../server/src/model/object';
import { SyntaxDocument } from '../../server/src/parse/document';
import type { ListingFile } from '../../server/src/parse/syntax';

export async function loadObjects(...files: [name: string, text: string][]): Promise<ObjectFile[]> {
  const inputs = [];
  for (const [file, text] of files) {
    const doc = await SyntaxDocument.parse('objdump', text);
    if (doc.errors.length) throw new Error(`${file}: syntax error at line ${doc.errors[0].range.start.line + 1}`);
    inputs.push({ syntax: doc.syntax as ListingFile, text, file });
    doc.dispose();
  }
  return loadListings(inputs);
}

export async function callsOf(name: string, text: string): Promise<ObjectCalls> {
  const [object] = await loadObjects([name, text]);
  return analyzeCalls(object);
}

export async function check(files: [string, string][], options: CheckOptions = {}): Promise<CheckDiagnostic[]> {
  return checkObjects(await loadObjects(...files), options);
}

/** `code@line` (1-based), the shape most assertions compare. */
export function summary(findings: CheckDiagnostic[]): string[] {
  return findings.map((f) => `${f.code}@${f.location.range.start.line + 1}`);
}

/** A listing from objdump-style rows: `[address, 'bytes', 'text']`, or a raw line. */
export function listing(header: string, rows: (string | [number | bigint, string, string])[]): string {
  const lines = ['', header, '', ''];
  for (const r of rows) {
    if (typeof r === 'string') lines.push(r);
    else lines.push(`${r[0].toString(16).padStart(4)}:\t${r[1]} \t${r[2]}`);
  }
  return lines.join('\n') + '\n';
}
