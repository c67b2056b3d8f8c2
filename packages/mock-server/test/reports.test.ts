import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newBrowser, setup, signIn, T0 } from './helpers.js';
import {
  assertPdf,
  assertProblem,
  at,
  create,
  DAY,
  daysAgo,
  get,
  pageCount,
  pdfText,
  walk,
} from './dossier-helpers.js';

type Report = {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string; kind: string };
};
type Entry = { id: string; type: string; title: string; occurredAt: string; refId: string };
const reports = '/clients/cl-noah/reports';

describe('reports (C9, P4, P6)', () => {
  it('shows the last 7 days newest first, and a chosen period', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const week = await walk<Report>(browser, `${reports}?limit=100`, (r) => r.createdAt);
    assert.ok(week.items.length >= 14, 'several reports a day for Noah');
    for (const r of week.items) assert.ok(Date.parse(r.createdAt) >= T0 - 7 * DAY);
    assert.ok(week.items.every((r) => r.author.kind && r.title && r.body));

    const month = await walk<Report>(
      browser,
      `${reports}?from=${daysAgo(40)}&to=${daysAgo(10)}&limit=50`,
      (r) => r.createdAt,
    );
    assert.ok(month.pages > 1, 'a month of reports spans pages');
    for (const r of month.items) {
      const t = Date.parse(r.createdAt);
      assert.ok(t >= T0 - 40 * DAY && t < T0 - 10 * DAY, r.createdAt);
    }
    const first = await get(browser, `${reports}?limit=3`);
    assert.deepEqual(
      first.body.items.map((r: Report) => r.id),
      week.items.slice(0, 3).map((r) => r.id),
      'the start screen shows the 3 newest (P4)',
    );
  });

  it('refuses a period that ends before it starts, and a bad cursor', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const reversed = await get(browser, `${reports}?from=${daysAgo(1)}&to=${daysAgo(3)}`);
    assert.equal(assertProblem(reversed, 400, 'validation_failed').errors![0]!.field, 'query.from');
    const bad = await get(browser, `${reports}?cursor=nonsense`);
    assert.equal(assertProblem(bad, 400, 'validation_failed').errors![0]!.field, 'query.cursor');
  });

  it('pages through 10,000+ reports without gaps or repeats, even while one is written', async () => {
    const { backend, browser } = setup({ seed: 'large' });
    await signIn(backend, browser, 's.devries');
    const path = `${reports}?from=${daysAgo(5 * 365)}&limit=100`;
    const firstPage = await get(browser, path);
    assert.deepEqual((await get(browser, path)).body, firstPage.body, 'the same page twice');
    const written = await create(browser, reports, { title: 'Tussendoor', body: 'x' }, 'walk-1234');
    assert.equal(written.status, 201);
    const all = await walk<Report>(browser, path, (r) => r.createdAt);
    const expected = backend.db.reports.filter(
      (r) => r.clientId === 'cl-noah' && r.createdAt >= T0 - 5 * 365 * DAY,
    ).length;
    assert.ok(all.items.length >= 10_000);
    assert.equal(all.items.length, expected);
    assert.equal(all.items[0]!.id, written.body.id, 'the new report comes first');
  });

  it('lets the client and a relative write a report that shows in the list and the timeline', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const input = {
      title: 'Weekend thuis',
      body: 'Noah had zaterdag koorts, zondag ging het beter.',
    };
    const written = await create(browser, reports, input, 'report-weekend-1');
    assert.equal(written.status, 201, JSON.stringify(written.body));
    assert.deepEqual(written.body.author, {
      id: 'u-sanne',
      name: 'Sanne de Vries',
      kind: 'contact',
    });
    assert.equal(written.body.createdAt, at(T0));
    const again = await create(browser, reports, input, 'report-weekend-1');
    assert.equal(again.body.id, written.body.id, 'a retry does not write twice');
    const list = await get(browser, `${reports}?limit=5`);
    assert.equal(list.body.items.filter((r: Report) => r.title === 'Weekend thuis').length, 1);
    const timeline = await get(browser, '/clients/cl-noah/timeline?limit=5');
    assert.deepEqual(timeline.body.items[0], {
      id: `tl-${written.body.id}`,
      type: 'report',
      title: 'Weekend thuis',
      occurredAt: at(T0),
      refId: written.body.id,
    });

    const els = newBrowser(backend);
    await signIn(backend, els, 'e.jansen');
    const own = await create(els, '/clients/cl-els/reports', input, 'report-els-0001');
    assert.equal(own.body.author.kind, 'client');
    const blank = await create(
      els,
      '/clients/cl-els/reports',
      { title: '  ', body: 'x' },
      'blank-001',
    );
    assert.equal(assertProblem(blank, 400, 'validation_failed').errors![0]!.field, 'body.title');
  });

  it('keeps a timeline of reports, questionnaires and plans, only of granted sections', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const path = `/clients/cl-noah/timeline?from=${daysAgo(200)}&limit=100`;
    const full = await walk<Entry>(browser, path, (e) => e.occurredAt);
    const types = new Set(full.items.map((e) => e.type));
    assert.deepEqual([...types].sort(), ['plan', 'questionnaire', 'report']);
    const plan = full.items.find((e) => e.type === 'plan')!;
    assert.match(plan.title, /Zorgplan .* \(versie \d\)/);

    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    const limited = await walk<Entry>(mark, path, (e) => e.occurredAt);
    assert.deepEqual([...new Set(limited.items.map((e) => e.type))], ['report']);
    assert.equal(limited.items.length, full.items.filter((e) => e.type === 'report').length);
  });

  it('refuses sections not granted (403) and clients not acted for (404)', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 'e.jansen');
    assertProblem(await get(browser, reports), 404, 'not_found');
    assertProblem(await get(browser, '/clients/cl-noah/timeline'), 404, 'not_found');
    const mark = newBrowser(backend);
    await signIn(backend, mark, 'm.devries');
    assert.equal((await get(mark, reports)).status, 200);
    const grant = backend.db.grants.find((g) => g.id === 'pe-mark-noah')!;
    grant.sections = grant.sections.filter((s) => s !== 'reports');
    assertProblem(await get(mark, reports), 403, 'forbidden_section');
    assertProblem(await get(mark, `${reports}/export`), 403, 'forbidden_section');
    const anonymous = newBrowser(backend);
    assertProblem(await get(anonymous, reports), 401, 'unauthenticated');
  });
});

