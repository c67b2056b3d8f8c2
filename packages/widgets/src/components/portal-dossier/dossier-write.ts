// The "Schrijven" tab: the client writes a report into the dossier (C9).
import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { newIdempotencyKey, unwrap, type Schemas } from '@clientportal/sdk';
import { ReportInput } from '../../generated/contract-facts.js';
import type { PortalContextValue } from '../../internal/context.js';
import { problemMessage } from '../../i18n/problems.js';
import {
  errorSummary,
  fieldErrorOf,
  focusById,
  FormProblems,
  submitRow,
  textAreaField,
  textField,
  textProblem,
} from '../../ui/forms/index.js';

const { title: TITLE, body: BODY } = ReportInput;
type Attachment = Schemas['Attachment'];

/** What is being written, kept in the session's drafts, with the key of its one sending. */
interface Draft {
  title: string;
  body: string;
  /** Uploaded photos and PDFs (X9); they stay valid for a retry after a failed save. */
  attachments: Attachment[];
  key: string;
}

/** An empty draft with a fresh key. */
const emptyDraft = (): Draft => ({
  title: '',
  body: '',
  attachments: [],
  key: newIdempotencyKey(),
});

/** The write form's state and its sending; the dossier renders it in its tab. */
export class DossierWrite {
  private draft: Draft = emptyDraft();
  private busy = false;
  private readonly problems = new FormProblems();
  /** The confirmation after a report was stored. */
  done = '';
  private restoredFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly portal: () => PortalContextValue | undefined,
    private readonly written: (report: Schemas['Report']) => void,
  ) {}

  private get key(): string {
    return `dossier.write:${this.portal()?.clientId ?? ''}`;
  }

  /** Takes back what was being written in this session, once per client. */
  private restore(): void {
    const portal = this.portal();
    if (!portal?.clientId || this.restoredFor === portal.clientId) return;
    this.restoredFor = portal.clientId;
    const kept = portal.drafts.take<Draft>(this.key);
    if (kept) this.draft = { ...emptyDraft(), ...kept };
  }

  private set(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.done = '';
    this.portal()?.drafts.save(this.key, this.draft);
    this.host.requestUpdate();
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const portal = this.portal();
    if (this.busy || !portal?.clientId) return;
    const { problems, draft } = this;
    problems.clear();
    problems.set(
      'report-title',
      textProblem(draft.title.trim(), { max: TITLE.maxLength }, () =>
        msg('Vul een onderwerp in.', { id: 'dossier.write.titleMissing' }),
      ),
    );
    problems.set(
      'report-body',
      textProblem(draft.body.trim(), { max: BODY.maxLength }, () =>
        msg('Schrijf uw rapportage. Het veld is nog leeg.', { id: 'dossier.write.bodyMissing' }),
      ),
    );
    if (problems.any) return this.refocus('summary');
    this.busy = true;
    this.host.requestUpdate();
    try {
      const report = unwrap(
        await portal.client.api.POST('/clients/{clientId}/reports', {
          params: { path: { clientId: portal.clientId }, header: { 'Idempotency-Key': draft.key } },
          body: {
            title: draft.title.trim(),
            body: draft.body.trim(),
            ...(draft.attachments.length
              ? { attachmentIds: draft.attachments.map((a) => a.id) }
              : {}),
          },
        }),
      );
      portal.drafts.delete(this.key);
      this.draft = emptyDraft();
      this.done = msg('Uw rapportage staat nu in het dossier.', { id: 'dossier.write.done' });
      this.written(report);
      this.refocus('write-done');
    } catch (error) {
      // The text stays; the server's word on a field goes beside it, anything else on top.
      const title = fieldErrorOf(error, 'body.title');
      const body = fieldErrorOf(error, 'body.body');
      if (title) problems.set('report-title', problemMessage(error));
      if (body) problems.set('report-body', problemMessage(error));
      if (!title && !body) problems.add(problemMessage(error));
      this.refocus('summary');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  private refocus(id: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => focusById(this.host.shadowRoot!, id));
  }

  /** The form, or first the confirmation of what was just stored. */
  render(): TemplateResult {
    // The picker loads with the Schrijven tab, not with the dossier.
    void import('../../ui/attachments/portal-attachment-picker.js');
    this.restore();
    const { problems, draft } = this;
    return html`${
        this.done
          ? html`<p class="done" id="write-done" role="status" tabindex="-1">${this.done}</p>`
          : html`<p class="done" role="status"></p>`
      }
      ${errorSummary(problems, (id) => focusById(this.host.shadowRoot!, id))}
      <form
        novalidate
        aria-label=${msg('Rapportage schrijven', { id: 'dossier.write.form' })}
        @submit=${this.submit}
      >
        ${textField({
          id: 'report-title',
          name: 'title',
          label: msg('Onderwerp', { id: 'dossier.write.title' }),
          autocomplete: 'off',
          value: draft.title,
          error: problems.get('report-title'),
          onInput: (title) => this.set({ title }),
        })}
        ${textAreaField({
          id: 'report-body',
          name: 'body',
          label: msg('Uw rapportage', { id: 'dossier.write.body' }),
          hint: msg('Wat wilt u dat het zorgteam weet? Het komt in uw dossier.', {
            id: 'dossier.write.hint',
          }),
          maxLength: BODY.maxLength,
          rows: 6,
          value: draft.body,
          error: problems.get('report-body'),
          onInput: (body) => this.set({ body }),
        })}
        <fieldset class="attach" part="attach">
          <legend>${msg('Bijlagen (niet verplicht)', { id: 'dossier.write.attach' })}</legend>
          <portal-attachment-picker
            .attachments=${draft.attachments}
            @portal-attachments-changed=${(e: CustomEvent<{ attachments: Attachment[] }>) =>
              this.set({ attachments: e.detail.attachments })}
          ></portal-attachment-picker>
        </fieldset>
        ${submitRow({
          label: msg('Opslaan in het dossier', { id: 'dossier.write.submit' }),
          busy: this.busy,
        })}
      </form>`;
  }
}
