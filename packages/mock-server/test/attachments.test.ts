// Attachments (X9): checked by content, not by name; limits; served as downloads to those who may.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserLikeFetch } from '../src/testing.js';
import { API, call, newBrowser, setup, signIn } from './helpers.js';

const noah = '/clients/cl-noah';
/** A tiny JPEG as far as its first bytes go. */
export const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
/** A Windows program's first bytes ("MZ"). */
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);

async function upload(browser: BrowserLikeFetch, bytes: Uint8Array, type: string) {
  const response = await browser(`${API}${noah}/attachments`, {
    method: 'POST',
    headers: { 'Content-Type': type, 'X-Portal-Request': '1' },
    body: new Blob([bytes as BlobPart]),
  });
  return { status: response.status, body: await response.json() };
}

async function parents() {
  const { backend, browser: sanne } = setup();
  await signIn(backend, sanne, 's.devries');
  const mark = newBrowser(backend);
  await signIn(backend, mark, 'm.devries');
  return { backend, sanne, mark };
}

let keys = 0;
const key = () => ({ 'Idempotency-Key': `attachment-test-${++keys}` });

describe('attachments', () => {
  it('takes a JPEG and serves it back as a download that is not cached or sniffed', async () => {
    const { sanne } = await parents();
    const up = await upload(sanne, jpeg, 'image/jpeg');
    assert.equal(up.status, 201);
    assert.deepEqual(up.body, {
      id: up.body.id,
      name: 'foto-1.jpg',
      mediaType: 'image/jpeg',
      size: 10,
    });
    const down = await sanne(`${API}${noah}/attachments/${up.body.id}`);
    assert.equal(down.status, 200);
    assert.equal(down.headers.get('content-type'), 'image/jpeg');
    assert.equal(down.headers.get('content-disposition'), 'attachment; filename="foto-1.jpg"');
    assert.equal(down.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(down.headers.get('cache-control'), 'no-store');
    assert.deepEqual(new Uint8Array(await down.arrayBuffer()), jpeg);
  });

  it('refuses a program renamed to .jpg (415), and a PNG sent as JPEG', async () => {
    const { sanne } = await parents();
    const renamed = await upload(sanne, exe, 'image/jpeg');
    assert.equal(renamed.status, 415);
    assert.equal(renamed.body.code, 'unsupported_media_type');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    assert.equal((await upload(sanne, png, 'image/jpeg')).status, 415);
    assert.equal((await upload(sanne, png, 'image/png')).status, 201);
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    assert.equal((await upload(sanne, pdf, 'application/pdf')).body.name, 'document-2.pdf');
  });

  it('refuses a 30 MB photo with 413 and stores nothing', async () => {
    const { sanne } = await parents();
    const big = new Uint8Array(30 * 1024 * 1024);
    big.set(jpeg);
    const answer = await upload(sanne, big, 'image/jpeg');
    assert.equal(answer.status, 413);
    assert.equal(answer.body.code, 'payload_too_large');
    assert.equal((await upload(sanne, jpeg, 'image/jpeg')).body.name, 'foto-1.jpg');
  });

  it('is private to its uploader until a message uses it, then for those in the conversation', async () => {
    const { sanne, mark } = await parents();
    const up = await upload(sanne, jpeg, 'image/jpeg');
    const path = `${noah}/attachments/${up.body.id}`;
    assert.equal((await call(mark, 'GET', path)).status, 404);
    const refused = await call(
      mark,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['u-sanne'], body: 'Van mij?', attachmentIds: [up.body.id] },
      key(),
    );
    assert.equal(refused.status, 400, 'not his to use');
    const started = await call<{ lastMessage: { attachments: unknown[] } }>(
      sanne,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['u-mark'], body: 'Kijk eens', attachmentIds: [up.body.id] },
      key(),
    );
    assert.equal(started.status, 201);
    assert.deepEqual(started.body.lastMessage.attachments, [up.body]);
    assert.equal((await mark(`${API}${path}`)).status, 200);
    const again = await call(
      sanne,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['u-mark'], body: 'Nog eens', attachmentIds: [up.body.id] },
      key(),
    );
    assert.equal(again.status, 400, 'used once');
  });

  it('goes on the client’s own report', async () => {
    const { sanne } = await parents();
    const up = await upload(sanne, jpeg, 'image/jpeg');
    const report = await call<{ attachments: unknown[] }>(
      sanne,
      'POST',
      `${noah}/reports`,
      { title: 'Uitslag', body: 'Zie de foto.', attachmentIds: [up.body.id] },
      key(),
    );
    assert.equal(report.status, 201);
    assert.deepEqual(report.body.attachments, [up.body]);
  });
});
