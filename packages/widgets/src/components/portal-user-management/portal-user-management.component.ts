import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError, newIdempotencyKey, unwrap, type Schemas, type Section } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { problemMessage } from '../../i18n/problems.js';
import { announce } from '../../ui/live-region.js';
import { deepActiveElement } from '../../ui/focus.js';
import { fieldMessage } from '../../ui/shared.styles.js';
import {
  errorSummary,
  focusById,
  FormProblems,
  formStyles,
  submitRow,
} from '../../ui/forms/index.js';
import { personCard, type CardActions } from './person-card.js';
import {
  PERSON_FIELDS,
  checkPerson,
  personField,
  personInput,
  serverFieldMessage,
  type PersonField,
  type PersonValues,
} from './person-form.js';
import { styles } from './portal-user-management.styles.js';

type Person = Schemas['Person'];

const EMPTY: PersonValues = { name: '', email: '', phone: '', relation: '' };

/**
 * @summary Gebruikersbeheer (C12, P10): the people with access to this client and the sections
 * each may use. Add a person (name, e-mail, mobile, relation), who appears without rights;
 * ticking a section grants it at once (the first time, the person gets an e-mail with sign-in
 * details), unticking takes it away at once; "Toegang intrekken" removes a person after a
 * confirmation. Only someone with the user-management section sees it.
 *
 * @csspart panel - The panel's frame.
 * @csspart people - The list of people.
 * @csspart person - One person.
 * @csspart person-status - Whether the person has access, is invited or has none yet.
 * @csspart sections - The checkboxes of a person's sections.
 * @csspart section - One section's checkbox.
 * @csspart person-message - A problem with changing a person's sections.
 * @csspart revoke - The button that removes a person's access.
 * @csspart add-form - The form "Persoon toevoegen".
 * @csspart summary - The problems of the form, each a link to its field (takes focus).
 * @csspart submit - The button "Toevoegen" that adds the person.
 * @csspart busy - "Even geduld…" while the person is being added.
 * @csspart notice - What just happened.
 * @csspart confirm-revoke - The button in the dialog that confirms removing a person.
 */
export class PortalUserManagement extends PortalElement {
  static override styles = [PortalElement.styles, fieldMessage, formStyles, styles];

