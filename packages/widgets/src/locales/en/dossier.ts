// English for <portal-dossier>, merged by ../en.ts.
import { str } from '@lit/localize';

export const dossier = {
  'dossier.title': 'My dossier',
  'dossier.tab.plans': 'Plans',
  'dossier.tab.read': 'Read',
  'dossier.tab.write': 'Write',
  'dossier.noPlan': 'There is no care plan yet.',
  'dossier.plan.awaiting': 'waiting for your approval',
  'dossier.plan.signed': 'signed',
  'dossier.plan.rejected': 'rejected',
  'dossier.plan.superseded': 'replaced by a newer version',
  'dossier.plan.version': str`Version ${0} of ${1}: ${2}.`,
  'dossier.timeline': 'What was added?',
  'dossier.timelineEmpty': 'Nothing has been added yet.',
  'dossier.kind.report': 'Report',
  'dossier.kind.questionnaire': 'Questionnaire',
  'dossier.kind.plan': 'Care plan',
  'dossier.write.titleMissing': 'Please fill in a subject.',
  'dossier.write.attach': 'Attachments (optional)',
  'dossier.write.bodyMissing': 'Please write your report. The field is still empty.',
  'dossier.write.done': 'Your report is now in the dossier.',
  'dossier.write.form': 'Write a report',
  'dossier.write.title': 'Subject',
  'dossier.write.body': 'Your report',
  'dossier.write.hint': 'What would you like the care team to know? It goes into your dossier.',
  'dossier.write.submit': 'Save in the dossier',
};
