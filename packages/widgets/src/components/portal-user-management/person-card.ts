import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { Section } from '../../generated/contract-facts.js';

type Person = Schemas['Person'];

/** The name of each section, as the menu of the portal calls it. A new section fails the type check. */
const SECTION_NAMES: Record<Section, () => string> = {
  appointments: () => msg('Agenda', { id: 'people.section.appointments' }),
  messages: () => msg('Berichten', { id: 'people.section.messages' }),
  bulletin: () => msg('Prikbord', { id: 'people.section.bulletin' }),
  reports: () => msg('Rapportages', { id: 'people.section.reports' }),
  measurements: () => msg('Metingen', { id: 'people.section.measurements' }),
  questionnaires: () => msg('Vragenlijsten', { id: 'people.section.questionnaires' }),
  plans: () => msg('Zorgplan', { id: 'people.section.plans' }),
  profile: () => msg('Gegevens', { id: 'people.section.profile' }),
  people: () => msg('Gebruikersbeheer', { id: 'people.section.people' }),
  'access-log': () => msg('Wie heeft gekeken', { id: 'people.section.access-log' }),
};

/** Every section, in the order of the contract's enum. */
export const SECTIONS = Section;

function statusText(person: Person): string {
  switch (person.status) {
    case 'no-access':
      return msg('Nog geen toegang', { id: 'people.status.noAccess' });
    case 'invited':
      return msg('Uitgenodigd, nog niet ingelogd', { id: 'people.status.invited' });
    default:
      return msg('Heeft toegang', { id: 'people.status.active' });
  }
}

/** What a card calls back into the panel. */
export interface CardActions {
  toggle: (person: Person, section: Section, on: boolean) => void;
  revoke: (person: Person) => void;
}

/** One person: details, status, the sections as checkboxes, and "Toegang intrekken". */
export function personCard(
  person: Person,
  problem: string | undefined,
  busy: boolean,
  actions: CardActions,
) {
  const id = `p-${person.id}`;
  return html`<li class="person" part="person" data-person=${person.id}>
    <h3 id="${id}-name">
      ${person.name}${person.isSelf ? html` <span class="muted">${msg('(u)', { id: 'people.you' })}</span>` : nothing}
    </h3>
    <p class="muted">
      ${person.relation} · ${person.email}${person.phone ? ` · ${person.phone}` : ''}
    </p>
    <p part="person-status"><strong>${statusText(person)}</strong></p>
    <fieldset part="sections" aria-describedby="${id}-message" ?disabled=${person.isSelf}>
      <legend>
        ${msg(str`Wat mag ${person.name} zien en doen?`, { id: 'people.sectionsLegend' })}
      </legend>
      <div class="sections">
        ${SECTIONS.map((section) => {
          const on = person.sections.includes(section);
          return html`<label class="check">
            <input
              type="checkbox"
              part="section"
              data-section=${section}
              .checked=${live(on)}
              aria-disabled=${busy ? 'true' : 'false'}
              @change=${(e: Event) => {
                const box = e.target as HTMLInputElement;
                if (busy) box.checked = on;
                else actions.toggle(person, section, box.checked);
              }}
            />
            ${SECTION_NAMES[section]()}
          </label>`;
        })}
      </div>
    </fieldset>
    ${
      person.isSelf
        ? html`<p class="muted">
            ${msg('U kunt uw eigen toegang niet wijzigen.', { id: 'people.selfNote' })}
          </p>`
        : nothing
    }
    <p id="${id}-message" class="message" part="person-message">${problem ?? ''}</p>
    ${
      person.isSelf
        ? nothing
        : html`<button
            class="secondary"
            part="revoke"
            type="button"
            aria-describedby="${id}-name"
            @click=${() => actions.revoke(person)}
          >
            ${msg('Toegang intrekken', { id: 'people.revoke' })}
          </button>`
    }
  </li>`;
}
