// Stories of <portal-login>: every step of signing in, as the server asks for it, and every problem.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../packages/widgets/src/components/portal-login/portal-login.js';
import type { PortalProvider } from '../../packages/widgets/src/components/portal-provider/portal-provider.component.js';
import { renderElement, stateStory, untilState } from '../support/panel-stories.js';
import type { PortalParameters } from '../support/portal-parameters.js';

const meta = {
  title: 'Panels/portal-login',
  component: 'portal-login',
  render: renderElement('portal-login'),
} satisfies Meta;
export default meta;

// No Empty, Forbidden or Large: signing in shows no data. Loading and errors of each request are
// stories of their own below (Waiting, ServerDown, TermsLoading, TermsError).

/** The text in the story's language (the toolbar sets the page's `lang`). */
const say = (nl: string, en: string) => (document.documentElement.lang === 'en' ? en : nl);

/** The story's mock backend (set by the story loader). */
const backend = () => globalThis.portalMock!.backend;

/** The digits after the prefix of the last SMS code sent to `username`. */
const lastDigits = (username: string) => backend().lastCode(username)?.split('-')[1] ?? '';

/** The right code with its last digit changed. */
const wrongDigits = (username: string) => {
  const digits = lastDigits(username);
  return digits.slice(0, 5) + String((Number(digits[5]) + 1) % 10);
};

/** The panel's shadow root. */
function rootOf(context: StoryContext): ShadowRoot {
  const root = context.canvasElement.querySelector('portal-login')?.shadowRoot;
  if (!root) throw new globalThis.Error('<portal-login> has not rendered');
  return root;
}

/** An element of the panel by its part name. */
function part(context: StoryContext, name: string): HTMLElement {
  const found = rootOf(context).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new globalThis.Error(`No part "${name}" in <portal-login>`);
  return found;
}

/** Waits (up to 10 s) until the panel has the part. */
const untilPart = (context: StoryContext, name: string) =>
  waitFor(() => part(context, name), { timeout: 10_000 });

/** Waits until the step's heading reads `text`. */
async function untilHeading(context: StoryContext, text: string): Promise<void> {
  await waitFor(
    () => expect(rootOf(context).getElementById('heading')?.textContent?.trim()).toBe(text),
    { timeout: 10_000 },
  );
}

/** Waits until the problem summary names `text`. */
async function untilProblem(context: StoryContext, text: string): Promise<void> {
  await waitFor(() => expect(part(context, 'summary').textContent).toContain(text), {
    timeout: 10_000,
  });
}

/** Deletes what `field` holds with Backspace and types `text` (user-event cannot clear in a shadow root). */
async function typeOver(field: HTMLInputElement, text: string): Promise<void> {
  await userEvent.click(field);
  const length = field.value.length;
  if (length) await userEvent.keyboard(`{End}{Backspace>${length}/}`);
  if (text) await userEvent.keyboard(text);
}

/** Types into the field with this id, replacing what it held. */
async function typeInto(context: StoryContext, id: string, text: string): Promise<void> {
  const field = await waitFor(() => rootOf(context).getElementById(id) as HTMLInputElement);
  await typeOver(field, text);
}

/** Types into the SMS code field (an element with a shadow root of its own). */
async function typeCode(context: StoryContext, digits: string): Promise<void> {
  const input = (await untilPart(context, 'code')).shadowRoot!.querySelector('input')!;
  await typeOver(input, digits);
}

/** Clicks the part. */
const clickPart = async (context: StoryContext, name: string) =>
  userEvent.click(await untilPart(context, name));

/** Username and password, sent. */
async function signInWith(context: StoryContext, username: string, password: string) {
  await typeInto(context, 'username', username);
  await typeInto(context, 'password', password);
  await clickPart(context, 'submit');
}

/** The SMS code asked for (policy: a code at every sign-in). */
async function requestCode(context: StoryContext): Promise<void> {
  await clickPart(context, 'request-code');
  await untilPart(context, 'code');
}

