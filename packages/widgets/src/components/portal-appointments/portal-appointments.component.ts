import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { unwrap, newIdempotencyKey, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { formatDate } from '../../i18n/format.js';
import { problemMessage } from '../../i18n/problems.js';
import { announce } from '../../ui/live-region.js';
import { FormProblems } from '../../ui/forms/form-problems.js';
import { fieldErrorOf } from '../../ui/forms/server-answers.js';
import { addDays, amsterdamMoment, wallTime } from './amsterdam-time.js';
import type { AppointmentValues } from './appointment-form.js';
import type { ChangeValues } from './change-request.js';

/** The dialogs' module, loaded on first use. */
type Forms = typeof import('./appointment-dialog.js');
import { appointmentItem, dayList, type ItemActions } from './appointment-views.js';
import { styles } from './portal-appointments.styles.js';

type Appointment = Schemas['Appointment'];
type Dialog =
  | { mode: 'add'; values: AppointmentValues }
  | { mode: 'edit'; appointment: Appointment; values: AppointmentValues }
  | { mode: 'delete'; appointment: Appointment }
  | { mode: 'change'; appointment: Appointment; values: ChangeValues };

/** How many days each view shows. */
const DAYS = { list: 28, week: 7 } as const;

/**
 * @summary The agenda (C7, X10): care appointments (read only, marked "Zorgafspraak") and own
 * appointments, as a list by day or a week; own appointments are added, changed and deleted with
 * a clear choice whether the care team may see them. On a care appointment "Ik ben er niet" or
 * "Kan het op een ander moment?" sends a change request to the planner; its status shows on the
 * appointment. Times are those in the Netherlands.
 *
 * @csspart panel - The panel's frame.
 * @csspart toolbar - The view switch, the week buttons and "Afspraak toevoegen".
 * @csspart list - The appointments by day.
 * @csspart appointment - One appointment (also `care` or `own`).
 * @csspart badge - Who may see an appointment, or that it is a care appointment.
 * @csspart change-status - The status of a change request.
 * @csspart add - The button that adds an own appointment.
 * @csspart edit - The button that changes an own appointment.
 * @csspart delete - The button that deletes an own appointment.
 * @csspart not-home - "Ik ben er niet" on a care appointment.
 * @csspart reschedule - "Kan het op een ander moment?" on a care appointment.
 * @csspart notice - What just happened.
 * @csspart save - The button in the dialog that saves or sends.
 */
export class PortalAppointments extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  @state() private view: 'list' | 'week' = 'list';
  @state() private from = wallTime(Date.now()).day;
  @state() private dialog: Dialog | undefined;
  @state() private busy = false;
  @state() private notice = '';
  @state() private dialogError = '';
  private readonly problems = new FormProblems();
  private key = newIdempotencyKey();
  private forms: Forms | undefined;

  private readonly data = new PortalData<Appointment[]>(this, {
    section: 'appointments',
    isEmpty: (items) => items.length === 0,
    args: () => [this.from, this.view],
    load: async ({ api, clientId, signal }) => {
      const from = new Date(amsterdamMoment(this.from, '00:00')).toISOString();
      const to = new Date(amsterdamMoment(addDays(this.from, DAYS[this.view]), '00:00'));
      const query = { from, to: to.toISOString() };
      return unwrap(
        await api.GET('/clients/{clientId}/appointments', {
          params: { path: { clientId }, query },
          signal,
        }),
      ).items;
    },
  });

  private readonly actions: ItemActions = {
    edit: (a) => void this.open((f) => ({ mode: 'edit', appointment: a, values: f.valuesOf(a) })),
    remove: (a) => void this.open(() => ({ mode: 'delete', appointment: a })),
    change: (a, kind) =>
      void this.open(() => ({
        mode: 'change',
        appointment: a,
        values: { kind, reason: '', day: '', time: '' },
      })),
  };

  protected override render() {
    if (this.data.state === 'signed-out') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="heading">
      <h2 class="title" id="heading" tabindex="-1">
        ${msg('Agenda', { id: 'appointments.title' })}
      </h2>
      ${this.renderToolbar()}
      <p class="notice" part="notice" tabindex="-1" ?hidden=${!this.notice}>${this.notice}</p>
      ${this.data.render({
        complete: (items) => this.renderItems(items),
        empty: () =>
          html`<p class="state empty" part="empty">
            ${msg('Er staan geen afspraken in deze periode.', { id: 'appointments.empty' })}
          </p>`,
      })}
      ${this.renderDialog()}
    </section>`;
  }

  private renderToolbar() {
    if (this.data.state === 'forbidden') return nothing;
    const toggle = (view: 'list' | 'week', label: string) =>
      html`<button
        class="secondary"
        type="button"
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => (this.view = view)}
      >
        ${label}
      </button>`;
    return html`<div class="toolbar" part="toolbar">
      <div
        class="group"
        role="group"
        aria-label=${msg('Weergave', { id: 'appointments.viewLabel' })}
      >
        ${toggle('list', msg('Lijst', { id: 'appointments.viewList' }))}
        ${toggle('week', msg('Week', { id: 'appointments.viewWeek' }))}
      </div>
      <div class="group">
        <button
          class="secondary"
          type="button"
          part="earlier"
          @click=${() => (this.from = addDays(this.from, -7))}
        >
          ${msg('Week eerder', { id: 'appointments.earlier' })}
        </button>
        <button
          class="secondary"
          type="button"
          part="later"
          @click=${() => (this.from = addDays(this.from, 7))}
        >
          ${msg('Week later', { id: 'appointments.later' })}
        </button>
      </div>
      <button
        class="primary"
        type="button"
        part="add"
        @click=${() => void this.open((f) => ({ mode: 'add', values: f.emptyValues(this.from) }))}
      >
        ${msg('Afspraak toevoegen', { id: 'appointments.add' })}
      </button>
    </div>`;
  }

  private renderItems(items: Appointment[]) {
    if (this.view === 'list') return dayList(items, this.actions);
    const days = Array.from({ length: 7 }, (_, i) => addDays(this.from, i));
    return html`<div class="week" part="week">
      ${days.map((day) => {
        const list = items.filter((a) => wallTime(a.start).day === day);
        const name = formatDate(amsterdamMoment(day, '12:00'));
        return html`<div class="week-day">
          <h3>${name}</h3>
          ${
            list.length
              ? html`<ul>
                  ${list.map((a) => appointmentItem(a, this.actions))}
                </ul>`
              : html`<p class="muted">${msg('Geen afspraken', { id: 'appointments.none' })}</p>`
          }
        </div>`;
      })}
    </div>`;
  }

  private renderDialog() {
    const d = this.dialog;
    if (!d) return nothing;
    return html`<portal-dialog
      open
      heading=${this.dialogHeading(d)}
      @portal-dialog-close=${this.onClose}
    >
      <form id="dialog-form" novalidate @submit=${this.submit}>
        ${this.dialogBody(d)}
        <p class="message" role="alert">${this.dialogError}</p>
      </form>
      <div slot="actions" class="actions">
        <button
          class="primary"
          part="save"
          type="submit"
          form="dialog-form"
          aria-disabled=${this.busy ? 'true' : 'false'}
        >
          ${this.saveLabel(d)}
        </button>
        <button class="secondary" type="button" @click=${this.closeDialog}>
          ${msg('Annuleren', { id: 'appointments.cancel' })}
        </button>
      </div>
    </portal-dialog>`;
  }

  private dialogHeading(d: Dialog): string {
    switch (d.mode) {
      case 'add':
        return msg('Afspraak toevoegen', { id: 'appointments.add' });
      case 'edit':
        return msg('Afspraak wijzigen', { id: 'appointments.editHeading' });
      case 'delete':
        return msg('Afspraak verwijderen', { id: 'appointments.deleteHeading' });
      default:
        return d.values.kind === 'not-home'
          ? msg('Ik ben er niet', { id: 'appointments.notHome' })
          : msg('Kan het op een ander moment?', { id: 'appointments.reschedule' });
    }
  }

  private saveLabel(d: Dialog): string {
    if (this.busy) return msg('Bezig…', { id: 'appointments.busy' });
    if (d.mode === 'delete') return msg('Ja, verwijderen', { id: 'appointments.deleteYes' });
    if (d.mode === 'change') return msg('Verzoek versturen', { id: 'appointments.send' });
    return msg('Opslaan', { id: 'appointments.save' });
  }

  private dialogBody(d: Dialog) {
    const { problems } = this;
    if (d.mode === 'delete') {
      return html`<p>
        ${msg(str`Weet u zeker dat u "${d.appointment.title}" wilt verwijderen?`, { id: 'appointments.deleteQuestion' })}
      </p>`;
    }
    if (d.mode === 'change') {
      return html`<p>
          ${msg(str`Over: ${d.appointment.title}, ${formatDate(d.appointment.start)}.`, { id: 'appointments.changeAbout' })}
        </p>
        ${this.forms!.changeFields(d.values, problems, (patch) => this.patch(patch))}`;
    }
    return this.forms!.appointmentFields(d.values, problems, (patch) => this.patch(patch));
  }

  private patch(values: Partial<AppointmentValues> | Partial<ChangeValues>): void {
    const d = this.dialog;
    if (!d || d.mode === 'delete') return;
    this.dialog = { ...d, values: { ...d.values, ...values } } as Dialog;
  }

  private async open(make: (forms: Forms) => Dialog): Promise<void> {
    if (!this.forms) {
      this.forms = await import('./appointment-dialog.js');
      // The form's styles come with it; adopted sheets are allowed under a strict CSP.
      const root = this.renderRoot as ShadowRoot;
      const sheets = this.forms.formStyles.flatMap((s) => (s.styleSheet ? [s.styleSheet] : []));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    }
    this.problems.clear();
    this.dialogError = '';
    this.key = newIdempotencyKey();
    this.dialog = make(this.forms);
  }

  private readonly closeDialog = (): void => {
    this.renderRoot.querySelector('portal-dialog')?.close();
  };

  private async onClose(): Promise<void> {
    this.dialog = undefined;
    await this.updateComplete;
    const active = this.renderRoot.querySelector(':focus');
    if (!active && this.notice)
      this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')?.focus();
  }

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const d = this.dialog;
    if (!d || this.busy) return;
    this.problems.clear();
    this.dialogError = '';
    if (d.mode === 'add' || d.mode === 'edit') {
      const previous = d.mode === 'edit' ? d.appointment.start : undefined;
      this.forms!.checkAppointment(d.values, this.problems, Date.now(), previous);
    }
    if (d.mode === 'change') this.forms!.checkChange(d.values, this.problems, Date.now());
    if (this.problems.any) {
      this.requestUpdate();
      await this.updateComplete;
      return this.focusFirstProblem();
    }
    this.busy = true;
    try {
      this.finish(await this.send(d));
    } catch (error) {
      await this.refused(error);
    } finally {
      this.busy = false;
    }
  };

  private async focusFirstProblem(): Promise<void> {
    const order = [
      'title',
      'day',
      'start',
      'end',
      'location',
      'notes',
      'visibility',
      'reason',
      'proposed',
    ];
    const first = order.find((id) => this.problems.get(id));
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private async refused(error: unknown): Promise<void> {
    const fields: Record<string, string> = {
      start: 'body.start',
      end: 'body.end',
      title: 'body.title',
      reason: 'body.reason',
      proposed: 'body.proposedStart',
    };
    let found = false;
    for (const [id, path] of Object.entries(fields)) {
      const answer = fieldErrorOf(error, path);
      if (answer) {
        // The server's clock decides what is past: its answer in the form's own words.
        this.problems.set(
          id,
          answer.code === 'past' ? this.forms!.pastText() : problemMessage(error),
        );
        found = true;
      }
    }
    if (!found) this.dialogError = problemMessage(error);
    this.requestUpdate();
    await this.updateComplete;
    if (found) await this.focusFirstProblem();
  }

  /** Sends what the dialog asks for and says what happened. */
  private async send(d: Dialog): Promise<string> {
    const portal = this.data.portal!;
    const api = portal.client.api;
    const clientId = portal.clientId!;
    const headers = { 'Idempotency-Key': this.key };
    if (d.mode === 'add') {
      const body = this.forms!.appointmentInput(d.values);
      unwrap(
        await api.POST('/clients/{clientId}/appointments', {
          params: { path: { clientId }, header: headers },
          body,
        }),
      );
      return msg(str`"${body.title}" staat in de agenda.`, { id: 'appointments.added' });
    }
    const path = { clientId, appointmentId: d.appointment.id };
    if (d.mode === 'edit') {
      const body = this.forms!.appointmentInput(d.values);
      unwrap(
        await api.PUT('/clients/{clientId}/appointments/{appointmentId}', {
          params: { path },
          body,
        }),
      );
      return msg(str`"${body.title}" is gewijzigd.`, { id: 'appointments.changed' });
    }
    if (d.mode === 'delete') {
      unwrap(
        await api.DELETE('/clients/{clientId}/appointments/{appointmentId}', { params: { path } }),
      );
      return msg(str`"${d.appointment.title}" is verwijderd.`, { id: 'appointments.deleted' });
    }
    unwrap(
      await api.POST('/clients/{clientId}/appointments/{appointmentId}/change-request', {
        params: { path, header: headers },
        body: this.forms!.changeInput(d.values),
      }),
    );
    return msg('Uw verzoek is naar de planner verstuurd.', { id: 'appointments.requestSent' });
  }

  private finish(text: string): void {
    this.notice = text;
    void announce(this, text);
    this.closeDialog();
    this.data.reload();
  }
}
