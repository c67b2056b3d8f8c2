import { msg, str } from '@lit/localize';
import type { ApiError } from '@clientportal/sdk';
import { problemMessage } from '../../i18n/problems.js';
import { codeOf, retryAfterOf, waitText } from '../../ui/forms/index.js';

export { codeOf, retryAfterOf, waitText };

/** The messages of the sign-in panels that need more than the platform's problem texts. */

/** The message for a refused username and password: never says which of the two is wrong. */
export function signInProblem(error: unknown): string {
  const wait = retryAfterOf(error);
  switch (codeOf(error)) {
    case 'invalid_credentials':
      return msg(
        'De gebruikersnaam of het wachtwoord klopt niet. Controleer ze allebei en probeer het opnieuw. Weet u uw wachtwoord niet meer? Kies dan "Wachtwoord vergeten?".',
        { id: 'login.error.credentials' },
      );
    case 'too_many_attempts':
      return wait
        ? msg(
            str`U heeft een paar keer een verkeerd wachtwoord ingevuld. Wacht ${waitText(wait)} en probeer het dan opnieuw. Weet u uw wachtwoord niet meer? Kies dan "Wachtwoord vergeten?".`,
            { id: 'login.error.throttled' },
          )
        : problemMessage(error);
    case 'too_many_requests':
      return wait
        ? msg(
            str`U heeft het vaak achter elkaar geprobeerd. Probeer het over ${waitText(wait)} opnieuw.`,
            {
              id: 'login.error.rateLimited',
            },
          )
        : problemMessage(error);
    default:
      return problemMessage(error);
  }
}

/** The message next to the code field for a refused code. */
export function codeProblem(error: unknown): string {
  const left = (error as Partial<ApiError> | undefined)?.attemptsLeft;
  switch (codeOf(error)) {
    case 'code_invalid':
      if (left === 1)
        return msg('De code klopt niet. U kunt het nog één keer proberen.', {
          id: 'login.code.wrongLast',
        });
      return left
        ? msg(str`De code klopt niet. U kunt het nog ${left} keer proberen.`, {
            id: 'login.code.wrong',
          })
        : problemMessage(error);
    case 'code_expired':
      return msg(
        'De code is verlopen. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.expired' },
      );
    case 'too_many_attempts':
      return msg(
        'U heeft te vaak een verkeerde code ingevuld. Deze code werkt niet meer. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.tooManyTries' },
      );
    case 'challenge_invalid':
      return msg(
        'Deze code werkt niet meer. Laat een nieuwe code sturen met de knop "Stuur een nieuwe code".',
        { id: 'login.code.void' },
      );
    default:
      return problemMessage(error);
  }
}
