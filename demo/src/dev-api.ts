// The demo's side of the mock's developer routes (/__dev/ on the demo server): what the mock
// "sent", and the care team's and the planner's answers. Never part of the portal's API.
import type {
  AppointmentRecord,
  CorrectionRecord,
  OutboxMessage,
} from '../../packages/mock-server/src/store/types.js';

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__dev/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/__dev/${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Everything the mock "sent" by SMS and e-mail, oldest first. */
export const outbox = () => call<OutboxMessage[]>('outbox');

/** The correction requests the care team has not finished. */
export const openCorrections = () => call<CorrectionRecord[]>('corrections');

/** The care team's answer to a correction request. */
export const answerCorrection = (
  id: string,
  status: 'in-progress' | 'corrected' | 'declined',
  reason?: string,
) => call<CorrectionRecord>(`corrections/${encodeURIComponent(id)}`, { status, reason });

/** The appointments with an open visit change request. */
export const openVisitChanges = () => call<AppointmentRecord[]>('visit-changes');

/** The planner's answer to a visit change request. */
export const answerVisitChange = (appointmentId: string, accept: boolean, text: string) =>
  call<unknown>(`visit-changes/${encodeURIComponent(appointmentId)}`, { accept, text });

/** Fresh demo data; every session ends. */
export const resetDemo = () => call<unknown>('reset', {});
