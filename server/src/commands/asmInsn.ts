// `tocsin asm-insn`: encode one instruction as GNU as would, printing its word(s) and the
// relocations its symbols need.
import { addressOption, CliError, parseArgs, optionValue, type Command } from './args.js';
import { encodeInstruction } from '../isa/encode.js';

/** `0x10`, `-0x8`: an addend as objdump writes it, exact at any size. */
const signedHex = (v: bigint) => (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));

export const asmInsnCommand: Command = {
  name: 'asm-insn',
  usage: "asm-insn [--address HEX] [--big-endian] [--format text|json] 'MNEMONIC OPERANDS'",
  summary: 'encode one ppc64 instruction as GNU as does: its word(s) and relocations',
  async run(argv, io) {
    try {
      const args = parseArgs(argv, { address: { value: true }, 'big-endian': {}, format: { value: true, choices: ['text', 'json'] } });
      const address = addressOption(args, 'address') ?? 0n;
      const source = args.positional.join(' ').trim();
      if (!source) throw new CliError("give the instruction to encode, e.g. 'addis r2,r12,25'");
      const bigEndian = args.flags.has('big-endian');
      const encoded = encodeInstruction(source, { address, bigEndian });
      if ('error' in encoded) {
        io.stderr(`tocsin asm-insn: ${encoded.error}\n`);
        return 1;
      }
      const hex = (w: number) => '0x' + w.toString(16).padStart(8, '0');
      if (optionValue(args, 'format') === 'json') {
        const relocations = encoded.relocations.map((r) => ({ ...r, addend: signedHex(r.addend) }));
        io.stdout(JSON.stringify({ mnemonic: encoded.insn.mnemonic, words: encoded.words.map(hex), relocations }) + '\n');
      } else {
        const relocs = encoded.relocations.map((r) => `${r.offset}: ${r.type} ${r.symbol}${r.addend ? (r.addend > 0n ? '+' : '-') + signedHex(r.addend).replace('-', '') : ''}`);
        io.stdout([...encoded.words.map(hex), ...relocs].join('\n') + '\n');
      }
      return 0;
    } catch (e) {
      if (e instanceof CliError) { io.stderr(`tocsin asm-insn: ${e.message}\n`); return 2; }
      throw e;
    }
  },
};
