import { expect } from '../../test/testing.js';
import type { Session, SessionState } from '@clientportal/sdk';
import { DraftStore } from './drafts.js';

const session = (userId: string) =>
  ({ user: { id: userId, name: userId, username: userId }, clients: [] }) as unknown as Session;
const signedIn = (userId: string): SessionState => ({
  status: 'signed-in',
  session: session(userId),
});
const signedOut = (reason?: SessionState['reason']): SessionState => ({
  status: 'signed-out',
  reason,
});

describe('drafts', () => {
  it('keeps nothing while nobody is signed in', () => {
    const drafts = new DraftStore();
    drafts.follow(signedOut());
    drafts.save('messages.composer:cl-els', 'Hallo');
    expect(drafts.size).to.equal(0);
    expect(drafts.take('messages.composer:cl-els')).to.equal(undefined);
  });

  it('gives a draft back once and forgets it', () => {
    const drafts = new DraftStore();
    drafts.follow(signedIn('u-els'));
    drafts.save('k', { to: ['st-anna'], text: 'Hallo' });
    drafts.save('k', { to: ['st-anna'], text: 'Hallo Anna' });
    expect(drafts.size).to.equal(1);
    expect(drafts.take('k')).to.deep.equal({ to: ['st-anna'], text: 'Hallo Anna' });
    expect(drafts.take('k')).to.equal(undefined);
    drafts.save('k', 'x');
    drafts.delete('k');
    expect(drafts.size).to.equal(0);
  });

  for (const reason of ['expired', 'idle'] as const) {
    it(`keeps drafts when the session ends with reason ${reason}, for the same person`, () => {
      const drafts = new DraftStore();
      drafts.follow(signedIn('u-els'));
      drafts.save('k', 'Graag morgen om 10 uur');
      drafts.follow(signedOut(reason));
      // A panel may still save what it had when it notices the end.
      drafts.save('k2', 'nog iets');
      drafts.follow({ status: 'signing-in' });
      drafts.follow(signedIn('u-els'));
      expect(drafts.take('k')).to.equal('Graag morgen om 10 uur');
      expect(drafts.take('k2')).to.equal('nog iets');
    });
  }

  it('drops every draft on a deliberate sign-out', () => {
    const drafts = new DraftStore();
    drafts.follow(signedIn('u-els'));
    drafts.save('k', 'geheim');
    drafts.follow(signedOut('signed-out'));
    expect(drafts.size).to.equal(0);
    drafts.save('k', 'na het uitloggen');
    expect(drafts.size).to.equal(0, 'nothing is saved for nobody');
    drafts.follow(signedIn('u-els'));
    expect(drafts.take('k')).to.equal(undefined);
  });

  it('drops every draft when another person signs in', () => {
    const drafts = new DraftStore();
    drafts.follow(signedIn('u-els'));
    drafts.save('k', 'van Els');
    drafts.follow(signedOut('expired'));
    drafts.follow(signedIn('u-sanne'));
    expect(drafts.size).to.equal(0);
    expect(drafts.take('k')).to.equal(undefined);
  });

  it('keeps drafts through a new state of the same session', () => {
    const drafts = new DraftStore();
    drafts.follow(signedIn('u-els'));
    drafts.save('k', 'blijft');
    drafts.follow(signedIn('u-els'));
    expect(drafts.take('k')).to.equal('blijft');
  });
});
