import { expect, waitUntil } from '../../../test/testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockBackend, textOf } from '../../../test/harness.js';
import type { PortalPeriodPicker } from '../../ui/period-picker/portal-period-picker.js';
import type { PortalProvider } from '../portal-provider/portal-provider.component.js';
import { pdfPages } from './test-pdf.js';
import { freshBackend, part, reportsPanel, untilRows } from './test-reports.js';

/** Every report title of the period, newest first, as the API lists them. */
async function titlesOf(provider: PortalProvider, from: string, to: string): Promise<string[]> {
  const api = provider.client!.api;
  const titles: string[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await api.GET('/clients/{clientId}/reports', {
      params: { path: { clientId: 'cl-els' }, query: { from, to, limit: 100, cursor } },
    });
    titles.push(...data!.items.map((r) => r.title));
    cursor = data!.nextCursor ?? undefined;
  } while (cursor);
  return titles;
}

/** A day as the PDF prints it: "1 december 2026". */
const printed = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));

/** Catches the files the page hands to the browser (the real download still happens). */
function catchDownloads(): { files: Blob[]; names: string[]; stop: () => void } {
  const files: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    files.push(blob as Blob);
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
    // The test page stays: the file itself is read from the blob.
  };
  const stop = () => {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  };
  return { files, names, stop };
}

describe('portal-reports: download', () => {
  freshBackend();

  it('downloads the last year as a printable PDF: every report in order, name and period on every page', async function (this: {
    timeout(ms: number): void;
  }) {
    // The mock makes a PDF of some 500 reports in this page: give it time on a busy machine.
    this.timeout(60_000);
    const { el, provider } = await reportsPanel();
    await untilRows(el);
    const picker = part<PortalPeriodPicker>(el, 'period')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="last-year"]')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => picker.value?.preset === 'last-year', 'the year chosen');
    const { fromDay, toDay, from, to } = picker.value!;
    const downloads = catchDownloads();
    try {
      part(el, 'download')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.files.length === 1, 'a file offered', { timeout: 50_000 });
    } finally {
      downloads.stop();
    }
    await waitUntil(() => textOf(el).includes('De pdf is gedownload.'), 'told it is done');
    expect(downloads.names).to.deep.equal([`rapportages-${fromDay}-${toDay}.pdf`]);
    expect(downloads.files[0]!.type).to.equal('application/pdf');

    const pages = await pdfPages(await downloads.files[0]!.arrayBuffer());
    expect(pages.length).to.be.greaterThan(3);
    const period = `${printed(fromDay)} t/m ${printed(toDay)}`;
    pages.forEach((lines, i) => {
      const foot = lines.find((l) => l.includes(`pagina ${i + 1} van ${pages.length}`)) ?? '';
      expect(foot, `page ${i + 1}`).to.contain(`Rapportages Els Jansen, ${period}`);
    });
    const expected = await titlesOf(provider, from.toISOString(), to.toISOString());
    expect(expected.length).to.be.greaterThan(100);
    const text = pages.flat();
    expect(text).to.include(`Periode: ${period} · ${expected.length} rapportages`);
    // Each title in turn, after the previous one: the reports of the period, in the list's order.
    let at = 0;
    for (const title of expected) {
      at = text.indexOf(title, at + 1);
      expect(at, `"${title}" in order`).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
  });

  it('asks the server without medical data or tokens in any address', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    const { worker } = await mockBackend();
    const urls: string[] = [];
    const seen = ({ request }: { request: Request }) => void urls.push(request.url);
    worker.events.on('request:start', seen);
    const downloads = catchDownloads();
    try {
      part<HTMLButtonElement>(el, 'download')!.click();
      await waitUntil(() => downloads.files.length === 1, 'a file offered', { timeout: 10_000 });
    } finally {
      downloads.stop();
      worker.events.removeListener('request:start', seen);
    }
    const exported = urls.map((u) => new URL(u)).find((u) => u.pathname.endsWith('/export'))!;
    expect([...exported.searchParams.keys()].sort()).to.deep.equal(['from', 'to']);
  });

  it('keeps the period and says why when the download fails', async () => {
    const { el } = await reportsPanel();
    await untilRows(el);
    (await mockBackend()).backend.setScenario({ offline: true });
    part<HTMLButtonElement>(el, 'download')!.click();
    await waitUntil(() => textOf(el).includes('Er is geen verbinding'), 'the failure shown', {
      timeout: 10_000,
    });
    expect(part(el, 'download-status')!.className).to.contain('failed');
    expect(part<PortalPeriodPicker>(el, 'period')!.value!.preset).to.equal('last-7-days');
    await expect(el).to.be.accessible();
    (await mockBackend()).backend.setScenario({ offline: false });
  });
});
