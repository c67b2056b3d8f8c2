import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate } from '../../i18n/format.js';
import { PlanDecisionRequest } from '../../generated/contract-facts.js';
import { chars } from '../../ui/forms/index.js';
import type { DecisionFlow } from './decision-flow.js';

/** The longest rejection reason, from the contract. */
export const REASON_MAX_LENGTH = PlanDecisionRequest.reason.maxLength;

/** What the dialog calls back into the panel. */
export interface DialogActions {
  confirm: (event: SubmitEvent) => void;
  resend: () => void;
  cancel: () => void;
  reason: (value: string) => void;
}

/** The heading of the dialog: what is being decided on. */
export function dialogHeading(flow: DecisionFlow): string {
  const version = flow.plan?.version ?? 0;
  return flow.decision === 'sign'
    ? msg(str`Zorgplan ondertekenen (versie ${version})`, { id: 'plans.signHeading' })
    : msg(str`Zorgplan afkeuren (versie ${version})`, { id: 'plans.rejectHeading' });
}

function reasonField(flow: DecisionFlow, actions: DialogActions) {
  const count = chars(flow.reason);
  return html`<div class="field">
    <label for="reason">${msg('Reden (niet verplicht)', { id: 'plans.reasonLabel' })}</label>
    <textarea
      id="reason"
      part="reason"
      rows="4"
      aria-describedby="reason-count reason-message"
      aria-invalid=${flow.reasonError ? 'true' : 'false'}
      .value=${live(flow.reason)}
      @input=${(e: Event) => actions.reason((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p id="reason-count" class="muted count" part="reason-count">
      ${msg(str`${count} van ${REASON_MAX_LENGTH} tekens`, { id: 'plans.reasonCount' })}
    </p>
    <p id="reason-message" class="message" part="reason-message">${flow.reasonError}</p>
  </div>`;
}

function codePart(flow: DecisionFlow, actions: DialogActions) {
  const challenge = flow.challenge;
  if (!challenge) {
    return html`<p part="code-pending" role="status">
      ${flow.busy ? msg('De sms-code wordt verstuurd…', { id: 'plans.codeSending' }) : nothing}
    </p>`;
  }
  return html`<p part="sent-to">
      ${msg(
        str`We hebben een sms-code gestuurd naar ${challenge.sentTo}. De code begint met ${challenge.prefix}. Vul de laatste 6 cijfers in.`,
        { id: 'plans.codeSent' },
      )}
    </p>
    <portal-code-input
      id="code"
      name="code"
      part="code"
      prefix=${challenge.prefix}
      label=${msg('Sms-code', { id: 'plans.codeLabel' })}
      error=${flow.codeError}
    ></portal-code-input>
    <button class="link" part="resend" type="button" @click=${actions.resend}>
      ${msg('Stuur een nieuwe sms-code', { id: 'plans.resend' })}
    </button>`;
}

/** The form inside the dialog: what is decided, the reason (reject), the SMS code, the buttons. */
export function dialogBody(flow: DecisionFlow, actions: DialogActions) {
  const plan = flow.plan;
  if (!plan) return nothing;
  const sign = flow.decision === 'sign';
  const what = sign
    ? msg(str`U ondertekent "${plan.title}" van ${formatDate(plan.createdAt)}.`, {
        id: 'plans.signWhat',
      })
    : msg(str`U keurt "${plan.title}" van ${formatDate(plan.createdAt)} af.`, {
        id: 'plans.rejectWhat',
      });
  return html`<form id="decision" part="decision-form" novalidate @submit=${actions.confirm}>
    <p>${what}</p>
    ${sign ? nothing : reasonField(flow, actions)} ${codePart(flow, actions)}
    <p class="message" part="decision-error" role="alert">${flow.error}</p>
  </form>`;
}

/** The buttons under the dialog. */
export function dialogActions(flow: DecisionFlow, actions: DialogActions) {
  const label =
    flow.decision === 'sign'
      ? msg('Ondertekenen', { id: 'plans.sign' })
      : msg('Afkeuren', { id: 'plans.reject' });
  return html`<div slot="actions" class="actions">
    <button
      class="primary"
      part="confirm"
      type="submit"
      form="decision"
      aria-disabled=${flow.busy || !flow.challenge ? 'true' : 'false'}
    >
      ${flow.busy && flow.challenge ? msg('Bezig…', { id: 'plans.busy' }) : label}
    </button>
    <button class="secondary" part="cancel" type="button" @click=${actions.cancel}>
      ${msg('Annuleren', { id: 'plans.cancel' })}
    </button>
  </div>`;
}
