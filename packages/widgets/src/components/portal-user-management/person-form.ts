import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Schemas } from '@clientportal/sdk';
import { PersonInput } from '../../generated/contract-facts.js';
import { chars, isEmail } from '../../ui/forms/index.js';

type PersonBody = Schemas['PersonInput'];

/** The fields of "Persoon toevoegen", in the order shown. */
export const PERSON_FIELDS = ['name', 'email', 'phone', 'relation'] as const;

/** One field of the form. */
export type PersonField = (typeof PERSON_FIELDS)[number];

/** What was typed, per field. */
export type PersonValues = Record<PersonField, string>;

/** A message per field that has a problem. */
export type PersonProblems = Partial<Record<PersonField, string>>;

/** The limits of each field, from the contract. */
const LIMITS = PersonInput;

/** The visible label of each field. */
export function fieldLabel(field: PersonField): string {
  switch (field) {
    case 'name':
      return msg('Naam', { id: 'people.field.name' });
    case 'email':
      return msg('E-mailadres', { id: 'people.field.email' });
    case 'phone':
      return msg('Mobiel nummer', { id: 'people.field.phone' });
    case 'relation':
      return msg('Relatie tot de cliënt', { id: 'people.field.relation' });
  }
}

function hint(field: PersonField): string {
  switch (field) {
    case 'email':
      return msg('Hierheen sturen we de inloggegevens.', { id: 'people.hint.email' });
    case 'phone':
      return msg('Voor de sms-code bij het inloggen. Bijvoorbeeld 06 12345678.', {
        id: 'people.hint.phone',
      });
    case 'relation':
      return msg('Bijvoorbeeld: dochter, buurman of oma.', { id: 'people.hint.relation' });
    default:
      return '';
  }
}

function tooLong(max: number, count: number): string {
  return msg(str`Dit is te lang. Gebruik hoogstens ${max} tekens; nu zijn het er ${count}.`, {
    id: 'people.tooLong',
  });
}

/** The problem of one field, or nothing. */
function check(field: PersonField, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) {
    return msg(str`${fieldLabel(field)} is nog leeg. Vul dit in.`, { id: 'people.required' });
  }
  if (field === 'phone') {
    return LIMITS.phone.pattern.test(value)
      ? undefined
      : msg('Dit mobiele nummer klopt niet. Gebruik 8 tot 20 cijfers, bijvoorbeeld 06 12345678.', {
          id: 'people.phoneInvalid',
        });
  }
  const max = LIMITS[field].maxLength;
  if (chars(value) > max) return tooLong(max, chars(value));
  if (field === 'email' && !isEmail(value)) {
    return msg('Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@voorbeeld.nl.', {
      id: 'people.emailInvalid',
    });
  }
  return undefined;
}

/** The problems of the whole form (empty when it may be sent). */
export function checkPerson(values: PersonValues): PersonProblems {
  const problems: PersonProblems = {};
  for (const field of PERSON_FIELDS) {
    const problem = check(field, values[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The body to send. */
export function personInput(values: PersonValues): PersonBody {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    relation: values.relation.trim(),
  };
}

/** The message for a field the server refused (a duplicate e-mail address, say). */
export function serverFieldMessage(field: PersonField, code: string, value: string): string {
  if (field === 'email' && code === 'duplicate') {
    return msg('Iemand met dit e-mailadres staat al in de lijst.', { id: 'people.duplicate' });
  }
  return check(field, value) ?? msg('Dit klopt niet.', { id: 'people.invalid' });
}

const TYPES: Record<PersonField, string> = {
  name: 'text',
  email: 'email',
  phone: 'tel',
  relation: 'text',
};

/** One labelled field with its hint and its message. */
export function personField(
  field: PersonField,
  values: PersonValues,
  problems: PersonProblems,
  onInput: (field: PersonField, value: string) => void,
) {
  const help = hint(field);
  const describedBy = [help ? `${field}-hint` : '', `${field}-message`].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${field}>${fieldLabel(field)}</label>
    ${help ? html`<p id="${field}-hint" class="muted hint">${help}</p>` : ''}
    <input
      id=${field}
      part="input-${field}"
      type=${TYPES[field]}
      autocomplete="off"
      aria-describedby=${describedBy}
      aria-invalid=${problems[field] ? 'true' : 'false'}
      .value=${live(values[field])}
      @input=${(e: Event) => onInput(field, (e.target as HTMLInputElement).value)}
    />
    <p id="${field}-message" class="message" part="message-${field}">${problems[field] ?? ''}</p>
  </div>`;
}
