// English for <portal-care-team>.
export const careTeam = {
  'careTeam.title': 'My care team',
  'careTeam.empty': 'No care staff have been linked to you yet.',
  'careTeam.role.coordinator': 'Care coordinator',
  'careTeam.role.nurse': 'Nurse',
  'careTeam.role.pedagogicalWorker': 'Educational support worker',
  'careTeam.message': 'Send a message',
};
