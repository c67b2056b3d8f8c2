import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { AppointmentInput } from '../../generated/contract-facts.js';
import {
  fieldMessage,
  textAreaField,
  textField,
  textProblem,
  type FormProblems,
} from '../../ui/forms/index.js';
import { amsterdamMoment, wallTime } from './amsterdam-time.js';

type Appointment = Schemas['Appointment'];
type Visibility = Schemas['AppointmentInput']['visibility'];

/** What the form holds, as typed. */
export interface AppointmentValues {
  title: string;
  day: string;
  start: string;
  end: string;
  location: string;
  notes: string;
  visibility: Visibility | '';
}

/** An empty form for `day` (the visibility is a choice the person makes, not a default). */
export function emptyValues(day: string): AppointmentValues {
  return { title: '', day, start: '', end: '', location: '', notes: '', visibility: '' };
}

/** The form filled with an appointment, to change it. */
export function valuesOf(a: Appointment): AppointmentValues {
  const start = wallTime(a.start);
  return {
    title: a.title,
    day: start.day,
    start: start.time,
    end: wallTime(a.end).time,
    location: a.location ?? '',
    notes: a.notes ?? '',
    visibility: a.visibility,
  };
}

/**
 * Checks the form; every problem goes next to its field. `now` decides what is past; `previous`
 * is the stored start of a change (one that has begun may be changed as long as it stays put).
 */
export function checkAppointment(
  v: AppointmentValues,
  problems: FormProblems,
  now: number,
  previous?: string,
): void {
  problems.set(
    'title',
    textProblem(v.title.trim(), { max: AppointmentInput.title.maxLength }, () =>
      msg('Vul in wat voor afspraak het is.', { id: 'appointments.titleMissing' }),
    ),
  );
  problems.set(
    'location',
    textProblem(
      v.location.trim(),
      { max: AppointmentInput.location.maxLength, required: false },
      () => '',
    ),
  );
  problems.set(
    'notes',
    textProblem(v.notes, { max: AppointmentInput.notes.maxLength, required: false }, () => ''),
  );
  if (!v.visibility) {
    problems.set(
      'visibility',
      msg('Kies of de zorg deze afspraak mag zien.', { id: 'appointments.visibilityMissing' }),
    );
  }
  checkTimes(v, problems, now, previous);
}

/** "Dit moment is al voorbij…": a start in the past (also the server's `past` answer). */
export const pastText = () =>
  msg('Dit moment is al voorbij. Kies een tijd in de toekomst.', { id: 'appointments.past' });

function checkTimes(
  v: AppointmentValues,
  problems: FormProblems,
  now: number,
  previous?: string,
): void {
  const start = amsterdamMoment(v.day, v.start);
  const moved = previous === undefined || start !== Date.parse(previous);
  const end = amsterdamMoment(v.day, v.end);
  if (!v.day) problems.set('day', msg('Kies een datum.', { id: 'appointments.dayMissing' }));
  if (!v.start) {
    problems.set('start', msg('Vul een begintijd in.', { id: 'appointments.startMissing' }));
  } else if (moved && start < now) {
    problems.set('start', pastText());
  }
  if (!v.end) {
    problems.set('end', msg('Vul een eindtijd in.', { id: 'appointments.endMissing' }));
  } else if (end <= start) {
    problems.set(
      'end',
      msg('De eindtijd moet na de begintijd liggen.', { id: 'appointments.endBeforeStart' }),
    );
  }
}

/** The body to send. */
export function appointmentInput(v: AppointmentValues): Schemas['AppointmentInput'] {
  const location = v.location.trim();
  const notes = v.notes.trim();
  return {
    title: v.title.trim(),
    start: new Date(amsterdamMoment(v.day, v.start)).toISOString(),
    end: new Date(amsterdamMoment(v.day, v.end)).toISOString(),
    visibility: v.visibility as Visibility,
    ...(location ? { location } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** A date or time field with its label and message. */
function timeField(
  id: 'day' | 'start' | 'end',
  label: string,
  value: string,
  error: string | undefined,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${fieldMessage(id, error)}
    <input
      id=${id}
      name=${id}
      type=${id === 'day' ? 'date' : 'time'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : ''}
      .value=${live(value)}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

function visibilityField(
  v: AppointmentValues,
  error: string | undefined,
  set: (x: Visibility) => void,
) {
  const option = (value: Visibility, label: string, hint: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="visibility"
        value=${value}
        .checked=${live(v.visibility === value)}
        @change=${() => set(value)}
      />
      <span><strong>${label}</strong><br /><span class="muted">${hint}</span></span>
    </label>`;
  return html`<fieldset
    id="visibility"
    tabindex="-1"
    aria-describedby=${error ? 'visibility-error' : ''}
  >
    <legend>${msg('Wie mag deze afspraak zien?', { id: 'appointments.visibilityLegend' })}</legend>
    ${fieldMessage('visibility', error)}
    ${option(
      'public',
      msg('Zichtbaar voor de zorg', { id: 'appointments.public' }),
      msg('Het zorgteam ziet deze afspraak in uw agenda.', { id: 'appointments.publicHint' }),
    )}
    ${option(
      'private',
      msg('Alleen voor mij', { id: 'appointments.private' }),
      msg('Niemand anders ziet deze afspraak.', { id: 'appointments.privateHint' }),
    )}
  </fieldset>`;
}

/** The fields of the form. */
export function appointmentFields(
  v: AppointmentValues,
  problems: FormProblems,
  change: (patch: Partial<AppointmentValues>) => void,
): TemplateResult {
  return html`${textField({
      id: 'title',
      name: 'title',
      label: msg('Wat', { id: 'appointments.titleLabel' }),
      hint: msg('Bijvoorbeeld: tandarts of verjaardag.', { id: 'appointments.titleHint' }),
      autocomplete: 'off',
      value: v.title,
      error: problems.get('title'),
      onInput: (title) => change({ title }),
    })}
    ${timeField(
      'day',
      msg('Datum', { id: 'appointments.dayLabel' }),
      v.day,
      problems.get('day'),
      (day) => change({ day }),
    )}
    <div class="times">
      ${timeField(
        'start',
        msg('Begintijd', { id: 'appointments.startLabel' }),
        v.start,
        problems.get('start'),
        (start) => change({ start }),
      )}
      ${timeField(
        'end',
        msg('Eindtijd', { id: 'appointments.endLabel' }),
        v.end,
        problems.get('end'),
        (end) => change({ end }),
      )}
    </div>
    ${textField({
      id: 'location',
      name: 'location',
      label: msg('Waar', { id: 'appointments.locationLabel' }),
      required: false,
      autocomplete: 'off',
      value: v.location,
      error: problems.get('location'),
      onInput: (location) => change({ location }),
    })}
    ${textAreaField({
      id: 'notes',
      name: 'notes',
      label: msg('Notitie', { id: 'appointments.notesLabel' }),
      required: false,
      rows: 3,
      maxLength: AppointmentInput.notes.maxLength,
      value: v.notes,
      error: problems.get('notes'),
      onInput: (notes) => change({ notes }),
    })}
    ${visibilityField(v, problems.get('visibility'), (visibility) => change({ visibility }))}`;
}
