import { docName, docsFor } from '@fairdesk/shared';
import { describe, expect, it } from 'vitest';
import { ownerOf, parseLoginAnswer, parseSession, principalOf, sameSession, type Session } from './session.ts';

const main: Session = {
  server: 'http://127.0.0.1:8787',
  token: 'tok',
  account: { id: 'demo-main', companyId: 'demo', role: 'main', name: '张经理', permissions: [] },
};

describe('parseLoginAnswer and parseSession', () => {
  it('accept a well-formed answer and drop unknown permissions', () => {
    const answer = parseLoginAnswer({
      token: 't',
      account: { id: 'a1', companyId: 'c1', role: 'sub', name: 'Li', permissions: ['recommend', 'fly'] },
    });
    expect(answer?.account.permissions).toEqual(['recommend']);
    expect(parseSession(main)).toEqual(main);
  });

  it('refuse malformed data instead of trusting it', () => {
    expect(parseLoginAnswer({ token: '', account: main.account })).toBeNull();
    expect(parseLoginAnswer({ token: 't', account: { ...main.account, role: 'admin' } })).toBeNull();
    expect(parseLoginAnswer({ token: 't', account: { ...main.account, companyId: null } })).toBeNull();
    expect(parseLoginAnswer({ token: 't', account: { ...main.account, id: 'co:x' } })).toBeNull();
    expect(parseSession({ ...main, server: 'file:///etc' })).toBeNull();
    expect(parseSession(null)).toBeNull();
  });
});

describe('principalOf', () => {
  it('gives a main account its company docs and a buyer the buyer docs', () => {
    expect(docsFor(principalOf(main.account)).map(docName)).toEqual([
      'co:demo:profile',
      'co:demo:catalog',
      'co:demo:acct:demo-main',
      'co:demo:fair',
      'co:demo:matches',
      'co:demo:ledger',
    ]);
    const buyer = { id: 'b7', companyId: null, role: 'buyer' as const, name: 'Ann', permissions: [] };
    expect(docsFor(principalOf(buyer)).map(docName)).toEqual(['buyer:b7', 'feed:b7']);
  });
});

describe('sameSession and ownerOf', () => {
  it('tell a new token or another account from the session already open', () => {
    expect(sameSession(main, { ...main })).toBe(true);
    expect(sameSession(main, { ...main, token: 'other' })).toBe(false);
    expect(sameSession(main, null)).toBe(false);
    expect(sameSession(null, null)).toBe(true);
    expect(ownerOf(main)).not.toBe(ownerOf({ ...main, account: { ...main.account, id: 'demo-sub' } }));
    expect(ownerOf(main)).toBe(ownerOf({ ...main, token: 'renewed' }));
  });
});
