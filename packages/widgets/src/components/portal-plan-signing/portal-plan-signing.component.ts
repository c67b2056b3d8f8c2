import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { PortalPlanSignedEvent } from '../../events/portal-plan-signed.js';
import { PortalPlanRejectedEvent } from '../../events/portal-plan-rejected.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { problemMessage } from '../../i18n/problems.js';
import { announce } from '../../ui/live-region.js';
import { fieldMessage } from '../../ui/shared.styles.js';
import { chars } from '../../ui/forms/index.js';
import type { PortalCodeInput } from '../../ui/code-input/portal-code-input.component.js';
import { DecisionFlow, type Decision, type FlowTarget, type Outcome } from './decision-flow.js';
import {
  REASON_MAX_LENGTH,
  dialogActions,
  dialogBody,
  dialogHeading,
  type DialogActions,
} from './decision-dialog.js';
import { styles } from './portal-plan-signing.styles.js';

type Plan = Schemas['Plan'];

/** The dialog and the code field are needed only when someone decides: loaded then. */
const loadDialog = () =>
  Promise.all([
    import('../../ui/dialog/portal-dialog.js'),
    import('../../ui/code-input/portal-code-input.js'),
  ]);

/**
 * @summary The care plan (P8): every version with its status (awaiting your decision, signed,
 * rejected, replaced; by whom and when), each version's PDF to download, and for the version
 * awaiting a decision "Ondertekenen" or "Afkeuren" (with an optional reason), both confirmed
 * with an SMS code. A plan that changed in between is refused and the new version shown.
 *
 * @csspart panel - The panel's frame.
 * @csspart plans - The list of versions.
 * @csspart plan - One version.
 * @csspart status - The status line of a version.
 * @csspart download - The button that downloads a version's PDF.
 * @csspart sign - The button that starts signing.
 * @csspart reject - The button that starts rejecting.
 * @csspart notice - The message after a decision, or why a decision was refused.
 * @csspart dialog - The dialog that confirms a decision with the SMS code.
 *
 * @event portal-plan-signed - A version was signed; `detail.plan` is the signed version.
 * @event portal-plan-rejected - A version was rejected; `detail.plan` is the rejected version.
 */
export class PortalPlanSigning extends PortalElement {
  static override styles = [PortalElement.styles, fieldMessage, styles];

