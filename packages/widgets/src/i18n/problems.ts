import { msg, str } from '@lit/localize';
import type { ApiError, ProblemCode } from '@clientportal/sdk';

/** Codes the SDK adds to the contract's: no answer, or the user stopped the request. */
type Code = ProblemCode | 'network_error' | 'aborted';

/** A calm, plain message per code: what happened and what to do. */
function text(code: Code): string {
  switch (code) {
    case 'validation_failed':
      return msg('Niet alle gegevens zijn goed ingevuld. Kijk de velden met een melding na.', {
        id: 'problem.validation_failed',
      });
    case 'invalid_credentials':
      return msg('De gebruikersnaam of het wachtwoord klopt niet.', {
        id: 'problem.invalid_credentials',
      });
    case 'too_many_attempts':
      return msg('Te veel pogingen. Wacht even en probeer het dan opnieuw.', {
        id: 'problem.too_many_attempts',
      });
    case 'too_many_requests':
      return msg('U heeft dit net al gevraagd. Wacht even en probeer het dan opnieuw.', {
        id: 'problem.too_many_requests',
      });
    case 'unauthenticated':
      return msg('U bent niet ingelogd. Log in om verder te gaan.', {
        id: 'problem.unauthenticated',
      });
    case 'session_expired':
      return msg('U bent automatisch uitgelogd. Log opnieuw in om verder te gaan.', {
        id: 'problem.session_expired',
      });
    case 'csrf_check_failed':
      return msg('Dit verzoek is om veiligheidsredenen geweigerd. Laad de pagina opnieuw.', {
        id: 'problem.csrf_check_failed',
      });
    case 'step_out_of_order':
      return msg('Deze stap past niet bij waar u bent met inloggen. Begin opnieuw met inloggen.', {
        id: 'problem.step_out_of_order',
      });
    case 'code_invalid':
      return msg('De code klopt niet. Kijk de code in de sms na.', { id: 'problem.code_invalid' });
    case 'code_expired':
      return msg('De code is verlopen. Vraag een nieuwe code aan.', { id: 'problem.code_expired' });
    case 'challenge_invalid':
      return msg('Deze code is niet meer geldig. Vraag een nieuwe code aan.', {
        id: 'problem.challenge_invalid',
      });
    case 'password_incorrect':
      return msg('Het huidige wachtwoord klopt niet.', { id: 'problem.password_incorrect' });
    case 'password_rejected':
      return msg('Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord.', {
        id: 'problem.password_rejected',
      });
    case 'reset_token_invalid':
      return msg('Deze link werkt niet meer. Vraag een nieuwe link aan.', {
        id: 'problem.reset_token_invalid',
      });
    case 'terms_outdated':
      return msg('De gebruiksvoorwaarden zijn net gewijzigd. Lees de nieuwe versie.', {
        id: 'problem.terms_outdated',
      });
    case 'forbidden_section':
      return msg('U heeft geen toegang tot dit onderdeel.', { id: 'problem.forbidden_section' });
    case 'read_only':
      return msg('Dit kunt u niet wijzigen.', { id: 'problem.read_only' });
    case 'cannot_change_own_access':
      return msg('U kunt uw eigen toegang niet wijzigen.', {
        id: 'problem.cannot_change_own_access',
      });
    case 'not_found':
      return msg('Dit is niet (meer) te vinden.', { id: 'problem.not_found' });
    case 'idempotency_key_reused':
    case 'idempotency_key_in_use':
      return msg('Dit wordt al verwerkt. Wacht even en kijk of het gelukt is.', {
        id: 'problem.idempotency',
      });
    case 'plan_changed':
      return msg('Het zorgplan is intussen gewijzigd. Lees de nieuwe versie.', {
        id: 'problem.plan_changed',
      });
    case 'plan_already_decided':
      return msg('Over dit zorgplan is al besloten.', { id: 'problem.plan_already_decided' });
    case 'questionnaire_completed':
      return msg('Deze vragenlijst is al ingevuld.', { id: 'problem.questionnaire_completed' });
    case 'network_error':
      return msg('Er is geen verbinding. Controleer uw internet en probeer het opnieuw.', {
        id: 'problem.network_error',
      });
    case 'aborted':
      return msg('Het verzoek is gestopt.', { id: 'problem.aborted' });
    case 'service_unavailable':
    case 'internal_error':
    default:
      return msg('Er ging iets mis bij het ophalen van de gegevens. Probeer het opnieuw.', {
        id: 'problem.internal_error',
      });
  }
}

/** The translated message for an error (an `ApiError` or anything else), with when to retry. */
export function problemMessage(error: unknown): string {
  const code = ((error as Partial<ApiError> | undefined)?.code ?? 'internal_error') as Code;
  const retryAfter = (error as Partial<ApiError> | undefined)?.retryAfter;
  const base = text(code);
  if (!retryAfter || retryAfter < 60) return base;
  const minutes = Math.ceil(retryAfter / 60);
  return `${base} ${msg(str`Dat kan over ${minutes} minuten.`, { id: 'problem.retryInMinutes' })}`;
}
