import { ContextConsumer } from '@lit/context';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyKey, unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { portalContext } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import { CorrectionRequestInput } from '../../generated/contract-facts.js';
import { PortalCorrectionRequestedEvent } from '../../events/portal-correction-requested.js';
import {
  fieldErrorOf,
  FormProblems,
  formStyles,
  submitRow,
  textAreaField,
  textField,
  textProblem,
} from '../forms/index.js';
import { correctionStyles } from './portal-correction.styles.js';

const { wrong: WRONG, correct: CORRECT } = CorrectionRequestInput;

type Subject = Schemas['CorrectionSubject'];

/** The words of an open form, and the key its request keeps across retries. */
interface CorrectionDraft {
  wrong: string;
  correct: string;
  key: string;
}

/**
 * @summary "Klopt dit niet?" beside a detail of the profile or a report (X11): a short form
 * (what is wrong, what it should be) that sends a correction request to the care team. The
 * record itself is not changed. Shows nothing without the profile section.
 *
 * @event {PortalCorrectionRequestedEvent} portal-correction-requested - The request was sent;
 * `detail.request` is the stored request (status `sent`).
 *
 * @csspart toggle - The "Klopt dit niet?" button.
 * @csspart form - The short form.
 * @csspart submit - The button that sends the request.
 * @csspart done - The line that says the request was sent.
 */
