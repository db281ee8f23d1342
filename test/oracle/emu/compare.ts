// Runs an ELF in the emulator in lockstep with a qemu log of the same program and reports
// every instruction after which GPRs, CR, LR, CTR, XER or the next PC differ. After a
// divergence the emulator takes qemu's registers and goes on, so one bug does not hide the next.

import { Cpu } from '../../../server/src/emu/cpu.js';
import { loadElf } from '../../../server/src/emu/elf.js';
import { CR, CTR, GPR, LR, PC, readXer, writeXer } from '../../../server/src/emu/machine.js';
import { hex64 } from '../../../server/src/emu/u64.js';
import { AT_CR, AT_CTR, AT_GPR, AT_LR, AT_PC, AT_XER, STATE_INTS, type QemuLog } from './qemu-log.js';

export interface Divergence {
  /** Index of the instruction in the run (0 is the entry point). */
  step: number;
  pc: bigint;
  text: string;
  /** Symbol of the instruction (its program, e.g. prog_12 or prog_12_L3+0x8). */
  where: string;
  problem: string;
  differing: { name: string; qemu: string; tocsin: string }[];
  before: Record<string, string>;
  qemu: Record<string, string>;
  tocsin: Record<string, string>;
}

export interface Comparison {
  instructions: number;
  divergences: Divergence[];
  /** Mnemonics executed, for coverage. */
  mnemonics: Map<string, number>;
}

const NAMES = [...Array.from({ length: 32 }, (_, i) => `r${i}`), 'cr', 'lr', 'ctr', 'xer'];

/** The compared registers of the emulator, as (low, high) pairs in NAMES order, then the PC. */
function emulatorPairs(s: Int32Array): Int32Array {
  const out = new Int32Array(2 * NAMES.length + 2);
  for (let i = 0; i < 64; i++) out[i] = s[GPR + i];
  out[64] = s[CR];
  out[66] = s[LR]; out[67] = s[LR + 1];
  out[68] = s[CTR]; out[69] = s[CTR + 1];
  out[70] = readXer(s); out[71] = 0;
  out[72] = s[PC]; out[73] = s[PC + 1];
  return out;
}

function qemuPairs(log: QemuLog, n: number): Int32Array {
  const b = n * STATE_INTS;
  const st = log.states;
  const out = new Int32Array(2 * NAMES.length + 2);
  for (let i = 0; i < 64; i++) out[i] = st[b + AT_GPR + i];
  out[64] = st[b + AT_CR];
  out[66] = st[b + AT_LR]; out[67] = st[b + AT_LR + 1];
  out[68] = st[b + AT_CTR]; out[69] = st[b + AT_CTR + 1];
  out[70] = st[b + AT_XER]; out[71] = st[b + AT_XER + 1];
  out[72] = st[b + AT_PC]; out[73] = st[b + AT_PC + 1];
  return out;
}

const pairHex = (p: Int32Array, i: number) => hex64(p[2 * i], p[2 * i + 1]);

function named(p: Int32Array): Record<string, string> {
  const out: Record<string, string> = {};
  NAMES.forEach((n, i) => (out[n] = pairHex(p, i)));
  out.pc = pairHex(p, NAMES.length);
  return out;
}

/** Names (and pc) whose values differ between two pair sets; r1 optionally left out. */
function differences(a: Int32Array, b: Int32Array, skip: Set<string> = new Set()) {
  const out: { name: string; qemu: string; tocsin: string }[] = [];
  for (let i = 0; i <= NAMES.length; i++) {
    const name = i === NAMES.length ? 'pc' : NAMES[i];
    if (skip.has(name)) continue;
    if (a[2 * i] !== b[2 * i] || a[2 * i + 1] !== b[2 * i + 1]) out.push({ name, qemu: pairHex(a, i), tocsin: pairHex(b, i) });
  }
  return out;
}

/** Takes qemu's registers (after a divergence). */
function adopt(s: Int32Array, q: Int32Array): void {
  for (let i = 0; i < 64; i++) s[GPR + i] = q[i];
  s[CR] = q[64];
  s[LR] = q[66]; s[LR + 1] = q[67];
  s[CTR] = q[68]; s[CTR + 1] = q[69];
  writeXer(s, q[70]);
  s[PC] = q[72]; s[PC + 1] = q[73];
}

export interface QemuEnd {
  /** qemu's exit code, or null when a signal ended it. */
  code: number | null;
  signal: string | null;
}

