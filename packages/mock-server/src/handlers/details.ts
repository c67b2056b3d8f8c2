import type { HttpHandler } from 'msw';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { json, scoped } from '../core/context.js';

/** The client's details as recorded in the dossier (read only, P9) and the care team (C11). */
export function detailHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'getProfile', (ctx) => json(scoped(ctx).client.profile)),
    route(rt, 'listCareTeam', (ctx) => json(scoped(ctx).client.careTeam)),
  ];
}
