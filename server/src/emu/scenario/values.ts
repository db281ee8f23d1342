// Values in scenario files: hex numbers, symbol names and registers, added or subtracted
// ("P", "r1+0x60", "B+8"), evaluated against the linked program and the machine at the time.
import { JSON_REGISTERS, type Machine } from '../machine';
import type { Program } from '../program';
import { ScenarioError } from './scenario';

const TERM = /^\s*([+-]?)\s*([^+\-\s][^+-]*?)\s*(?=[+-]|$)/;

export function evaluateValue(text: string, program: Program, machine: Machine | undefined, where: string): bigint {
  let rest = text.trim();
  let total = 0n;
  let first = true;
  while (rest.length > 0) {
    const m = TERM.exec(rest);
    if (!m || (!first && m[1] === '')) throw new ScenarioError(`${where}: cannot read '${text}' (expected numbers, symbols and registers joined by + and -)`);
    total += m[1] === '-' ? -term(m[2], program, machine, where) : term(m[2], program, machine, where);
    rest = rest.slice(m[0].length);
    first = false;
  }
  if (first) throw new ScenarioError(`${where}: empty value`);
  return BigInt.asUintN(64, total);
}

function term(t: string, program: Program, machine: Machine | undefined, where: string): bigint {
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return BigInt(t);
  if (machine && JSON_REGISTERS.includes(t)) return machine.get(t);
  const address = program.symbol(t);
  if (address === undefined) throw new ScenarioError(`${where}: unknown symbol '${t}'`);
  return address;
}
