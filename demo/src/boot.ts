// Every demo page: start the mock backend first, then define the widgets, then the demo help.
import { startBrowserMock } from '../../packages/mock-server/src/browser.js';
import './dev-panel.js';
import { defineElements } from './elements.js';
import { placePanels } from './place-panels.js';

/** Where the mock keeps its data between reloads (this tab only). */
const persistKey = 'linde-demo';

async function boot() {
  // The provider's first request must reach the worker, so no element is defined before it runs.
  const mock = await startBrowserMock({ persistKey });
  const tags = await defineElements();
  placePanels(tags);
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
