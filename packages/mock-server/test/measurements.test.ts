import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newBrowser, setup, signIn, T0 } from './helpers.js';
import { assertProblem, DAY, daysAgo, get, walk } from './dossier-helpers.js';

type Measurement = { id: string; kind: string; value: number; measuredAt: string; note?: string };
type Kind = {
  code: string;
  name: string;
  unit: string;
  referenceRange?: { low: number; high: number };
};
const base = '/clients/cl-noah';

describe('measurements (P7)', () => {
  it('lists the kinds measured for each client, with unit and reference range', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const kinds = (await get<Kind[]>(browser, `${base}/measurement-kinds`)).body;
    assert.deepEqual(
      kinds.map((k) => k.code),
      ['weight', 'temperature', 'pulse', 'oxygen-saturation'],
    );
    assert.deepEqual(kinds.find((k) => k.code === 'temperature')!.referenceRange, {
      low: 36,
      high: 37.5,
    });
    const lotte = (await get<Kind[]>(browser, '/clients/cl-lotte/measurement-kinds')).body;
    assert.deepEqual(
      lotte.map((k) => k.code),
      ['weight', 'temperature'],
    );
  });

  it('shows months of values newest first, a few outside the reference range', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const kinds = (await get<Kind[]>(browser, `${base}/measurement-kinds`)).body;
    const { items, pages } = await walk<Measurement>(
      browser,
      `${base}/measurements?limit=100`,
      (m) => m.measuredAt,
    );
    assert.ok(pages > 3);
    const oldest = Date.parse(items.at(-1)!.measuredAt);
    assert.ok(oldest < T0 - 150 * DAY, 'months of measurements');
    const outside = items.filter((m) => {
      const range = kinds.find((k) => k.code === m.kind)!.referenceRange;
      return range && (m.value < range.low || m.value > range.high);
    });
    assert.ok(outside.length >= 3, 'a few values outside the range');
    assert.ok(outside.length < items.length / 10, 'but only a few');
    assert.ok(
      outside.some((m) => m.note),
      'with a note from the nurse',
    );
    const recent = await get(browser, `${base}/measurements?limit=4`);
    assert.deepEqual(
      recent.body.items.map((m: Measurement) => m.id),
      items.slice(0, 4).map((m) => m.id),
      'the start screen shows the newest (P4)',
    );
  });

  it('filters by kind and period; a kind not measured for this client is an empty list', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const range = `from=${daysAgo(30)}&to=${daysAgo(10)}`;
    const temps = await walk<Measurement>(
      browser,
      `${base}/measurements?kind=temperature&${range}&limit=7`,
      (m) => m.measuredAt,
    );
    assert.ok(temps.items.length >= 19 && temps.pages >= 3, `${temps.items.length}`);
    for (const m of temps.items) {
      assert.equal(m.kind, 'temperature');
      const t = Date.parse(m.measuredAt);
      assert.ok(t >= T0 - 30 * DAY && t < T0 - 10 * DAY);
    }
    const glucose = await get(browser, `${base}/measurements?kind=blood-glucose`);
    assert.equal(glucose.status, 200);
    assert.deepEqual(glucose.body, { items: [], nextCursor: null });
    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    const own = await get(els, '/clients/cl-els/measurements?kind=blood-glucose&limit=5');
    assert.equal(own.body.items.length, 5);
    const unknown = await get(browser, `${base}/measurements?kind=cholesterol`);
    assert.equal(assertProblem(unknown, 400, 'validation_failed').errors![0]!.field, 'query.kind');
  });

  it('pages through 10,000+ measurements without repeats', async () => {
    const { backend, browser } = setup({ seed: 'large' });
    await signIn(backend, browser, 's.devries');
    const { items } = await walk<Measurement>(
      browser,
      `${base}/measurements?from=${daysAgo(5 * 365)}&limit=100`,
      (m) => m.measuredAt,
    );
    assert.ok(items.length >= 10_000, `${items.length}`);
    const oneKind = await get(browser, `${base}/measurements?kind=pulse&limit=100`);
    assert.ok(oneKind.body.items.every((m: Measurement) => m.kind === 'pulse'));
    assert.ok(oneKind.body.nextCursor, 'more than one page of pulse alone');
  });

  it('needs the measurements section and the client', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'e.jansen');
    assertProblem(await get(browser, `${base}/measurements`), 404, 'not_found');
    assertProblem(await get(browser, `${base}/measurement-kinds`), 404, 'not_found');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    assert.equal((await get(mark, `${base}/measurements`)).status, 200);
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'measurements');
    assertProblem(await get(mark, `${base}/measurements`), 403, 'forbidden_section');
    assertProblem(await get(mark, `${base}/measurement-kinds`), 403, 'forbidden_section');
  });
});
