import { msg, str } from '@lit/localize';
import type { ApiError } from '@clientportal/sdk';

/** What a form needs from a refused request: its code, how long to wait, and that wait in words. */

/** The code a failure carries (`internal_error` for anything that is not an `ApiError`). */
export const codeOf = (error: unknown): string =>
  (error as Partial<ApiError> | undefined)?.code ?? 'internal_error';

/** Seconds to wait that a failure carries, if any. */
export const retryAfterOf = (error: unknown): number | undefined =>
  (error as Partial<ApiError> | undefined)?.retryAfter;

/** The field error the server gave for `field` (`body.newPassword`), if any. */
export const fieldErrorOf = (error: unknown, field: string) =>
  (error as Partial<ApiError> | undefined)?.fieldErrors?.find((f) => f.field === field);

/** "30 seconden", "1 minuut", "15 minuten": a wait, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return s === 1
      ? msg('1 seconde', { id: 'form.wait.second' })
      : msg(str`${s} seconden`, { id: 'form.wait.seconds' });
  }
  const m = Math.ceil(seconds / 60);
  return m === 1
    ? msg('1 minuut', { id: 'form.wait.minute' })
    : msg(str`${m} minuten`, { id: 'form.wait.minutes' });
}
