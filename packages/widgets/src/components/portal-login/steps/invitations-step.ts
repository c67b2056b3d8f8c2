import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Invitation, Section } from '@clientportal/sdk';
import { formatDate } from '../../../i18n/format.js';
import { problemMessage } from '../../../i18n/problems.js';
import { PortalData } from '../../../controllers/portal-data.js';
import { announce } from '../../../ui/live-region.js';
import type { PortalDialog } from '../../../ui/dialog/portal-dialog.component.js';
import '../../../ui/dialog/portal-dialog.js';
import { FormProblems, busyLine, errorSummary } from '../../../ui/forms/index.js';
import type { LoginCore, LoginStep } from '../login-core.js';

/**
 * Pending invitations (C5): who invites the person to which client's portal, and which parts
 * they would see, each accepted or declined before the portal opens. Declining asks first.
 */
export class InvitationsStep implements LoginStep {
  private readonly problems = new FormProblems();
  private declining: Invitation | undefined;
  private readonly list: PortalData<Invitation[] | undefined>;

  constructor(private readonly core: LoginCore) {
    const pending = () =>
      core.signIn?.step === 'invitations' ? core.signIn.pendingInvitations : undefined;
    this.list = new PortalData(core.host, {
      during: 'sign-in',
      args: () => [pending()],
      load: async ({ client }) =>
        pending() === undefined ? undefined : client.signIn.listInvitations(),
    });
  }

  key(): string {
    return 'invitations';
  }

  forget(): void {
    this.problems.clear();
    this.declining = undefined;
  }

  render() {
    const { core } = this;
    return html`<h2 class="title" id="heading" tabindex="-1">
        ${msg('Uitnodigingen', { id: 'login.invitations.heading' })}
      </h2>
      <p>
        ${msg(
          'U bent uitgenodigd om mee te kijken in het portaal van een cliënt. Geef bij elke uitnodiging aan of u die accepteert. Daarna ziet u het portaal.',
          { id: 'login.invitations.intro' },
        )}
      </p>
      ${errorSummary(this.problems, (id) => core.focusField(id))}
      ${this.list.render({
        complete: (list) =>
          list
            ? html`<ul class="invitations" part="invitations">
                ${list.map((invitation) => this.renderInvitation(invitation))}
              </ul>`
            : nothing,
      })}
      ${busyLine(core.busy)} ${this.renderDeclineDialog()}`;
  }

  private renderInvitation(invitation: Invitation) {
    const { id, clientName, invitedBy, sections } = invitation;
    const hidden = html`<span class="visually-hidden">: ${clientName}</span>`;
    return html`<li class="invitation" part="invitation">
      <h3 id="invitation-${id}">
        ${msg(str`Portaal van ${clientName}`, { id: 'login.invitations.client' })}
      </h3>
      <p>
        ${msg(str`${invitedBy} heeft u uitgenodigd op ${formatDate(invitation.invitedAt)}.`, {
          id: 'login.invitations.by',
        })}
      </p>
      <p id="invitation-${id}-sections">
        ${msg('Als u accepteert, kunt u dit zien:', { id: 'login.invitations.sections' })}
      </p>
      <ul aria-labelledby="invitation-${id}-sections">
        ${sections.map((s) => html`<li>${sectionName(s)}</li>`)}
      </ul>
      <div class="actions">
        <button
          class="primary"
          part="accept"
          type="button"
          @click=${() => this.answer(invitation, 'accept')}
        >
          ${msg('Accepteren', { id: 'login.invitations.accept' })}${hidden}
        </button>
        <button
          class="secondary"
          part="decline"
          type="button"
          @click=${() => this.confirmDecline(invitation)}
        >
          ${msg('Weigeren', { id: 'login.invitations.decline' })}${hidden}
        </button>
      </div>
    </li>`;
  }

  private renderDeclineDialog() {
    const invitation = this.declining;
    return html`<portal-dialog
      part="decline-dialog"
      heading=${msg('Uitnodiging weigeren', { id: 'login.invitations.declineHeading' })}
      initial-focus="[data-no]"
    >
      ${
        invitation
          ? html`<p>
              ${msg(
                str`Weet u zeker dat u de uitnodiging voor het portaal van ${invitation.clientName} wilt weigeren? Wilt u later toch meekijken, dan moet ${invitation.invitedBy} u opnieuw uitnodigen.`,
                { id: 'login.invitations.declineQuestion' },
              )}
            </p>`
          : nothing
      }
      <button slot="actions" class="primary" part="decline-yes" @click=${this.decline}>
        ${msg('Ja, weigeren', { id: 'login.invitations.declineYes' })}
      </button>
      <button slot="actions" class="secondary" data-no @click=${() => this.dialog()?.close('no')}>
        ${msg('Nee', { id: 'login.invitations.declineNo' })}
      </button>
    </portal-dialog>`;
  }

  private dialog(): PortalDialog | null {
    return (this.core.host.renderRoot as ShadowRoot).querySelector('portal-dialog');
  }

  private confirmDecline(invitation: Invitation): void {
    this.declining = invitation;
    this.core.update();
    void this.core.host.updateComplete.then(() => this.dialog()?.show());
  }

  private readonly decline = (): void => {
    const invitation = this.declining;
    this.dialog()?.close('yes');
    if (invitation) void this.answer(invitation, 'decline');
  };

  private async answer(invitation: Invitation, decision: 'accept' | 'decline'): Promise<void> {
    const { core, problems } = this;
    problems.clear();
    const ok = await core.run(
      (flow) => flow.answerInvitation(invitation.id, decision),
      (error) => problems.add(problemMessage(error)),
    );
    if (!ok) return core.focusAfterUpdate('summary');
    const name = invitation.clientName;
    void announce(
      core.host,
      decision === 'accept'
        ? msg(str`U heeft de uitnodiging voor ${name} geaccepteerd.`, {
            id: 'login.invitations.accepted',
          })
        : msg(str`U heeft de uitnodiging voor ${name} geweigerd.`, {
            id: 'login.invitations.declined',
          }),
    );
    // More invitations wait: back to the top of the list.
    if (core.signIn?.step === 'invitations') core.focusAfterUpdate('heading');
  }
}

/** The parts of the portal in plain words, for invitations. */
export function sectionName(section: Section): string {
  switch (section) {
    case 'appointments':
      return msg('Afspraken met de zorg', { id: 'login.section.appointments' });
    case 'messages':
      return msg('Berichten', { id: 'login.section.messages' });
    case 'bulletin':
      return msg('Het prikbord', { id: 'login.section.bulletin' });
    case 'reports':
      return msg('Rapportages: wat de zorg opschrijft', { id: 'login.section.reports' });
    case 'measurements':
      return msg('Metingen, zoals gewicht en temperatuur', { id: 'login.section.measurements' });
    case 'questionnaires':
      return msg('Vragenlijsten', { id: 'login.section.questionnaires' });
    case 'plans':
      return msg('Het zorgplan', { id: 'login.section.plans' });
    case 'profile':
      return msg('Persoonlijke gegevens, zoals adres en huisarts', {
        id: 'login.section.profile',
      });
    case 'people':
      return msg('Wie toegang heeft, en anderen uitnodigen', { id: 'login.section.people' });
    case 'access-log':
      return msg('Wie het dossier heeft bekeken', { id: 'login.section.accessLog' });
  }
}
