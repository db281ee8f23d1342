// Reading sources: a file that changes size while it is read is refused, never half-parsed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { readSourceFile, SourceError } from '../server/src/parse/source';
import { scratchDir, writeScratch } from './helpers';

test('a file truncated while it is read gives one clear error', () => {
  const path = writeScratch(scratchDir(), 'shrinking.S', '\tnop\n'.repeat(600_000));
  const realRead = fs.readSync;
  let reads = 0;
  // Truncate the file between the first and the second chunk, as another process could.
  (fs as { readSync: typeof fs.readSync }).readSync = ((...args: Parameters<typeof fs.readSync>) => {
    const n = realRead(...args);
    if (++reads === 1) fs.truncateSync(path, 1000);
    return n;
  }) as typeof fs.readSync;
  try {
    assert.throws(() => readSourceFile(path), (err: unknown) =>
      err instanceof SourceError && /shrinking\.S: file changed while being read \(3000000 bytes when opened, 1000 after reading\)/.test(err.message));
  } finally {
    (fs as { readSync: typeof fs.readSync }).readSync = realRead;
  }
  assert.equal(readSourceFile(path).length, 1000, 'read again once it is stable');
});
