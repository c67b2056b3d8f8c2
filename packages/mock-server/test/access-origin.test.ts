// The access log says from where the record was read or changed (NEN 7513).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deviceOf, maskAddress } from '../src/core/origin.js';
import { call, setup, signIn } from './helpers.js';

const log = '/clients/cl-noah/access-log';
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148';

describe('access log origin', () => {
  it('logs the channel, the masked address and the device of every portal read', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const headers = { 'User-Agent': phone, 'X-Forwarded-For': '203.0.113.57, 10.0.0.1' };
    assert.equal(
      (await call(browser, 'GET', '/clients/cl-noah/profile', undefined, headers)).status,
      200,
    );
    const entries = (await call(browser, 'GET', `${log}?limit=5`)).body.items;
    const read = entries.find((e: { resource: string }) => e.resource === 'profile');
    assert.deepEqual(read.origin, { channel: 'portal', address: '203.0.113.x', device: 'phone' });
    // Reading the log is logged after the answer: the next read shows it.
    const again = (await call(browser, 'GET', `${log}?limit=1`)).body.items;
    const own = again.find((e: { resource: string }) => e.resource === 'access-log');
    assert.equal(own.origin.channel, 'portal');
    assert.equal(own.origin.address, '127.0.0.x');
  });

  it('shows care staff reading in the care record', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const entries = (await call(browser, 'GET', `${log}?limit=100`)).body.items;
    const staff = entries.filter((e: { actor: { kind: string } }) => e.actor.kind === 'care-staff');
    assert.ok(staff.length > 0);
    for (const e of staff) assert.equal(e.origin.channel, 'care-record');
    for (const e of entries)
      assert.ok(['computer', 'phone', 'tablet', 'unknown'].includes(e.origin.device));
  });

  it('hides the last part of an address and classes devices', () => {
    assert.equal(maskAddress('192.0.2.77'), '192.0.2.x');
    assert.equal(maskAddress('2001:db8:85a3::8a2e:370:7334'), '2001:db8:85a3:x');
    assert.equal(maskAddress('<script>'), 'x');
    assert.equal(deviceOf(null), 'unknown');
    assert.equal(deviceOf('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)'), 'tablet');
    assert.equal(deviceOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/140'), 'computer');
  });
});
