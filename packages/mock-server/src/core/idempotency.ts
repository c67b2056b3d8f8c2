import { ProblemError } from './problem.js';
import type { Reply, RouteContext } from './context.js';

/** A stable fingerprint of what a creating request asks for (path and body). */
function fingerprint(ctx: RouteContext): string {
  return JSON.stringify([ctx.op.operationId, ctx.params, ctx.body ?? null]);
}

/**
 * Idempotency as in the IETF Idempotency-Key draft: the same key with the same request returns
 * the stored answer; with another request `422 idempotency_key_reused`; while the first is still
 * running `409 idempotency_key_in_use`. Keys are per person. Answers of 5xx are not stored, so a
 * retry can still succeed.
 */
export async function withIdempotency(
  ctx: RouteContext,
  run: () => Reply | Promise<Reply>,
): Promise<Reply> {
  const hasKey = ctx.op.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  if (!hasKey) return run();
  const key = `${ctx.user?.id ?? 'anonymous'}:${ctx.request.headers.get('idempotency-key')}`;
  const print = fingerprint(ctx);
  const stored = ctx.db.idempotency.get(key);
  if (stored) {
    if (stored.fingerprint !== print) {
      throw new ProblemError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for another request.',
      );
    }
    if (stored.state === 'in-progress') {
      throw new ProblemError(
        409,
        'idempotency_key_in_use',
        'A request with this Idempotency-Key is still being processed.',
      );
    }
    return {
      status: stored.status,
      body: JSON.parse(stored.body),
      headers: { 'Idempotent-Replayed': 'true' },
      ...(stored.status >= 400 ? { contentType: 'application/problem+json' } : {}),
    };
  }
  ctx.db.idempotency.set(key, {
    fingerprint: print,
    state: 'in-progress',
    status: 0,
    headers: [],
    body: 'null',
    createdAt: ctx.now,
  });
  try {
    const reply = await run();
    ctx.db.idempotency.set(key, {
      fingerprint: print,
      state: 'done',
      status: reply.status,
      headers: [],
      body: JSON.stringify(reply.body ?? null),
      createdAt: ctx.now,
    });
    return reply;
  } catch (error) {
    if (error instanceof ProblemError && error.status < 500) {
      ctx.db.idempotency.set(key, {
        fingerprint: print,
        state: 'done',
        status: error.status,
        headers: [],
        body: JSON.stringify(error.toProblem(new URL(ctx.request.url).pathname)),
        createdAt: ctx.now,
      });
    } else {
      ctx.db.idempotency.delete(key);
    }
    throw error;
  }
}
