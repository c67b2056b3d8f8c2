// The profile's list of correction requests (X11): what was asked, and the care team's answer.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Schemas } from '@clientportal/sdk';
import { formatDateTime } from '../../i18n/format.js';

type Request = Schemas['CorrectionRequest'];
type Field = Schemas['ProfileField'];

/** A profile detail in words ("Adres"), the same label as in the profile. */
export function fieldLabel(field: Field): string {
  const labels: Record<Field, () => string> = {
    name: () => msg('Naam', { id: 'profile.name' }),
    'date-of-birth': () => msg('Geboortedatum', { id: 'profile.dateOfBirth' }),
    address: () => msg('Adres', { id: 'profile.address' }),
    phone: () => msg('Telefoon', { id: 'profile.phone' }),
    email: () => msg('E-mail', { id: 'profile.email' }),
    insurance: () => msg('Zorgverzekering', { id: 'profile.insurance' }),
    gp: () => msg('Huisarts', { id: 'profile.gp' }),
    contacts: () => msg('Contactpersonen', { id: 'profile.contacts' }),
  };
  return labels[field]();
}

/** The status in words. */
function statusText(status: Request['status']): string {
  switch (status) {
    case 'sent':
      return msg('Verstuurd', { id: 'profile.corrections.sent' });
    case 'in-progress':
      return msg('Wordt behandeld', { id: 'profile.corrections.inProgress' });
    case 'corrected':
      return msg('Verbeterd', { id: 'profile.corrections.corrected' });
    default:
      return msg('Afgewezen', { id: 'profile.corrections.declined' });
  }
}

/** What the request is about: a profile detail or a report with its title. */
function subjectText({ subject, reportTitle }: Request): string {
  if (subject.kind === 'profile' && subject.field) return fieldLabel(subject.field);
  const title = reportTitle ?? '';
  return msg(str`Rapportage ${title}`, { id: 'profile.corrections.report' });
}

/** The list of requests, newest first; nothing when there are none. */
export function correctionList(requests: readonly Request[]): TemplateResult | typeof nothing {
  if (!requests.length) return nothing;
  return html`<h3 id="corrections">
      ${msg('Uw vragen om verbetering', { id: 'profile.corrections.title' })}
    </h3>
    <ul class="requests" part="corrections" aria-labelledby="corrections">
      ${requests.map(
        (r) =>
          html`<li part="correction">
            <p class="about">
              <strong>${subjectText(r)}</strong> ·
              <span class="status" data-status=${r.status}>${statusText(r.status)}</span>
            </p>
            <p>${msg(str`Wat niet klopt: ${r.wrong}`, { id: 'profile.corrections.wrong' })}</p>
            <p>
              ${msg(str`Wat het moet zijn: ${r.correct}`, { id: 'profile.corrections.correct' })}
            </p>
            ${
              r.declineReason
                ? html`<p>
                    ${msg(str`Reden van het zorgteam: ${r.declineReason}`, {
                      id: 'profile.corrections.reason',
                    })}
                  </p>`
                : nothing
            }
            <p class="muted">
              ${msg(str`Gestuurd op ${formatDateTime(r.createdAt)} door ${r.requestedBy}`, {
                id: 'profile.corrections.sentOn',
              })}
            </p>
          </li>`,
      )}
    </ul>`;
}
