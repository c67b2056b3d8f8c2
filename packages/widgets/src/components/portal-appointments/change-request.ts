import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { VisitChangeRequestInput } from '../../generated/contract-facts.js';
import {
  fieldMessage,
  textAreaField,
  textProblem,
  type FormProblems,
} from '../../ui/forms/index.js';
import { amsterdamMoment } from './amsterdam-time.js';

type Kind = Schemas['VisitChangeRequestInput']['kind'];

/** What the change request form holds. */
export interface ChangeValues {
  kind: Kind;
  reason: string;
  day: string;
  time: string;
}

/** Checks a change request: a reason always, a future time to move to. */
export function checkChange(v: ChangeValues, problems: FormProblems, now: number): void {
  problems.set(
    'reason',
    textProblem(v.reason.trim(), { max: VisitChangeRequestInput.reason.maxLength }, () =>
      msg('Schrijf kort waarom. Dan kan de planner u beter helpen.', {
        id: 'appointments.reasonMissing',
      }),
    ),
  );
  if (v.kind !== 'reschedule') return;
  const at = amsterdamMoment(v.day, v.time);
  if (Number.isNaN(at)) {
    problems.set(
      'proposed',
      msg('Kies een dag en tijd die u beter past.', { id: 'appointments.proposedMissing' }),
    );
  } else if (at <= now) {
    problems.set(
      'proposed',
      msg('Dit moment is al voorbij. Kies een tijd in de toekomst.', { id: 'appointments.past' }),
    );
  }
}

/** The body to send. */
export function changeInput(v: ChangeValues): Schemas['VisitChangeRequestInput'] {
  const at = amsterdamMoment(v.day, v.time);
  return {
    kind: v.kind,
    reason: v.reason.trim(),
    ...(v.kind === 'reschedule' && !Number.isNaN(at)
      ? { proposedStart: new Date(at).toISOString() }
      : {}),
  };
}

/** The fields: the reason, and for a move the day and time proposed instead. */
export function changeFields(
  v: ChangeValues,
  problems: FormProblems,
  change: (patch: Partial<ChangeValues>) => void,
): TemplateResult {
  const error = problems.get('proposed');
  return html`${textAreaField({
    id: 'reason',
    name: 'reason',
    label: msg('Waarom?', { id: 'appointments.reasonLabel' }),
    rows: 3,
    maxLength: VisitChangeRequestInput.reason.maxLength,
    value: v.reason,
    error: problems.get('reason'),
    onInput: (reason) => change({ reason }),
  })}
  ${
    v.kind === 'reschedule'
      ? html`<fieldset
          id="proposed"
          tabindex="-1"
          aria-describedby=${error ? 'proposed-error' : ''}
        >
          <legend>
            ${msg('Wanneer past het u beter?', { id: 'appointments.proposedLegend' })}
          </legend>
          ${fieldMessage('proposed', error)}
          <div class="times">
            <div class="field">
              <label for="proposed-day">${msg('Datum', { id: 'appointments.dayLabel' })}</label>
              <input
                id="proposed-day"
                type="date"
                .value=${live(v.day)}
                @input=${(e: Event) => change({ day: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div class="field">
              <label for="proposed-time">${msg('Tijd', { id: 'appointments.proposedTime' })}</label>
              <input
                id="proposed-time"
                type="time"
                .value=${live(v.time)}
                @input=${(e: Event) => change({ time: (e.target as HTMLInputElement).value })}
              />
            </div>
          </div>
        </fieldset>`
      : nothing
  }`;
}
