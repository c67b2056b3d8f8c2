import type { components } from '@clientportal/sdk/generated';
import type { RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import { page } from './shared.js';
import type { AuthorRef } from '../store/types.js';

/** An author as the contract shows it. */
export function toAuthor(a: AuthorRef): components['schemas']['Author'] {
  return { id: a.id, name: a.name, kind: a.kind, ...(a.role ? { role: a.role } : {}) };
}

/**
 * A sort key for ids like `rp-12`: the number padded, so items created in the same millisecond
 * (a fixed test clock, a burst of writes) still come newest first and page stably.
 */
export function idKey(id: string): string {
  return id.replace(/\d+$/, (n) => n.padStart(12, '0'));
}

/** Whether `time` lies in the `[from, to)` range of a request. */
export const inRange = (time: number, range: { from: number; to: number }) =>
  time >= range.from && time < range.to;

/** The text trimmed; only spaces is as good as nothing, so a 400 naming the field. */
export function notBlank(text: string, field: string): string {
  const trimmed = text.trim();
  if (!trimmed) {
    throw new ProblemError(400, 'validation_failed', `${field} is empty.`, {
      errors: [{ field, code: 'blank', message: 'must not be only spaces' }],
    });
  }
  return trimmed;
}

/**
 * A page of records, newest first: the sort keys are worked out once per record rather than at
 * every comparison, which keeps 10,000+ records quick.
 */
export function pageBy<T extends { id: string }>(
  ctx: RouteContext,
  items: T[],
  time: (item: T) => number,
): { items: T[]; nextCursor: string | null } {
  const keyed = items.map((item) => ({
    item,
    key: [time(item), idKey(item.id)] as [number, string],
  }));
  const result = page(ctx, keyed, (k) => k.key);
  return { items: result.items.map((k) => k.item), nextCursor: result.nextCursor };
}
