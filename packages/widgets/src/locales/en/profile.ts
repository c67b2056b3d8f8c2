// English for <portal-profile>.
import { str } from '@lit/localize';

export const profile = {
  'profile.title': 'My details',
  'profile.intro':
    'These details are in your care record. You cannot change them here. Is something wrong? Then the care team will correct it.',
  'profile.personal': 'Personal details',
  'profile.name': 'Name',
  'profile.dateOfBirth': 'Date of birth',
  'profile.address': 'Address',
  'profile.phone': 'Phone',
  'profile.email': 'Email',
  'profile.insurance': 'Health insurance',
  'profile.insurer': 'Insurer',
  'profile.policyNumber': 'Policy number',
  'profile.gp': 'GP',
  'profile.practice': 'Practice',
  'profile.contacts': 'Contacts',
  'profile.noContacts': 'No contacts have been recorded.',
  'profile.corrections.title': 'Your requests for a correction',
  'profile.corrections.sent': 'Sent',
  'profile.corrections.inProgress': 'Being handled',
  'profile.corrections.corrected': 'Corrected',
  'profile.corrections.declined': 'Declined',
  'profile.corrections.report': str`Report ${0}`,
  'profile.corrections.wrong': str`What is wrong: ${0}`,
  'profile.corrections.correct': str`What it should be: ${0}`,
  'profile.corrections.reason': str`The care team's reason: ${0}`,
  'profile.corrections.sentOn': str`Sent on ${0} by ${1}`,
};
