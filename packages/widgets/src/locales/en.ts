// The English translations of every string in the widgets, one object per domain, keyed by the
// explicit `msg` ids (Dutch is the source language). Each domain owns its own file.
import { account } from './en/account.js';
import { attachments } from './en/attachments.js';
import { bulletin } from './en/bulletin.js';
import { forms } from './en/forms.js';
import { login } from './en/login.js';
import { messages } from './en/messages.js';
import { platform } from './en/platform.js';
import { ui } from './en/ui.js';

/** Every English template, for @lit/localize's runtime mode. */
export const templates = {
  ...platform,
  ...ui,
  ...forms,
  ...login,
  ...account,
  ...messages,
  ...bulletin,
  ...attachments,
};
