// Stand-ins for C functions: each is two instructions, `sc` and `blr`, in a region of their own.
// The scenario's system-call hook runs the stand-in's behaviour when its `sc` executes, so its
// register and memory changes are part of that instruction's step: traced and undone on a step
// back like any other. Undefined symbols a stand-in names are defined by that region.
import { BLR } from '../../isa/words';
import type { ObjectFile, Section, SourceLocation } from '../../model/object';
import type { Cpu } from '../cpu';
import type { Machine } from '../machine';
import type { Program, ProgramFunction } from '../program';
import type { KernelOffsets } from '../kernelOffsets';
import { ScenarioError, type ScenarioStandIn } from './scenario';
import { evaluateValue } from './values';
import { halves } from '../u64';

const SC = 0x44000002;
/** Bytes per stand-in: `sc; blr`, padded so each starts on a 16-byte boundary. */
const SLOT = 16;

/** Where in the scenario file a stand-in is written, for traces and findings. */
export function standInSource(file: string, text: string, symbol: string): SourceLocation {
  const quoted = JSON.stringify(symbol).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`"symbol"\\s*:\\s*${quoted}`).exec(text);
  const before = text.slice(0, m?.index ?? 0).split('\n');
  const line = before.length - 1;
  const character = before[before.length - 1].length;
  const index = m?.index ?? 0;
  return { file, range: { start: { line, column: character }, end: { line, column: character }, startIndex: index, endIndex: index } };
}

/** An object defining the stand-ins whose symbols no input defines. */
export function standInObject(standIns: ScenarioStandIn[], sourceOf: (s: ScenarioStandIn) => SourceLocation, file: string, bigEndian: boolean): ObjectFile | undefined {
  if (standIns.length === 0) return undefined;
  const bytes = new Uint8Array(SLOT * standIns.length);
  const view = new DataView(bytes.buffer);
  const instructions: Section['instructions'] = [];
  standIns.forEach((s, i) => {
    view.setUint32(SLOT * i, SC, !bigEndian);
    view.setUint32(SLOT * i + 4, BLR, !bigEndian);
    const source = sourceOf(s);
    instructions.push({ offset: SLOT * i, length: 4, source }, { offset: SLOT * i + 4, length: 4, source });
  });
  const source = sourceOf(standIns[0]);
  const section: Section = {
    name: '.text', address: 0n, bytes, size: bytes.length, state: new Uint8Array(0), instructions, elided: [], source,
    align: 16, alloc: true, exec: true, write: false,
  };
  return {
    file, name: 'stand-ins', kind: 'relocatable', bigEndian, sections: [section], relocations: [], source,
    symbols: standIns.map((s, i) => ({
      name: s.symbol, value: BigInt(SLOT * i), size: 8n, type: 'func', binding: 'global', visibility: 'default',
      section: { kind: 'defined', index: 0 }, source: sourceOf(s),
    })),
  };
}

export interface ActiveStandIn {
  spec: ScenarioStandIn;
  address: bigint;
}

/** Runs the stand-in whose `sc` just executed (PC is already past it). */
export function runStandIn(cpu: Cpu, standIn: ActiveStandIn, program: Program, patches: { old: ProgramFunction; new: ProgramFunction }[], offsets: KernelOffsets): void {
  const m = cpu.machine;
  const where = `stand-in ${standIn.spec.symbol}`;
  if (standIn.spec.behaviour === 'livepatch-ftrace-handler') {
    // klp_ftrace_handler(ip, parent_ip, ops, fregs): the patched function's new entry into regs->nip.
    const ip = m.get('r3');
    const patch = patches.find((p) => ip >= p.old.address && ip < p.old.end);
    if (patch) store(m, m.get('r6') + BigInt(offsets._NIP - offsets.STACK_FRAME_OVERHEAD), patch.new.address, 8);
  }
  for (const st of standIn.spec.stores ?? []) {
    store(m, evaluateValue(st.address, program, m, where), evaluateValue(st.value, program, m, where), st.size ?? 8);
  }
  for (const [name, value] of Object.entries(standIn.spec.set ?? {})) m.set(name, BigInt(value));
}

function store(m: Machine, address: bigint, value: bigint, size: number): void {
  const [lo, hi] = halves(address);
  const [vlo, vhi] = halves(value);
  if (size === 1) m.mem.write8(hi, lo, vlo & 0xff);
  else if (size === 2) m.mem.write16(hi, lo, vlo & 0xffff);
  else if (size === 4) m.mem.write32(hi, lo, vlo);
  else m.mem.write64(hi, lo, vlo, vhi);
}

export function checkStandIns(standIns: ScenarioStandIn[], file: string): void {
  const seen = new Set<string>();
  for (const s of standIns) {
    if (seen.has(s.symbol)) throw new ScenarioError(`${file}: stand-in ${s.symbol} is given twice`);
    seen.add(s.symbol);
  }
}
