import { setupServer } from 'msw/node';
import { createMockBackend, type MockBackendOptions } from './backend.js';

/** A mock backend intercepting Node's fetch (for tests): call `server.listen()` before use. */
export function setupMockServer(options: MockBackendOptions = {}) {
  const backend = createMockBackend(options);
  const server = setupServer(...backend.handlers);
  return { backend, server };
}
