import assert from 'node:assert/strict';
import { operation, operations } from '../src/validation/operations.js';
import { validateResponse } from '../src/validation/validator.js';
import type { BrowserLikeFetch } from '../src/testing.js';
import { call, type Answer } from './helpers.js';

/** What a conformance call sends. */
export interface OpCall {
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Another method than the operation's (to see `405`). */
  method?: string;
  /** A body sent as is with this Content-Type, instead of `body` as JSON. */
  raw?: { body: string; type: string };
}

/** Every (operation, status) seen, and every response that broke the contract. */
export const seen = new Map<string, Set<number>>();
export const violations: string[] = [];

/** Calls one operation by id, records its status and validates the answer against the contract. */
export async function callOp(
  browser: BrowserLikeFetch,
  operationId: string,
  req: OpCall = {},
): Promise<Answer> {
  const op = operation(operationId);
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = req.path?.[name];
    assert.ok(value !== undefined, `${operationId}: missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = req.query ? `?${new URLSearchParams(req.query)}` : '';
  const answer = req.raw
    ? await call(
        browser,
        req.method ?? op.method,
        path + query,
        undefined,
        {
          ...req.headers,
          'Content-Type': req.raw.type,
          'X-Portal-Request': req.headers?.['X-Portal-Request'] ?? '1',
        },
        req.raw.body,
      )
    : await call(browser, req.method ?? op.method, path + query, req.body, req.headers);
  if (!seen.has(operationId)) seen.set(operationId, new Set());
  seen.get(operationId)!.add(answer.status);
  const type = answer.headers.get('content-type');
  const errors = validateResponse(
    op,
    answer.status,
    type,
    answer.body instanceof Uint8Array ? undefined : answer.body,
  );
  if (type?.includes('pdf')) {
    const head = new TextDecoder().decode((answer.body as Uint8Array).slice(0, 5));
    if (head !== '%PDF-') errors.push('the PDF does not start with %PDF-');
  }
  for (const e of errors) violations.push(`${operationId} ${answer.status}: ${e}`);
  return answer;
}

/** Calls an operation and asserts the status. */
export async function expectOp(
  browser: BrowserLikeFetch,
  operationId: string,
  status: number,
  req: OpCall = {},
): Promise<Answer> {
  const answer = await callOp(browser, operationId, req);
  assert.equal(
    answer.status,
    status,
    `${operationId}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
  );
  return answer;
}

/**
 * The documented statuses of every operation that were never seen. A 500 is documented so that
 * clients know its shape, and never expected: the mock must not send one.
 */
export function unseen(): string[] {
  return operations.flatMap((op) =>
    Object.keys(op.responses)
      .map(Number)
      .filter((status) => status !== 500 && !seen.get(op.operationId)?.has(status))
      .map((status) => `${op.operationId} ${status}`),
  );
}
