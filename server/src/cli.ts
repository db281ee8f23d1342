// `tocsin` command line: wiring only. Each subcommand lives in commands/.
import { CliError, type Command, type CommandIo } from './commands/args';
import { asmCommand } from './commands/asm';
import { asmInsnCommand } from './commands/asmInsn';
import { checkCommand } from './commands/check';
import { dapCommand } from './commands/dap';
import { disasmCommand } from './commands/disasm';
import { functionsCommand } from './commands/functions';
import { parseCommand } from './commands/parse';
import { runCommand } from './commands/run';

const commands: Command[] = [parseCommand, checkCommand, functionsCommand, asmCommand, asmInsnCommand, disasmCommand, runCommand, dapCommand];

function usage(): string {
  const lines = ['usage: tocsin <command> [options]', '', 'commands:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`tocsin: unknown command '${name}' (try: tocsin --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest[0] === '-h') {
    io.stdout(`usage: tocsin ${command.usage}\n  ${command.summary}\nSee README.md for its options, output and exit codes.\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`tocsin ${name}: ${err.message}\n`);
      return 2;
    }
    // An unexpected failure still ends in one line and exit code 2, never a stack trace.
    io.stderr(`tocsin ${name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

/** Entry point of `bin/tocsin`. */
export function runFromProcess(): void {
  // A reader that stops early (`tocsin asm big.s | head`) ends the output, not with a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CommandIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
