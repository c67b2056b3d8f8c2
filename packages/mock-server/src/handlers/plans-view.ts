import type { components } from '@clientportal/sdk/generated';
import { scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import type { PlanRecord } from '../store/types.js';
import { iso } from './shared.js';

type S = components['schemas'];

/** A plan version as the contract shows it. */
export function toPlan(p: PlanRecord): S['Plan'] {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    createdAt: iso(p.createdAt),
    status: p.status,
    ...(p.decidedAt !== undefined ? { decidedAt: iso(p.decidedAt) } : {}),
    ...(p.decidedBy ? { decidedBy: p.decidedBy } : {}),
    ...(p.rejectionReason ? { rejectionReason: p.rejectionReason } : {}),
    sections: p.sections.map(({ heading, text }) => ({ heading, text })),
  };
}

/** The plan versions of the request's client, newest first. */
export function clientPlans(ctx: RouteContext): PlanRecord[] {
  const { client } = scoped(ctx);
  return ctx.db.plans.filter((p) => p.clientId === client.id).sort((a, b) => b.version - a.version);
}

/** The plan version named in the path; another client's plan is not there for this person. */
export function findPlan(ctx: RouteContext): PlanRecord {
  const plan = clientPlans(ctx).find((p) => p.id === ctx.params.planId);
  if (!plan) throw new ProblemError(404, 'not_found', 'No such plan.');
  return plan;
}
