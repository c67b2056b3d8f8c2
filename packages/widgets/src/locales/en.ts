// The English translations of every string in the widgets, one object per domain, keyed by the
// explicit `msg` ids (Dutch is the source language). Each domain owns its own file.
import { account } from './en/account.js';
import { forms } from './en/forms.js';
import { login } from './en/login.js';
import { platform } from './en/platform.js';
import { ui } from './en/ui.js';
import { profile } from './en/profile.js';
import { careTeam } from './en/care-team.js';
import { accessLog } from './en/access-log.js';
import { corrections } from './en/corrections.js';

/** Every English template, for @lit/localize's runtime mode. */
export const templates = {
  ...platform,
  ...ui,
  ...forms,
  ...login,
  ...account,
  ...profile,
  ...careTeam,
  ...accessLog,
  ...corrections,
};
