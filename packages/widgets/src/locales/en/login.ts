// English for signing in and the forgotten password (<portal-login>, <portal-password-reset>),
// merged by ../en.ts.
import { str } from '@lit/localize';

export const login = {
  'login.password.heading': 'Sign in',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgotten your password?',
  'login.busy': 'One moment…',
  'login.retry': 'Try again',
  'login.signedIn': 'You are signed in.',
  'login.error.credentials':
    'The username or the password is not right. Check both and try again. Forgotten your password? Then choose "Forgotten your password?".',
  'login.error.throttled': str`You have entered a wrong password a few times. Wait ${0} and then try again. Forgotten your password? Then choose "Forgotten your password?".`,
  'login.error.rateLimited': str`You have tried many times in a row. Try again in ${0}.`,

  'login.code.heading': 'Sign-in code by text message',
  'login.code.requestIntro':
    'For your safety you sign in with a code that you get by text message on your mobile phone. You get a new code every time.',
  'login.code.request': 'Request sign-in code by text message',
  'login.code.sent': str`A text message was sent to ${0}; the code starts with ${1}. Enter the last ${2} digits below. It may take a few seconds for the message to arrive.`,
  'login.code.label': 'Sign-in code',
  'login.code.resend': 'Send a new code',
  'login.code.resendWait': str`You can have a new code sent in ${0}.`,
  'login.code.resent': str`A new text message was sent; the code starts with ${0}.`,
  'login.code.tooSoon': str`You received a code a moment ago. You can have a new code sent in ${0}.`,
  'login.code.wrong': str`The code is not right. You can try ${0} more times.`,
  'login.code.wrongLast': 'The code is not right. You can try one more time.',
  'login.code.expired':
    'The code has expired. Have a new code sent with the "Send a new code" button.',
  'login.code.tooManyTries':
    'You have entered a wrong code too many times. This code no longer works. Have a new code sent with the "Send a new code" button.',
  'login.code.void':
    'This code no longer works. Have a new code sent with the "Send a new code" button.',
  'login.device.heading': 'Device verification',
  'login.device.requestIntro':
    'You are signing in on this device for the first time. For your safety we send a code by text message to your mobile phone.',
  'login.device.intro':
    'You are signing in on this device for the first time. For your safety we check with a code that it is you.',
  'login.device.submit': 'Check code',
  'login.device.trust': 'Remember this device',
  'login.device.trustHint':
    'Then we will not ask for a code here next time. Turn this off on a computer you share with others.',

  'login.change.heading': 'Choose your own password',
  'login.change.intro':
    'You are signing in for the first time. So replace the password from the e-mail with a password only you know.',
  'login.change.currentHint': 'The password from the e-mail with your sign-in details.',
  'login.change.submit': 'Change password',

  'login.terms.heading': 'Terms of use',
  'login.terms.intro': 'Read the terms of use of the portal. Then confirm that you agree to them.',
  'login.terms.accept': 'I have read the terms of use and agree to them.',
  'login.terms.submit': 'Agree and continue',
  'login.terms.required': 'Tick the box to agree to the terms of use.',

  'login.invitations.heading': 'Invitations',
  'login.invitations.intro':
    "You have been invited to look along in a client's portal. For each invitation, say whether you accept it. Then you will see the portal.",
  'login.invitations.client': str`Portal of ${0}`,
  'login.invitations.by': str`${0} invited you on ${1}.`,
  'login.invitations.sections': 'If you accept, you can see:',
  'login.invitations.accept': 'Accept',
  'login.invitations.decline': 'Decline',
  'login.invitations.declineHeading': 'Decline invitation',
  'login.invitations.declineQuestion': str`Are you sure you want to decline the invitation to the portal of ${0}? If you want to look along later after all, ${1} will have to invite you again.`,
  'login.invitations.declineYes': 'Yes, decline',
  'login.invitations.declineNo': 'No',
  'login.invitations.accepted': str`You have accepted the invitation for ${0}.`,
  'login.invitations.declined': str`You have declined the invitation for ${0}.`,
  'login.section.appointments': 'Care appointments',
  'login.section.messages': 'Messages',
  'login.section.bulletin': 'The bulletin board',
  'login.section.reports': 'Reports: what the carers write down',
  'login.section.measurements': 'Measurements, such as weight and temperature',
  'login.section.questionnaires': 'Questionnaires',
  'login.section.plans': 'The care plan',
  'login.section.profile': 'Personal details, such as address and GP',
  'login.section.people': 'Who has access, and inviting others',
  'login.section.accessLog': 'Who looked at the record',

  'reset.request.heading': 'Forgotten password',
  'reset.request.intro':
    'Enter your username and your e-mail address. You will then get an e-mail with a link to choose a new password.',
  'reset.email': 'E-mail address',
  'reset.request.submit': 'Request link',
  'reset.back': 'Back to signing in',
  'reset.error.emailMissing': 'Enter your e-mail address.',
  'reset.error.emailTooLong': str`An e-mail address has at most ${0} characters. You have entered ${1}.`,
  'reset.error.emailInvalid': 'Enter an e-mail address like name@example.com.',
  'reset.error.tooOften': str`You have already asked for a link a few times. Check whether the e-mail has arrived, or ask for a new link in ${0}.`,
  'reset.sent.heading': 'Check your e-mail',
  'reset.sent.text':
    'If these details belong to an account, you will receive an e-mail with a link.',
  'reset.sent.next':
    'Open the link and choose a new password. The link works for one hour and only once. No e-mail? Then also look in your junk mail (spam).',
  'reset.broken.heading': 'This link does not work',
  'reset.broken.text':
    'The link was not copied completely, or it is too old. Ask for a new link; a link works for one hour and only once.',
  'reset.newLink': 'Request a new link',
  'reset.confirm.heading': 'Choose a new password',
  'reset.confirm.intro': 'Enter your username and choose a new password.',
  'reset.error.linkRefused':
    'This link does not work (any more), or the username does not belong to this link. Check your username. If it still does not work, ask for a new link: a link works for one hour and only once.',
  'reset.done.heading': 'Your password has been changed',
  'reset.done.text': 'You can now sign in with your new password.',
  'reset.done.signIn': 'Go to sign in',
};
