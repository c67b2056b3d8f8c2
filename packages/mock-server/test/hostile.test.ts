import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operations } from '../src/validation/operations.js';
import { validateResponse } from '../src/validation/validator.js';
import { payloads } from '../src/hostile/payloads.js';
import { FAULT_KINDS, type FaultKind } from '../src/faults.js';
import { call, setup, signIn } from './helpers.js';

/** Every GET of one client that needs no other path parameter, filled for Noah. */
const clientReads = operations.filter(
  (op) => op.method === 'GET' && /^\/clients\/\{clientId\}(\/[a-z-]+)*$/.test(op.path),
);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

test('the hostile seed answers every read with payloads, within the contract', async () => {
  const { backend, browser } = setup({ seed: 'hostile' });
  await signIn(backend, browser, 's.devries');
  const seen = new Set<string>();
  const reads = [{ op: operations.find((o) => o.operationId === 'getSession')!, path: '/session' }];
  for (const op of clientReads) reads.push({ op, path: op.path.replace('{clientId}', 'cl-noah') });
  let answered = 0;
  for (const { op, path } of reads) {
    const answer = await call(browser, 'GET', path);
    if (answer.status !== 200) continue;
    answered++;
    const type = answer.headers.get('content-type');
    assert.deepEqual(validateResponse(op, 200, type, answer.body), [], `${op.operationId}`);
    const texts = strings(answer.body);
    for (const p of payloads) if (texts.some((t) => t.includes(p.text))) seen.add(p.id);
  }
  assert.ok(answered >= 15, `only ${answered} reads answered 200`);
  const session = await call(browser, 'GET', '/session');
  assert.match(JSON.stringify(session.body.user.name), /__portalTrap|[\u202e\u200b]|.{500}/u);
  console.log(`hostile seed: ${seen.size} of ${payloads.length} payloads in ${answered} reads`);
  assert.ok(seen.size >= 100, `only ${seen.size} payloads reached an answer`);
});

test('the hostile seed still signs in and keeps ids, codes and versions as they are', async () => {
  const { backend, browser } = setup({ seed: 'hostile' });
  await signIn(backend, browser, 'e.jansen');
  const session = await call(browser, 'GET', '/session');
  assert.ok(session.body.clients.every((c: { id: string }) => /^[a-z]+-[a-z]+$/.test(c.id)));
});

const expected: Record<FaultKind, number> = {
  offline: 0,
  'server-error': 500,
  unavailable: 503,
  'rate-limited': 429,
  slow: 200,
  'session-ends': 401,
};

test('every fault kind answers as it says, and ends with setFault(undefined)', async () => {
  const { backend, browser } = setup();
  await signIn(backend, browser, 's.devries');
  for (const kind of FAULT_KINDS) {
    if (kind === 'session-ends') continue;
    backend.setFault({ kind, delayMs: kind === 'slow' ? 50 : 0 });
    const started = Date.now();
    const answer = await call(browser, 'GET', '/clients/cl-noah/sync-status').catch(() => ({
      status: 0,
      headers: new Headers(),
    }));
    assert.equal(answer.status, expected[kind], kind);
    if (kind === 'unavailable' || kind === 'rate-limited')
      assert.equal(answer.headers.get('retry-after'), '120', kind);
    if (kind === 'slow') assert.ok(Date.now() - started >= 45, 'slow waits');
  }
  backend.setFault({ kind: 'session-ends', delayMs: 10 });
  assert.equal((await call(browser, 'GET', '/clients/cl-noah/sync-status')).status, 401);
  backend.setFault(undefined);
  assert.equal((await call(browser, 'GET', '/session')).status, 401, 'the session stays gone');
});
