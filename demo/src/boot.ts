// Every demo page: start the mock backend first, then define the widgets, then the demo help.
import { startBrowserMock } from '../../packages/mock-server/src/browser.js';
import './dev-panel.js';
import { defineElements, elementTags } from './elements.js';
import { followSession } from './follow-session.js';
import { placePanels } from './place-panels.js';

/** Where the mock keeps its data between reloads (this tab only). */
const persistKey = 'linde-demo';

async function boot() {
  followSession();
  // Panels are placed at once (still undefined, so they ask nothing) so the page never jumps.
  placePanels(elementTags);
  // The provider's first request must reach the worker, so no element is defined before it runs.
  const mock = await startBrowserMock({ persistKey });
  defineElements();
  const help = document.createElement('linde-dev-panel');
  help.mock = mock;
  document.body.append(help);
}

boot().catch((error: unknown) => {
  console.error('The demo could not start', error);
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'wrap';
  note.textContent = `De demo kon niet starten: ${String(error)}`;
  document.querySelector('main')?.prepend(note);
});
