import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBrowserLikeFetch, DEMO_PASSWORD } from '@clientportal/mock-server';
import { createPortalClient, unwrap } from '../src/index.js';
import { API, lastDigits, mockBackend } from './mock-helpers.js';

const sendPath = '/clients/{clientId}/conversations/{conversationId}/messages' as const;

test('a retried create stores one record: the mock replays the first answer', async () => {
  const backend = mockBackend('every-sign-in');
  const browser = createBrowserLikeFetch(backend.handlers);
  const sends: { key: string | null; replayed: string | null }[] = [];
  let lost = false;
  // The first send reaches the server, but its answer is lost on the way back.
  const flaky = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await browser(request);
    if (request.method === 'POST' && request.url.endsWith('/messages')) {
      const key = request.headers.get('Idempotency-Key');
      sends.push({ key, replayed: response.headers.get('Idempotent-Replayed') });
      if (!lost) {
        lost = true;
        throw new TypeError('Failed to fetch');
      }
    }
    return response;
  }) as typeof fetch;
  const client = createPortalClient({
    baseUrl: API,
    fetch: flaky,
    now: () => backend.clock.now(),
    retry: { baseDelayMs: 1 },
  });

  await client.signIn.start('e.jansen', DEMO_PASSWORD);
  await client.signIn.requestCode();
  await client.signIn.verifyCode(lastDigits(backend, 'e.jansen'));
  const conversation = backend.db.conversations.find(
    (c) => c.clientId === 'cl-els' && c.participantIds.includes('u-els'),
  );
  assert.ok(conversation, 'a seeded conversation of e.jansen');
  const before = backend.db.messages.length;

  const body = 'Kan de zorg morgen een uur later komen?';
  const message = unwrap(
    await client.api.POST(sendPath, {
      params: { path: { clientId: 'cl-els', conversationId: conversation.id } },
      body: { body },
    }),
  );

  assert.equal(message.body, body);
  assert.equal(sends.length, 2);
  assert.ok(sends[0]!.key);
  assert.equal(sends[1]!.key, sends[0]!.key);
  assert.equal(sends[1]!.replayed, 'true');
  const stored = backend.db.messages.filter((m) => m.body === body);
  assert.equal(stored.length, 1);
  assert.equal(backend.db.messages.length, before + 1);
});