  private readonly data = new PortalData<Person[]>(this, {
    section: 'people',
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/people', { params: { path: { clientId } }, signal }),
      ),
  });

  @state() private values: PersonValues = { ...EMPTY };
  /** The problems of "Persoon toevoegen": next to the fields and in the summary above them. */
  private readonly problems = new FormProblems();
  @state() private adding = false;
  @state() private notice = '';
  @state() private rowProblems: Record<string, string> = {};
  @state() private busyPerson = '';
  @state() private revoking: Person | undefined;
  @state() private revokeError = '';

  /** The key of this "Toevoegen": the same on a retry, new once the person is added. */
  private addKey = newIdempotencyKey();

  private readonly cardActions: CardActions = {
    toggle: (person, section, on) => void this.toggle(person, section, on),
    revoke: (person) => void this.askRevoke(person),
  };

  protected override render() {
    if (this.data.state === 'signed-out') return nothing;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title" tabindex="-1">
        ${msg('Gebruikersbeheer', { id: 'people.title' })}
      </h2>
      ${this.data.render({ complete: (people) => this.renderPeople(people) })}
    </section>`;
  }

  private renderPeople(people: Person[]) {
    return html`<p>
        ${msg(
          'U bepaalt wie wat mag zien. Vink aan welke onderdelen iemand mag gebruiken. Dat werkt meteen.',
          { id: 'people.intro' },
        )}
      </p>
      <p class="notice" part="notice" tabindex="-1" ?hidden=${!this.notice}>${this.notice}</p>
      <ul class="people" part="people">
        ${repeat(
          people,
          (p) => p.id,
          (p) => personCard(p, this.rowProblems[p.id], this.busyPerson === p.id, this.cardActions),
        )}
      </ul>
      ${this.renderAddForm()} ${this.renderRevokeDialog()}`;
  }

  private renderAddForm() {
    const onInput = (field: PersonField, value: string) => {
      // As in every form of the kit, the messages stay until the next "Toevoegen".
      this.values = { ...this.values, [field]: value };
    };
    return html`<form
      class="add"
      part="add-form"
      novalidate
      aria-labelledby="add-title"
      @submit=${this.add}
    >
      <h3 id="add-title">${msg('Persoon toevoegen', { id: 'people.addTitle' })}</h3>
      <p class="muted">
        ${msg(
          'Iemand die u toevoegt, heeft nog geen toegang. Daarna kiest u wat hij of zij mag zien.',
          {
            id: 'people.addIntro',
          },
        )}
      </p>
      ${errorSummary(this.problems, (id) => focusById(this.renderRoot, id))}
      ${PERSON_FIELDS.map((f) => personField(f, this.values, this.problems, onInput))}
      ${submitRow({ label: msg('Toevoegen', { id: 'people.add' }), busy: this.adding })}
    </form>`;
  }

  private renderRevokeDialog() {
    const person = this.revoking;
    if (!person) return nothing;
    return html`<portal-dialog
      open
      heading=${msg('Toegang intrekken', { id: 'people.revoke' })}
      @portal-dialog-close=${this.onRevokeClose}
    >
      <p>
        ${msg(
          str`Weet u zeker dat u alle toegang van ${person.name} wilt intrekken? ${person.name} kan dan niets meer zien in dit portaal.`,
          { id: 'people.revokeQuestion' },
        )}
      </p>
      <p class="message" role="alert">${this.revokeError}</p>
      <div slot="actions" class="actions">
        <button class="primary" part="confirm-revoke" type="button" @click=${this.revoke}>
          ${msg('Ja, intrekken', { id: 'people.revokeYes' })}
        </button>
        <button class="secondary" type="button" @click=${() => this.closeDialog()}>
          ${msg('Annuleren', { id: 'people.cancel' })}
        </button>
      </div>
    </portal-dialog>`;
  }

  private api() {
    const portal = this.data.portal;
    return portal?.clientId ? { api: portal.client.api, clientId: portal.clientId } : undefined;
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.adding) return;
    this.problems.clear();
    checkPerson(this.values, this.problems);
    if (this.problems.any) return this.focusSummary();
    const target = this.api();
    if (!target) return;
    this.adding = true;
    try {
      const person = unwrap(
        await target.api.POST('/clients/{clientId}/people', {
          params: {
            path: { clientId: target.clientId },
            header: { 'Idempotency-Key': this.addKey },
          },
          body: personInput(this.values),
        }),
      );
      this.added(person);
    } catch (error) {
      await this.addFailed(error);
    } finally {
      this.adding = false;
    }
  }

  private added(person: Person): void {
    const list = this.data.value ?? [];
    if (!list.some((p) => p.id === person.id)) list.push(person);
    this.values = { ...EMPTY };
    this.addKey = newIdempotencyKey();
    this.say(
      msg(
        str`${person.name} staat nu in de lijst, nog zonder toegang. Vink aan wat hij of zij mag zien.`,
        {
          id: 'people.added',
        },
      ),
    );
  }

  private async addFailed(error: unknown): Promise<void> {
    const fields = error instanceof ApiError ? error.fieldErrors : [];
    let onField = false;
    for (const f of fields) {
      const field = f.field.replace(/^body\./, '') as PersonField;
      if (PERSON_FIELDS.includes(field)) {
        this.problems.set(field, serverFieldMessage(field, f.code, this.values[field]));
        onField = true;
      }
    }
    // A refused request stored nothing: the next attempt is a new one.
    if (onField) this.addKey = newIdempotencyKey();
    else this.problems.add(problemMessage(error));
    return this.focusSummary();
  }

  /** Shows the summary of the form's problems and moves focus to it. */
  private async focusSummary(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    focusById(this.renderRoot, 'summary');
  }

  private async toggle(person: Person, section: Section, on: boolean): Promise<void> {
    const target = this.api();
    if (!target) return;
    const sections = on
      ? [...person.sections, section]
      : person.sections.filter((s) => s !== section);
    this.busyPerson = person.id;
    this.rowProblems = { ...this.rowProblems, [person.id]: '' };
    try {
      const updated = unwrap(
        await target.api.PUT('/clients/{clientId}/people/{personId}/sections', {
          params: { path: { clientId: target.clientId, personId: person.id } },
          body: { sections },
        }),
      );
      const invited = person.status === 'no-access' && updated.status === 'invited';
      Object.assign(person, updated);
      this.say(this.toggleText(person, invited));
    } catch (error) {
      this.rowProblems = { ...this.rowProblems, [person.id]: problemMessage(error) };
    } finally {
      this.busyPerson = '';
    }
  }

  private toggleText(person: Person, invited: boolean): string {
    if (invited) {
      return msg(
        str`${person.name} heeft nu toegang. We hebben een e-mail met de inloggegevens gestuurd naar ${person.email}.`,
        { id: 'people.invited' },
      );
    }
    return msg(str`De toegang van ${person.name} is aangepast.`, { id: 'people.changed' });
  }

  private async askRevoke(person: Person): Promise<void> {
    await import('../../ui/dialog/portal-dialog.js');
    this.revokeError = '';
    this.revoking = person;
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('portal-dialog')?.close();
  }

  private async onRevokeClose(): Promise<void> {
    this.revoking = undefined;
    // The person's card, with the button that opened the dialog, may be gone: focus the notice.
    await this.updateComplete;
    const active = deepActiveElement(this.ownerDocument);
    if (!active || active === this.ownerDocument.body || !active.isConnected) {
      this.renderRoot.querySelector<HTMLElement>('[part~="notice"]:not([hidden])')?.focus();
    }
  }

  private async revoke(): Promise<void> {
    const person = this.revoking;
    const target = this.api();
    if (!person || !target || this.busyPerson) return;
    this.busyPerson = person.id;
    try {
      unwrap(
        await target.api.DELETE('/clients/{clientId}/people/{personId}', {
          params: { path: { clientId: target.clientId, personId: person.id } },
        }),
      );
      const list = this.data.value ?? [];
      list.splice(list.indexOf(person), 1);
      this.closeDialog();
      this.say(msg(str`${person.name} heeft geen toegang meer.`, { id: 'people.revoked' }));
    } catch (error) {
      this.revokeError = problemMessage(error);
    } finally {
      this.busyPerson = '';
    }
  }

  /** Shows and announces what happened; focus goes to it when its control is gone. */
  private say(text: string): void {
    this.notice = text;
    void announce(this, text);
  }
}
