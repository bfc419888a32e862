import { afterEach, describe, expect, it } from 'vitest';
import { addExhibit, blankExhibit } from '@fairdesk/shared';
import { Workspace } from './workspace.ts';

const opened: Workspace[] = [];
afterEach(async () => {
  for (const w of opened.splice(0)) await w.purge();
  localStorage.clear();
});

function offlineWorkspace(): Workspace {
  const w = new Workspace(
    { token: 't', account: { id: `a${crypto.randomUUID().slice(0, 8)}`, companyId: 'co1', role: 'main', name: 'M', permissions: [] } },
    'ws://127.0.0.1:9/sync',
  );
  w.setOnline(false);
  opened.push(w);
  return w;
}

describe('work the server has not got yet', () => {
  it('is reported after an offline edit, so signing out can warn before deleting it', () => {
    const w = offlineWorkspace();
    expect(w.hasUnsentWork).toBe(false);
    addExhibit(w.doc('catalog')!.doc, { ...blankExhibit(), nameZh: '离线展品' });
    expect(w.state).toBe('pending');
    expect(w.hasUnsentWork).toBe(true);
  });

  it('includes images waiting in the upload outbox, which purge clears', async () => {
    const w = offlineWorkspace();
    localStorage.setItem('fairdesk.images.outbox', JSON.stringify(['abc']));
    expect(w.hasUnsentWork).toBe(true);
    opened.pop();
    await w.purge();
    expect(localStorage.getItem('fairdesk.images.outbox')).toBeNull();
  });
});
