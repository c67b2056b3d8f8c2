// <portal-dialog> on demand: the panels that need it only once someone is signed in (the idle
// warning, the sign-out confirmation) fetch it then, not before the sign-in form can be used.

let loading: Promise<unknown> | undefined;

/** Loads and defines `<portal-dialog>` (its own chunk) once; resolves when it is defined. */
export function loadDialog(): Promise<unknown> {
  loading ??= import('./portal-dialog.js').then(() => customElements.whenDefined('portal-dialog'));
  return loading;
}
