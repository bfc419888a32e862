import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { allocationSettingsMap, readAllocationSettings, unreadBadge } from './intents.ts';
import { addRequest, pendingRequests, readOutcome, readRequest, writeOutcome } from './requests.ts';
import type { RequestId } from '../model/ids.ts';

describe('unread badge (R0.5)', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [9, '9'],
    [10, '9+'],
    [250, '9+'],
  ])('%i unread shows "%s"', (n, badge) => expect(unreadBadge(n)).toBe(badge));
});

describe('allocation settings (R2.1)', () => {
  it('default to automatic and read anything else as automatic', () => {
    const doc = new Y.Doc();
    expect(readAllocationSettings(doc)).toEqual({ chatMode: 'automatic', intentMode: 'automatic', deadline: 0 });
    allocationSettingsMap(doc).set('intentMode', 'manual');
    allocationSettingsMap(doc).set('chatMode', 'bogus' as never);
    allocationSettingsMap(doc).set('deadline', 1_700_000_000_000);
    expect(readAllocationSettings(doc)).toEqual({ chatMode: 'automatic', intentMode: 'manual', deadline: 1_700_000_000_000 });
  });
});

describe('requests and outcomes', () => {
  it('lists pending requests oldest first until an outcome is written', () => {
    const doc = new Y.Doc();
    const late = addRequest(doc, 'recommend', 'acc1', { exhibitId: 'e2' }, 2000);
    const early = addRequest(doc, 'recommend', 'acc1', { exhibitId: 'e1' }, 1000);
    expect(pendingRequests(doc).map((r) => r.id)).toEqual([early, late]);
    writeOutcome(doc, { requestId: early, status: 'refused', reason: 'error.quotaExhausted', at: 3000 });
    expect(pendingRequests(doc).map((r) => r.id)).toEqual([late]);
    expect(readOutcome(doc, early)).toMatchObject({ status: 'refused', reason: 'error.quotaExhausted' });
  });

  it('reads a forged or malformed request as null, and drops odd payload values', () => {
    expect(readRequest('rq1', { id: 'rq2', kind: 'recommend', by: 'a', at: 1, payload: {} })).toBeNull();
    expect(readRequest('rq1', { id: 'rq1', kind: 'explode', by: 'a', at: 1, payload: {} })).toBeNull();
    expect(readRequest('bad:id', { id: 'bad:id', kind: 'recommend', by: 'a', at: 1, payload: {} })).toBeNull();
    expect(readRequest('rq1', { id: 'rq1', kind: 'recommend', by: 'a', at: '1', payload: {} })).toBeNull();
    expect(readRequest('rq1', { id: 'rq1', kind: 'recommend', by: 'a', at: 1, payload: { exhibitId: 'e', x: { y: 1 } } })).toEqual({
      id: 'rq1' as RequestId,
      kind: 'recommend',
      by: 'a',
      at: 1,
      payload: { exhibitId: 'e' },
    });
  });

  it('ignores an outcome whose reason is not a message', () => {
    const doc = new Y.Doc();
    doc.getMap('outcomes').set('rq1', { requestId: 'rq1', status: 'refused', reason: '<script>', at: 1 });
    expect(readOutcome(doc, 'rq1')).toBeUndefined();
  });
});
