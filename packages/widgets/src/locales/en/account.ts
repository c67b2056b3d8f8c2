// English for the account panel, the client switcher and the session guard, merged by ../en.ts.
import { str } from '@lit/localize';

export const account = {
  'account.title': 'My account',
  'account.name': 'Name',
  'account.username': 'Username',
  'account.password.title': 'Change password',
  'account.submit': 'Change password',
  'account.summary.title': 'The password has not been changed',
  'account.done':
    'Your password has been changed. You are now signed out on other computers, tablets and phones. There you sign in with the new password from now on.',
  'account.failed': 'Changing your password did not work. Please try again in a few minutes.',
  'switcher.current': str`You are looking at the portal of ${0}`,
  'switcher.own': 'You are looking at your own portal',
  'switcher.label': 'Whose portal do you want to see?',
  'switcher.submit': 'Show',
  'switcher.changed': str`You are now looking at the portal of ${0}.`,
  'session.warning.heading': 'You will be signed out soon',
  'session.warning.text': str`You will be signed out automatically in ${0}.`,
  'session.warning.now': 'You are being signed out…',
  'session.warning.why': 'This happens because you have not done anything for a while.',
  'session.oneMinute': '1 minute',
  'session.minutes': str`${0} minutes`,
  'session.oneSecond': '1 second',
  'session.seconds': str`${0} seconds`,
  'session.minutesAndSeconds': str`${0} and ${1}`,
  'session.stay': 'Stay signed in',
  'session.signOut': 'Sign out now',
  'session.signedOut': 'You are signed out.',
  'session.ended.heading': 'You are signed out',
  'session.ended.idle': 'You were signed out because you had not done anything for a while.',
  'session.ended.expired': 'You were signed out automatically to protect your information.',
  'session.ended.drafts':
    'What you were typing has been kept. You will see it again when you sign in again.',
  'session.ended.again': 'Sign in again to continue.',
};