describe('report export (P6)', () => {
  it('prints the reports of the period as a PDF, dated in Amsterdam time', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const input = {
      title: 'Logeren bij oma – ‘gezellig’',
      body: 'Noah heeft geweldig geslapen, zei oma Joke. Daarna → naar huis 😀.',
    };
    await create(browser, reports, input, 'export-report-1');
    const { items: shown } = await walk<Report>(
      browser,
      `${reports}?limit=100`,
      (r) => r.createdAt,
    );
    const bytes = assertPdf(await get(browser, `${reports}/export`));
    const text = pdfText(bytes).join('\n');
    assert.match(text, /Rapportages Noah de Vries/);
    assert.match(text, /Logeren bij oma – ‘gezellig’/, 'typographic quotes and dashes survive');
    assert.match(text, /Daarna -> naar huis \?\./, 'what the font cannot show is mapped');
    assert.match(text, /vrijdag 20 november 2026 om 11:00 · Sanne de Vries, contactpersoon/);
    for (const r of shown) assert.ok(text.includes(r.title), `missing ${r.title}`);
    const before = await get(browser, `${reports}/export?from=${daysAgo(3)}&to=${at(T0 - 1)}`);
    const earlier = pdfText(assertPdf(before)).join('\n');
    assert.ok(!earlier.includes('Logeren bij oma'), 'a report outside the period is left out');
    assert.match(earlier, /Periode: 17 november 2026 t\/m 20 november 2026/);
  });

  it('wraps long text over several pages and refuses more than 366 days', async () => {
    const { backend, browser } = setup();
    await signIn(backend, browser, 's.devries');
    const year = assertPdf(await get(browser, `${reports}/export?from=${daysAgo(366)}`));
    assert.ok((await pageCount(year)) > 20, 'six months of reports need many pages');
    const lines = pdfText(year);
    assert.ok(lines.some((l) => l.includes('pagina 2 van')));
    const tooLong = await get(browser, `${reports}/export?from=${daysAgo(367)}&to=${at(T0)}`);
    assert.equal(assertProblem(tooLong, 400, 'validation_failed').errors![0]!.field, 'query.from');
    const body = Array.from({ length: 60 }, (_, i) => `Zin ${i} over de zorg van vandaag.`).join(
      ' ',
    );
    await create(browser, reports, { title: 'Lang verslag', body }, 'export-long-01');
    const today = pdfText(assertPdf(await get(browser, `${reports}/export?from=${daysAgo(0.5)}`)));
    const first = today.findIndex((l) => l.startsWith('Zin 0 '));
    const last = today.findIndex((l) => l.endsWith('Zin 59 over de zorg van vandaag.'));
    assert.ok(first >= 0 && last - first > 5, 'the body is wrapped over several lines');
    assert.equal(today.slice(first, last + 1).join(' '), body, 'no word is lost in wrapping');
  });

  it('says so when the period has no reports', async () => {
    const { backend, browser } = setup({ seed: 'empty' });
    await signIn(backend, browser, 's.devries');
    const text = pdfText(assertPdf(await get(browser, `${reports}/export`)));
    assert.ok(text.includes('Er zijn geen rapportages in deze periode.'));
    assert.deepEqual((await get(browser, reports)).body, { items: [], nextCursor: null });
  });
});
