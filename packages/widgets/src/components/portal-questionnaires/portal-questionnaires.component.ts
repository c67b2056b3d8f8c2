import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyKey, unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { formatDate } from '../../i18n/format.js';
import { PortalQuestionnaireSubmittedEvent } from '../../events/dossier-events.js';
import { problemMessage } from '../../i18n/problems.js';
import {
  freshnessStyles,
  freshnessView,
  withFreshness,
  type Fresh,
} from '../../ui/freshness/freshness.js';
import {
  errorSummary,
  focusById,
  formStyles,
  FormProblems,
  submitRow,
} from '../../ui/forms/index.js';
import {
  answered,
  checkAnswers,
  fieldId,
  questionField,
  serverProblems,
  type Answers,
  type AnswerValue,
} from './questionnaire-form.js';
import { answerText } from './questionnaire-answers.js';
import { panelFrame, subHeading } from '../../ui/panel-frame.js';
import { styles } from './portal-questionnaires.styles.js';

type Summary = Schemas['QuestionnaireSummary'];
type Questionnaire = Schemas['Questionnaire'];

/** What is kept of a questionnaire being filled in: the answers and the key of its one sending. */
interface Draft {
  answers: Answers;
  key: string;
}

/**
 * @summary The questionnaires (vragenlijsten) the care team sent (C9, X4): the completed ones to
 * read, the open ones to fill in and send. Required questions are checked before sending; what
 * was filled in is kept when the panel is left and opened again in the same session; a
 * questionnaire is sent once, also when the button is pressed again or the connection drops.
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be updated.
 * @csspart open - The list of questionnaires to fill in.
 * @csspart completed - The list of completed questionnaires.
 * @csspart item - One questionnaire in a list.
 * @csspart back - The button back to the lists.
 * @csspart summary - The list of problems after "Versturen".
 * @csspart submit - The "Versturen" button.
 * @csspart sent - The confirmation after sending.
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when there are no questionnaires.
 * @csspart error - The error message with its retry button.
 * @csspart forbidden - The text when this person may not see questionnaires.
 *
 * @event {PortalQuestionnaireSubmittedEvent} portal-questionnaire-submitted - A questionnaire was sent; `detail.questionnaire`.
 */
export class PortalQuestionnaires extends PortalElement {
  static override styles = [PortalElement.styles, formStyles, freshnessStyles, styles];

  /**
   * Shown inside another panel (the dossier does): a level-3 title and no landmark of its own.
   */
  @property({ type: Boolean }) nested = false;

  @state() private openId: string | undefined;
  @state() private answers: Answers = {};
  @state() private busy = false;
  @state() private sent = '';

  private key = '';
  private readonly problems = new FormProblems();
  private focusTarget: string | undefined;

  private readonly list = new PortalData<Fresh<Summary[]>>(this, {
    section: 'questionnaires',
    isEmpty: (fresh) => fresh.data.length === 0,
    load: (ctx) =>
      withFreshness(ctx, async ({ api, clientId, signal }) =>
        unwrap(
          await api.GET('/clients/{clientId}/questionnaires', {
            params: { path: { clientId } },
            signal,
          }),
        ),
      ),
  });

  private readonly detail = new PortalData<Questionnaire | null>(this, {
    section: 'questionnaires',
    args: () => [this.openId],
    load: async ({ api, clientId, signal }) => {
      const questionnaireId = this.openId;
      if (!questionnaireId) return null;
      return unwrap(
        await api.GET('/clients/{clientId}/questionnaires/{questionnaireId}', {
          params: { path: { clientId, questionnaireId } },
          signal,
        }),
      );
    },
  });

  private draftKey(id: string): string {
    return `questionnaires:${this.list.portal?.clientId ?? ''}:${id}`;
  }

  /** Opens a questionnaire, with what was filled in before in this session. */
  private open(id: string): void {
    const drafts = this.list.portal?.drafts;
    const draft = drafts?.take<Draft>(this.draftKey(id));
    this.answers = draft?.answers ?? {};
    this.key = draft?.key ?? newIdempotencyKey();
    this.problems.clear();
    this.sent = '';
    this.openId = id;
    this.keep();
    this.focusTarget = 'questionnaire-title';
  }

  private back(): void {
    this.keep();
    this.openId = undefined;
    this.problems.clear();
    this.focusTarget = 'title';
  }

  /** Keeps the answers in the session's drafts (memory only). */
  private keep(): void {
    if (this.openId) this.list.portal?.drafts.save(this.draftKey(this.openId), this.draft());
  }

  private draft(): Draft {
    return { answers: this.answers, key: this.key };
  }

  private change(id: string, value: AnswerValue): void {
    this.answers = { ...this.answers, [id]: value };
    this.keep();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector(`#${this.focusTarget}`);
    if (!target) return;
    this.focusTarget = undefined;
    focusById(this.renderRoot, target.id);
  }

