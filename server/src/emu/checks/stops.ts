// A stop of the CPU as a finding: traps with a `__bug_table` record become the kernel's own
// BUG or WARNING report at the record's line; an execute fault names the branch that left
// mapped code, as the target itself has no source line.

import type { Cpu, Stop } from '../cpu.js';
import { hex, type Finding, type Where } from './finding.js';
import { addAddress } from '../../isa/address.js';

/** `lastPc`: the last instruction that completed before the stop. */
export function stopFinding(stop: Stop, where: Where, cpu: Cpu, lastPc: bigint | undefined): Finding {
  const at = where.symbolic(stop.pc);
  switch (stop.kind) {
    case 'trap': {
      const bug = where.program.bugs.get(stop.pc);
      if (!bug) return where.finding('trap', stop.pc, `${at}: ${stop.message}`, true);
      const head = bug.warning ? `WARNING at ${bug.file}:${bug.line}` : `kernel BUG at ${bug.file}:${bug.line}!`;
      return { kind: 'bug', message: `${head} (${at}: ${stop.message})`, pc: stop.pc, file: bug.file, line: bug.line, fatal: true };
    }
    case 'fault':
      if (stop.access !== 'execute') return where.finding('fault', stop.pc, `${at}: ${stop.message}`, true);
      if (lastPc === undefined) return where.finding('left-mapped-code', stop.pc, `execution started outside mapped code: ${stop.message}`, true);
      if (stop.pc === addAddress(lastPc, 4)) {
        return where.finding('left-mapped-code', lastPc, `execution ran off the end of mapped code after ${where.symbolic(lastPc)} into ${hex(stop.pc)}: ${stop.message}`, true);
      }
      return where.finding('left-mapped-code', lastPc,
        `${cpu.decodedAt(lastPc)?.text.replace(/\s+/g, ' ') ?? 'the branch'} at ${where.symbolic(lastPc)} went to ${hex(stop.pc)}, outside mapped code: ${stop.message}`, true);
    case 'max-steps':
      return where.finding('max-steps', stop.pc, `no return after ${cpu.steps} instructions (stopped at ${at})`, true);
    case 'returned':
    case 'exited':
      // Normal ends, not problems: only for runners that pass every stop through.
      return where.finding(stop.kind, stop.pc, stop.message, false);
    case 'event':
      throw new Error('an event is not a stop of the run');
    default:
      return where.finding(stop.kind, stop.pc, `${at}: ${stop.message}`, true);
  }
}
