import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, signedIn, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { iso } from './shared.js';

type Session = components['schemas']['Session'];

/** The signed-in session as the contract shows it, with the clients the person acts for. */
function toSession(ctx: RouteContext): Session {
  const { db } = ctx;
  const { user, session } = signedIn(ctx);
  const clients = db.grants
    .filter((g) => g.userId === user.id && g.status === 'active' && db.clients.has(g.clientId))
    .map((g) => ({
      id: g.clientId,
      name: db.clients.get(g.clientId)!.name,
      relation: g.relation,
      sections: [...g.sections],
    }));
  const idle = db.settings.idleTimeoutSeconds;
  return {
    user: { id: user.id, name: user.name, username: user.username },
    clients,
    idleTimeoutSeconds: idle,
    idleExpiresAt: iso(session.lastSeenAt + idle * 1000),
    expiresAt: iso(session.expiresAt),
    previousVisitAt: user.previousSignInAt === null ? null : iso(user.previousSignInAt),
  };
}

/** Reading the session (without extending it) and keeping it alive. */
export function sessionHandlers(rt: MockRuntime): HttpHandler[] {
  // The route wrapper has already moved `lastSeenAt` for keepAlive and left it for getSession.
  return [
    route(rt, 'getSession', (ctx) => json(toSession(ctx))),
    route(rt, 'keepAlive', (ctx) => json(toSession(ctx))),
  ];
}
