import { define } from '../../internal/define.js';
import { PortalAttachmentPicker } from './portal-attachment-picker.component.js';

export * from './portal-attachment-picker.component.js';

define('portal-attachment-picker', PortalAttachmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'portal-attachment-picker': PortalAttachmentPicker;
  }
}
