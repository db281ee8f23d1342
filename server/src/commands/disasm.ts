// `tocsin disasm`: an ELF file as `objdump -d`/`-dr` prints it, or raw ppc64 machine code as
// objdump-style text (or JSON).
import { disassembly } from '../model/disassembly.js';
import { InputError, loadInputs } from '../model/inputs.js';
import { readSourceBytes } from '../parse/source.js';
import { addressOption, CliError, parseArgs, optionValue, optionValues, readRequired, type Command } from './args.js';
import { addressPrinter, addressText } from '../isa/address.js';
import { instructions } from '../isa/disasm.js';

/** Instructions formatted per write: a large file is printed as it is decoded, never held whole. */
const BATCH = 4096;

export const disasmCommand: Command = {
  name: 'disasm',
  usage: 'disasm [-r] [--section NAME]... [--start-address HEX] [--stop-address HEX] ELF-FILE... | disasm [--address HEX] [--big-endian] [--format text|json] (--bin FILE | --hex WORD...)',
  summary: 'disassemble ELF objects, modules and vmlinux as objdump -d/-dr prints them, or raw ppc64 machine code',
  async run(argv, io) {
    try {
      const args = parseArgs(argv, {
        address: { value: true }, 'big-endian': {}, format: { value: true, choices: ['text', 'json'] }, bin: { value: true }, hex: { value: true, repeat: true },
        reloc: { short: 'r' }, section: { value: true, repeat: true }, 'start-address': { value: true }, 'stop-address': { value: true },
      });
      const bigEndian = args.flags.has('big-endian');
      const address = addressOption(args, 'address') ?? 0n;
      const file = optionValue(args, 'bin');
      if (!file && optionValues(args, 'hex').length === 0 && args.positional.length > 0 && args.positional.every((p) => !/^(0x)?[0-9a-fA-F]{1,8}$/.test(p))) {
        return await disassembleFiles(args.positional, {
          relocations: args.flags.has('reloc'), sections: optionValues(args, 'section').length ? optionValues(args, 'section') : undefined,
          start: addressOption(args, 'start-address'), stop: addressOption(args, 'stop-address'),
        }, io);
      }
      const words = [...optionValues(args, 'hex'), ...args.positional];
      if (!file === !words.length) throw new CliError('give either --bin FILE or --hex WORD...');
      let bytes: Uint8Array;
      if (file) {
        bytes = readRequired(file, readSourceBytes);
      } else {
        bytes = new Uint8Array(words.length * 4);
        const view = new DataView(bytes.buffer);
        words.forEach((w, i) => {
          if (!/^(0x)?[0-9a-fA-F]{1,8}$/.test(w)) throw new CliError(`not a 32-bit hex word: '${w}'`);
          view.setUint32(i * 4, parseInt(w, 16), !bigEndian);
        });
      }
      const json = optionValue(args, 'format') === 'json';
      const hex = addressPrinter(address);
      let batch: string[] = [];
      let written = 0;
      let offset = 0;
      const flush = () => {
        io.stdout(json ? (written ? ',' : '[') + batch.join(',') : batch.join(''));
        written += batch.length;
        batch = [];
      };
      for (const d of instructions(bytes, address, { bigEndian })) {
        if (json) {
          batch.push(JSON.stringify({
            address: addressText(d.address), word: d.suffix === undefined ? d.word : [d.word, d.suffix], text: d.text, mnemonic: d.mnemonic,
            operands: d.operands, ...(d.target === undefined ? {} : { target: addressText(d.target) }),
          }));
        } else {
          batch.push(`${hex(offset)}:\t${d.text}\n`);
        }
        offset += d.length;
        if (batch.length === BATCH) flush();
      }
      if (batch.length) flush();
      if (json) io.stdout(written ? ']\n' : '[]\n');
      return 0;
    } catch (e) {
      if (e instanceof CliError) { io.stderr(`tocsin disasm: ${e.message}\n`); return 2; }
      throw e;
    }
  },
};

/** ELF files as objdump prints them; a file that is not one is an error on stderr (exit 2), the others go on. */
async function disassembleFiles(files: string[], options: Parameters<typeof disassembly>[2], io: Parameters<Command['run']>[1]): Promise<number> {
  let failed = false;
  for (const result of await loadInputs(files)) {
    if (result instanceof InputError) {
      io.stderr(`tocsin disasm: ${result.message}\n`);
      failed = true;
    } else if (!result.elf) {
      io.stderr(`tocsin disasm: ${result.path}: not an ELF file (disasm reads objects, modules and executables)\n`);
      failed = true;
    } else {
      for (const chunk of disassembly(result.elf, result.path, options)) io.stdout(chunk);
    }
  }
  return failed ? 2 : 0;
}
