// Calls every operation of openapi.yaml against the mock backend, with every documented answer,
// and validates each response against the contract.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operations } from '../src/validation/operations.js';
import { unseen, violations } from './conformance-kit.js';
import { authCases } from './conformance-auth-cases.js';
import { clientCases } from './conformance-client-cases.js';
import { generatedCases } from './conformance-generated.js';

describe('the mock backend conforms to openapi.yaml', () => {
  describe('sign-in, account and session', authCases);
  describe('client-scoped operations', clientCases);
  describe('generated bad input on every operation', generatedCases);

  it('called every operation with every documented status', () => {
    assert.deepEqual(unseen(), [], 'documented answers never seen');
  });

  it('answered only as the contract documents (never a 500)', () => {
    assert.deepEqual(violations, []);
  });

  it('names a SPEC feature on every operation, and every feature but X1 and X6 is served', () => {
    const missing = operations.filter((op) => op.features.length === 0).map((op) => op.operationId);
    assert.deepEqual(missing, []);
    const served = new Set(operations.flatMap((op) => op.features));
    const spec = ['C', 'P', 'X'].flatMap((letter, i) =>
      Array.from({ length: [13, 10, 8][i]! }, (_, n) => `${letter}${n + 1}`),
    );
    assert.deepEqual(
      spec.filter((id) => !served.has(id) && id !== 'X1' && id !== 'X6'),
      [],
    );
    assert.equal(operations.length, 56);
  });
});
