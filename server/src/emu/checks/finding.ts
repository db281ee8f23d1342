// What the runtime checks report and how findings point back at the source: every finding
// carries the pc where it was detected and, through the program, that instruction's file and
// line; messages name functions rather than bare addresses where the program knows them.

import type { Program, ProgramFunction } from '../program.js';

/** Part of the CLI's JSON contract: keep the spellings. */
export type FindingKind =
  | 'toc-not-restored' | 'stack-unbalanced' | 'stack-argument-misread'
  | 'livepatch-stack-overflow' | 'livepatch-stack-marker'
  | 'bug' | 'trap' | 'left-mapped-code' | 'fault' | 'illegal-instruction' | 'privileged'
  | 'unimplemented' | 'max-steps' | 'breakpoint' | 'system-call' | 'returned' | 'exited';

export interface Finding {
  kind: FindingKind;
  message: string;
  pc: bigint;
  file?: string;
  line?: number;
  /** fatal: the run stops here */
  fatal: boolean;
}

export interface CheckOptions {
  /** Live patches: calls to `old` may be diverted to `new` (klp_func old_func/new_func). */
  patches?: { old: ProgramFunction; new: ProgramFunction }[];
  /** The task's livepatch stack: TI_livepatch_sp lives at `spAddress`; the stack may use [base, limit). */
  livepatchStack?: { spAddress: bigint; base: bigint; limit: bigint };
  /** The address whose reaching ends the run as "returned" (the scenario's return sentinel). */
  returnAddress?: bigint;
}

export const hex = (v: bigint): string => '0x' + v.toString(16);

/** Names and source lines of addresses, and findings located at them. */
export class Where {
  constructor(readonly program: Program) {}

  /** The function holding an address, or the address itself. */
  fn(address: bigint): string {
    return this.program.functionAt(address)?.name ?? hex(address);
  }

  /** `name` or `name+0x10`, for addresses inside functions. */
  symbolic(address: bigint): string {
    const f = this.program.functionAt(address);
    if (!f) return hex(address);
    return address === f.address ? f.name : `${f.name}+0x${(address - f.address).toString(16)}`;
  }

  /** `file:line`, else the symbolic address. */
  line(address: bigint): string {
    const s = this.program.sourceOf(address);
    return s ? `${s.file}:${s.line}` : this.symbolic(address);
  }

  finding(kind: FindingKind, pc: bigint, message: string, fatal = false): Finding {
    const s = this.program.sourceOf(pc);
    return { kind, message, pc, ...(s ? { file: s.file, line: s.line } : {}), fatal };
  }
}