/** A first sign-in from the code step to choosing a password: the code from the outbox. */
async function toPasswordChange(context: StoryContext, username: string): Promise<void> {
  await requestCode(context);
  await typeCode(context, lastDigits(username));
  await clickPart(context, 'submit');
  await untilHeading(context, say('Kies uw eigen wachtwoord', 'Choose your own password'));
}

/** On to the terms of use: the password changed. */
async function toTerms(context: StoryContext, username: string): Promise<void> {
  await toPasswordChange(context, username);
  await typeInto(context, 'current-password', 'welkom-tijdelijk');
  await typeInto(context, 'new-password', 'lente in de tuin 2026');
  await typeInto(context, 'repeat-password', 'lente in de tuin 2026');
  await clickPart(context, 'submit');
  await untilHeading(context, say('Gebruiksvoorwaarden', 'Terms of use'));
}

/** On to the invitations: the terms accepted. */
async function toInvitations(context: StoryContext): Promise<void> {
  await toTerms(context, 'm.jansen');
  await clickPart(context, 'accept');
  await clickPart(context, 'submit');
  await untilPart(context, 'invitation');
}

/** A story that acts in the panel: focus moves, so it is not on the docs page. */
function acting(portal: PortalParameters, play: StoryObj['play']): StoryObj {
  return { tags: ['!autodocs'], ...stateStory('default', portal, { play }) };
}

/** A step of a first sign-in whose request for the terms waits or fails. */
function termsIn(state: 'loading' | 'error'): StoryObj {
  return {
    tags: ['!autodocs'],
    parameters: { portal: { user: 'h.visser', until: 'code', state, scope: '/auth/terms' } },
    play: async (context) => {
      await untilState('default')(context);
      await toPasswordChange(context, 'h.visser');
      await typeInto(context, 'current-password', 'welkom-tijdelijk');
      await typeInto(context, 'new-password', 'lente in de tuin 2026');
      await typeInto(context, 'repeat-password', 'lente in de tuin 2026');
      await clickPart(context, 'submit');
      await untilPart(context, state);
    },
  };
}

/** Nobody signed in: username and password. */
export const Password = stateStory('default', { user: null });

/** The same in English. */
export const PasswordEnglish = stateStory('default', { user: null }, { globals: { locale: 'en' } });

/** The password was right; the code is sent when asked for (policy: a code at every sign-in). */
export const CodeRequest = stateStory('default', { until: 'code' });

/** The policy "a code on a new device only": the code is sent at once; remember this device. */
export const NewDevice = stateStory('default', { until: 'code', codePolicy: 'new-device' });

/** Someone is signed in: the panel shows nothing. */
export const SignedIn: StoryObj = { parameters: { portal: {} } };

// The stories below act in the panel: focus moves, so they are not on the docs page.

/** The code was asked for: where it went, its first digits, and the field for the rest. */
export const CodeSent = acting({ until: 'code' }, requestCode);

/** First sign-in: choose a new password; the rules are shown before typing. */
export const PasswordChange = acting({ user: 'h.visser', until: 'code' }, (context) =>
  toPasswordChange(context, 'h.visser'),
);

/** First sign-in: read the terms of use (a scrollable region) and accept them. */
export const Terms = acting({ user: 'h.visser', until: 'code' }, async (context) => {
  await toTerms(context, 'h.visser');
  await untilPart(context, 'accept');
});

/** The terms are on their way. */
export const TermsLoading = termsIn('loading');

/** The terms cannot be fetched: a message and a retry button. */
export const TermsError = termsIn('error');

/** An invitation to see someone's portal, in plain words, to accept or decline. */
export const Invitations = acting({ user: 'm.jansen', until: 'code' }, toInvitations);

