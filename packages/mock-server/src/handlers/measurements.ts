import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the measurements operations. */
export function measurementHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
