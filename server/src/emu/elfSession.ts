// A static ppc64 ELF program made ready for the session engine: loaded as qemu's linux-user
// starts a process, LR at the return sentinel, exit and exit_group ending the run.
import { Cpu } from './cpu.js';
import { loadElf } from './elf.js';
import { Engine, type HistoryLimits } from './engine.js';
import { RETURN_SENTINEL } from './machine.js';

const SYS_EXIT = 1n;
const SYS_EXIT_GROUP = 234n;

function exitOnSyscall(cpu: Cpu): void {
  const m = cpu.machine;
  const nr = m.get('r0');
  if (nr === SYS_EXIT || nr === SYS_EXIT_GROUP) {
    const code = Number(m.get('r3') & 0xffn);
    cpu.finish('exited', `exit(${code})`, code);
  } else {
    cpu.halt('system-call', `system call ${nr} is not emulated`);
  }
}

/** ElfError for a file that is not a loadable static ppc64 executable. */
export function prepareElf(bytes: Uint8Array, options: { registers?: Record<string, bigint>; maxSteps: number; history?: HistoryLimits }): Engine {
  const loaded = loadElf(bytes);
  const machine = loaded.machine;
  machine.set('lr', RETURN_SENTINEL);
  for (const [name, value] of Object.entries(options.registers ?? {})) machine.set(name, value);
  const cpu = new Cpu(machine, { returnAddress: RETURN_SENTINEL, onSystemCall: exitOnSyscall, symbols: loaded.symbols });
  return new Engine(machine, cpu, { maxSteps: options.maxSteps, history: options.history });
}
