import type { FieldError, Problem, ProblemCode } from './types.js';

/** What went wrong: a code of the contract, or a failure that never reached the server. */
export type ApiErrorCode = ProblemCode | 'network_error' | 'aborted';

/** The fields an `ApiError` is built from. */
export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  title: string;
  detail?: string;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  attemptsLeft?: number;
  instance?: string;
}

/**
 * A failed call, typed: the problem's `code` for a translated message, per-field errors, and the
 * wait or tries left where the server gave them. `status` is 0 when no answer came.
 */
export class ApiError extends Error {
  /** The HTTP status, or 0 for a network error, an abort or a check made before sending. */
  readonly status: number;
  /** The stable machine code to translate. */
  readonly code: ApiErrorCode;
  /** A short English summary (for developers; the widgets show their own text). */
  readonly title: string;
  /** An English explanation of this occurrence. */
  readonly detail?: string;
  /** Per-field errors (with `validation_failed`). */
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before trying again (429, 503). */
  readonly retryAfter?: number;
  /** Tries left on a code challenge (with `code_invalid`). */
  readonly attemptsLeft?: number;
  /** The request path the problem is about. */
  readonly instance?: string;

  constructor(init: ApiErrorInit, options?: { cause?: unknown }) {
    super(init.detail ?? init.title, options);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.attemptsLeft = init.attemptsLeft;
    this.instance = init.instance;
  }
}

/** The code to assume when an error answer carries no problem body (a proxy's HTML page, say). */
function codeForStatus(status: number): ProblemCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'too_many_requests';
  if (status === 503) return 'service_unavailable';
  return 'internal_error';
}

/** Whether a parsed body looks like a problem of the contract. */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { code, title } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof title === 'string';
}

/** Reads `Retry-After` in seconds; an HTTP date is turned into the seconds until it. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds the `ApiError` for an error answer and its (already parsed) body. */
export function toApiError(response: Response, body: unknown): ApiError {
  const header = parseRetryAfter(response.headers.get('Retry-After'));
  if (!isProblem(body)) {
    const code = codeForStatus(response.status);
    return new ApiError({
      status: response.status,
      code,
      title: response.statusText || code,
      retryAfter: header,
    });
  }
  return new ApiError({
    status: response.status,
    code: body.code,
    title: body.title,
    detail: body.detail,
    fieldErrors: body.errors,
    retryAfter: body.retryAfter ?? header,
    attemptsLeft: body.attemptsLeft,
    instance: body.instance,
  });
}

/**
 * The data of an openapi-fetch result, or the typed `ApiError` for its problem. Use it on every
 * call whose failure the caller does not handle field by field.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw toApiError(result.response, result.error);
}

/** Turns anything thrown by a fetch into an `ApiError` (network failure or abort). */
export function toTransportError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const aborted = error instanceof Error && error.name === 'AbortError';
  return new ApiError(
    aborted
      ? { status: 0, code: 'aborted', title: 'The request was aborted' }
      : { status: 0, code: 'network_error', title: 'The server could not be reached' },
    { cause: error },
  );
}
