// Texts that deceive: one-line texts refuse control, bidi-control and invisible characters;
// multi-line texts allow line breaks and tabs; everything is stored as NFC.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, setup, signIn } from './helpers.js';

const people = '/clients/cl-noah/people';
const person = (name: string, n: number) => ({
  name,
  email: `persoon${n}@example.nl`,
  phone: '06 12 34 56 78',
  relation: 'Buurman',
});

describe('texts in requests', () => {
  it('refuses a name with bidi overrides, zero-width or control characters', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const bad = [
      'Kees\u202Eroob ed',
      'Ke\u200Bes',
      'Kees\u0000',
      'Kees\u0007',
      'Kees\nde Boer',
      'K\u2066ees',
    ];
    for (const [n, name] of bad.entries()) {
      const answer = await call(browser, 'POST', people, person(name, n), {
        'Idempotency-Key': `text-bad-${n}-key`,
      });
      assert.equal(answer.status, 400, JSON.stringify(name));
      assert.equal(answer.body.errors[0].field, 'body.name');
    }
  });

  it('stores names as NFC and keeps line breaks and tabs in multi-line texts', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const added = await call(browser, 'POST', people, person('Rene\u0301 Dubois', 9), {
      'Idempotency-Key': 'text-nfc-key',
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.name, 'Ren\u00e9 Dubois');
    const post = await call(
      browser,
      'POST',
      '/clients/cl-noah/bulletin',
      { text: 'Eerste regel\n\tTweede 👨‍👩‍👧' },
      {
        'Idempotency-Key': 'text-multi-key',
      },
    );
    assert.equal(post.status, 201, JSON.stringify(post.body));
    const hidden = await call(
      browser,
      'POST',
      '/clients/cl-noah/bulletin',
      { text: 'Hallo\u202E' },
      {
        'Idempotency-Key': 'text-multi-bad',
      },
    );
    assert.equal(hidden.status, 400);
  });
});
