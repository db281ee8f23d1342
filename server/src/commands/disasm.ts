// `tocsin disasm`: objdump-style text (or JSON) for raw ppc64 machine code.
import { addressOption, CliError, parseArgs, optionValue, optionValues, readRequired, type Command } from './args.js';
import { readSourceBytes } from '../parse/source.js';
import { addressPrinter, addressText } from '../isa/address.js';
import { instructions } from '../isa/disasm.js';

/** Instructions formatted per write: a large file is printed as it is decoded, never held whole. */
const BATCH = 4096;

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
