// Every story: inside <portal-provider>, on the mock backend, with docs from the manifest.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { StrictInputType } from 'storybook/internal/types';
import manifest from '../packages/widgets/custom-elements.json';
import { forStorybook } from './manifest.js';
import { backend } from '../stories/support/mock-backend.js';
import { portalLoader } from '../stories/support/portal-loader.js';
import { themes } from '../stories/support/themes.js';
import { locales, withPortalProvider } from '../stories/support/with-provider.js';

// The provider is defined before any story renders; a story file imports its own element.
import '../packages/widgets/src/components/portal-provider/portal-provider.js';

// Docs, controls, events, parts and custom properties come from the JSDoc (`npm run analyze`).
setCustomElementsManifest(forStorybook(manifest));

/** Parts, slots and events are documented, not set from a control (events go to Actions). */
const documentedOnly = new Set(['css shadow parts', 'slots', 'events']);

/** The control of an argument from the manifest: none, a colour picker, or what Storybook infers. */
function withControl(name: string, argType: StrictInputType): StrictInputType {
  const category = argType.table?.category ?? '';
  if (documentedOnly.has(category)) return { ...argType, control: false };
  if (category !== 'css custom properties') return argType;
  return { ...argType, control: name.includes('-color-') ? 'color' : 'text' };
}

const preview: Preview = {
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [name, withControl(name, argType)]),
      ),
  ],
  tags: ['autodocs'],
  loaders: [portalLoader],
  decorators: [withPortalProvider],
  globalTypes: {
    locale: {
      description: 'Taal van het portaal',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: Object.entries(locales).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Huisstijl (de --portal-* custom properties)',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'standard' },
  parameters: {
    // `overrides` comes first, so a story's own handlers win over the backend's.
    msw: { handlers: { overrides: [], backend: backend.handlers } },
    // Stories on a docs page each get their own iframe, so their mock states cannot leak.
    docs: { story: { inline: false, iframeHeight: 320 } },
    // The a11y panel and `npm run test:storybook` read the same axe run: WCAG 2.2 A/AA and best
    // practices, without the rules about a whole page (the addon turns off `region` itself).
    a11y: {
      test: 'error',
      options: {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      config: {
        rules: [
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
    },
    controls: { expanded: true },
  },
};

export default preview;
