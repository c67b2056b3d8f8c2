// The mock backend as a real HTTP server (`npm run mock`): what only a socket can send.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startHttpMock } from '../src/server.js';

let base = '';
let close = () => {};

/** One raw HTTP exchange: status, headers and body text. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  send?: (req: ReturnType<typeof request>) => void,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (send) send(req);
    else req.end();
  });
}

describe('npm run mock (HTTP)', () => {
  before(async () => {
    const started = await startHttpMock({
      port: 0,
      seed: 'empty',
      corsOrigins: ['https://www.zorg.example'],
    });
    base = started.url;
    close = () => started.server.close();
  });
  after(() => close());

  it('answers TRACE with 405 and Allow, as a problem', async () => {
    const answer = await raw('TRACE', '/api/v1/session');
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.allow, 'GET');
    assert.equal(JSON.parse(answer.body).code, 'method_not_allowed');
    assert.equal(answer.headers['cache-control'], 'no-store');
  });

  it('stops reading a body past the limit and answers 413, before anything else', async () => {
    let written = 0;
    const answer = await raw(
      'POST',
      '/api/v1/auth/sign-in',
      { 'Content-Type': 'application/json', 'X-Portal-Request': '1' },
      (req) => {
        req.on('error', () => undefined);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (written < 100 * 1024 * 1024) {
            written += chunk.byteLength;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      },
    );
    assert.equal(answer.status, 413);
    assert.equal(JSON.parse(answer.body).code, 'payload_too_large');
    assert.ok(written < 100 * 1024 * 1024, `the server read on to ${written} bytes`);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const answer = await raw(
      'POST',
      '/api/v1/auth/sign-in',
      {
        'Content-Type': 'application/json',
        'Content-Length': String(70_000),
        'X-Portal-Request': '1',
      },
      (req) => req.end(),
    );
    assert.equal(answer.status, 413);
  });

  it('ignores a malformed cookie on the wire', async () => {
    const answer = await raw('GET', '/api/v1/session', { Cookie: '_ga=50%' });
    assert.equal(answer.status, 401);
  });

  it('answers a preflight of a named origin with credentials, and no other', async () => {
    const asked = {
      Origin: 'https://www.zorg.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, x-portal-request',
    };
    const ok = await raw('OPTIONS', '/api/v1/auth/sign-in', asked);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers['access-control-allow-origin'], 'https://www.zorg.example');
    assert.equal(ok.headers['access-control-allow-credentials'], 'true');
    assert.equal(ok.headers['access-control-allow-methods'], 'POST');
    assert.match(String(ok.headers['access-control-allow-headers']), /X-Portal-Request/);
    const other = await raw('OPTIONS', '/api/v1/auth/sign-in', {
      ...asked,
      Origin: 'https://evil.example',
    });
    assert.equal(other.status, 403);
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const call = await raw('GET', '/api/v1/session', { Origin: 'https://www.zorg.example' });
    assert.equal(call.status, 401);
    assert.equal(call.headers['access-control-allow-origin'], 'https://www.zorg.example');
    assert.match(String(call.headers['access-control-expose-headers']), /Retry-After/);
    const stranger = await raw('GET', '/api/v1/session', { Origin: 'https://evil.example' });
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
  });
});
