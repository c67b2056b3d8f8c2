import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';

/** TODO: the questionnaires operations. */
export function questionnaireHandlers(rt: MockRuntime): HttpHandler[] {
  void rt;
  return [];
}
