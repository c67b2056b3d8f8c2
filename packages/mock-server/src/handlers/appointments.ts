import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the appointments operations. */
export function appointmentHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
