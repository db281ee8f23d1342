// Replays every input kept under test/fuzz/regressions/layers/LAYER/ through its layer: each once
// crashed one of Tocsin's layers, took over 2 s or over 1 GiB (test/fuzz/layer-fuzz.ts). Now
// each must run through within those limits.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { layerRegressions, runInput } from './fuzz/layer-fuzz';
import { makeLayers } from './fuzz/layers';

for (const layer of makeLayers({}, false)) {
  const dir = join(layerRegressions, layer.name);
  const inputs = existsSync(dir) ? readdirSync(dir).sort() : [];
  if (inputs.length === 0) continue;
  describe(`${layer.name} fuzz regressions`, () => {
    for (const name of inputs) {
      // A regression that hangs again fails here rather than holding up the whole run.
      test(name, { timeout: 60_000 }, async () => {
        const finding = await runInput(layer, readFileSync(join(dir, name)));
        assert.equal(finding, undefined, finding && `${finding.kind}: ${finding.detail}`);
      });
    }
  });
}