/** Emulator stop kinds that match the signal qemu's guest died of. */
const SIGNAL_STOPS: Record<string, string[]> = {
  SIGILL: ['illegal-instruction', 'unimplemented', 'privileged'],
  SIGSEGV: ['fault'],
  SIGBUS: ['fault'],
  SIGTRAP: ['trap'],
};

export function compareWithQemu(elf: Uint8Array, log: QemuLog, end: QemuEnd): Comparison {
  const loaded = loadElf(elf);
  const m = loaded.machine;
  const s = m.s;
  const divergences: Divergence[] = [];
  const mnemonics = new Map<string, number>();
  const cpu = new Cpu(m, {
    symbols: loaded.symbols,
    onSystemCall: (c) => {
      const nr = c.machine.get('r0');
      if (nr === 1n || nr === 234n) c.finish('exited', 'exit', Number(c.machine.get('r3') & 0xffn));
      else c.halt('system-call', `system call ${nr}`);
    },
  });
  const where = (pc: bigint) => loaded.symbols(pc) ?? '?';
  const report = (step: number, problem: string, before: Int32Array, q: Int32Array | null, t: Int32Array, diff: Divergence['differing']) => {
    const pc = BigInt.asUintN(64, (BigInt(before[73]) << 32n) | BigInt(before[72] >>> 0));
    divergences.push({
      step, pc, text: cpu.decodedAt(pc)?.text.replace(/\s+/g, ' ') ?? '?', where: where(pc), problem, differing: diff,
      before: named(before), qemu: q ? named(q) : {}, tocsin: named(t),
    });
  };

  // The loader must start the program as qemu does; r1 depends on qemu's stack contents.
  const first = qemuPairs(log, 0);
  const initial = differences(first, emulatorPairs(s), new Set(['r1']));
  if (initial.length) report(0, 'initial state', first, first, emulatorPairs(s), initial);
  adopt(s, first);

  let instructions = 0;
  for (let i = 0; i < log.count; i++) {
    const before = emulatorPairs(s);
    const mnemonic = cpu.decodedAt(m.pc)?.mnemonic ?? '.long';
    mnemonics.set(mnemonic, (mnemonics.get(mnemonic) ?? 0) + 1);
    const stop = cpu.run(1);
    instructions++;
    const last = i === log.count - 1;
    if (last && end.signal) {
      if (!(SIGNAL_STOPS[end.signal] ?? []).includes(stop.kind)) {
        report(i, `qemu's guest died of ${end.signal} here; the emulator ${stop.kind === 'max-steps' ? 'went on' : `stopped: ${stop.kind}: ${stop.message}`}`, before, null, emulatorPairs(s), []);
      }
      break;
    }
    if (stop.kind !== 'max-steps') {
      const expected = last && stop.kind === 'exited' && stop.exitCode === end.code;
      if (!expected) report(i, `the emulator stopped: ${stop.kind}: ${stop.message}${last ? `; qemu exited with ${end.code}` : '; qemu went on'}`, before, last ? null : qemuPairs(log, i + 1), emulatorPairs(s), []);
      break;
    }
    if (last) {
      report(i, `qemu ended here (exit ${end.code}) but the emulator went on`, before, null, emulatorPairs(s), []);
      break;
    }
    const q = qemuPairs(log, i + 1);
    const t = emulatorPairs(s);
    const diff = differences(q, t);
    if (diff.length) {
      report(i, 'registers differ after the instruction', before, q, t, diff);
      adopt(s, q);
    }
  }
  return { instructions, divergences, mnemonics };
}

export function formatDivergence(d: Divergence): string {
  const regs = (r: Record<string, string>) => Object.entries(r).map(([k, v]) => `${k}=${v}`).join(' ');
  const lines = [
    `  at instruction ${d.step}, pc 0x${d.pc.toString(16)} <${d.where}>: ${d.text}`,
    `  ${d.problem}`,
    ...d.differing.map((x) => `    ${x.name.padEnd(4)} qemu ${x.qemu}  tocsin ${x.tocsin}`),
    `  before: ${regs(d.before)}`,
  ];
  if (Object.keys(d.qemu).length) lines.push(`  qemu:   ${regs(d.qemu)}`);
  lines.push(`  tocsin: ${regs(d.tocsin)}`);
  return lines.join('\n');
}
