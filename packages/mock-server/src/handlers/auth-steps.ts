import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import { route } from '../core/route.js';
import { json, type RouteContext } from '../core/context.js';
import type { MockRuntime } from '../core/runtime.js';
import { assertPasswordAllowed } from '../core/passwords.js';
import { hashPassword, verifyPassword } from '../core/secrets.js';
import { ProblemError } from '../core/problem.js';
import type { Db } from '../store/db.js';
import type { InvitationRecord, SessionRecord, UserRecord } from '../store/types.js';
import {
  advance,
  endSessions,
  pendingInvitations,
  renewSession,
  requireStep,
  signInState,
} from './auth-state.js';
import { iso } from './shared.js';

type S = components['schemas'];

async function changePassword(ctx: RouteContext<S['ChangePasswordRequest']>) {
  const { db, now, body } = ctx;
  const { user, session } = requireStep(ctx, 'password-change', 'signed-in');
  if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
    throw new ProblemError(422, 'password_incorrect', 'The current password is not right.');
  }
  await assertPasswordAllowed(body.newPassword, {
    username: user.username,
    current: user.passwordHash,
  });
  user.passwordHash = await hashPassword(body.newPassword, db.settings.passwordIterations);
  user.mustChangePassword = false;
  // Whoever else knew the old password is signed out everywhere, this session under a new id.
  const renewed = await renewSession(db, session);
  endSessions(db, user.id, renewed.session.id);
  advance(db, now, renewed.session, user);
  return { ...json(signInState(db, renewed.session, user)), cookies: [renewed.cookie] };
}

/** Moves on after a step; reaching `signed-in` gives the session a new id (see renewSession). */
async function advanceRenewing(ctx: RouteContext, session: SessionRecord, user: UserRecord) {
  const { db, now } = ctx;
  const before = session.step;
  advance(db, now, session, user);
  if (before === session.step || session.step !== 'signed-in')
    return json(signInState(db, session, user));
  const renewed = await renewSession(db, session);
  return { ...json(signInState(db, renewed.session, user)), cookies: [renewed.cookie] };
}

function acceptTerms(ctx: RouteContext<S['AcceptTermsRequest']>) {
  const { db, body } = ctx;
  const { user, session } = requireStep(ctx, 'terms');
  if (body.version !== db.settings.terms.version) {
    throw new ProblemError(
      409,
      'terms_outdated',
      `Version ${body.version} is not the current terms; read version ${db.settings.terms.version}.`,
    );
  }
  user.acceptedTermsVersion = body.version;
  return advanceRenewing(ctx, session, user);
}

function toInvitation(db: Db, invitation: InvitationRecord): S['Invitation'] {
  const grant = db.grants.find((g) => g.id === invitation.grantId);
  return {
    id: invitation.id,
    clientName: db.clients.get(invitation.clientId)?.name ?? '',
    invitedBy: invitation.invitedBy,
    sections: [...(grant?.sections ?? [])],
    invitedAt: iso(invitation.invitedAt),
  };
}

function answerInvitation(ctx: RouteContext<S['AnswerInvitationRequest']>) {
  const { db, body } = ctx;
  const { user, session } = requireStep(ctx, 'invitations', 'signed-in');
  // Someone else's invitation and an answered one look the same: not there for this person.
  const invitation = pendingInvitations(db, user).find((i) => i.id === ctx.params.invitationId);
  const grant = invitation && db.grants.find((g) => g.id === invitation.grantId);
  if (!invitation || !grant) throw new ProblemError(404, 'not_found', 'No such invitation.');
  if (body.decision === 'accept') {
    invitation.status = 'accepted';
    grant.userId = user.id;
    grant.status = 'active';
  } else {
    invitation.status = 'declined';
    grant.status = 'no-access';
    grant.sections = [];
  }
  return advanceRenewing(ctx, session, user);
}

/** The steps after the code: password change, terms of use, invitations. */
export function stepHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route<S['ChangePasswordRequest']>(rt, 'changePassword', changePassword),
    route(rt, 'getTerms', (ctx) => {
      requireStep(ctx, 'terms', 'signed-in');
      return json({ ...ctx.db.settings.terms });
    }),
    route<S['AcceptTermsRequest']>(rt, 'acceptTerms', acceptTerms),
    route(rt, 'listInvitations', (ctx) => {
      const { user } = requireStep(ctx, 'invitations', 'signed-in');
      return json(pendingInvitations(ctx.db, user).map((i) => toInvitation(ctx.db, i)));
    }),
    route<S['AnswerInvitationRequest']>(rt, 'answerInvitation', answerInvitation),
  ];
}
