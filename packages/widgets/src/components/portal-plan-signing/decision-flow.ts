import {
  ApiError,
  unwrap,
  type Challenge,
  type PortalClient,
  type Schemas,
} from '@clientportal/sdk';
import type { ReactiveControllerHost } from 'lit';
import { problemMessage } from '../../i18n/problems.js';

type Plan = Schemas['Plan'];

/** Sign (approve) or reject. */
export type Decision = Schemas['PlanDecision'];

/** Codes that belong next to the code field; after the last three a new code is needed. */
const ABOUT_THE_CODE = ['code_invalid', 'code_expired', 'challenge_invalid', 'too_many_attempts'];

/** Codes that mean the plan is no longer the one the person read: the list must be reloaded. */
const STALE_PLAN = ['plan_changed', 'plan_already_decided', 'not_found'];

/** The outcome of confirming: decided, the plan went stale, or a problem shown in the dialog. */
export type Outcome =
  { kind: 'decided'; plan: Plan } | { kind: 'stale'; message: string } | { kind: 'problem' };

/** Where the API is and whose plans these are. */
export interface FlowTarget {
  api: PortalClient['api'];
  clientId: string;
}

/**
 * The state of one decision on one plan version: the SMS code asked for when the dialog opens,
 * the reason (with reject), the messages next to the fields, and a lock so a decision is sent
 * once however often the button is pressed.
 */
export class DecisionFlow {
  /** The plan version being decided on; undefined while the dialog is closed. */
  plan: Plan | undefined;
  decision: Decision = 'sign';
  challenge: Challenge | undefined;
  reason = '';
  reasonError = '';
  codeError = '';
  /** A problem that belongs to no field (no connection, say), shown above the buttons. */
  error = '';
  /** A request is under way: buttons say so and do nothing. */
  busy = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts a decision: forgets the last one and asks for an SMS code. */
  start(target: FlowTarget, plan: Plan, decision: Decision): Promise<Outcome | undefined> {
    Object.assign(this, { plan, decision, challenge: undefined, reason: '', busy: false });
    this.clearMessages();
    return this.requestCode(target);
  }

  /** Closes the flow. */
  stop(): void {
    this.plan = undefined;
    this.challenge = undefined;
    this.busy = false;
  }

  private clearMessages(): void {
    this.reasonError = '';
    this.codeError = '';
    this.error = '';
  }

  /** Asks for a (new) SMS code for this plan version and decision. */
  async requestCode({ api, clientId }: FlowTarget): Promise<Outcome | undefined> {
    const plan = this.plan;
    if (!plan || this.busy) return undefined;
    this.busy = true;
    this.clearMessages();
    this.host.requestUpdate();
    try {
      this.challenge = unwrap(
        await api.POST('/clients/{clientId}/plans/{planId}/decision-code', {
          params: { path: { clientId, planId: plan.id } },
          body: { decision: this.decision, version: plan.version },
        }),
      );
      return undefined;
    } catch (error) {
      return this.fail(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Sends the decision with the code; never while one is under way. */
  async confirm({ api, clientId }: FlowTarget, code: string): Promise<Outcome | undefined> {
    const { plan, challenge } = this;
    if (!plan || !challenge || this.busy) return undefined;
    this.busy = true;
    this.clearMessages();
    this.host.requestUpdate();
    const reason = this.decision === 'reject' ? this.reason.trim() : '';
    try {
      const decided = unwrap(
        await api.POST('/clients/{clientId}/plans/{planId}/decision', {
          params: { path: { clientId, planId: plan.id } },
          body: {
            decision: this.decision,
            version: plan.version,
            challengeId: challenge.id,
            code,
            ...(reason ? { reason } : {}),
          },
        }),
      );
      return { kind: 'decided', plan: decided };
    } catch (error) {
      return this.fail(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Puts a problem next to its field, or says the plan went stale. */
  private fail(error: unknown): Outcome {
    const code = error instanceof ApiError ? error.code : undefined;
    if (code && STALE_PLAN.includes(code)) return { kind: 'stale', message: problemMessage(error) };
    const fields = error instanceof ApiError ? error.fieldErrors : [];
    if (code && ABOUT_THE_CODE.includes(code)) this.codeError = problemMessage(error);
    else if (fields.some((f) => f.field === 'body.reason'))
      this.reasonError = problemMessage(error);
    else if (fields.some((f) => f.field === 'body.code')) this.codeError = problemMessage(error);
    else this.error = problemMessage(error);
    return { kind: 'problem' };
  }
}
