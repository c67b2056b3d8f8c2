// The files of a new panel, in the house pattern (see ../../README.md, "Contributing").
// Each template gets the names: tag `portal-x`, class `PortalX`, domain `x`, id prefix `x`.

/** The class: a section of the client's data loaded through the data controller. */
export const component = ({ tag, className, prefix }) => `import { msg } from '@lit/localize';
import { html } from 'lit';
import { unwrap, type Schemas } from '@clientportal/sdk';
import { PortalData } from '../../controllers/portal-data.js';
import { PortalElement } from '../../internal/portal-element.js';
import { styles } from './${tag}.styles.js';

/** One item the panel lists (the care team as a start: use your operation's schema). */
type Item = Schemas['CareTeamMember'];

/**
 * @summary What the person sees and does here, in one or two sentences (the feature ids).
 *
 * @csspart panel - The panel's frame.
 * @csspart list - The list of items.
 * @csspart loading - The progress indicator while loading.
 * @csspart empty - The text when there is nothing yet.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The button that loads again after an error.
 * @csspart forbidden - The text when the person has no access to this section.
 */
export class ${className} extends PortalElement {
  static override styles = [PortalElement.styles, styles];

  private readonly data = new PortalData<Item[]>(this, {
    section: 'profile',
    load: async ({ api, clientId, signal }) =>
      unwrap(
        await api.GET('/clients/{clientId}/care-team', { params: { path: { clientId } }, signal }),
      ),
    isEmpty: (items) => items.length === 0,
  });

  protected override render() {
    if (this.data.state === 'signed-out') return html\`\`;
    return html\`<section class="panel" part="panel" aria-labelledby="title">
      <h2 class="title" id="title">\${msg('${className}', { id: '${prefix}.title' })}</h2>
      \${this.data.render({
        complete: (items) =>
          html\`<ul class="list" part="list">
            \${items.map((item) => html\`<li>\${item.name}</li>\`)}
          </ul>\`,
        empty: () =>
          html\`<p class="state empty" part="empty">
            \${msg('Er is nog niets om te laten zien.', { id: '${prefix}.empty' })}
          </p>\`,
      })}
    </section>\`;
  }
}
`;

/** The panel's own styles, after PortalElement.styles. */
export const styles = () => `import { css } from 'lit';

/** Follows PortalElement.styles (the tokens, the panel frame and the data states). */
export const styles = css\`
  .list {
    margin: 0;
    padding-inline-start: var(--_portal-space-l);
  }
\`;
`;

/** The define file. */
export const define = ({ tag, className }) => `import { define } from '../../internal/define.js';
import { ${className} } from './${tag}.component.js';

export { ${className} };
define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;

/** A test of every state, each with axe. */
export const test = ({
  tag,
  className,
}) => `import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mockBackend, portal, resetMock, signIn, textOf } from '../../../test/harness.js';
import './${tag}.js';
import type { ${className} } from './${tag}.component.js';

/** A page with the panel; \`before\` runs after signing in, before the panel loads. */
async function page(user: string | null = 's.devries', before?: () => Promise<void>) {
  const provider = await portal(html\`<portal-provider><div></div></portal-provider>\`);
  if (user) await signIn(provider, user);
  await before?.();
  const el = document.createElement('${tag}');
  provider.querySelector('div')!.append(el);
  await el.updateComplete;
  return { provider, el: el as ${className} };
}

const part = (el: ${className}, name: string) => el.shadowRoot!.querySelector(\`[part~="\${name}"]\`);

describe('${tag}', () => {
  beforeEach(resetMock);

  it('shows nothing while nobody is signed in', async () => {
    const { el } = await page(null);
    expect(textOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows a progress indicator while loading', async () => {
    const { el } = await page('s.devries', async () =>
      (await mockBackend()).backend.setScenario({ latencyMs: 60_000 }),
    );
    await waitUntil(() => part(el, 'loading'), 'loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the data', async () => {
    const { el } = await page();
    await waitUntil(() => part(el, 'list'), 'complete', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Anna Bakker');
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing yet', async () => {
    const { el } = await page('s.devries', async () => {
      (await mockBackend()).backend.db.clients.get('cl-noah')!.careTeam = [];
    });
    await waitUntil(() => part(el, 'empty'), 'empty', { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });

  it('says there is no access to the section', async () => {
    const { el } = await page('m.devries');
    await waitUntil(() => part(el, 'forbidden'), 'forbidden', { timeout: 10_000 });
    expect(textOf(el)).to.contain('U heeft geen toegang tot dit onderdeel');
    await expect(el).to.be.accessible();
  });

  it('shows the problem with a retry that works', async () => {
    const { backend } = await mockBackend();
    const { el } = await page('s.devries', async () => backend.setScenario({ failureRate: 1 }));
    await waitUntil(() => part(el, 'error'), 'error', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    backend.setScenario({ failureRate: 0 });
    (part(el, 'retry') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'list'), 'loaded after retry', { timeout: 10_000 });
    await el.updateComplete;
    expect(focused()).to.equal('title');
    await expect(el).to.be.accessible();
  });
});
`;

/** The stories: every state, from the shared story helpers. */
export const story = ({ tag }) => `// Stories of <${tag}>.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/${tag}/${tag}.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/${tag}',
  component: '${tag}',
  render: renderElement('${tag}'),
} satisfies Meta;
export default meta;

/** The data of a parent's first child. */
export const Default = stateStory('default', { user: 's.devries' });

/** The same in English. */
export const English = stateStory('default', { user: 's.devries' }, { globals: { locale: 'en' } });

/** Waiting for the answer. */
export const Loading = stateStory('loading', { user: 's.devries' });

/** Nothing yet. */
export const Empty = stateStory('empty', { user: 's.devries' });

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error', { user: 's.devries' });

/** The section is not granted. */
export const Forbidden = stateStory('forbidden', { user: 's.devries', section: 'profile' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };
`;

/** The English strings of the panel. */
export const strings = ({ tag, prefix, className }) => `// English for <${tag}>, merged by ../en.ts.
export const ${prefix} = {
  '${prefix}.title': '${className}',
  '${prefix}.empty': 'There is nothing to show yet.',
};
`;
