import type { HttpHandler } from 'msw';
import type { components } from '@clientportal/sdk/generated';
import type { MockRuntime } from '../core/runtime.js';
import { route } from '../core/route.js';
import { empty, json, scoped, type RouteContext } from '../core/context.js';
import { ProblemError } from '../core/problem.js';
import { newId } from '../store/db.js';
import type { BulletinRecord, UserRecord } from '../store/types.js';
import { iso } from './shared.js';
import { toAuthor, userAuthor } from './messages-people.js';

type S = components['schemas'];

/** A post as the contract shows it to this person: only one's own posts can be removed. */
export function toPost(post: BulletinRecord, user: UserRecord): S['BulletinPost'] {
  return {
    id: post.id,
    author: toAuthor(post.author),
    text: post.text,
    postedAt: iso(post.postedAt),
    deletable: post.authorUserId === user.id,
  };
}

/** The post of the path, if it is this person's own: 404 when absent, 403 for another's. */
function ownPost(ctx: RouteContext, what: 'change' | 'remove'): BulletinRecord {
  const { user, client } = scoped(ctx);
  const post = ctx.db.bulletin.find((p) => p.id === ctx.params.postId && p.clientId === client.id);
  if (!post) throw new ProblemError(404, 'not_found', 'No such post.');
  if (post.authorUserId !== user.id)
    throw new ProblemError(403, 'read_only', `Only the person who posted it can ${what} it.`);
  return post;
}

/** The bulletin board ("prikbord"): short announcements to all of the client's contacts (C11). */
export function bulletinHandlers(rt: MockRuntime): HttpHandler[] {
  return [
    route(rt, 'listBulletinPosts', (ctx) => {
      const { user, client } = scoped(ctx);
      const posts = ctx.db.bulletin
        .filter((p) => p.clientId === client.id)
        .sort((a, b) => b.postedAt - a.postedAt || (a.id < b.id ? 1 : -1));
      return json(posts.map((p) => toPost(p, user)));
    }),
    route<S['BulletinPostInput']>(rt, 'createBulletinPost', (ctx) => {
      const { user, client, grant } = scoped(ctx);
      const post: BulletinRecord = {
        id: newId(ctx.db, 'bp'),
        clientId: client.id,
        author: userAuthor(user, grant),
        authorUserId: user.id,
        text: ctx.body.text,
        postedAt: ctx.now,
      };
      ctx.db.bulletin.push(post);
      return json(toPost(post, user), 201);
    }),
    route<S['BulletinPostInput']>(rt, 'updateBulletinPost', (ctx) => {
      const post = ownPost(ctx, 'change');
      post.text = ctx.body.text;
      return json(toPost(post, scoped(ctx).user), 200);
    }),
    route(rt, 'deleteBulletinPost', (ctx) => {
      const post = ownPost(ctx, 'remove');
      ctx.db.bulletin.splice(ctx.db.bulletin.indexOf(post), 1);
      return empty();
    }),
  ];
}