export class PortalCorrection extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, correctionStyles];

  /** What the request is about: `{ kind: 'profile', field }` or `{ kind: 'report', reportId }`. */
  @property({ attribute: false }) subject?: Subject;

  /** The detail in words, for the button's accessible name and the form's heading ("Adres"). */
  @property() label = '';

  @state() private open = false;
  @state() private wrong = '';
  @state() private correct = '';
  @state() private busy = false;
  @state() private sent = false;
  @state() private general = '';

  private readonly problems = new FormProblems();
  /** One key per request, kept across retries so a retry never sends it twice. */
  private key = newIdempotencyKey();
  private readonly portal = new ContextConsumer(this, { context: portalContext, subscribe: true });

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreDraft();
  }

  override disconnectedCallback(): void {
    // A long list removes the rows out of view: the words typed so far wait for its return.
    this.keepDraft();
    super.disconnectedCallback();
  }

  /** Where the open form's words are kept while it is out of the page (never in web storage). */
  private draftKey(): string | undefined {
    const { subject } = this;
    const clientId = this.portal.value?.clientId;
    if (!subject || !clientId) return undefined;
    const about = subject.kind === 'report' ? `report:${subject.reportId}` : subject.field;
    return `correction:${clientId}:${about}`;
  }

  private keepDraft(): void {
    const key = this.draftKey();
    if (!key || !this.open || !(this.wrong || this.correct)) return;
    const draft: CorrectionDraft = { wrong: this.wrong, correct: this.correct, key: this.key };
    this.portal.value?.drafts.save(key, draft);
  }

  private restoreDraft(): void {
    const key = this.draftKey();
    const draft = key ? this.portal.value?.drafts.take<CorrectionDraft>(key) : undefined;
    if (!draft) return;
    ({ wrong: this.wrong, correct: this.correct, key: this.key } = draft);
    this.open = true;
  }

  /** Whether the person may ask (the profile section for this client). */
  private get allowed(): boolean {
    const portal = this.portal.value;
    const access = portal?.state.session?.clients.find((c) => c.id === portal.clientId);
    return !!access?.sections.includes('profile');
  }

  protected override render() {
    if (!this.allowed || !this.subject) return nothing;
    const about = this.label ? html`<span class="visually-hidden">: ${this.label}</span>` : nothing;
    return html`<button
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="form"
        @click=${this.toggle}
      >
        ${msg('Klopt dit niet?', { id: 'correction.toggle' })}${about}
      </button>
      ${
        this.sent
          ? html`<p class="done" part="done" role="status">
              ${msg(
                'Uw verzoek is naar het zorgteam gestuurd. U ziet het antwoord bij Mijn gegevens.',
                {
                  id: 'correction.sent',
                },
              )}
            </p>`
          : nothing
      }
      ${this.open ? this.renderForm() : nothing}`;
  }

  private renderForm() {
    const { problems } = this;
    const heading = this.label
      ? msg(str`Verbetering vragen: ${this.label}`, { id: 'correction.headingFor' })
      : msg('Verbetering vragen', { id: 'correction.heading' });
    return html`<form
      id="form"
      part="form"
      novalidate
      aria-labelledby="heading"
      @submit=${this.submit}
    >
      <h3 class="heading" id="heading">${heading}</h3>
      ${textAreaField({
        id: 'wrong',
        name: 'wrong',
        label: msg('Wat klopt er niet?', { id: 'correction.wrong' }),
        maxLength: WRONG.maxLength,
        rows: 3,
        value: this.wrong,
        error: problems.get('wrong'),
        onInput: (v) => (this.wrong = v),
      })}
      ${textField({
        id: 'correct',
        name: 'correct',
        label: msg('Wat moet het zijn?', { id: 'correction.correct' }),
        autocomplete: 'off',
        value: this.correct,
        error: problems.get('correct'),
        onInput: (v) => (this.correct = v),
      })}
      ${this.general ? html`<p class="general" role="alert">${this.general}</p>` : nothing}
      ${submitRow({
        label: msg('Naar het zorgteam sturen', { id: 'correction.submit' }),
        busy: this.busy,
        extra: html`<button class="secondary" type="button" @click=${this.toggle}>
          ${msg('Annuleren', { id: 'correction.cancel' })}
        </button>`,
      })}
    </form>`;
  }

  private readonly toggle = async () => {
    this.open = !this.open;
    if (this.open) this.sent = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.open ? '#wrong' : '[part=toggle]')?.focus();
  };

  /** The messages next to the fields; returns whether all is well. */
  private check(): boolean {
    const { problems } = this;
    problems.clear();
    problems.set(
      'wrong',
      textProblem(this.wrong.trim(), { max: WRONG.maxLength }, () =>
        msg('Schrijf wat er niet klopt.', { id: 'correction.wrongMissing' }),
      ),
    );
    const oneLine = /[\r\n]/.test(this.correct)
      ? msg('Schrijf dit op één regel.', { id: 'correction.oneLine' })
      : undefined;
    problems.set(
      'correct',
      textProblem(this.correct.trim(), { max: CORRECT.maxLength }, () =>
        msg('Schrijf wat het moet zijn.', { id: 'correction.correctMissing' }),
      ) ?? oneLine,
    );
    return !problems.any;
  }

  private readonly submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    this.general = '';
    if (!this.check()) return this.focusFirstProblem();
    const portal = this.portal.value;
    if (!portal?.clientId || !this.subject) return;
    this.busy = true;
    try {
      const request = unwrap(
        await portal.client.api.POST('/clients/{clientId}/correction-requests', {
          params: { path: { clientId: portal.clientId }, header: { 'Idempotency-Key': this.key } },
          body: { subject: this.subject, wrong: this.wrong.trim(), correct: this.correct.trim() },
        }),
      );
      this.key = newIdempotencyKey();
      this.wrong = this.correct = '';
      this.open = false;
      this.sent = true;
      this.dispatchEvent(new PortalCorrectionRequestedEvent(request));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=toggle]')?.focus();
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy = false;
    }
  };

  /** A refusal: field problems next to their fields, anything else under the form. */
  private refused(error: unknown): void {
    const wrong = fieldErrorOf(error, 'body.wrong');
    const correct = fieldErrorOf(error, 'body.correct');
    if (wrong) this.problems.set('wrong', problemMessage(error));
    if (correct) this.problems.set('correct', problemMessage(error));
    if (!wrong && !correct) this.general = problemMessage(error);
    this.requestUpdate();
    void this.focusFirstProblem();
  }

  private async focusFirstProblem(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    const id = this.problems.get('wrong') ? 'wrong' : this.problems.get('correct') ? 'correct' : '';
    if (id) this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
