// Who wrote something, in words: "Anna Bakker, verpleegkundige".
import { msg } from '@lit/localize';
import type { Schemas } from '@clientportal/sdk';

type Author = Schemas['Author'];

/** The role or relation of an author, in the current locale. */
export function authorRole(author: Author): string {
  switch (author.role ?? author.kind) {
    case 'coordinator':
      return msg('zorgcoördinator', { id: 'ui.role.coordinator' });
    case 'nurse':
      return msg('verpleegkundige', { id: 'ui.role.nurse' });
    case 'pedagogical-worker':
      return msg('pedagogisch medewerker', { id: 'ui.role.pedagogicalWorker' });
    case 'client':
      return msg('cliënt', { id: 'ui.role.client' });
    case 'contact':
      return msg('contactpersoon', { id: 'ui.role.contact' });
    default:
      return msg('zorgmedewerker', { id: 'ui.role.careStaff' });
  }
}

/** "Anna Bakker, verpleegkundige". */
export function byline(author: Author): string {
  return `${author.name}, ${authorRole(author)}`;
}
