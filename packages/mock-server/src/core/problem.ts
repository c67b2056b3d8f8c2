import type { components } from '@clientportal/sdk/generated';

/** A problem code of the contract. */
export type ProblemCode = components['schemas']['ProblemCode'];
/** An RFC 9457 problem body of the contract. */
export type Problem = components['schemas']['Problem'];
/** One field's error inside a problem. */
export type FieldError = components['schemas']['FieldError'];

const titles: Record<ProblemCode, string> = {
  validation_failed: 'The request is not valid',
  invalid_credentials: 'Wrong username or password',
  too_many_attempts: 'Too many attempts',
  too_many_requests: 'Too many requests',
  unauthenticated: 'Not signed in',
  session_expired: 'The session has expired',
  csrf_check_failed: 'Cross-site request refused',
  step_out_of_order: 'This sign-in step is not the current one',
  code_invalid: 'Wrong code',
  code_expired: 'The code has expired',
  challenge_invalid: 'The code cannot confirm this',
  password_incorrect: 'The current password is wrong',
  password_rejected: 'This password is not allowed',
  reset_token_invalid: 'The reset link is not valid any more',
  terms_outdated: 'These are not the current terms',
  forbidden_section: 'Section not granted',
  read_only: 'This cannot be changed',
  cannot_change_own_access: 'You cannot change your own access',
  not_found: 'Not found',
  idempotency_key_reused: 'Idempotency key reused with another request',
  idempotency_key_in_use: 'A request with this idempotency key is in progress',
  plan_changed: 'The plan has changed',
  plan_already_decided: 'The plan has already been decided',
  questionnaire_completed: 'The questionnaire has already been filled in',
  internal_error: 'Internal error',
  service_unavailable: 'Service unavailable',
  method_not_allowed: 'Method not allowed',
  payload_too_large: 'The body is too large',
  unsupported_media_type: 'Unsupported media type',
};

/** Headers on every answer of the API: care-record data is never cached nor type-sniffed. */
export const apiHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** Thrown inside a handler to answer with a problem; the route wrapper turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: Partial<Problem> = {},
    /** Extra response headers (`Allow` with a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? titles[code]);
  }

  /** The problem body for a request path. */
  toProblem(instance: string): Problem {
    return {
      type: `https://portaal.zorg.example/problems/${this.code}`,
      title: titles[this.code],
      status: this.status,
      code: this.code,
      instance,
      ...(this.detail ? { detail: this.detail } : {}),
      ...this.extra,
    };
  }
}

/** Builds the problem+json response for an error. */
export function problemResponse(error: ProblemError, instance: string): Response {
  const headers = new Headers({
    ...apiHeaders,
    ...error.headers,
    'Content-Type': 'application/problem+json',
  });
  if (error.extra.retryAfter !== undefined)
    headers.set('Retry-After', String(error.extra.retryAfter));
  return new Response(JSON.stringify(error.toProblem(instance)), { status: error.status, headers });
}
