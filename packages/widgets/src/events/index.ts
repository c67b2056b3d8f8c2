// Every event the elements fire, one file per element, each a typed `CustomEvent` subclass
// declared in `GlobalEventHandlersEventMap`; the elements name them with `@event {Type} name`.
export * from './portal-events.js';
export * from './password-reset-events.js';
export * from './code-events.js';
export * from './dialog-events.js';
export * from './list-events.js';
export * from './period-events.js';
export * from './dossier-events.js';
export * from './portal-correction-requested.js';
export * from './portal-message-requested.js';
export * from './portal-plan-signed.js';
export * from './portal-plan-rejected.js';
