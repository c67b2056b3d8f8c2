// English for the platform: problems, data states, provider, sync status and logout.
import { str } from '@lit/localize';

export const platform = {
  'problem.validation_failed':
    'Not everything was filled in correctly. Check the fields with a message.',
  'problem.invalid_credentials': 'The username or the password is not right.',
  'problem.too_many_attempts': 'Too many attempts. Wait a while and then try again.',
  'problem.too_many_requests': 'You asked for this a moment ago. Wait a while and then try again.',
  'problem.unauthenticated': 'You are not signed in. Sign in to continue.',
  'problem.session_expired': 'You were signed out automatically. Sign in again to continue.',
  'problem.csrf_check_failed': 'This request was refused for safety reasons. Reload the page.',
  'problem.step_out_of_order':
    'This step does not fit where you are in signing in. Start signing in again.',
  'problem.code_invalid': 'The code is not right. Check the code in the text message.',
  'problem.code_expired': 'The code has expired. Ask for a new code.',
  'problem.challenge_invalid': 'This code is no longer valid. Ask for a new code.',
  'problem.password_incorrect': 'The current password is not right.',
  'problem.password_rejected': 'This password is too easy to guess. Choose another password.',
  'problem.reset_token_invalid': 'This link no longer works. Ask for a new link.',
  'problem.terms_outdated': 'The terms of use have just changed. Read the new version.',
  'problem.forbidden_section': 'You do not have access to this section.',
  'problem.read_only': 'You cannot change this.',
  'problem.cannot_change_own_access': 'You cannot change your own access.',
  'problem.not_found': 'This cannot be found (any more).',
  'problem.idempotency':
    'This is already being processed. Wait a moment and check whether it worked.',
  'problem.plan_changed': 'The care plan has changed in the meantime. Read the new version.',
  'problem.plan_already_decided': 'This care plan has already been decided on.',
  'problem.questionnaire_completed': 'This questionnaire has already been filled in.',
  'problem.network_error': 'There is no connection. Check your internet and try again.',
  'problem.aborted': 'The request was stopped.',
  'problem.service_unavailable':
    'The portal cannot be reached for a while, for example for maintenance. Please try again later.',
  'problem.internal_error':
    'Something went wrong on our side. Try again; if it still does not work, try again later.',
  'problem.retryInOneMinute': 'You can try again in a minute.',
  'problem.retryInMinutes': str`You can try again in ${0} minutes.`,
  'data.loading': 'Loading…',
  'data.retry': 'Try again',
  'data.unreachable': 'The portal cannot be reached right now. We keep trying.',
  'data.unreachable.phone': 'Do you need care or help now? Call us:',
  'data.forbidden':
    'You do not have access to this section. The client decides who sees what; ask them if you need it.',
  'data.empty': 'There is nothing to show yet.',
  'sync.title': 'How up to date is this?',
  'sync.lastToday': str`Last updated at ${0}`,
  'sync.lastOtherDay': str`Last updated on ${0}`,
  'sync.next': str`next update at ${0}`,
  'sync.nextTomorrow': str`next update tomorrow at ${0}`,
  'sync.explainHourly': str`The information comes from your care record. It is copied to the portal every hour between ${0} and ${1}, so something added just now may not show yet.`,
  'sync.explain': str`The information comes from your care record. It is copied to the portal every ${0} minutes between ${1} and ${2}, so something added just now may not show yet.`,
  'logout.button': 'Sign out',
  'logout.heading': 'Sign out',
  'logout.question': 'Are you sure you want to sign out?',
  'logout.yes': 'Yes',
  'logout.no': 'No',
  'logout.done': 'You are signed out.',
};