/** Declining an invitation asks first. */
export const DeclineInvitation = acting({ user: 'm.jansen', until: 'code' }, async (context) => {
  await toInvitations(context);
  await clickPart(context, 'decline');
  await waitFor(() => expect(part(context, 'decline-dialog')).toHaveProperty('open', true));
});

/** Nothing filled in: the summary links to both fields, each field says what is missing. */
export const MissingFields = acting({ user: null }, async (context) => {
  await clickPart(context, 'submit');
  await untilProblem(context, say('Vul uw wachtwoord in.', 'Enter your password.'));
});

/** A username and a password longer than the contract allows are not sent. */
export const TooLong = acting({ user: null }, async (context) => {
  await signInWith(context, 'a'.repeat(200), 'b'.repeat(129));
  await untilProblem(context, say('hoogstens 128 tekens', 'at most 128 characters'));
});

/** A wrong password: one message that does not tell whether the username exists. */
export const WrongPassword = acting({ user: null }, async (context) => {
  await signInWith(context, 'e.jansen', 'verkeerd wachtwoord');
  await untilPart(context, 'summary');
});

/** A few wrong passwords: the server asks to wait a few seconds (a delay, not a lock). */
export const Throttled = acting({ user: null }, async (context) => {
  const waitText = say('een paar keer een verkeerd wachtwoord', 'a wrong password a few times');
  // The delay grows with each wrong try, so keep trying until the server asks to wait.
  for (let i = 1; i <= 10; i++) {
    await signInWith(context, 'e.jansen', `verkeerd ${i}`);
    await untilPart(context, 'summary');
    if (part(context, 'summary').textContent?.includes(waitText)) break;
  }
  await untilProblem(context, waitText);
});

/** The portal cannot be reached when signing in. */
export const ServerDown: StoryObj = {
  tags: ['!autodocs'],
  parameters: { portal: { user: null, state: 'error', scope: '/auth/sign-in' } },
  play: async (context) => {
    await untilState('default')(context);
    await signInWith(context, 'e.jansen', 'zonnebloem-2026');
    await untilPart(context, 'summary');
  },
};

/** The answer is slow: "Even geduld…" under the button. */
export const Waiting: StoryObj = {
  tags: ['!autodocs'],
  parameters: { portal: { user: null, state: 'loading', scope: '/auth/sign-in' } },
  play: async (context) => {
    await untilState('default')(context);
    await signInWith(context, 'e.jansen', 'zonnebloem-2026');
    await waitFor(() =>
      expect(rootOf(context).textContent).toContain(say('Even geduld…', 'One moment…')),
    );
  },
};

/** A wrong code: the tries left, next to the field; what was typed stays. */
export const WrongCode = acting({ until: 'code' }, async (context) => {
  await requestCode(context);
  await typeCode(context, wrongDigits('e.jansen'));
  await clickPart(context, 'submit');
  await untilProblem(context, say('nog 4 keer', 'try 4 more times'));
});

/** Five wrong codes: the code no longer works; the field is emptied and a new code can be sent. */
export const TooManyTries = acting({ until: 'code' }, async (context) => {
  await requestCode(context);
  const wrong = wrongDigits('e.jansen');
  for (let i = 0; i < 5; i++) {
    await typeCode(context, wrong);
    await clickPart(context, 'submit');
    await untilPart(context, 'summary');
  }
  await untilProblem(context, say('te vaak een verkeerde code', 'wrong code too many times'));
});

/** The code is older than 10 minutes. */
export const ExpiredCode = acting({ until: 'code' }, async (context) => {
  await requestCode(context);
  const shift = 11 * 60_000;
  backend().clock.advance(shift);
  try {
    await typeCode(context, lastDigits('e.jansen'));
    await clickPart(context, 'submit');
    await untilProblem(context, say('De code is verlopen.', 'The code has expired.'));
  } finally {
    backend().clock.advance(-shift);
  }
});

