// The events of <portal-dialog>.
import type { DialogCloseReason } from '../ui/dialog/portal-dialog.component.js';

/** The detail of `portal-dialog-close`. */
export interface PortalDialogCloseDetail {
  /** What closed the dialog. */
  reason: DialogCloseReason;
  /** The value given to `close(returnValue)`; empty otherwise. */
  returnValue: string;
}

/** Fired after a `<portal-dialog>` has closed and focus has gone back. */
export class PortalDialogCloseEvent extends CustomEvent<PortalDialogCloseDetail> {
  constructor(detail: PortalDialogCloseDetail) {
    super('portal-dialog-close', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-dialog-close': PortalDialogCloseEvent;
  }
}
