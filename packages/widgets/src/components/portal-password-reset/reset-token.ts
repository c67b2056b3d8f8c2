/**
 * The token of a reset e-mail's link, `<origin>/#reset-token=<token>`: in the fragment, so it
 * never reaches a server or its logs. The page reads it once and removes it from the address at
 * once, so it is not left in the history, a bookmark or a shared screenshot.
 */

const PATTERN = /(?:^#|&)reset-token=([^&]*)/;

/** Whether the page's address carries a reset token. */
export function hasResetToken(): boolean {
  return typeof location !== 'undefined' && PATTERN.test(location.hash);
}

/** Takes the reset token from the page's address (removing it there), if it has one. */
export function takeResetToken(): string | undefined {
  if (!hasResetToken()) return undefined;
  const match = PATTERN.exec(location.hash)!;
  let token: string;
  try {
    token = decodeURIComponent(match[1] ?? '');
  } catch {
    token = '';
  }
  const rest = location.hash
    .slice(1)
    .split('&')
    .filter((part) => !part.startsWith('reset-token='))
    .join('&');
  const url = `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`;
  history.replaceState(history.state, '', url);
  return token;
}
