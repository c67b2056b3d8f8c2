// The words of the access log: who, what was read or changed, and from where.
import { msg, str } from '@lit/localize';
import type { Schemas } from '@clientportal/sdk';

type Entry = Schemas['AccessLogEntry'];

/** The kind of person in words ("zorgverlener"). */
export function actorKind(kind: Entry['actor']['kind']): string {
  if (kind === 'client') return msg('cliënt', { id: 'accessLog.kind.client' });
  if (kind === 'contact') return msg('contactpersoon', { id: 'accessLog.kind.contact' });
  return msg('zorgverlener', { id: 'accessLog.kind.careStaff' });
}

/** The part of the record (a section name) in words; an unknown name as it is. */
export function resourceName(resource: string): string {
  const names: Record<string, () => string> = {
    summary: () => msg('startscherm', { id: 'accessLog.resource.summary' }),
    appointments: () => msg('afspraken', { id: 'accessLog.resource.appointments' }),
    messages: () => msg('berichten', { id: 'accessLog.resource.messages' }),
    bulletin: () => msg('prikbord', { id: 'accessLog.resource.bulletin' }),
    reports: () => msg('rapportages', { id: 'accessLog.resource.reports' }),
    measurements: () => msg('metingen', { id: 'accessLog.resource.measurements' }),
    questionnaires: () => msg('vragenlijsten', { id: 'accessLog.resource.questionnaires' }),
    plans: () => msg('zorgplan', { id: 'accessLog.resource.plans' }),
    profile: () => msg('gegevens', { id: 'accessLog.resource.profile' }),
    people: () => msg('gebruikersbeheer', { id: 'accessLog.resource.people' }),
    'access-log': () =>
      msg('wie heeft het dossier bekeken', { id: 'accessLog.resource.accessLog' }),
  };
  return Object.hasOwn(names, resource) ? names[resource]!() : resource;
}

/** "Bekeken: rapportages" or "Gewijzigd: rapportages". */
export function actionText(entry: Entry): string {
  const what = resourceName(entry.resource);
  return entry.action === 'write'
    ? msg(str`Gewijzigd: ${what}`, { id: 'accessLog.write' })
    : msg(str`Bekeken: ${what}`, { id: 'accessLog.read' });
}

/** "Via het portaal · telefoon · 192.0.2.x": the channel, the device and the masked address. */
export function originText({ channel, device, address }: Entry['origin']): string {
  const via =
    channel === 'care-record'
      ? msg('Via het zorgdossier', { id: 'accessLog.viaCareRecord' })
      : msg('Via het portaal', { id: 'accessLog.viaPortal' });
  const devices: Record<string, () => string> = {
    computer: () => msg('computer', { id: 'accessLog.device.computer' }),
    phone: () => msg('telefoon', { id: 'accessLog.device.phone' }),
    tablet: () => msg('tablet', { id: 'accessLog.device.tablet' }),
  };
  const parts = [via, Object.hasOwn(devices, device) ? devices[device]!() : '', address ?? ''];
  return parts.filter(Boolean).join(' · ');
}
