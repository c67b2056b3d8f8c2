// English for <portal-profile>.
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
};
