import type { components } from '@clientportal/sdk/generated';
import { createChallenge, toChallenge, verifyChallenge } from '../core/challenges.js';
import { json, scoped, signedIn, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import type { PlanRecord } from '../store/types.js';
import { clientPlans, findPlan, toPlan } from './plans-view.js';

type S = components['schemas'];

/**
 * Refuses a decision on a plan that is not open for one: `409 plan_already_decided` when it was
 * signed or rejected; `409 plan_changed` when a newer version exists or the user read another
 * version than the current one.
 */
function assertDecidable(ctx: RouteContext, plan: PlanRecord, version: number): void {
  if (plan.status === 'signed' || plan.status === 'rejected') {
    throw new ProblemError(409, 'plan_already_decided', `This plan was ${plan.status} already.`);
  }
  const current = clientPlans(ctx)[0]!;
  if (plan.status === 'superseded' || current.id !== plan.id || version !== plan.version) {
    throw new ProblemError(
      409,
      'plan_changed',
      `The plan has changed; the current version is ${current.version}. Read it again first.`,
    );
  }
}

/** Sends the SMS code that confirms this decision on this version of this plan (P8). */
export async function requestPlanDecisionCode(ctx: RouteContext<S['PlanDecisionCodeRequest']>) {
  const { user } = scoped(ctx);
  const { session } = signedIn(ctx);
  const plan = findPlan(ctx);
  assertDecidable(ctx, plan, ctx.body.version);
  const challenge = await createChallenge(ctx.db, ctx.now, session, user, {
    purpose: 'plan-decision',
    planId: plan.id,
    planVersion: plan.version,
    decision: ctx.body.decision,
  });
  return json(toChallenge(challenge, user));
}

/**
 * Signs or rejects a plan version with the code sent for exactly that plan, version and
 * decision. A signed version replaces the one signed before it.
 */
export async function decidePlan(ctx: RouteContext<S['PlanDecisionRequest']>) {
  const { user } = scoped(ctx);
  const { session } = signedIn(ctx);
  const { body, db, now } = ctx;
  const plan = findPlan(ctx);
  assertDecidable(ctx, plan, body.version);
  const challenge = await verifyChallenge(db, now, session, body.challengeId, body.code, {
    purpose: 'plan-decision',
    planId: plan.id,
    planVersion: body.version,
    decision: body.decision,
  });
  // The code was asked for while another version was current: it confirms nothing now.
  if (challenge.planVersion !== plan.version) {
    throw new ProblemError(409, 'plan_changed', 'The plan changed after the code was sent.');
  }
  const reason = body.reason?.trim();
  plan.status = body.decision === 'sign' ? 'signed' : 'rejected';
  plan.decidedAt = now;
  plan.decidedBy = user.name;
  if (body.decision === 'reject' && reason) plan.rejectionReason = reason;
  if (plan.status === 'signed') {
    for (const older of clientPlans(ctx))
      if (older.version < plan.version && older.status === 'signed') older.status = 'superseded';
  }
  return json(toPlan(plan));
}
