// English for the form kit (src/ui/forms/), merged by ../en.ts.
import { str } from '@lit/localize';

export const forms = {
  'form.summary.title': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',
  'form.busy': 'One moment…',
  'form.showPassword': 'Show password',
  'form.count.left': str`${0} of ${1} characters left.`,
  'form.count.over': str`${0} characters too many. ${1} fit.`,
  'form.tooLong': str`At most ${0} characters fit here. You have entered ${1}.`,
  'form.wait.second': '1 second',
  'form.wait.seconds': str`${0} seconds`,
  'form.wait.minute': '1 minute',
  'form.wait.minutes': str`${0} minutes`,
  'form.username.label': 'Username',
  'form.username.missing': 'Enter your username.',
  'form.username.tooLong': str`A username has at most ${0} characters. You have entered ${1}.`,
  'form.password.missing': 'Enter your password.',
  'form.password.tooLong': str`A password has at most ${0} characters. You have entered ${1}.`,
  'form.currentPassword.label': 'Current password',
  'form.currentPassword.missing': 'Enter your current password.',
  'form.currentPassword.wrong':
    'The current password is not right. Mind capital and small letters.',
  'form.newPassword.label': 'New password',
  'form.newPassword.repeatLabel': 'Repeat the new password',
  'form.newPassword.rules': str`Choose a password of ${0} to ${1} characters. There are no other rules. A sentence of a few words is easy to remember and hard to guess.`,
  'form.newPassword.missing': 'Enter a new password.',
  'form.newPassword.short': str`Choose a password of at least ${0} characters. It now has ${1}.`,
  'form.newPassword.repeatMissing': 'Enter the new password once more.',
  'form.newPassword.mismatch': 'The two new passwords are not the same. Type them again.',
  'form.newPassword.sameAsCurrent': 'Choose a password other than your current password.',
  'form.newPassword.isUsername': 'Your password must not be the same as your username.',
  'form.newPassword.common':
    'This password is used a lot and is therefore easy to guess. Choose another password.',
};
