// What the sender sees after "Stuur" (C8, X2): whether the care team read the message, and the
// organisation's usual answer time on care-team recipients.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, newBrowser, setup, signIn } from './helpers.js';

const noah = '/clients/cl-noah';
let keys = 0;
const key = () => ({ 'Idempotency-Key': `care-team-test-${++keys}` });

interface Recipient {
  id: string;
  kind: string;
  usualAnswerHours?: number;
}
interface Message {
  id: string;
  seq?: number;
  sender: { id: string };
  readByCareTeam?: boolean;
}

async function sanne() {
  const { backend, browser } = setup();
  await signIn(backend, browser, 's.devries');
  return { backend, browser };
}

describe('care team reading', () => {
  it('gives the usual answer time on the care team and staff, not on relatives', async () => {
    const { browser } = await sanne();
    const recipients = (await call<Recipient[]>(browser, 'GET', `${noah}/recipients`)).body;
    for (const r of recipients) {
      const staff = r.kind === 'care-team' || r.kind === 'care-staff';
      assert.equal(r.usualAnswerHours, staff ? 24 : undefined, r.id);
    }
  });

  it('states no answer time when the organisation gives none', async () => {
    const { backend, browser } = await sanne();
    delete backend.db.settings.usualAnswerHours;
    const recipients = (await call<Recipient[]>(browser, 'GET', `${noah}/recipients`)).body;
    assert.ok(recipients.every((r) => r.usualAnswerHours === undefined));
  });

  it('says a sent message is unread by the team until the team reads or answers it', async () => {
    const { backend, browser } = await sanne();
    const started = await call<{ id: string }>(
      browser,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['care-team'], body: 'Kan de zorg morgen later komen?' },
      key(),
    );
    assert.equal(started.status, 201);
    const path = `${noah}/conversations/${started.body.id}/messages`;
    const list = async () => (await call<{ items: Message[] }>(browser, 'GET', path)).body.items;
    assert.equal((await list())[0]!.readByCareTeam, false);
    const seq = backend.db.messages.at(-1)!.seq;
    backend.db.reads.set(`care-team:${started.body.id}`, seq);
    assert.equal((await list())[0]!.readByCareTeam, true);
  });

  it('counts an answer of a staff member as read, and says nothing on talks without the team', async () => {
    const { backend, browser } = await sanne();
    type Conv = { id: string; participants: Recipient[]; lastMessage?: Message };
    const all = (await call<Conv[]>(browser, 'GET', `${noah}/conversations`)).body;
    const withTeam = all.find((c) => c.participants.some((p) => p.id === 'care-team'))!;
    const items = (
      await call<{ items: Message[] }>(
        browser,
        'GET',
        `${noah}/conversations/${withTeam.id}/messages?limit=100`,
      )
    ).body.items;
    const own = items.filter((m) => m.sender.id === 'u-sanne');
    assert.ok(own.length > 0 && own.every((m) => m.readByCareTeam === true));
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    const direct = await call<{ id: string; lastMessage: Message }>(
      browser,
      'POST',
      `${noah}/conversations`,
      { recipientIds: ['u-mark'], body: 'Hoi Mark' },
      key(),
    );
    assert.equal(direct.body.lastMessage.readByCareTeam, undefined);
  });
});
