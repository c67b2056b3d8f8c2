import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { empty, json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import type { MockRuntime } from '../core/runtime.js';
import { newId } from '../store/db.js';
import type { GrantRecord } from '../store/types.js';
import { dateRange, iso } from './shared.js';
import { inRange, notBlank, pageBy } from './record-shared.js';
import { invite, relationKind, toPerson } from './access-people.js';

type S = components['schemas'];

function listPeople(ctx: RouteContext) {
  const { user, client } = scoped(ctx);
  return json(ctx.db.grants.filter((g) => g.clientId === client.id).map((g) => toPerson(g, user)));
}

function addPerson(ctx: RouteContext<S['PersonInput']>) {
  const { user, client } = scoped(ctx);
  const { body, db } = ctx;
  const email = body.email.trim().toLowerCase();
  if (db.grants.some((g) => g.clientId === client.id && g.email.toLowerCase() === email)) {
    throw new ProblemError(400, 'validation_failed', 'This person is already in the list.', {
      errors: [{ field: 'body.email', code: 'duplicate', message: 'is already in the list' }],
    });
  }
  const label = notBlank(body.relation, 'body.relation');
  const grant: GrantRecord = {
    id: newId(db, 'pe'),
    clientId: client.id,
    userId: null,
    name: notBlank(body.name, 'body.name'),
    email: body.email.trim(),
    phone: body.phone.replace(/[\s()-]/g, ''),
    relation: relationKind(label),
    relationLabel: label,
    sections: [],
    status: 'no-access',
  };
  db.grants.push(grant);
  return json(toPerson(grant, user), 201);
}

/** The person named in the path, never the caller (nobody changes their own access). */
function otherPerson(ctx: RouteContext): GrantRecord {
  const { user, client } = scoped(ctx);
  const grant = ctx.db.grants.find((g) => g.clientId === client.id && g.id === ctx.params.personId);
  if (!grant) throw new ProblemError(404, 'not_found', 'No such person.');
  if (grant.userId === user.id) {
    throw new ProblemError(403, 'cannot_change_own_access', 'You cannot change your own access.');
  }
  return grant;
}

/**
 * Whether the person had access before they were set to no sections: a grant that was active
 * without an invitation (from the care record) or whose last invitation was accepted.
 */
function hadAccess(db: RouteContext['db'], grant: GrantRecord): boolean {
  if (!grant.userId) return false;
  const last = db.invitations.filter((i) => i.grantId === grant.id).at(-1);
  return !last || last.status === 'accepted';
}

async function setPersonSections(ctx: RouteContext<S['SetSectionsRequest']>) {
  const { user, client } = scoped(ctx);
  const { db, now } = ctx;
  const grant = otherPerson(ctx);
  grant.sections = [...ctx.body.sections];
  if (!grant.sections.length) {
    grant.status = 'no-access';
    // An open invitation would grant nothing now; it is withdrawn (recorded as declined).
    for (const i of db.invitations)
      if (i.grantId === grant.id && i.status === 'pending') i.status = 'declined';
  } else if (grant.status === 'no-access') {
    if (hadAccess(db, grant)) grant.status = 'active';
    else await invite(db, now, client, user, grant);
  }
  return json(toPerson(grant, user));
}

function revokePerson(ctx: RouteContext) {
  const { db } = ctx;
  const grant = otherPerson(ctx);
  db.grants = db.grants.filter((g) => g !== grant);
  db.invitations = db.invitations.filter(
    (i) => !(i.grantId === grant.id && i.status === 'pending'),
  );
  return empty();
}

function listAccessLog(ctx: RouteContext) {
  const { client } = scoped(ctx);
  const range = dateRange(ctx);
  const lines = ctx.db.accessLog.filter((l) => l.clientId === client.id && inRange(l.at, range));
  const result = pageBy(ctx, lines, (l) => l.at);
  return json({
    items: result.items.map((l) => ({
      id: l.id,
      at: iso(l.at),
      actor: { ...l.actor },
      onBehalfOf: l.onBehalfOf,
      action: l.action,
      resource: l.resource,
      origin: { ...l.origin },
    })),
    nextCursor: result.nextCursor,
  });
}

/** Who has access (C12, P10) and who looked at the record (X5). */
export function accessHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listPeople', listPeople),
    route<S['PersonInput']>(rt, 'addPerson', addPerson),
    route<S['SetSectionsRequest']>(rt, 'setPersonSections', setPersonSections),
    route(rt, 'revokePerson', revokePerson),
    route(rt, 'listAccessLog', listAccessLog),
  ];
}
