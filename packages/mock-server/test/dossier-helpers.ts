import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, T0, type Answer } from './helpers.js';

/** A day in milliseconds. */
export const DAY = 86_400_000;
/** A moment as the API takes it. */
export const at = (ms: number) => new Date(ms).toISOString();

/** Answers are loosely typed unless a test names the shape, as with `call`. */
type Loose = Answer['body'];

/** A GET as the SDK makes it (no cross-site header: reads change nothing). */
export function get<T = Loose>(browser: BrowserLikeFetch, path: string): Promise<Answer<T>> {
  return call<T>(browser, 'GET', path);
}

/** A creating POST with an Idempotency-Key. */
export function create<T = Loose>(
  browser: BrowserLikeFetch,
  path: string,
  body: unknown,
  key: string,
): Promise<Answer<T>> {
  return call<T>(browser, 'POST', path, body, { 'Idempotency-Key': key });
}

/** Asserts a problem answer with its status and code; returns the problem. */
export function assertProblem(answer: Answer, status: number, code: string) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.code, code, JSON.stringify(answer.body));
  return answer.body as { errors?: Array<{ field: string; code: string }>; attemptsLeft?: number };
}

/** Every item of a paginated list, page by page, checking each page's shape on the way. */
export async function walk<T extends { id: string }>(
  browser: BrowserLikeFetch,
  path: string,
  timeOf: (item: T) => string,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path;
    const answer: Answer<{ items: T[]; nextCursor: string | null }> = await get(browser, url);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    items.push(...answer.body.items);
    cursor = answer.body.nextCursor;
    pages++;
    assert.ok(pages < 1000, 'the pages never end');
  } while (cursor);
  assertNewestFirst(items, timeOf);
  return { items, pages };
}

/** Asserts the items come newest first and none twice. */
export function assertNewestFirst<T extends { id: string }>(items: T[], timeOf: (i: T) => string) {
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'an item came twice');
  for (let i = 1; i < items.length; i++) {
    assert.ok(
      Date.parse(timeOf(items[i - 1]!)) >= Date.parse(timeOf(items[i]!)),
      `not newest first at ${i}: ${timeOf(items[i - 1]!)} before ${timeOf(items[i]!)}`,
    );
  }
}

/** WinAnsi's own characters in 0x80–0x9F (where Latin-1 has control codes). */
const winAnsi: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const cp1252 = (c: string) => winAnsi[c.charCodeAt(0)] ?? '?';

/**
 * The text a PDF shows, line by line: the standard fonts write each line as a hex string of
 * WinAnsi codes inside a compressed content stream.
 */
export function pdfText(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', from);
    if (start < 0) break;
    const end = raw.indexOf('\nendstream', start);
    const data = raw.subarray(start + 7, end);
    from = end + 10;
    let text: string;
    try {
      text = inflateSync(data).toString('latin1');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
      lines.push(String.fromCharCode(...Buffer.from(m[1]!, 'hex')).replace(/[\x80-\x9f]/g, cp1252));
  }
  return lines;
}

/** The number of pages of a PDF, read back with pdf-lib. */
export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** Asserts a PDF download and returns its bytes. */
export function assertPdf(answer: Answer): Uint8Array {
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.equal(answer.headers.get('content-type'), 'application/pdf');
  const bytes = answer.body as Uint8Array;
  assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
  return bytes;
}

/** `daysAgo` days before the tests' fixed moment, as the API takes it. */
export const daysAgo = (days: number) => at(T0 - days * DAY);
