/**
 * @clientportal/mock-server: the reference behaviour of the contract. MSW handlers over an
 * in-memory store, for the browser (`./browser`), Node tests (`./node`) and as an HTTP server.
 */
export { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
export { createClock, type Clock } from './core/clock.js';
export type { Scenario } from './core/scenario.js';
export { seedNames, type SeedName } from './store/seed.js';
export { demoAccounts, DEMO_PASSWORD, FIRST_PASSWORD } from './store/seed-people.js';
export type { OutboxMessage } from './store/types.js';
export { hashPassword, verifyPassword, type PasswordHash } from './core/secrets.js';
export { createBrowserLikeFetch, type BrowserLikeFetch } from './testing.js';
export { signInDemo, smsDigits, type SignInSteps, type SmsOutbox } from './demo-sign-in.js';
export { operations } from './validation/operations.js';
export { validateResponse } from './validation/validator.js';
export { FAULT_KINDS, type Fault, type FaultKind } from './faults.js';
export { payloads, TRAP, type Payload } from './hostile/payloads.js';
