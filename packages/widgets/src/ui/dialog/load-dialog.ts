// <portal-dialog> on demand: the idle warning and the sign-out confirmation fetch it when they
// may soon be needed (a minute before the warning; when the pointer or focus reaches the button),
// not with the sign-in.

let loading: Promise<unknown> | undefined;

/**
 * Loads and defines `<portal-dialog>` (its own chunk) once; resolves when it is defined. When the
 * code cannot be fetched it rejects, and the next call tries again.
 */
export function loadDialog(): Promise<unknown> {
  loading ??= import('./portal-dialog.js').then(
    () => customElements.whenDefined('portal-dialog'),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts loading `<portal-dialog>` ahead of need; a failure waits for the next call. */
export function preloadDialog(): void {
  loadDialog().catch(() => undefined);
}
