// Stories of <portal-bulletin>: the notice board, posting, changing and removing with a question.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/widgets/src/components/portal-bulletin/portal-bulletin.js';
import { clickPart, inOrder, typeInto, untilPart } from '../support/as-user.js';
import { renderElement, stateStory } from '../support/panel-stories.js';

const meta = {
  title: 'Panels/portal-bulletin',
  component: 'portal-bulletin',
  render: renderElement('portal-bulletin'),
} satisfies Meta;
export default meta;

/** The posts, newest first; change and remove on one's own. */
export const Default = stateStory('default', { user: 's.devries' });

/** The same in English. */
export const English = stateStory('default', { user: 's.devries' }, { globals: { locale: 'en' } });

/** Nothing posted yet: the form and a short note. */
export const Empty = stateStory('empty');

/** Waiting for the answer. */
export const Loading = stateStory('loading');

/** The portal cannot be reached: a message and a retry button. */
export const ErrorState = stateStory('error');

/** The bulletin section is not granted to this person. */
export const Forbidden = stateStory('forbidden', { section: 'bulletin' });

/** Nobody signed in: nothing is shown. */
export const SignedOut: StoryObj = { parameters: { portal: { user: null } } };

/** A new post typed and placed; the count of characters left shows while typing. */
export const Posting: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    { user: 's.devries' },
    {
      play: inOrder(
        (c) => typeInto(c, 'text', 'Zaterdag zijn we de hele dag weg.'),
        (c) => clickPart(c, 'submit'),
      ),
    },
  ),
};

/** "Plaatsen" with nothing typed: a message next to the field. */
export const BadInput: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory('default', { user: 's.devries' }, { play: (c) => clickPart(c, 'submit') }),
};

/** Changing one's own post. */
export const Editing: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    { user: 's.devries' },
    {
      play: inOrder(
        (c) => untilPart(c, 'edit'),
        (c) => clickPart(c, 'edit'),
      ),
    },
  ),
};

/** "Verwijderen" asks first. */
export const RemoveQuestion: StoryObj = {
  tags: ['!autodocs'],
  ...stateStory(
    'default',
    { user: 's.devries' },
    {
      play: inOrder(
        (c) => untilPart(c, 'remove'),
        (c) => clickPart(c, 'remove'),
      ),
    },
  ),
};
