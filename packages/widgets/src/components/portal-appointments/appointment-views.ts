import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Schemas } from '@clientportal/sdk';
import { formatDate, formatTime } from '../../i18n/format.js';
import { wallTime } from './amsterdam-time.js';

type Appointment = Schemas['Appointment'];

/** What the buttons on an appointment call back into the panel. */
export interface ItemActions {
  edit: (a: Appointment) => void;
  remove: (a: Appointment) => void;
  change: (a: Appointment, kind: 'not-home' | 'reschedule') => void;
}

/** The appointments grouped by their day in Amsterdam, in order. */
export function byDay(items: Appointment[]): Array<[string, Appointment[]]> {
  const days = new Map<string, Appointment[]>();
  for (const a of items) {
    const day = wallTime(a.start).day;
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return [...days];
}

function badge(a: Appointment): TemplateResult {
  if (a.kind === 'care') {
    return html`<span class="badge care" part="badge">
      ${msg('Zorgafspraak', { id: 'appointments.care' })}
    </span>`;
  }
  return a.visibility === 'public'
    ? html`<span class="badge" part="badge">
        ${msg('Zichtbaar voor de zorg', { id: 'appointments.public' })}
      </span>`
    : html`<span class="badge" part="badge">
        ${msg('Alleen voor mij', { id: 'appointments.private' })}
      </span>`;
}

function changeStatus(a: Appointment): TemplateResult | typeof nothing {
  const request = a.changeRequest;
  if (!request) return nothing;
  let text: string;
  if (request.status === 'accepted') {
    text = msg('Uw verzoek is geaccepteerd.', { id: 'appointments.changeAccepted' });
  } else if (request.status === 'declined') {
    text = request.answer
      ? msg(str`Uw verzoek is afgewezen. Antwoord van de planner: ${request.answer}`, {
          id: 'appointments.changeDeclinedAnswer',
        })
      : msg('Uw verzoek is afgewezen.', { id: 'appointments.changeDeclined' });
  } else {
    text = msg('Uw verzoek is verstuurd. De planner beantwoordt het zo snel mogelijk.', {
      id: 'appointments.changeSent',
    });
  }
  return html`<p class="change ${request.status}" part="change-status">${text}</p>`;
}

function itemButtons(a: Appointment, actions: ItemActions): TemplateResult | typeof nothing {
  if (a.editable) {
    return html`<div class="actions">
      <button class="secondary" part="edit" type="button" @click=${() => actions.edit(a)}>
        ${msg('Wijzigen', { id: 'appointments.edit' })}
        <span class="visually-hidden">${a.title}</span>
      </button>
      <button class="secondary" part="delete" type="button" @click=${() => actions.remove(a)}>
        ${msg('Verwijderen', { id: 'appointments.delete' })}
        <span class="visually-hidden">${a.title}</span>
      </button>
    </div>`;
  }
  if (a.kind !== 'care' || a.changeRequest?.status === 'sent') return nothing;
  if (Date.parse(a.start) < Date.now()) return nothing;
  return html`<div class="actions">
    <button
      class="secondary"
      part="not-home"
      type="button"
      @click=${() => actions.change(a, 'not-home')}
    >
      ${msg('Ik ben er niet', { id: 'appointments.notHome' })}
    </button>
    <button
      class="secondary"
      part="reschedule"
      type="button"
      @click=${() => actions.change(a, 'reschedule')}
    >
      ${msg('Kan het op een ander moment?', { id: 'appointments.reschedule' })}
    </button>
  </div>`;
}

/** One appointment: time, title, where, who may see it, and what the person may do with it. */
export function appointmentItem(a: Appointment, actions: ItemActions): TemplateResult {
  return html`<li class="item ${a.kind}" part="appointment ${a.kind}" data-id=${a.id}>
    <p class="when">
      ${msg(str`${formatTime(a.start)} tot ${formatTime(a.end)}`, { id: 'appointments.time' })}
    </p>
    <h4>${a.title}</h4>
    ${a.location ? html`<p class="muted">${a.location}</p>` : nothing}
    ${a.notes ? html`<p class="notes">${a.notes}</p>` : nothing} ${badge(a)} ${changeStatus(a)}
    ${itemButtons(a, actions)}
  </li>`;
}

/** The list by day. */
export function dayList(items: Appointment[], actions: ItemActions): TemplateResult {
  return html`<div part="list">
    ${byDay(items).map(
      ([day, list]) =>
        html`<section class="day" aria-labelledby="d-${day}">
          <h3 id="d-${day}">${formatDate(list[0]!.start)}</h3>
          <ul>
            ${list.map((a) => appointmentItem(a, actions))}
          </ul>
        </section>`,
    )}
  </div>`;
}
