import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../functions/lib/auth/claims.ts';
import { DEMO_STAFF } from '../../infra/local/demo/staff.ts';
import {
  clearSession,
  loadSession,
  saveSession,
  sessionFromToken,
  userFromClaims,
} from '../../site/src/console/auth/session.ts';
import { memoryStore, unsignedToken } from './support/memory-store.ts';

describe('the console session', () => {
  it('reads every demo account from the claims the staff API reads (same claim names)', () => {
    for (const account of DEMO_STAFF) {
      expect(userFromClaims(claimsOf(account.user, account.username))).toEqual(account.user);
    }
  });

  it('reads no user from claims without a role group or without a subject', () => {
    expect(userFromClaims({ sub: 'x', 'cognito:groups': ['visitors'] })).toBeUndefined();
    expect(userFromClaims({ 'cognito:groups': ['agency'] })).toBeUndefined();
  });

  it('reads no user whose role lacks its scope, as the staff API refuses them', () => {
    for (const role of ['secretariat', 'agency', 'delegate']) {
      expect(userFromClaims({ sub: 'x', 'cognito:groups': [role] }), role).toBeUndefined();
    }
    expect(userFromClaims({ sub: 'x', 'cognito:groups': ['admin'] })).toMatchObject({ role: 'admin' });
  });

  it('reads a person in several role groups as the staff API does: admin overrides, else refused', () => {
    const both = {
      sub: 'x',
      'cognito:groups': ['agency', 'secretariat'],
      'custom:agency_id': 'a',
      'custom:council_id': 'c',
    };
    expect(userFromClaims(both)).toBeUndefined();
    expect(userFromClaims({ ...both, 'cognito:groups': ['agency', 'admin'] })).toMatchObject({
      role: 'admin',
    });
  });

  it('keeps a session in the store until it is about to expire', () => {
    const store = memoryStore();
    const now = Date.UTC(2026, 0, 1);
    const token = unsignedToken({ ...claimsOf(DEMO_STAFF[0]!.user), exp: now / 1000 + 3600 });
    const session = sessionFromToken(token)!;
    saveSession(store, session);
    expect(loadSession(store, now)).toEqual(session);
    expect(loadSession(store, now + 3600_000 - 10_000)).toBeUndefined();
    expect(store.getItem('hdnd.console.session')).toBeNull();
  });

  it('forgets a damaged entry and a signed-out session', () => {
    const store = memoryStore();
    store.setItem('hdnd.console.session', '{not json');
    expect(loadSession(store)).toBeUndefined();
    const token = unsignedToken({ ...claimsOf(DEMO_STAFF[2]!.user), exp: Date.now() / 1000 + 3600 });
    saveSession(store, sessionFromToken(token)!);
    clearSession(store);
    expect(loadSession(store)).toBeUndefined();
  });

  it('refuses a token that is not a JWT or has no expiry', () => {
    expect(sessionFromToken('not-a-token')).toBeUndefined();
    expect(sessionFromToken(unsignedToken(claimsOf(DEMO_STAFF[0]!.user)))).toBeUndefined();
  });
});
