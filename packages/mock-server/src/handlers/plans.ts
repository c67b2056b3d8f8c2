import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the plans operations. */
export function planHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
