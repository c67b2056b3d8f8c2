// The page follows the provider: its portal areas show only while someone is signed in.

/** Marks `<html data-session="signed-in">` between `portal-signed-in` and `portal-signed-out`. */
export function followSession(): void {
  const root = document.documentElement;
  document.addEventListener('portal-signed-in', () => (root.dataset.session = 'signed-in'));
  document.addEventListener('portal-signed-out', () => delete root.dataset.session);
}