  private readonly data = new PortalData<Plan[]>(this, {
    section: 'plans',
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/plans', { params: { path: { clientId } }, signal }),
      ),
    isEmpty: (plans) => plans.length === 0,
  });

  private readonly flow = new DecisionFlow(this);

  @state() private notice: { text: string; problem: boolean } | undefined;
  @state() private dialogOpen = false;
  @state() private downloading = '';

  @query('[part~="notice"]') private noticeEl!: HTMLElement | null;

  private readonly actions: DialogActions = {
    confirm: (event) => void this.confirm(event),
    resend: () =>
      void this.withTarget((t) => this.flow.requestCode(t)).then(() => this.focusCode()),
    cancel: () => (this.dialogOpen = false),
    reason: (value) => {
      this.flow.reason = value;
      this.flow.reasonError = '';
      this.requestUpdate();
    },
  };

  protected override render() {
    if (this.data.state === 'signed-out') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Zorgplan', { id: 'plans.title' })}</h2>
      ${this.renderNotice()}
      ${this.data.render({
        complete: (plans) => this.renderPlans(plans),
        empty: () =>
          html`<p class="state empty" part="empty">
            ${msg('Er is nog geen zorgplan.', { id: 'plans.empty' })}
          </p>`,
      })}
      ${this.renderDialog()}
    </section>`;
  }

  private renderNotice() {
    if (!this.notice) return nothing;
    const { text, problem } = this.notice;
    return html`<p class="notice ${problem ? 'problem' : 'done'}" part="notice" tabindex="-1">
      ${text}
    </p>`;
  }

  private renderPlans(plans: Plan[]) {
    return html`<ul class="plans" part="plans">
      ${plans.map((plan) => this.renderPlan(plan))}
    </ul>`;
  }

  private renderPlan(plan: Plan) {
    const open = plan.status === 'awaiting-decision';
    return html`<li class="plan ${plan.status}" part="plan" data-version=${plan.version}>
      <h3>${plan.title}</h3>
      <p class="muted">
        ${msg(str`Versie ${plan.version} · opgesteld op ${formatDate(plan.createdAt)}`, {
          id: 'plans.version',
        })}
      </p>
      <p class="status" part="status"><strong>${statusText(plan)}</strong></p>
      ${
        plan.rejectionReason
          ? html`<p part="reason-shown">
              ${msg(str`Reden: ${plan.rejectionReason}`, { id: 'plans.reasonShown' })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="secondary"
          part="download"
          type="button"
          aria-disabled=${this.downloading === plan.id ? 'true' : 'false'}
          @click=${() => void this.download(plan)}
        >
          ${msg(str`Versie ${plan.version} downloaden (pdf)`, { id: 'plans.download' })}
        </button>
        ${open ? this.renderDecisionButtons(plan) : nothing}
      </div>
    </li>`;
  }

  private renderDecisionButtons(plan: Plan) {
    return html`<button
        class="primary"
        part="sign"
        type="button"
        @click=${() => void this.open(plan, 'sign')}
      >
        ${msg('Ondertekenen', { id: 'plans.sign' })}
      </button>
      <button
        class="secondary"
        part="reject"
        type="button"
        @click=${() => void this.open(plan, 'reject')}
      >
        ${msg('Afkeuren', { id: 'plans.reject' })}
      </button>`;
  }

  private renderDialog() {
    if (!this.flow.plan) return nothing;
    return html`<portal-dialog
      part="dialog"
      heading=${dialogHeading(this.flow)}
      ?open=${this.dialogOpen}
      @portal-dialog-close=${this.onDialogClose}
    >
      ${dialogBody(this.flow, this.actions)} ${dialogActions(this.flow, this.actions)}
    </portal-dialog>`;
  }

  private target(): FlowTarget | undefined {
    const portal = this.data.portal;
    if (!portal?.clientId) return undefined;
    return { api: portal.client.api, clientId: portal.clientId };
  }

  private async withTarget(run: (t: FlowTarget) => Promise<Outcome | undefined>): Promise<void> {
    const target = this.target();
    if (!target) return;
    this.handle(await run(target));
  }

  private async open(plan: Plan, decision: Decision): Promise<void> {
    const target = this.target();
    if (!target) return;
    this.notice = undefined;
    await loadDialog();
    const started = this.flow.start(target, plan, decision);
    this.dialogOpen = true;
    this.handle(await started);
    await this.focusCode();
  }

  /** Once the code is sent, focus goes to its field (after the reason, when rejecting). */
  private async focusCode(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const reason = root.querySelector<HTMLElement>('#reason');
    if (reason && reason.matches(':focus')) return;
    root.querySelector<HTMLElement>('portal-code-input')?.focus();
  }

  private async confirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const flow = this.flow;
    if (flow.busy) return;
    const codeInput = this.renderRoot.querySelector<PortalCodeInput>('portal-code-input');
    const length = chars(flow.reason);
    if (flow.decision === 'reject' && length > REASON_MAX_LENGTH) {
      flow.reasonError = msg(
        str`De reden is te lang. Gebruik hoogstens ${REASON_MAX_LENGTH} tekens; nu zijn het er ${length}.`,
        { id: 'plans.reasonTooLong' },
      );
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#reason')?.focus();
      return;
    }
    if (!codeInput?.reportValidity()) return;
    const target = this.target();
    if (target) this.handle(await flow.confirm(target, codeInput.value));
  }

  private handle(outcome: Outcome | undefined): void {
    if (!outcome || outcome.kind === 'problem') return;
    if (outcome.kind === 'stale') {
      this.finish({ text: outcome.message, problem: true });
      this.data.reload();
      return;
    }
    const plan = outcome.plan;
    this.replace(plan);
    const signed = plan.status === 'signed';
    this.finish({
      text: signed
        ? msg(str`U heeft versie ${plan.version} van het zorgplan ondertekend.`, {
            id: 'plans.signed',
          })
        : msg(str`U heeft versie ${plan.version} van het zorgplan afgekeurd.`, {
            id: 'plans.rejected',
          }),
      problem: false,
    });
    this.dispatchEvent(
      signed ? new PortalPlanSignedEvent(plan) : new PortalPlanRejectedEvent(plan),
    );
  }

  /** Shows the decided version at once, as the server now has it. */
  private replace(decided: Plan): void {
    for (const plan of this.data.value ?? []) {
      if (plan.id === decided.id) Object.assign(plan, decided);
      else if (decided.status === 'signed' && plan.status === 'signed') plan.status = 'superseded';
    }
  }

  private finish(notice: { text: string; problem: boolean }): void {
    this.notice = notice;
    this.dialogOpen = false;
    void announce(this, notice.text, { assertive: notice.problem });
  }

  private async onDialogClose(): Promise<void> {
    this.dialogOpen = false;
    this.flow.stop();
    if (!this.notice) return;
    // The button that opened the dialog is gone once the plan is decided: the notice takes focus.
    await this.updateComplete;
    this.noticeEl?.focus();
  }

  private async download(plan: Plan): Promise<void> {
    const target = this.target();
    if (!target || this.downloading) return;
    this.downloading = plan.id;
    try {
      const blob = unwrap(
        await target.api.GET('/clients/{clientId}/plans/{planId}/document', {
          params: { path: { clientId: target.clientId, planId: plan.id } },
          parseAs: 'blob',
        }),
      ) as Blob;
      saveBlob(blob, `zorgplan-versie-${plan.version}.pdf`);
    } catch (error) {
      this.notice = { text: problemMessage(error), problem: true };
    } finally {
      this.downloading = '';
    }
  }
}

/** Hands a blob to the browser's download, from memory: nothing of it in a URL to the server. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Where a version stands, by whom and when. */
function statusText(plan: Plan): string {
  const by = plan.decidedBy ?? '';
  const when = plan.decidedAt ? formatDateTime(plan.decidedAt) : '';
  switch (plan.status) {
    case 'awaiting-decision':
      return msg('Wacht op uw besluit', { id: 'plans.statusAwaiting' });
    case 'signed':
      return msg(str`Ondertekend door ${by} op ${when}`, { id: 'plans.statusSigned' });
    case 'rejected':
      return msg(str`Afgekeurd door ${by} op ${when}`, { id: 'plans.statusRejected' });
    default:
      return by
        ? msg(str`Ondertekend door ${by} op ${when}; vervangen door een nieuwere versie`, {
            id: 'plans.statusSupersededSigned',
          })
        : msg('Vervangen door een nieuwere versie', { id: 'plans.statusSuperseded' });
  }
}
