import { msg, str } from '@lit/localize';
import type { Schemas } from '@clientportal/sdk';
import { PersonInput } from '../../generated/contract-facts.js';
import { chars, isEmail, textField, type FormProblems } from '../../ui/forms/index.js';

type PersonBody = Schemas['PersonInput'];

/** The fields of "Persoon toevoegen", in the order shown. */
export const PERSON_FIELDS = ['name', 'email', 'phone', 'relation'] as const;

/** One field of the form. */
export type PersonField = (typeof PERSON_FIELDS)[number];

/** What was typed, per field. */
export type PersonValues = Record<PersonField, string>;

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
  if (field !== 'email' && !LIMITS[field].pattern.test(value)) {
    return msg('Hier staat een teken dat niet kan, zoals een tab of een nieuwe regel.', {
      id: 'people.badCharacter',
    });
  }
  if (field === 'email' && !isEmail(value)) {
    return msg('Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@voorbeeld.nl.', {
      id: 'people.emailInvalid',
    });
  }
  return undefined;
}

/** Puts the problem of each field (or none) into `problems`, in the order shown. */
export function checkPerson(values: PersonValues, problems: FormProblems): void {
  for (const field of PERSON_FIELDS) problems.set(field, check(field, values[field]));
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

const TYPES = { name: 'text', email: 'email', phone: 'tel', relation: 'text' } as const;

/** One labelled field of the form kit, with its hint and its message. */
export function personField(
  field: PersonField,
  values: PersonValues,
  problems: FormProblems,
  onInput: (field: PersonField, value: string) => void,
) {
  return textField({
    id: field,
    name: field,
    label: fieldLabel(field),
    hint: hint(field) || undefined,
    type: TYPES[field],
    inputmode: field === 'email' ? 'email' : field === 'phone' ? 'tel' : undefined,
    // Someone else's details: the browser must not fill in the manager's own.
    autocomplete: 'off',
    value: values[field],
    error: problems.get(field),
    onInput: (value) => onInput(field, value),
  });
}
