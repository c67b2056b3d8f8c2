import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { clientPlans, findPlan, toPlan } from './plans-view.js';
import { planDocument } from './plans-document.js';
import { decidePlan, requestPlanDecisionCode } from './plans-decision.js';

type S = components['schemas'];

/** Care plans (P8, C9): the versions, each as a PDF, and signing or rejecting with an SMS code. */
export function planHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listPlans', (ctx) => json(clientPlans(ctx).map(toPlan))),
    route(rt, 'getPlanDocument', (ctx) => planDocument(ctx, findPlan(ctx))),
    route<S['PlanDecisionCodeRequest']>(rt, 'requestPlanDecisionCode', requestPlanDecisionCode),
    route<S['PlanDecisionRequest']>(rt, 'decidePlan', decidePlan),
  ];
}
