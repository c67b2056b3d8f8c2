import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { currentLocale } from '../../i18n/localization.js';
import {
  freshnessStyles,
  freshnessView,
  withFreshness,
  type Fresh,
} from '../../ui/freshness/freshness.js';
import { emailLink, phoneLink } from '../../ui/contact-links.js';
import '../../ui/correction/portal-correction.js';
import type { PortalCorrectionRequestedEvent } from '../../events/portal-correction-requested.js';
import { correctionList, fieldLabel } from './correction-list.js';
import { profileStyles, requestStyles } from './portal-profile.styles.js';

type Profile = Schemas['Profile'];
type Field = Schemas['ProfileField'];
type Request = Schemas['CorrectionRequest'];

/** The profile with the correction requests about the record. */
interface ProfileData {
  profile: Profile;
  requests: Request[];
}

/** A date of birth (`2019-03-14`) in full: `14 maart 2019`, the same day wherever the browser is. */
function birthDate(date: string): string {
  return new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * @summary The client's details as recorded in the dossier (C11, P9): personal and contact
 * details, insurance, GP and contacts. Read only: "Klopt dit niet?" beside every detail asks the
 * care team to correct it (X11), and the requests with their status are listed at the end (also
 * those sent from `<portal-reports>` on the same page).
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be copied from the care record.
 * @csspart group - A group of details (personal, insurance, GP, contacts).
 * @csspart corrections - The list of the client's correction requests and their status (X11).
 * @csspart correction - One correction request.
 * @csspart loading - The progress indicator while loading.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 * @csspart forbidden - The message when the profile section is not granted.
 */
export class PortalProfile extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, profileStyles, requestStyles];

  private readonly data = new PortalData<Fresh<ProfileData>>(this, {
    section: 'profile',
    load: (ctx) =>
      withFreshness(ctx, async ({ api, clientId, signal }) => {
        const params = { path: { clientId } };
        const [profile, requests] = await Promise.all([
          api.GET('/clients/{clientId}/profile', { params, signal }).then(unwrap),
          api.GET('/clients/{clientId}/correction-requests', { params, signal }).then(unwrap),
        ]);
        return { profile, requests };
      }),
  });

  /** Requests sent since the data loaded (by this panel or another on the page). */
  private sentSince: Request[] = [];

  private readonly onRequested = (event: PortalCorrectionRequestedEvent) => {
    this.sentSince = [event.detail.request, ...this.sentSince];
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('portal-correction-requested', this.onRequested);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('portal-correction-requested', this.onRequested);
  }

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn gegevens', { id: 'profile.title' })}</h2>
      ${this.data.render({ complete: (v) => this.renderProfile(v) })}
    </section>`;
  }

  private renderProfile({ data: { profile: p, requests }, sync }: Fresh<ProfileData>) {
    const loaded = new Set(requests.map((r) => r.id));
    const all = [...this.sentSince.filter((r) => !loaded.has(r.id)), ...requests];
    return html`${freshnessView(sync)}
      <p class="intro">
        ${msg(
          'Deze gegevens staan in uw zorgdossier. U kunt ze hier niet wijzigen. Klopt er iets niet? Dan past het zorgteam het aan.',
          { id: 'profile.intro' },
        )}
      </p>
      ${this.group(msg('Persoonlijke gegevens', { id: 'profile.personal' }), [
        this.detail('name', html`${p.name}`),
        this.detail('date-of-birth', html`${birthDate(p.dateOfBirth)}`),
        this.detail(
          'address',
          html`<span class="lines">${p.address.street}</span
            ><span class="lines">${p.address.postalCode} ${p.address.city}</span>`,
        ),
        p.phone ? this.detail('phone', phoneLink(p.phone)) : nothing,
        p.email ? this.detail('email', emailLink(p.email)) : nothing,
      ])}
      ${this.insurance(p)} ${this.gp(p)} ${this.contacts(p)} ${correctionList(all)}`;
  }

  private insurance({ insurance }: Profile) {
    if (!insurance) return nothing;
    return this.group(fieldLabel('insurance'), [
      this.detail(
        'insurance',
        html`${insurance.insurer}`,
        msg('Verzekeraar', { id: 'profile.insurer' }),
      ),
      this.detail(
        'insurance',
        html`${insurance.policyNumber}`,
        msg('Polisnummer', { id: 'profile.policyNumber' }),
      ),
    ]);
  }

  private gp({ gp }: Profile) {
    if (!gp) return nothing;
    return this.group(fieldLabel('gp'), [
      this.detail('gp', html`${gp.name}`, fieldLabel('name')),
      gp.practice
        ? this.detail('gp', html`${gp.practice}`, msg('Praktijk', { id: 'profile.practice' }))
        : nothing,
      gp.phone ? this.detail('gp', phoneLink(gp.phone), fieldLabel('phone')) : nothing,
    ]);
  }

  private contacts({ contacts }: Profile) {
    const title = fieldLabel('contacts');
    if (!contacts.length) {
      return html`<h3>${title}</h3>
        <p class="muted">
          ${msg('Er zijn geen contactpersonen vastgelegd.', { id: 'profile.noContacts' })}
        </p>`;
    }
    return this.group(
      title,
      contacts.map((c) =>
        this.detail(
          'contacts',
          html`<span class="lines">${c.name}</span>
            ${c.phone ? html`<span class="lines">${phoneLink(c.phone)}</span>` : nothing}
            ${c.email ? html`<span class="lines">${emailLink(c.email)}</span>` : nothing}`,
          c.relation,
        ),
      ),
    );
  }

  /** A heading and its list of details. */
  private group(title: string, rows: unknown[]): TemplateResult {
    return html`<h3>${title}</h3>
      <dl part="group">${rows}</dl>`;
  }

  /** One detail: its label, its value and "Klopt dit niet?" about the profile field it shows. */
  private detail(field: Field, value: TemplateResult, label = fieldLabel(field)): TemplateResult {
    const about = label === fieldLabel(field) ? label : `${fieldLabel(field)}, ${label}`;
    return html`<div class="row">
      <dt>${label}</dt>
      <dd>
        ${value}
        <portal-correction
          .subject=${{ kind: 'profile', field }}
          label=${about}
        ></portal-correction>
      </dd>
    </div>`;
  }
}
