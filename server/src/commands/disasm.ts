// `tocsin disasm`: objdump-style text (or JSON) for raw ppc64 machine code.
import { readFileSync } from 'node:fs';
import { addressOption, CliError, parseArgs, optionValue, optionValues, type Command } from './args.js';
import { addressPrinter, addressText } from '../isa/address.js';
import { disassemble } from '../isa/disasm.js';

export const disasmCommand: Command = {
  name: 'disasm',
  usage: 'disasm [--address HEX] [--big-endian] [--format text|json] (--bin FILE | --hex WORD...)',
  summary: 'disassemble ppc64 machine code as GNU objdump prints it',
  async run(argv, io) {
    try {
      const args = parseArgs(argv, { address: { value: true }, 'big-endian': {}, format: { value: true, choices: ['text', 'json'] }, bin: { value: true }, hex: { value: true, repeat: true } });
      const bigEndian = args.flags.has('big-endian');
      const address = addressOption(args, 'address') ?? 0n;
      const file = optionValue(args, 'bin');
      const words = [...optionValues(args, 'hex'), ...args.positional];
      if (!file === !words.length) throw new CliError('give either --bin FILE or --hex WORD...');
      let bytes: Uint8Array;
      if (file) {
        try { bytes = readFileSync(file); } catch (e) { throw new CliError(`cannot read ${file}: ${(e as Error).message}`); }
      } else {
        bytes = new Uint8Array(words.length * 4);
        const view = new DataView(bytes.buffer);
        words.forEach((w, i) => {
          if (!/^(0x)?[0-9a-fA-F]{1,8}$/.test(w)) throw new CliError(`not a 32-bit hex word: '${w}'`);
          view.setUint32(i * 4, parseInt(w, 16), !bigEndian);
        });
      }
      const decoded = disassemble(bytes, address, { bigEndian });
      if (optionValue(args, 'format') === 'json') {
        io.stdout(JSON.stringify(decoded.map((d) => ({
          address: addressText(d.address), word: d.suffix === undefined ? d.word : [d.word, d.suffix], text: d.text, mnemonic: d.mnemonic,
          operands: d.operands, ...(d.target === undefined ? {} : { target: addressText(d.target) }),
        }))) + '\n');
      } else {
        const hex = addressPrinter(address);
        let offset = 0;
        io.stdout(decoded.map((d) => {
          const line = `${hex(offset)}:\t${d.text}\n`;
          offset += d.length;
          return line;
        }).join(''));
      }
      return 0;
    } catch (e) {
      if (e instanceof CliError) { io.stderr(`tocsin disasm: ${e.message}\n`); return 2; }
      throw e;
    }
  },
};
