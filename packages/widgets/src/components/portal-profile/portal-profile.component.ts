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
import { profileStyles } from './portal-profile.styles.js';

type Profile = Schemas['Profile'];

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
 * details, insurance, GP and contacts. Read only: the care team changes them.
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be copied from the care record.
 * @csspart group - A group of details (personal, insurance, GP, contacts).
 * @csspart loading - The progress indicator while loading.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 * @csspart forbidden - The message when the profile section is not granted.
 */
export class PortalProfile extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, profileStyles];

  private readonly data = new PortalData<Fresh<Profile>>(this, {
    section: 'profile',
    load: (ctx) =>
      withFreshness(ctx, async ({ api, clientId, signal }) =>
        unwrap(
          await api.GET('/clients/{clientId}/profile', { params: { path: { clientId } }, signal }),
        ),
      ),
  });

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn gegevens', { id: 'profile.title' })}</h2>
      ${this.data.render({ complete: (v) => this.renderProfile(v) })}
    </section>`;
  }

  private renderProfile({ data: p, sync }: Fresh<Profile>) {
    return html`${freshnessView(sync)}
      <p class="intro">
        ${msg(
          'Deze gegevens staan in uw zorgdossier. U kunt ze hier niet wijzigen. Klopt er iets niet? Dan past het zorgteam het aan.',
          { id: 'profile.intro' },
        )}
      </p>
      ${this.group(msg('Persoonlijke gegevens', { id: 'profile.personal' }), [
        this.detail(msg('Naam', { id: 'profile.name' }), html`${p.name}`),
        this.detail(
          msg('Geboortedatum', { id: 'profile.dateOfBirth' }),
          html`${birthDate(p.dateOfBirth)}`,
        ),
        this.detail(
          msg('Adres', { id: 'profile.address' }),
          html`<span class="lines">${p.address.street}</span
            ><span class="lines">${p.address.postalCode} ${p.address.city}</span>`,
        ),
        p.phone
          ? this.detail(msg('Telefoon', { id: 'profile.phone' }), phoneLink(p.phone))
          : nothing,
        p.email ? this.detail(msg('E-mail', { id: 'profile.email' }), emailLink(p.email)) : nothing,
      ])}
      ${this.insurance(p)} ${this.gp(p)} ${this.contacts(p)}`;
  }

  private insurance({ insurance }: Profile) {
    if (!insurance) return nothing;
    return this.group(msg('Zorgverzekering', { id: 'profile.insurance' }), [
      this.detail(msg('Verzekeraar', { id: 'profile.insurer' }), html`${insurance.insurer}`),
      this.detail(
        msg('Polisnummer', { id: 'profile.policyNumber' }),
        html`${insurance.policyNumber}`,
      ),
    ]);
  }

  private gp({ gp }: Profile) {
    if (!gp) return nothing;
    return this.group(msg('Huisarts', { id: 'profile.gp' }), [
      this.detail(msg('Naam', { id: 'profile.name' }), html`${gp.name}`),
      gp.practice
        ? this.detail(msg('Praktijk', { id: 'profile.practice' }), html`${gp.practice}`)
        : nothing,
      gp.phone
        ? this.detail(msg('Telefoon', { id: 'profile.phone' }), phoneLink(gp.phone))
        : nothing,
    ]);
  }

  private contacts({ contacts }: Profile) {
    const title = msg('Contactpersonen', { id: 'profile.contacts' });
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
          c.relation,
          html`<span class="lines">${c.name}</span>
            ${c.phone ? html`<span class="lines">${phoneLink(c.phone)}</span>` : nothing}
            ${c.email ? html`<span class="lines">${emailLink(c.email)}</span>` : nothing}`,
        ),
      ),
    );
  }

  /** A heading and its list of details. */
  private group(title: string, rows: unknown[]): TemplateResult {
    return html`<h3>${title}</h3>
      <dl part="group">${rows}</dl>`;
  }

  /** One detail: its label and value. */
  private detail(label: string, value: TemplateResult): TemplateResult {
    return html`<div class="row">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }
}
