// Stories of <portal-messages>: the start-screen block, conversations, a new message, replies,
// bad input, a message that was not sent, and "Bericht sturen" from elsewhere on the page.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-messages/portal-messages.js';
import { PortalMessageRequestedEvent } from '../../packages/widgets/src/events/portal-message-requested.js';
import { clickPart, inOrder, rootOf, typeInto, untilPart } from '../support/as-user.js';
import { backend } from '../support/mock-backend.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-messages',
  component: 'portal-messages',
  render: renderElement('portal-messages'),
  args: { mode: 'full' },
  argTypes: { mode: { control: 'inline-radio', options: ['recent', 'full'] } },
} satisfies Meta;
export default meta;

/** Opens "Nieuw bericht" and ticks the whole care team. */
async function newToCareTeam(context: StoryContext) {
  await untilPart(context, 'new');
  await clickPart(context, 'new');
  await untilPart(context, 'recipients');
  await userEvent.click(rootOf(context).querySelector<HTMLInputElement>('input[name=to]')!);
}

/** Types a message and presses "Stuur". */
const typeAndSend = (text: string) => async (context: StoryContext) => {
  await typeInto(context, 'text', text);
  await clickPart(context, 'send');
};

/** The conversations, newest first, with unread marks and "Nieuw bericht". */
export const Default = stateStory('default');

/** The start screen: the 4 newest messages and "Alle berichten". */
export const Recent = stateStory('default', {}, { args: { mode: 'recent' } });

/** The same in English. */
export const English = stateStory('default', {}, { globals: { locale: 'en' } });

/** A parent: Sanne writes about Noah, with staff and relatives to choose from. */
export const Parent = stateStory('default', { user: 's.devries' });

/** No conversations yet. */
export const Empty = stateStory('empty');

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** The messages section is not granted to this person. */
export const Forbidden = stateStory('forbidden', { section: 'messages' });

/** 10,000+ messages: the conversations and a virtualized conversation stay smooth. */
export const Large = stateStory('large', { user: 's.devries' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** An open conversation: the reply, the answer time and whether the care team read it. */
export const Conversation: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    { user: 's.devries' },
    {
      play: inOrder(
        (c) => untilPart(c, 'conversation'),
        (c) => clickPart(c, 'conversation'),
        (c) => untilPart(c, 'answer-time'),
      ),
    },
  ),
};

/** A new message to the care team, sent with "Stuur". */
export const NewMessage: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: inOrder(newToCareTeam, typeAndSend('Kan de zorg morgen om 9 uur komen?'), (c) =>
        waitFor(() => expect(rootOf(c).querySelector('[part=outbox]')).toBeNull()),
      ),
    },
  ),
};

/** "Stuur" with nothing chosen or typed: a message next to each field, nothing sent. */
export const BadInput: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: inOrder(
        (c) => untilPart(c, 'new'),
        (c) => clickPart(c, 'new'),
        (c) => untilPart(c, 'send'),
        (c) => clickPart(c, 'send'),
      ),
    },
  ),
};

/** The connection dropped at "Stuur": "Niet verstuurd" with "Opnieuw proberen", text kept. */
export const NotSent: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: inOrder(
        newToCareTeam,
        async () => backend.setScenario({ offline: true }),
        typeAndSend('Is het recept al verlengd?'),
        (c) => untilPart(c, 'not-sent'),
        async () => backend.setScenario({ offline: false }),
      ),
    },
  ),
};

/** A tiny PNG: its signature and header are what the server checks. */
const photo = () =>
  new File(
    [
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0,
        0, 1,
      ]),
    ],
    'wond-linkerbeen.png',
    { type: 'image/png' },
  );

/** Chooses a file in the composer's picker, as the browser's file dialog does. */
const attach = (file: () => File) => async (context: StoryContext) => {
  await customElements.whenDefined('portal-attachment-picker');
  const picker = rootOf(context).querySelector('portal-attachment-picker')!;
  await waitFor(() => expect(picker.shadowRoot?.querySelector('#file')).toBeTruthy());
  await userEvent.upload(picker.shadowRoot!.querySelector<HTMLInputElement>('#file')!, file());
  await waitFor(() => expect(picker.shadowRoot!.querySelector('[part=remove]')).toBeTruthy(), {
    timeout: 10_000,
  });
};

/** A message with a photo: the picker shows it before "Stuur"; the sent message lists it. */
export const WithAttachment: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: inOrder(
        newToCareTeam,
        attach(photo),
        typeAndSend('Hierbij een foto van de wond.'),
        // Sent: back in the list, the newest conversation first; open it to see the photo.
        async (c) => {
          await waitFor(() => expect(rootOf(c).querySelector('[part=outbox]')).toBeNull());
          await untilPart(c, 'conversation');
          await clickPart(c, 'conversation');
          await waitFor(
            () =>
              expect(
                rootOf(c)
                  .querySelector('portal-virtual-list')
                  ?.shadowRoot?.querySelector('[part=attachment]'),
              ).toBeTruthy(),
            { timeout: 10_000 },
          );
        },
      ),
    },
  ),
};

/** "Bericht sturen" by a nurse's name elsewhere on the page: a message to her, ready to type. */
export const MessageRequested: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    {},
    {
      play: inOrder(
        (c) => untilPart(c, 'new'),
        async (c) =>
          c.canvasElement.dispatchEvent(
            new PortalMessageRequestedEvent({ recipientId: 'st-anna', name: 'Anna Bakker' }),
          ),
        (c) => untilPart(c, 'recipients'),
      ),
    },
  ),
};
