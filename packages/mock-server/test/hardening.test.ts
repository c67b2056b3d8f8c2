// What an outside review found at the edges of the API: cookies, methods, media types, caching
// headers and the reason a refusal gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API, call, setup, signIn } from './helpers.js';
import { DEMO_PASSWORD } from '../src/store/seed-people.js';
import { parseBody, readBody } from '../src/core/body.js';
import { operation } from '../src/validation/operations.js';

const signInBody = JSON.stringify({ username: 'e.jansen', password: DEMO_PASSWORD });

describe('the edges of the API', () => {
  it('ignores a cookie it cannot decode instead of failing (an analytics cookie of the site)', async () => {
    const { browser } = setup({ seed: 'empty' });
    const session = await call(browser, 'GET', '/session', undefined, { Cookie: '_ga=50%' });
    assert.equal(session.status, 401);
    const answer = await browser(`${API}/auth/sign-in`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Portal-Request': '1',
        Cookie: '_ga=50%; x=%E0%A4%A',
      },
      body: signInBody,
    });
    assert.equal(answer.status, 200);
  });

  it('answers a method the path does not have with 405, Allow and a problem', async () => {
    const { browser } = setup({ seed: 'empty' });
    const patch = await call(browser, 'PATCH', '/session', undefined, {});
    assert.equal(patch.status, 405);
    assert.equal(patch.headers.get('allow'), 'GET');
    assert.equal(patch.headers.get('content-type'), 'application/problem+json');
    assert.equal(patch.body.status, 405);
    const terms = await call(browser, 'DELETE', '/auth/terms');
    assert.equal(terms.headers.get('allow'), 'GET, POST');
    const unknown = await call(browser, 'GET', '/no-such-thing');
    assert.equal(unknown.status, 404);
  });

  it('accepts application/json (with a UTF-8 charset) and refuses any other media type with 415', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset="UTF-8"',
    ]) {
      const { browser } = setup({ seed: 'empty' });
      const answer = await call(browser, 'POST', '/auth/sign-in', undefined, {
        'Content-Type': type,
      });
      assert.equal(answer.status, 400, `${type}: no body yet`);
      const signed = await browser(`${API}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': type, 'X-Portal-Request': '1' },
        body: signInBody,
      });
      assert.equal(signed.status, 200, type);
    }
    for (const type of [
      'application/not-really-json',
      'text/plain',
      'application/json-patch+json',
      'application/json; charset=latin1',
      '',
    ]) {
      const { browser } = setup({ seed: 'empty' });
      const answer = await browser(`${API}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': type, 'X-Portal-Request': '1' },
        body: signInBody,
      });
      assert.equal(answer.status, 415, `'${type}'`);
      const problem = (await answer.json()) as { code: string };
      assert.equal(problem.code, 'unsupported_media_type');
    }
  });

  it('refuses a body where the operation takes none with 415', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 'e.jansen');
    const answer = await call(browser, 'POST', '/session/keep-alive', { any: 'thing' });
    assert.equal(answer.status, 415);
  });

  it('marks every answer not to be stored, and documents as attachments not to be sniffed', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    for (const answer of [
      await call(browser, 'GET', '/session'),
      await call(browser, 'POST', '/auth/sign-in', {
        username: 'e.jansen',
        password: DEMO_PASSWORD,
      }),
      await call(browser, 'PATCH', '/session'),
    ]) {
      assert.equal(answer.headers.get('cache-control'), 'no-store', String(answer.status));
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    }
    await signIn(backend, browser, 'm.devries');
    const pdf = await call(browser, 'GET', '/clients/cl-noah/reports/export');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('cache-control'), 'no-store');
    assert.equal(pdf.headers.get('x-content-type-options'), 'nosniff');
    assert.match(pdf.headers.get('content-disposition') ?? '', /^attachment; filename="/);
  });

  it('names the real reason of a cross-site refusal', async () => {
    const { browser } = setup({ seed: 'empty' });
    const crossSite = await call(
      browser,
      'POST',
      '/auth/sign-in',
      { username: 'e.jansen', password: 'x' },
      {
        'X-Portal-Request': '1',
        'Sec-Fetch-Site': 'cross-site',
      },
    );
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.body.code, 'csrf_check_failed');
    assert.match(crossSite.body.detail, /another site/);
    assert.doesNotMatch(crossSite.body.detail, /X-Portal-Request/);
    const noHeader = await call(
      browser,
      'POST',
      '/auth/sign-in',
      { username: 'e.jansen', password: 'x' },
      {
        'X-Portal-Request': '',
      },
    );
    assert.match(noHeader.body.detail, /X-Portal-Request: 1/);
  });
});

describe('request bodies of other declared media types (an upload)', () => {
  const upload = {
    ...operation('signIn'),
    bodyMediaTypes: ['image/jpeg', 'application/pdf'],
    maxBodyBytes: 1000,
  };
  const post = (type: string, bytes: Uint8Array<ArrayBuffer>) =>
    new Request(`${API}/upload`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: bytes,
    });

  it('passes the bytes through to the handler, within the operation’s own limit', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const parsed = parseBody(await readBody(post('image/jpeg', bytes), upload));
    assert.deepEqual(parsed, { hasBody: true, body: bytes });
    await assert.rejects(readBody(post('image/png', bytes), upload), { status: 415 });
    await assert.rejects(readBody(post('image/jpeg', new Uint8Array(1001)), upload), {
      status: 413,
    });
  });
});
