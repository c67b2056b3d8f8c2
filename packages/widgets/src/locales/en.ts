// The English translations of every string in the widgets, one object per domain, keyed by the
// explicit `msg` ids (Dutch is the source language). Each domain owns its own file.
import { accessLog } from './en/access-log.js';
import { account } from './en/account.js';
import { appointments } from './en/appointments.js';
import { attachments } from './en/attachments.js';
import { bulletin } from './en/bulletin.js';
import { careTeam } from './en/care-team.js';
import { corrections } from './en/corrections.js';
import { dossier } from './en/dossier.js';
import { forms } from './en/forms.js';
import { login } from './en/login.js';
import { messages } from './en/messages.js';
import { people } from './en/people.js';
import { plans } from './en/plans.js';
import { platform } from './en/platform.js';
import { profile } from './en/profile.js';
import { questionnaires } from './en/questionnaires.js';
import { reports } from './en/reports.js';
import { ui } from './en/ui.js';
import { measurements } from './en/measurements.js';

/** Every English template, for @lit/localize's runtime mode. */
export const templates = {
  ...platform,
  ...ui,
  ...forms,
  ...login,
  ...account,
  ...accessLog,
  ...appointments,
  ...careTeam,
  ...corrections,
  ...dossier,
  ...attachments,
  ...bulletin,
  ...messages,
  ...people,
  ...plans,
  ...profile,
  ...questionnaires,
  ...reports,
  ...measurements,
};
