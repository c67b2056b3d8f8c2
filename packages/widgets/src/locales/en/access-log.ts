// English for <portal-access-log>.
import { str } from '@lit/localize';

export const accessLog = {
  'accessLog.title': 'Who looked at my record?',
  'accessLog.intro':
    'Here you see who looked at or changed your record. And when, on whose behalf and from where. Choose a period.',
  'accessLog.empty': 'Nobody looked at or changed your record in this period.',
  'accessLog.listLabel': 'Who looked at my record',
  'accessLog.onBehalfOf': str`On behalf of ${0}`,
  'accessLog.kind.client': 'client',
  'accessLog.kind.contact': 'contact',
  'accessLog.kind.careStaff': 'care staff',
  'accessLog.resource.summary': 'start screen',
  'accessLog.resource.appointments': 'appointments',
  'accessLog.resource.messages': 'messages',
  'accessLog.resource.bulletin': 'notice board',
  'accessLog.resource.reports': 'reports',
  'accessLog.resource.measurements': 'measurements',
  'accessLog.resource.questionnaires': 'questionnaires',
  'accessLog.resource.plans': 'care plan',
  'accessLog.resource.profile': 'details',
  'accessLog.resource.people': 'user management',
  'accessLog.resource.accessLog': 'who looked at the record',
  'accessLog.read': str`Viewed: ${0}`,
  'accessLog.write': str`Changed: ${0}`,
  'accessLog.viaCareRecord': 'In the care record',
  'accessLog.viaPortal': 'Through the portal',
  'accessLog.device.computer': 'computer',
  'accessLog.device.phone': 'phone',
  'accessLog.device.tablet': 'tablet',
};
