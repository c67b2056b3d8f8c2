import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalElement } from '../../internal/portal-element.js';
import { PortalData } from '../../controllers/portal-data.js';
import { PortalMessageRequestedEvent } from '../../events/portal-message-requested.js';
import {
  freshnessStyles,
  freshnessView,
  withFreshness,
  type Fresh,
} from '../../ui/freshness/freshness.js';
import { phoneLink } from '../../ui/contact-links.js';
import { careTeamStyles } from './portal-care-team.styles.js';

type Member = Schemas['CareTeamMember'];

/** A care role in words ("zorgcoördinator"). */
function roleName(role: Member['role']): string {
  switch (role) {
    case 'coordinator':
      return msg('Zorgcoördinator', { id: 'careTeam.role.coordinator' });
    case 'nurse':
      return msg('Verpleegkundige', { id: 'careTeam.role.nurse' });
    default:
      return msg('Pedagogisch medewerker', { id: 'careTeam.role.pedagogicalWorker' });
  }
}

/**
 * @summary The care team (C11): the staff directly involved with the client, with name and
 * role, and "Bericht sturen" to write to one of them.
 *
 * @event {PortalMessageRequestedEvent} portal-message-requested - "Bericht sturen" was pressed:
 * `detail.recipientId` and `detail.name` name the person. `<portal-messages>` or the host page
 * opens a new message to them.
 *
 * @csspart panel - The panel's frame.
 * @csspart freshness - When the data was last and will next be copied from the care record.
 * @csspart member - One person of the care team.
 * @csspart message - A member's "Bericht sturen" button.
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when no care staff are linked to the client.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 * @csspart forbidden - The message when the profile section is not granted.
 */
export class PortalCareTeam extends PortalElement {
  static override styles = [PortalElement.styles, freshnessStyles, careTeamStyles];

  private readonly data = new PortalData<Fresh<Member[]>>(this, {
    section: 'profile',
    load: (ctx) =>
      withFreshness(ctx, async ({ api, clientId, signal }) =>
        unwrap(
          await api.GET('/clients/{clientId}/care-team', {
            params: { path: { clientId } },
            signal,
          }),
        ),
      ),
    isEmpty: (v) => v.data.length === 0,
  });

  protected override render() {
    if (this.data.state === 'signed-out') return html``;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">${msg('Mijn zorgteam', { id: 'careTeam.title' })}</h2>
      ${this.data.render({
        complete: (v) => this.renderTeam(v),
        empty: () =>
          html`<p class="state empty" part="empty">
            ${msg('Er zijn nog geen zorgverleners aan u gekoppeld.', { id: 'careTeam.empty' })}
          </p>`,
      })}
    </section>`;
  }

  /** Whether the person may use messages for this client (else no "Bericht sturen"). */
  private get canMessage(): boolean {
    const portal = this.data.portal;
    const access = portal?.state.session?.clients.find((c) => c.id === portal.clientId);
    return !!access?.sections.includes('messages');
  }

  private renderTeam({ data: team, sync }: Fresh<Member[]>) {
    const canMessage = this.canMessage;
    return html`${freshnessView(sync)}
      <ul>
        ${team.map(
          (m) =>
            html`<li part="member">
              <div>
                <h3 class="name">${m.name}</h3>
                <p class="role">${roleName(m.role)}</p>
                ${m.phone ? html`<p class="phone">${phoneLink(m.phone)}</p>` : nothing}
              </div>
              ${
                canMessage
                  ? html`<button
                      class="secondary"
                      part="message"
                      type="button"
                      @click=${() => this.requestMessage(m)}
                    >
                      ${msg('Bericht sturen', { id: 'careTeam.message' })}<span
                        class="visually-hidden"
                        >: ${m.name}</span
                      >
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>`;
  }

  private requestMessage(member: Member): void {
    this.dispatchEvent(
      new PortalMessageRequestedEvent({ recipientId: member.id, name: member.name }),
    );
  }
}
