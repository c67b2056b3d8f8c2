// English for <portal-reports> and the shared author line, merged by ../en.ts.
export const reports = {
  'reports.title': 'Reports',
  'reports.recentTitle': 'Latest reports',
  'reports.noneYet': 'There are no reports yet.',
  'reports.noneInPeriod': 'There are no reports in this period.',
  'reports.downloadTooLong':
    'You can download at most 366 days at a time. Choose a shorter period.',
  'reports.downloadBusy': 'The PDF is being made…',
  'reports.downloadDone': 'The PDF has been downloaded.',
  'reports.download': 'Download as PDF',
  'reports.listLabel': 'Reports, newest first',
  'reports.all': 'All reports',
  'ui.role.coordinator': 'care coordinator',
  'ui.role.nurse': 'nurse',
  'ui.role.pedagogicalWorker': 'pedagogical worker',
  'ui.role.client': 'client',
  'ui.role.contact': 'contact person',
  'ui.role.careStaff': 'care worker',
};
