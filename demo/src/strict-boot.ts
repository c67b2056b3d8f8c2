// The strict-CSP page: no mock in the page (the demo server answers the API), the lazy loader.
import { defineElements, elementTags } from './elements.js';
import { followSession } from './follow-session.js';
import { placePanels } from './place-panels.js';

followSession();
placePanels(elementTags);
defineElements();
