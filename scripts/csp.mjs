// The Content-Security-Policy the panels are built and tested for: the one a careful host sets.

/**
 * The strict policy, as its directives. The panels need nothing beyond it: no inline script or
 * style, no `eval`, their data from the site's own origin, and Trusted Types enforced with only
 * Lit's own policy (`lit-html`) allowed.
 */
export const strictCspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

/** The strict policy as the value of a `Content-Security-Policy` header. */
export const strictCsp = strictCspDirectives.join('; ');
