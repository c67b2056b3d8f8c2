import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';
import { authHandlers } from './auth.js';
import { sessionHandlers } from './session.js';
import { startHandlers } from './start.js';
import { appointmentHandlers } from './appointments.js';
import { messageHandlers } from './messages.js';
import { bulletinHandlers } from './bulletin.js';
import { attachmentHandlers } from './attachments.js';
import { reportHandlers } from './reports.js';
import { measurementHandlers } from './measurements.js';
import { questionnaireHandlers } from './questionnaires.js';
import { planHandlers } from './plans.js';
import { detailHandlers } from './details.js';
import { accessHandlers } from './access.js';
import { visitChangeHandlers } from './visit-changes.js';
import { correctionHandlers } from './corrections.js';

/** Every operation of the contract, by domain. */
export function domainHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    ...authHandlers(rt),
    ...sessionHandlers(rt),
    ...startHandlers(rt),
    ...appointmentHandlers(rt),
    ...messageHandlers(rt),
    ...bulletinHandlers(rt),
    ...attachmentHandlers(rt),
    ...reportHandlers(rt),
    ...measurementHandlers(rt),
    ...questionnaireHandlers(rt),
    ...planHandlers(rt),
    ...detailHandlers(rt),
    ...accessHandlers(rt),
    ...visitChangeHandlers(rt),
    ...correctionHandlers(rt),
  ];
}
