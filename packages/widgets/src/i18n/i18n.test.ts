import { expect } from '../../test/testing.js';
import { ApiError, type ApiErrorCode } from '@clientportal/sdk';
import { formatDate, formatDateTime, formatNumber, formatTime, sameDay } from './format.js';
import { applyLocale, currentLocale, resolveLocale } from './localization.js';
import { problemMessage } from './problems.js';

/** The contract's list of problem codes, read from openapi.yaml as the dev server serves it. */
async function contractCodes(): Promise<ApiErrorCode[]> {
  const yaml = await (await fetch('/openapi.yaml')).text();
  const block = /\n {4}ProblemCode:\n[\s\S]*?\n {6}enum:\n((?: {8}- [a-z_]+\n)+)/.exec(yaml);
  expect(block, 'ProblemCode in openapi.yaml').not.to.equal(null);
  return [...block![1]!.matchAll(/- ([a-z_]+)/g)].map((m) => m[1] as ApiErrorCode);
}

const error = (code: ApiErrorCode, retryAfter?: number) =>
  new ApiError({ status: 400, code, title: code, retryAfter });

/** Codes that share one text on purpose. */
const twins: Partial<Record<ApiErrorCode, ApiErrorCode>> = {
  idempotency_key_in_use: 'idempotency_key_reused',
};

function distinctTexts(codes: ApiErrorCode[]): string[] {
  const seen = new Map<string, ApiErrorCode>();
  const clashes: string[] = [];
  for (const code of codes) {
    const text = problemMessage(error(code));
    const other = seen.get(text);
    if (other && twins[code] !== other) clashes.push(`${code} says the same as ${other}`);
    seen.set(text, code);
  }
  return clashes;
}

describe('localisation', () => {
  afterEach(() => applyLocale('nl'));

  it('chooses the locale: explicit, else the nearest lang, else Dutch', () => {
    const en = document.createElement('div');
    en.lang = 'en-GB';
    const inner = en.appendChild(document.createElement('span'));
    document.body.append(en);
    try {
      expect(resolveLocale('en', undefined)).to.equal('en');
      expect(resolveLocale(undefined, inner)).to.equal('en');
      expect(resolveLocale('nl', inner)).to.equal('nl');
      expect(resolveLocale(undefined, document.createElement('p'))).to.equal('nl');
      expect(resolveLocale('fr', undefined)).to.equal('nl');
    } finally {
      en.remove();
    }
  });

  it('has its own Dutch and English message for every problem code of the contract', async () => {
    const codes = await contractCodes();
    expect(codes.length).to.be.greaterThan(20);
    const all = [...codes, 'network_error', 'aborted'] as ApiErrorCode[];
    const dutch = all.map((c) => problemMessage(error(c)));
    expect(distinctTexts(all), 'Dutch').to.deep.equal([]);
    await applyLocale('en');
    expect(currentLocale()).to.equal('en');
    const english = all.map((c) => problemMessage(error(c)));
    expect(distinctTexts(all), 'English').to.deep.equal([]);
    english.forEach((text, i) => {
      expect(text, all[i]).not.to.equal(dutch[i]);
      expect(text.length, all[i]).to.be.greaterThan(10);
    });
  });

  it('says how long to wait, with the value, in both languages', async () => {
    expect(problemMessage(error('too_many_requests', 300))).to.match(
      /Wacht even.*Dat kan over 5 minuten\.$/,
    );
    expect(problemMessage(error('too_many_requests', 45))).not.to.contain('minuut');
    expect(problemMessage(error('too_many_requests', 60))).to.contain('over een minuut');
    await applyLocale('en');
    expect(problemMessage(error('too_many_requests', 300))).to.contain(
      'You can try again in 5 minutes.',
    );
  });

  it('falls back to a general message for anything that is not a problem', () => {
    expect(problemMessage(new TypeError('x'))).to.equal(problemMessage(error('internal_error')));
    expect(problemMessage(undefined)).to.equal(problemMessage(error('internal_error')));
  });

  it('shows times and dates as in the Netherlands, in the active language', async () => {
    const winter = '2026-11-20T13:00:00Z';
    const summer = '2026-07-01T13:00:00Z';
    expect(formatTime(winter)).to.equal('14:00');
    expect(formatTime(summer)).to.equal('15:00');
    expect(formatDate(winter)).to.equal('vrijdag 20 november 2026');
    expect(formatDateTime(winter)).to.contain('14:00');
    expect(formatNumber(1234.5, 1)).to.equal('1.234,5');
    // 23:30 UTC on 30 June is already 1 July in Amsterdam.
    expect(sameDay('2026-06-30T23:30:00Z', '2026-07-01T09:00:00Z')).to.equal(true);
    await applyLocale('en');
    expect(formatDate(winter)).to.equal('Friday, 20 November 2026');
    expect(formatTime(winter)).to.equal('14:00');
    expect(formatNumber(1234.5, 1)).to.equal('1,234.5');
  });
});
