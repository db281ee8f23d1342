// Replays every input the fuzzers kept under test/fuzz/regressions/GRAMMAR/: each once
// crashed, hung (over 1 s) or leaked. Now each must parse under both runtimes within the
// second a hang is, agree between them where it has no syntax errors, survive an
// incremental edit, and get a report or one clear line from `tocsin parse`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { nativeRuntimeError, type GrammarName, type ParserRuntime } from '../server/src/parse/runtime';
import { checkCli, checkInProcess, regressionsDir } from './fuzz/js-fuzz';
import { scratchDir } from './helpers';

const runtimes: ParserRuntime[] = nativeRuntimeError() === undefined ? ['native', 'wasm'] : ['wasm'];
const scratch = scratchDir();

for (const grammar of ['ppc64asm', 'objdump'] as GrammarName[]) {
  const dir = join(regressionsDir, grammar);
  const inputs = existsSync(dir) ? readdirSync(dir).sort() : [];
  describe(`${grammar} fuzz regressions`, () => {
    for (const name of inputs) {
      test(name, async () => {
        const bytes = readFileSync(join(dir, name));
        // Edits at fixed places: the same replay every time.
        let n = 0;
        const pick = (bound: number) => (bound <= 0 ? 0 : (n++ * 7919) % bound);
        const inProcess = await checkInProcess(grammar, bytes.toString('utf8'), runtimes, pick);
        assert.equal(inProcess, undefined, inProcess && `${inProcess.kind}: ${inProcess.detail}`);
        const cli = checkCli(grammar, bytes, runtimes, scratch);
        assert.equal(cli, undefined, cli && `${cli.kind}: ${cli.detail}`);
      });
    }
  });
}
