import { msg, str } from '@lit/localize';
import type { ApiError, ApiErrorCode } from '@clientportal/sdk';

/**
 * A calm, plain message per code of the contract (and the SDK's `network_error` and `aborted`):
 * what happened and what to do. A `Record`, so a code added to the contract fails the type check
 * until it has a message here.
 */
const messages: Record<ApiErrorCode, () => string> = {
  validation_failed: () =>
    msg('Niet alle gegevens zijn goed ingevuld. Kijk de velden met een melding na.', {
      id: 'problem.validation_failed',
    }),
  invalid_credentials: () =>
    msg('De gebruikersnaam of het wachtwoord klopt niet.', {
      id: 'problem.invalid_credentials',
    }),
  too_many_attempts: () =>
    msg('Te veel pogingen. Wacht even en probeer het dan opnieuw.', {
      id: 'problem.too_many_attempts',
    }),
  too_many_requests: () =>
    msg('U heeft dit net al gevraagd. Wacht even en probeer het dan opnieuw.', {
      id: 'problem.too_many_requests',
    }),
  unauthenticated: () =>
    msg('U bent niet ingelogd. Log in om verder te gaan.', {
      id: 'problem.unauthenticated',
    }),
  session_expired: () =>
    msg('U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.', {
      id: 'problem.session_expired',
    }),
  csrf_check_failed: () =>
    msg('Dit verzoek is om veiligheidsredenen geweigerd. Laad de pagina opnieuw.', {
      id: 'problem.csrf_check_failed',
    }),
  step_out_of_order: () =>
    msg('Deze stap past niet bij waar u bent met inloggen. Begin opnieuw met inloggen.', {
      id: 'problem.step_out_of_order',
    }),
  code_invalid: () =>
    msg('De code klopt niet. Kijk de code in de sms na.', { id: 'problem.code_invalid' }),
  code_expired: () =>
    msg('De code is verlopen. Vraag een nieuwe code aan.', { id: 'problem.code_expired' }),
  challenge_invalid: () =>
    msg('Deze code is niet meer geldig. Vraag een nieuwe code aan.', {
      id: 'problem.challenge_invalid',
    }),
  password_incorrect: () =>
    msg('Het huidige wachtwoord klopt niet.', { id: 'problem.password_incorrect' }),
  password_rejected: () =>
    msg('Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord.', {
      id: 'problem.password_rejected',
    }),
  reset_token_invalid: () =>
    msg('Deze link werkt niet meer. Vraag een nieuwe link aan.', {
      id: 'problem.reset_token_invalid',
    }),
  terms_outdated: () =>
    msg('De gebruiksvoorwaarden zijn net gewijzigd. Lees de nieuwe versie.', {
      id: 'problem.terms_outdated',
    }),
  forbidden_section: () =>
    msg('U heeft geen toegang tot dit onderdeel.', { id: 'problem.forbidden_section' }),
  read_only: () => msg('Dit kunt u niet wijzigen.', { id: 'problem.read_only' }),
  cannot_change_own_access: () =>
    msg('U kunt uw eigen toegang niet wijzigen.', {
      id: 'problem.cannot_change_own_access',
    }),
  not_found: () => msg('Dit is niet (meer) te vinden.', { id: 'problem.not_found' }),
  idempotency_key_reused: () =>
    msg('Dit wordt al verwerkt. Wacht even en kijk of het gelukt is.', {
      id: 'problem.idempotency',
    }),
  idempotency_key_in_use: () => messages.idempotency_key_reused(),
  plan_changed: () =>
    msg('Het zorgplan is intussen gewijzigd. Lees de nieuwe versie.', {
      id: 'problem.plan_changed',
    }),
  plan_already_decided: () =>
    msg('Over dit zorgplan is al besloten.', { id: 'problem.plan_already_decided' }),
  questionnaire_completed: () =>
    msg('Deze vragenlijst is al ingevuld.', { id: 'problem.questionnaire_completed' }),
  payload_too_large: () =>
    msg('Dit is te groot om te versturen. Maak het kleiner en probeer het opnieuw.', {
      id: 'problem.payload_too_large',
    }),
  method_not_allowed: () =>
    msg('Het portaal kan dit verzoek niet uitvoeren. Laad de pagina opnieuw.', {
      id: 'problem.method_not_allowed',
    }),
  unsupported_media_type: () =>
    msg('Dit soort bestand of gegevens kan het portaal niet ontvangen.', {
      id: 'problem.unsupported_media_type',
    }),
  network_error: () =>
    msg('Er is geen verbinding. Controleer uw internet en probeer het opnieuw.', {
      id: 'problem.network_error',
    }),
  aborted: () => msg('Het verzoek is gestopt.', { id: 'problem.aborted' }),
  service_unavailable: () =>
    msg(
      'Het portaal is even niet bereikbaar, bijvoorbeeld door onderhoud. Probeer het later opnieuw.',
      {
        id: 'problem.service_unavailable',
      },
    ),
  internal_error: () =>
    msg(
      'Er ging bij ons iets mis. Probeer het opnieuw; lukt het dan nog niet, probeer het later nog eens.',
      {
        id: 'problem.internal_error',
      },
    ),
};

/** The translated message for an error (an `ApiError` or anything else), with when to retry. */
export function problemMessage(error: unknown): string {
  const { code, retryAfter } = (error ?? {}) as Partial<ApiError>;
  const base = (code && Object.hasOwn(messages, code) ? messages[code] : messages.internal_error)();
  if (!retryAfter || retryAfter < 60) return base;
  const minutes = Math.ceil(retryAfter / 60);
  const wait =
    minutes === 1
      ? msg('Dat kan over een minuut.', { id: 'problem.retryInOneMinute' })
      : msg(str`Dat kan over ${minutes} minuten.`, { id: 'problem.retryInMinutes' });
  return `${base} ${wait}`;
}
