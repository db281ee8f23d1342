// What a reader wants to know of each function at a glance: where its entries are, which TOC it
// sets up and how, and how it calls and is called. `tocsin functions` prints it; editors show it.
import type { ObjectFile } from '../model/object';
import { addAddress, addressColumn } from '../isa/address';
import { analyzeCalls, type CallKind, type CallSite } from './calls';
import type { FunctionEntry } from './entryPoints';

export type CallCounts = Partial<Record<CallKind, number>>;

export interface FunctionSummary {
  object: ObjectFile;
  entry: FunctionEntry;
  /** The local entry's address, for functions with two entries. */
  localEntry?: bigint;
  /** How r2 is computed at the global entry, as arithmetic on the words: `c000000000d1467c + 25<<16 + 17796 = c000000000ea8c00`. */
  tocArithmetic?: string;
  /** Calls this function makes, by kind. */
  calls: CallCounts;
  /** Calls that reach it from the same files, by kind. */
  callers: CallCounts;
}

function count(counts: CallCounts, kind: CallKind): void {
  counts[kind] = (counts[kind] ?? 0) + 1;
}

/** The function a call reaches by name: a direct call, or the callee behind a linker stub. */
function calleeName(call: CallSite): string | undefined {
  const t = call.target;
  if (!t) return undefined;
  return t.callee?.symbol.name ?? t.stub?.callee ?? (t.offset === 0n ? t.name : undefined);
}

export function tocArithmetic(entry: FunctionEntry): string | undefined {
  const setup = entry.tocSetup;
  if (!setup || entry.tocBase?.kind !== 'value' || setup.ha === undefined || setup.lo === undefined) return undefined;
  const lo = setup.lo < 0 ? ` - ${-setup.lo}` : ` + ${setup.lo}`;
  const ha = `${setup.ha}<<16`;
  const base = setup.form === 'addis' ? `${addressColumn(entry.globalEntry)} + ${ha}` : ha;
  return `${base}${lo} = ${addressColumn(entry.tocBase.value)}`;
}

/** Every function of the objects, with the calls among them counted. */
export function summarizeFunctions(objects: ObjectFile[]): FunctionSummary[] {
  const out: FunctionSummary[] = [];
  for (const object of objects) {
    const analysis = analyzeCalls(object);
    const byName = new Map<string, FunctionSummary>();
    for (const entry of analysis.functions) {
      const summary: FunctionSummary = {
        object, entry, calls: {}, callers: {},
        localEntry: entry.localEntryOffset === undefined ? undefined : addAddress(entry.globalEntry, entry.localEntryOffset),
        tocArithmetic: tocArithmetic(entry),
      };
      out.push(summary);
      if (!byName.has(entry.symbol.name)) byName.set(entry.symbol.name, summary);
    }
    const summaryOf = new Map(out.filter((s) => s.object === object).map((s) => [s.entry, s]));
    for (const call of analysis.calls) {
      if (call.caller) count(summaryOf.get(call.caller)!.calls, call.kind);
      const callee = call.target?.callee ? summaryOf.get(call.target.callee) : undefined;
      const name = calleeName(call);
      const reached = callee ?? (name === undefined ? undefined : byName.get(name));
      if (reached) count(reached.callers, call.kind);
    }
  }
  return out;
}
