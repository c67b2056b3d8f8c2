import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the access operations. */
export function accessHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
