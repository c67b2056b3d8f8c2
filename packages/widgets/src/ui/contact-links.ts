// Phone numbers and e-mail addresses from the server as safe links (only `tel:` and `mailto:`).
import { html, type TemplateResult } from 'lit';

/** `tel:` + the digits (and a leading +) of a phone number, or undefined when it is no number. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` + the address, or undefined when it does not look like one address. */
export function mailHref(email: string): string | undefined {
  return /^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/.test(email)
    ? `mailto:${encodeURIComponent(email).replace('%40', '@')}`
    : undefined;
}

/** The phone number as a `tel:` link, or as plain text when it is no number. */
export function phoneLink(phone: string): TemplateResult {
  const href = telHref(phone);
  return href ? html`<a href=${href}>${phone}</a>` : html`${phone}`;
}

/** The e-mail address as a `mailto:` link, or as plain text when it is no address. */
export function emailLink(email: string): TemplateResult {
  const href = mailHref(email);
  return href ? html`<a href=${href}>${email}</a>` : html`${email}`;
}
