// Every code sample of the seed documents parses without errors. The seeds are read
// where they are (../shared/seeds) and never copied into the repository.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SyntaxDocument } from '../server/src/parse/document';
import { extractSeedSamples, seedsAvailable, seedsDir } from './seeds/extract';

const available = seedsAvailable();

test('seed code samples parse without errors', { skip: available ? false : `seed documents not found at ${seedsDir}` }, async () => {
  const samples = extractSeedSamples();
  assert.ok(samples.filter((s) => s.grammar === 'ppc64asm').length >= 8, 'assembly samples found');
  assert.ok(samples.filter((s) => s.grammar === 'objdump').length >= 6, 'listing samples found');
  const failures: string[] = [];
  for (const s of samples) {
    const doc = await SyntaxDocument.parse(s.grammar, s.text);
    for (const e of doc.errors) failures.push(`${s.seed} ${s.name}: ${e.kind} at line ${e.range.start.line + 1}: ${JSON.stringify(s.text.split('\n')[e.range.start.line])}`);
    doc.dispose();
  }
  assert.deepEqual(failures, []);
});
