// Checks on openapi.yaml itself: other tooling can read it, and every operation documents the
// shared answers any server may give.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { contract } from '../src/generated/contract.js';

const contractFile = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));

/** Whether python3 with PyYAML is on this machine (the message says why not). */
function pyYamlMissing(): string | false {
  const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  if (probe.error) return 'python3 is not installed';
  if (probe.status !== 0) return 'python3 has no yaml module (pip install pyyaml)';
  return false;
}

/** The shared answers every operation lists, by status; 413 and 415 only where a body can come. */
const shared: Record<string, string> = {
  '400': 'BadRequest',
  '405': 'MethodNotAllowed',
  '413': 'PayloadTooLarge',
  '415': 'UnsupportedMediaType',
  '429': 'TooManyRequests',
  '500': 'InternalError',
  '503': 'ServiceUnavailable',
};

describe('openapi.yaml', () => {
  it('lists the shared answers on every operation, by reference', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(contract.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
        const { operationId, responses } = op as {
          operationId: string;
          responses: Record<string, { $ref?: string }>;
        };
        for (const [status, name] of Object.entries(shared)) {
          if (method === 'get' && (status === '413' || status === '415')) continue;
          if (responses[status]?.$ref !== `#/components/responses/${name}`)
            missing.push(
              `${operationId} (${method.toUpperCase()} ${path}) ${status}: $ref ${name}`,
            );
        }
      }
    }
    assert.deepEqual(missing, [], 'add these lines to the operations responses');
  });

  it('says Cache-Control on every answer it describes', () => {
    const bare: string[] = [];
    for (const item of Object.values(contract.paths))
      for (const op of Object.values(item) as Array<{
        operationId?: string;
        responses?: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
      }>)
        for (const [status, r] of Object.entries(op.responses ?? {}))
          if (!r.$ref && !r.headers?.['Cache-Control']) bare.push(`${op.operationId} ${status}`);
    for (const [name, r] of Object.entries(contract.components.responses ?? {}))
      if (!(r as { headers?: Record<string, unknown> }).headers?.['Cache-Control']) bare.push(name);
    assert.deepEqual(bare, []);
  });

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
