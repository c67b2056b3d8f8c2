import { ProblemError } from '../core/problem.js';
import type { RouteContext } from '../core/context.js';

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** A time in the contract's format. */
export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The `from`/`to` range of a request. Without `from`, `defaultDays` back from now (or the
 * beginning of time when not given); without `to`, no upper bound. `from` after `to` and ranges
 * longer than `maxDays` are a 400 naming the field.
 */
export function dateRange(
  ctx: RouteContext,
  options: { defaultDays?: number; maxDays?: number } = {},
): { from: number; to: number } {
  const fromText = ctx.query.get('from');
  const toText = ctx.query.get('to');
  const to = toText ? Date.parse(toText) : Number.POSITIVE_INFINITY;
  const end = Number.isFinite(to) ? to : ctx.now;
  const from = fromText
    ? Date.parse(fromText)
    : options.defaultDays
      ? end - options.defaultDays * DAY
      : Number.NEGATIVE_INFINITY;
  if (from > to) {
    throw new ProblemError(400, 'validation_failed', '`from` must be before `to`.', {
      errors: [{ field: 'query.from', code: 'range', message: 'must be before to' }],
    });
  }
  if (options.maxDays && end - from > options.maxDays * DAY) {
    throw new ProblemError(
      400,
      'validation_failed',
      `The period may be at most ${options.maxDays} days.`,
      {
        errors: [
          {
            field: 'query.from',
            code: 'range',
            message: `the period may be at most ${options.maxDays} days`,
          },
        ],
      },
    );
  }
  return { from, to };
}

const encode = (time: number, id: string) => btoa(JSON.stringify([time, id])).replace(/=+$/, '');

function decode(cursor: string): [number, string] {
  try {
    const value = JSON.parse(atob(cursor)) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string')
      return [value[0], value[1]];
  } catch {
    // fall through to the 400 below
  }
  throw new ProblemError(400, 'validation_failed', 'The cursor is not valid.', {
    errors: [{ field: 'query.cursor', code: 'cursor', message: 'is not a cursor of this list' }],
  });
}

/**
 * A page of items, newest first, with a keyset cursor (time, id), so items added meanwhile do
 * not shift the pages. `items` must already be filtered; they are sorted here.
 */
export function page<T>(
  ctx: RouteContext,
  items: T[],
  key: (item: T) => [number, string],
): { items: T[]; nextCursor: string | null } {
  const limit = Number(ctx.query.get('limit') ?? 20);
  const cursorText = ctx.query.get('cursor');
  const sorted = [...items].sort((a, b) => {
    const [ta, ia] = key(a);
    const [tb, ib] = key(b);
    return tb - ta || (ib < ia ? -1 : ib > ia ? 1 : 0);
  });
  let start = 0;
  if (cursorText) {
    const [time, id] = decode(cursorText);
    start = sorted.findIndex((item) => {
      const [t, i] = key(item);
      return t < time || (t === time && i < id);
    });
    if (start < 0) start = sorted.length;
  }
  const slice = sorted.slice(start, start + limit);
  const last = slice.at(-1);
  const more = start + limit < sorted.length;
  return { items: slice, nextCursor: more && last ? encode(...key(last)) : null };
}
