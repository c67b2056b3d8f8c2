// The PDF of the shown period: fetched through the SDK (no data or token in any address) and
// handed to the browser as a file.
import { unwrap, type PortalClient } from '@clientportal/sdk';
import type { Period } from '../../ui/period-picker/period.js';

/** The longest period the contract's export takes, in days (exportReports: "at most 366 days"). */
export const EXPORT_MAX_DAYS = 366;

/** Whether the export takes this period. */
export function exportable(period: Period): boolean {
  return period.to.getTime() - period.from.getTime() <= EXPORT_MAX_DAYS * 86_400_000;
}

/** Fetches the overview of `period` as a PDF. */
export async function fetchReportsPdf(
  api: PortalClient['api'],
  clientId: string,
  period: Period,
): Promise<Blob> {
  const query = { from: period.from.toISOString(), to: period.to.toISOString() };
  const result = await api.GET('/clients/{clientId}/reports/export', {
    params: { path: { clientId }, query },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}

/** Offers `blob` to the person as a file download named `fileName`. */
export function saveFile(blob: Blob, fileName: string, near: Element): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Inside the element, so the click stays in its shadow root and no host handler sees it.
  near.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; free the memory soon after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
