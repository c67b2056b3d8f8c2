// Appointments (C7): care appointments are read only, own ones are public or private.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, newBrowser, setup, signIn, T0 } from './helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = '/clients/cl-noah/appointments';
const at = (ms: number) => new Date(ms).toISOString();

interface Appointment {
  id: string;
  kind: 'care' | 'own';
  title: string;
  start: string;
  end: string;
  location?: string;
  visibility: 'public' | 'private';
  createdBy?: { id: string; name: string; kind: string };
  editable: boolean;
}

let keys = 0;
const key = () => ({ 'Idempotency-Key': `appointment-test-${++keys}` });

/** Sanne and Mark (the parents of Noah) signed in, each in their own browser. */
async function parents() {
  const { backend, browser: sanne } = setup();
  await signIn(backend, sanne, 's.devries');
  const mark = newBrowser(backend);
  await signIn(backend, mark, 'm.devries');
  return { backend, sanne, mark };
}

async function list(browser: Parameters<typeof call>[0], query = ''): Promise<Appointment[]> {
  const answer = await call<{ items: Appointment[] }>(browser, 'GET', `${base}${query}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.items;
}

const dentist = {
  title: 'Tandarts',
  start: at(T0 + DAY),
  end: at(T0 + DAY + HOUR / 2),
  location: 'Tandartspraktijk Centrum',
  visibility: 'private',
};

describe('listing appointments', () => {
  it('shows care and own appointments from the start of today to 30 days ahead, earliest first', async () => {
    const { sanne } = await parents();
    const items = await list(sanne);
    assert.ok(items.some((a) => a.kind === 'care') && items.some((a) => a.kind === 'own'));
    const starts = items.map((a) => Date.parse(a.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    // T0 is 11:00 in Amsterdam; today started at 23:00 UTC the day before.
    const startOfToday = Date.parse('2026-11-19T23:00:00Z');
    assert.ok(items.every((a) => Date.parse(a.end) > startOfToday));
    assert.ok(items.every((a) => Date.parse(a.start) < startOfToday + 30 * DAY));
    assert.ok(
      items.some((a) => Date.parse(a.start) < T0),
      'earlier today is included',
    );
    for (const care of items.filter((a) => a.kind === 'care')) {
      assert.equal(care.editable, false);
      assert.equal(care.visibility, 'public');
      assert.equal(care.createdBy?.kind, 'care-staff');
    }
  });

  it('leaves out what starts more than 30 days ahead unless the period asks for it', async () => {
    const { sanne } = await parents();
    const far = { ...dentist, start: at(T0 + 31 * DAY), end: at(T0 + 31 * DAY + HOUR) };
    const created = await call<Appointment>(sanne, 'POST', base, far, key());
    assert.equal(created.status, 201);
    assert.ok(!(await list(sanne)).some((a) => a.id === created.body.id));
    const later = await list(sanne, `?from=${at(T0)}&to=${at(T0 + 60 * DAY)}`);
    assert.ok(later.some((a) => a.id === created.body.id));
  });

  it('shows a chosen period, and refuses periods that are reversed or longer than 366 days', async () => {
    const { sanne } = await parents();
    const past = await list(sanne, `?from=${at(T0 - 14 * DAY)}&to=${at(T0 - 7 * DAY)}`);
    assert.ok(past.length > 0, 'the care visits of two weeks ago');
    assert.ok(past.every((a) => Date.parse(a.start) < T0 - 7 * DAY));
    const long = await call(sanne, 'GET', `${base}?from=${at(T0)}&to=${at(T0 + 367 * DAY)}`);
    assert.equal(long.status, 400);
    assert.equal(long.body.errors[0].field, 'query.to');
    const reversed = await call(sanne, 'GET', `${base}?from=${at(T0)}&to=${at(T0 - DAY)}`);
    assert.equal(reversed.status, 400);
    const bad = await call(sanne, 'GET', `${base}?from=morgen`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].field, 'query.from');
  });
});

describe('own appointments', () => {
  it('adds a private appointment that only its maker sees', async () => {
    const { backend, sanne, mark } = await parents();
    const created = await call<Appointment>(sanne, 'POST', base, dentist, key());
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.kind, 'own');
    assert.equal(created.body.editable, true);
    assert.equal(created.body.visibility, 'private');
    assert.equal(created.body.location, 'Tandartspraktijk Centrum');
    assert.deepEqual(created.body.createdBy, {
      id: 'u-sanne',
      name: 'Sanne de Vries',
      kind: 'contact',
    });
    assert.ok((await list(sanne)).some((a) => a.id === created.body.id));
    assert.ok(!(await list(mark)).some((a) => a.id === created.body.id));
    const path = `${base}/${created.body.id}`;
    assert.equal((await call(mark, 'PUT', path, dentist)).status, 404);
    assert.equal((await call(mark, 'DELETE', path)).status, 404);
    assert.ok(backend.db.appointments.some((a) => a.id === created.body.id));
  });

  it('shows a public appointment to everyone with the section, changeable only by its maker', async () => {
    const { sanne, mark } = await parents();
    const swim = (await list(sanne)).find((a) => a.title === 'Zwemles');
    assert.ok(swim, 'Mark’s public appointment from the seed');
    assert.equal(swim.editable, false);
    assert.equal(swim.createdBy?.name, 'Mark de Vries');
    const change = { title: 'Zwemles', start: swim.start, end: swim.end, visibility: 'private' };
    const put = await call(sanne, 'PUT', `${base}/${swim.id}`, change);
    assert.equal(put.status, 403);
    assert.equal(put.body.code, 'read_only');
    assert.equal((await call(sanne, 'DELETE', `${base}/${swim.id}`)).body.code, 'read_only');
    const own = (await list(mark)).find((a) => a.id === swim.id);
    assert.equal(own?.editable, true);
    assert.equal((await call(mark, 'PUT', `${base}/${swim.id}`, change)).status, 200);
    assert.ok(!(await list(sanne)).some((a) => a.id === swim.id), 'now private to Mark');
  });

  it('changes an own appointment as a whole (PUT) and deletes it', async () => {
    const { sanne } = await parents();
    const created = await call<Appointment>(sanne, 'POST', base, dentist, key());
    const path = `${base}/${created.body.id}`;
    const moved = {
      title: 'Tandarts (verzet)',
      start: at(T0 + 2 * DAY),
      end: at(T0 + 2 * DAY + HOUR),
      visibility: 'public',
    };
    const put = await call<Appointment>(sanne, 'PUT', path, moved);
    assert.equal(put.status, 200);
    assert.equal(put.body.title, 'Tandarts (verzet)');
    assert.equal(put.body.start, moved.start);
    assert.equal(put.body.location, undefined, 'a field left out is cleared');
    assert.equal((await call(sanne, 'DELETE', path)).status, 204);
    assert.ok(!(await list(sanne)).some((a) => a.id === created.body.id));
    assert.equal((await call(sanne, 'DELETE', path)).status, 404);
  });

  it('refuses an end that is not after the start, naming body.end, and stores nothing', async () => {
    const { backend, sanne } = await parents();
    const before = backend.db.appointments.length;
    for (const end of [dentist.start, at(T0)]) {
      const answer = await call(sanne, 'POST', base, { ...dentist, end }, key());
      assert.equal(answer.status, 400);
      assert.equal(answer.body.code, 'validation_failed');
      assert.deepEqual(
        answer.body.errors.map((e: { field: string }) => e.field),
        ['body.end'],
      );
    }
    const created = await call<Appointment>(sanne, 'POST', base, dentist, key());
    const put = await call(sanne, 'PUT', `${base}/${created.body.id}`, { ...dentist, end: at(T0) });
    assert.equal(put.body.errors[0].field, 'body.end');
    assert.equal(backend.db.appointments.length, before + 1);
    const stored = (await list(sanne)).find((a) => a.id === created.body.id);
    assert.equal(stored?.end, dentist.end, 'the refused change left it as it was');
  });

  it('refuses to add or move an own appointment into the past, naming body.start', async () => {
    const { backend, sanne } = await parents();
    const before = backend.db.appointments.length;
    const yesterday = { ...dentist, start: at(T0 - DAY), end: at(T0 - DAY + HOUR) };
    const refused = await call(sanne, 'POST', base, yesterday, key());
    assert.equal(refused.status, 400);
    assert.equal(refused.body.code, 'validation_failed');
    assert.deepEqual(refused.body.errors, [
      { field: 'body.start', code: 'past', message: 'must not be in the past' },
    ]);
    assert.equal(backend.db.appointments.length, before, 'nothing stored');
    const created = await call<Appointment>(sanne, 'POST', base, dentist, key());
    const path = `${base}/${created.body.id}`;
    const moved = await call(sanne, 'PUT', path, yesterday);
    assert.equal(moved.status, 400);
    assert.equal(moved.body.errors[0].field, 'body.start');
    const stored = (await list(sanne)).find((a) => a.id === created.body.id);
    assert.equal(stored?.start, dentist.start, 'the refused move left it as it was');
    // One that has begun may still get another title: its start does not move.
    const begun = backend.db.appointments.find((a) => a.id === created.body.id)!;
    begun.start = at(T0 - HOUR);
    const renamed = await call(sanne, 'PUT', path, {
      ...dentist,
      start: begun.start,
      title: 'Tandarts (controle)',
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  });

  it('refuses a body that does not match the contract, naming the field, and stores nothing', async () => {
    const { backend, sanne } = await parents();
    const before = backend.db.appointments.length;
    const cases: Array<[unknown, string]> = [
      [{ ...dentist, title: '' }, 'body.title'],
      [{ ...dentist, visibility: 'secret' }, 'body.visibility'],
      [{ ...dentist, start: 'morgen' }, 'body.start'],
      [{ ...dentist, colour: 'red' }, 'body.colour'],
    ];
    for (const [body, field] of cases) {
      const answer = await call(sanne, 'POST', base, body, key());
      assert.equal(answer.status, 400, field);
      assert.ok(
        answer.body.errors.some((e: { field: string }) => e.field === field),
        JSON.stringify(answer.body.errors),
      );
    }
    assert.equal(backend.db.appointments.length, before);
  });

  it('adds once for one Idempotency-Key, and refuses the key for another appointment', async () => {
    const { backend, sanne } = await parents();
    const before = backend.db.appointments.length;
    const k = key();
    const first = await call<Appointment>(sanne, 'POST', base, dentist, k);
    const again = await call<Appointment>(sanne, 'POST', base, dentist, k);
    assert.equal(again.status, 201);
    assert.equal(again.body.id, first.body.id);
    const other = await call(sanne, 'POST', base, { ...dentist, title: 'Fysio' }, k);
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
    assert.equal(backend.db.appointments.length, before + 1);
  });
});

describe('care appointments and access', () => {
  it('keeps care appointments read only', async () => {
    const { sanne } = await parents();
    const care = (await list(sanne)).find((a) => a.kind === 'care')!;
    const put = await call(sanne, 'PUT', `${base}/${care.id}`, {
      ...dentist,
      visibility: 'public',
    });
    assert.equal(put.status, 403);
    assert.equal(put.body.code, 'read_only');
    const del = await call(sanne, 'DELETE', `${base}/${care.id}`);
    assert.equal(del.body.code, 'read_only');
    assert.deepEqual(
      (await list(sanne)).find((a) => a.id === care.id),
      care,
    );
  });

  it('follows the grant: another client is 404, a revoked section 403 on the next call', async () => {
    const { backend, mark } = await parents();
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    assert.equal((await call(els, 'GET', base)).status, 404);
    assert.equal((await call(mark, 'GET', base)).status, 200);
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'appointments');
    const refused = await call(mark, 'GET', base);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'forbidden_section');
    assert.equal((await call(mark, 'POST', base, dentist, key())).status, 403);
  });
});