  private async submit(event: SubmitEvent, q: Questionnaire): Promise<void> {
    event.preventDefault();
    const portal = this.list.portal;
    if (this.busy || !portal?.clientId) return;
    this.problems.clear();
    checkAnswers(q.questions, this.answers, this.problems);
    if (this.problems.any) return this.showProblems();
    const answers = q.questions
      .filter((x) => answered(this.answers[x.id]))
      .map((x) => {
        const value = this.answers[x.id]!;
        return { questionId: x.id, value: typeof value === 'string' ? value.trim() : value };
      });
    this.busy = true;
    try {
      const done = unwrap(
        await portal.client.api.POST(
          '/clients/{clientId}/questionnaires/{questionnaireId}/responses',
          {
            params: {
              path: { clientId: portal.clientId, questionnaireId: q.id },
              header: { 'Idempotency-Key': this.key },
            },
            body: { answers },
          },
        ),
      );
      this.finish(done);
    } catch (error) {
      if (!serverProblems(error, answers, q.questions, this.problems)) {
        this.problems.add(problemMessage(error));
      }
      this.showProblems();
    } finally {
      this.busy = false;
    }
  }

  private finish(done: Questionnaire): void {
    this.list.portal?.drafts.delete(this.draftKey(done.id));
    this.openId = undefined;
    this.sent = msg(str`Bedankt. Uw antwoorden op "${done.title}" zijn verstuurd.`, {
      id: 'questionnaires.sent',
    });
    this.focusTarget = 'sent';
    this.list.reload();
    this.dispatchEvent(new PortalQuestionnaireSubmittedEvent(done));
  }

  private showProblems(): void {
    this.focusTarget = 'summary';
    this.requestUpdate();
  }

  protected override render() {
    if (this.list.state === 'signed-out') return html``;
    return panelFrame(
      this.nested,
      msg('Vragenlijsten', { id: 'questionnaires.title' }),
      html`${freshnessView(this.list.value?.sync)}
      ${
        this.sent
          ? html`<p class="sent" part="sent" id="sent" role="status" tabindex="-1">${this.sent}</p>`
          : nothing
      }
      ${this.openId ? this.renderOpen() : this.renderLists()}`,
    );
  }

  private renderLists() {
    return this.list.render({
      complete: ({ data }) => {
        const open = data.filter((q) => q.status === 'open');
        const done = data.filter((q) => q.status === 'completed');
        return html`${this.renderGroup('open', open)}${this.renderGroup('completed', done)}`;
      },
      empty: () =>
        html`<p class="state empty" part="empty">
          ${msg('Er zijn geen vragenlijsten voor u.', { id: 'questionnaires.empty' })}
        </p>`,
    });
  }

  private renderGroup(kind: 'open' | 'completed', items: Summary[]) {
    if (!items.length) return nothing;
    const heading =
      kind === 'open'
        ? msg('Nog in te vullen', { id: 'questionnaires.openHeading' })
        : msg('Ingevuld', { id: 'questionnaires.completedHeading' });
    return html`${subHeading(this.nested, heading, 'group')}
      <ul class="items" part=${kind}>
        ${items.map((q) => this.renderItem(q))}
      </ul>`;
  }

  private renderItem(q: Summary) {
    const when = q.completedAt
      ? msg(str`Ingevuld op ${formatDate(q.completedAt)}`, { id: 'questionnaires.completedOn' })
      : q.dueAt
        ? msg(str`Graag invullen vóór ${formatDate(q.dueAt)}`, { id: 'questionnaires.due' })
        : msg(str`Gestuurd op ${formatDate(q.sentAt)}`, { id: 'questionnaires.sentOn' });
    const action =
      q.status === 'open'
        ? msg('Invullen', { id: 'questionnaires.fillIn' })
        : msg('Bekijken', { id: 'questionnaires.view' });
    return html`<li class="item" part="item">
      <span class="item-title">${q.title}</span>
      <span class="muted">${when}</span>
      <button
        class="secondary"
        type="button"
        aria-label="${action}: ${q.title}"
        @click=${() => this.open(q.id)}
      >
        ${action}
      </button>
    </li>`;
  }

  private renderOpen() {
    return html`<button class="secondary" part="back" type="button" @click=${this.back}>
        ${msg('Terug naar de vragenlijsten', { id: 'questionnaires.back' })}
      </button>
      ${this.detail.render({
        complete: (q) => (q ? this.renderQuestionnaire(q) : nothing),
      })}`;
  }

  private renderQuestionnaire(q: Questionnaire) {
    const head = html`${subHeading(this.nested, q.title, 'questionnaire-title', 'questionnaire-title')}
    ${q.introduction ? html`<p class="intro">${q.introduction}</p>` : nothing}`;
    if (q.status === 'completed') {
      return html`${head}
        <dl class="answers">
          ${q.questions.map(
            (x) =>
              html`<dt>${x.text}</dt>
                <dd>${answerText(x, q.answers?.find((a) => a.questionId === x.id)?.value)}</dd>`,
          )}
        </dl>`;
    }
    const { problems } = this;
    return html`${head} ${errorSummary(problems, (id) => focusById(this.renderRoot, id))}
      <form
        novalidate
        aria-labelledby="questionnaire-title"
        @submit=${(e: SubmitEvent) => this.submit(e, q)}
      >
        ${q.questions.map((x) =>
          questionField(x, this.answers[x.id], problems.get(fieldId(x)), (v) =>
            this.change(x.id, v),
          ),
        )}
        ${submitRow({ label: msg('Versturen', { id: 'questionnaires.submit' }), busy: this.busy })}
      </form>`;
  }
}
