// Every demo page: define the widgets as clientportal.js does, then the demo help. The API and
// its mock backend are on the demo server, behind the same origin, as on a real site: the data
// stays there between pages, the session is a real HttpOnly cookie, and nothing is kept in the
// browser's web storage.
import './dev-panel.js';
import { defineElements, elementTags } from './elements.js';
import { followSession } from './follow-session.js';
import { placePanels } from './place-panels.js';

followSession();
placePanels(elementTags);
defineElements();
document.body.append(document.createElement('linde-dev-panel'));