/** A new code asked for too soon (the server's clock decides): how long to wait. */
export const ResendTooSoon = acting({ until: 'code' }, async (context) => {
  // The server's clock runs a minute behind: the button looks ready before the server is.
  backend().clock.advance(-60_000);
  try {
    await requestCode(context);
    await userEvent.click(rootOf(context).getElementById('resend')!);
    await untilProblem(
      context,
      say('U heeft net een code gekregen.', 'You received a code a moment ago.'),
    );
  } finally {
    backend().clock.advance(60_000);
  }
});

/** Five digits are one too few: said next to the field, nothing sent. */
export const ShortCode = acting({ until: 'code' }, async (context) => {
  await requestCode(context);
  await typeCode(context, '12345');
  await clickPart(context, 'submit');
  await untilProblem(context, say('Nu zijn het er 5.', 'You have entered 5.'));
});

/** A wrong code on a new device. */
export const NewDeviceWrongCode = acting(
  { until: 'code', codePolicy: 'new-device' },
  async (context) => {
    await typeCode(context, wrongDigits('e.jansen'));
    await clickPart(context, 'submit');
    await untilProblem(context, say('De code klopt niet.', 'The code is not right.'));
  },
);

/** The sign-in ran out on the server: back to the start, the username kept. */
export const SignInRanOut = acting({ until: 'code' }, async (context) => {
  for (const session of backend().db.sessions.values()) session.ended = true;
  await clickPart(context, 'request-code');
  await untilPart(context, 'notice');
});

/** The new password: too short, and not repeated the same. */
export const PasswordChangeProblems = acting(
  { user: 'h.visser', until: 'code' },
  async (context) => {
    await toPasswordChange(context, 'h.visser');
    await typeInto(context, 'current-password', 'welkom-tijdelijk');
    await typeInto(context, 'new-password', 'kort');
    await typeInto(context, 'repeat-password', 'kor');
    await clickPart(context, 'submit');
    await untilProblem(context, say('niet hetzelfde', 'are not the same'));
  },
);

/** The server refuses a password that is easy to guess. */
export const PasswordRejected = acting({ user: 'h.visser', until: 'code' }, async (context) => {
  await toPasswordChange(context, 'h.visser');
  await typeInto(context, 'current-password', 'welkom-tijdelijk');
  await typeInto(context, 'new-password', 'Wachtwoord123');
  await typeInto(context, 'repeat-password', 'Wachtwoord123');
  await clickPart(context, 'submit');
  await untilProblem(context, say('makkelijk te raden', 'easy to guess'));
});

/** "Akkoord en verder" without ticking the box. */
export const TermsNotAccepted = acting({ user: 'h.visser', until: 'code' }, async (context) => {
  await toTerms(context, 'h.visser');
  await clickPart(context, 'submit');
  await untilProblem(context, say('Vink aan', 'Tick the box'));
});

/** "Wachtwoord vergeten?" shows the forgotten-password panel in place of the sign-in. */
export const ForgotPassword = acting({ user: null }, async (context) => {
  await clickPart(context, 'forgot-password');
  await waitFor(() =>
    expect(rootOf(context).querySelector('portal-password-reset')).not.toBeNull(),
  );
});

/** A reset e-mail's link opened: the token leaves the address and the new password is asked. */
export const FromResetLink = acting({ user: null }, async (context) => {
  const provider = context.canvasElement.querySelector<PortalProvider>('portal-provider')!;
  await provider.client!.requestPasswordReset('e.jansen', 'els.jansen@example.nl');
  const link = backend()
    .outbox()
    .findLast((m) => m.link)!.link!;
  location.hash = new URL(link).hash;
  await waitFor(() => {
    const reset = rootOf(context).querySelector('portal-password-reset');
    expect(reset?.shadowRoot?.getElementById('heading')?.textContent?.trim()).toBe(
      say('Nieuw wachtwoord kiezen', 'Choose a new password'),
    );
  });
  await expect(location.hash).toBe('');
});
