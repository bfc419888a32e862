import { addExhibit, blankExhibit, docName, type DocRef } from '@fairdesk/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Session, SessionEnd } from '../lib/session.ts';
import type { Summary } from '../lib/summary.ts';
import { Controller, type Effects } from './controller.ts';
import type { DocSetOptions, DocsHandle } from './docs.ts';
import type { LinkState } from './sync-state.ts';

const main: Session = {
  server: 'http://127.0.0.1:8787',
  token: 't1',
  account: { id: 'demo-main', companyId: 'demo', role: 'main', name: '张经理', permissions: [] },
};

class FakeDocs implements DocsHandle {
  readonly catalog = new Y.Doc();
  destroyed = false;
  reconnects = 0;
  link: LinkState = { synced: true, failures: 0, closed: false, dirty: false };
  constructor(readonly opts: DocSetOptions) {}
  readyDoc(scope: DocRef['scope']): Y.Doc | null {
    return scope === 'catalog' ? this.catalog : null;
  }
  states(): LinkState[] {
    return [this.link];
  }
  reconnect(): void {
    this.reconnects++;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** chrome.storage and IndexedDB as plain fields, with a log of what the controller did. */
function world() {
  const w = {
    session: null as Session | null,
    end: null as SessionEnd | null,
    summary: null as Summary | null,
    owner: null as string | null,
    wipes: 0,
    alarm: false,
    opened: [] as FakeDocs[],
  };
  const fx: Effects = {
    readSession: async () => ({ session: w.session, end: w.end }),
    endSession: async (reason) => {
      w.end = { reason, at: 1 };
      w.session = null;
      w.summary = null;
    },
    writeSummary: async (s) => void (w.summary = s),
    removeSummary: async () => void (w.summary = null),
    readOwner: async () => w.owner,
    writeOwner: async (o) => void (w.owner = o),
    wipeLocalCopies: async () => w.wipes++,
    keepAlive: async (on) => void (w.alarm = on),
    openDocs: (opts) => {
      const docs = new FakeDocs(opts);
      w.opened.push(docs);
      return docs;
    },
    now: () => 42,
  };
  return { w, controller: new Controller(fx) };
}

describe('Controller', () => {
  it('opens the signed-in account’s docs once and summarises them', async () => {
    const { w, controller } = world();
    w.session = main;
    await controller.reconcile();
    await controller.reconcile();
    expect(w.opened).toHaveLength(1);
    const [docs] = w.opened;
    expect(docs.reconnects).toBe(1);
    expect(docs.opts.url).toBe('ws://127.0.0.1:8787/sync');
    expect(docs.opts.token).toBe('t1');
    expect(docs.opts.refs.map(docName)).toContain('co:demo:catalog');
    expect(w.alarm).toBe(true);
    expect(w.wipes).toBe(1); // nobody's copy before: start empty
    addExhibit(docs.catalog, { ...blankExhibit(), nameZh: '挖掘机', status: 'listed' });
    await controller.reconcile();
    expect(controller.summary()).toMatchObject({ accountName: '张经理', role: 'main', sync: 'online', listedCount: 1, updatedAt: 42 });
  });

  it('on sign-out closes the docs, removes the summary and wipes the local copy', async () => {
    const { w, controller } = world();
    w.session = main;
    await controller.reconcile();
    w.summary = controller.summary();
    w.session = null;
    w.end = { reason: 'signedOut', at: 2 };
    await controller.reconcile();
    expect(w.opened[0].destroyed).toBe(true);
    expect(w.summary).toBeNull();
    expect(w.wipes).toBe(2);
    expect(w.owner).toBeNull();
    expect(w.alarm).toBe(false);
  });

  it('on 4401 ends the session as expired, keeps the local copy, and the same account resumes it', async () => {
    const { w, controller } = world();
    w.session = main;
    await controller.reconcile();
    w.opened[0].opts.onUnauthenticated();
    w.opened[0].opts.onUnauthenticated(); // every doc reports it; once is enough
    await controller.reconcile();
    expect(w.opened[0].destroyed).toBe(true);
    expect(w.end?.reason).toBe('expired');
    expect(w.session).toBeNull();
    expect(w.wipes).toBe(1);

    w.session = { ...main, token: 't2' };
    await controller.reconcile();
    expect(w.opened).toHaveLength(2);
    expect(w.wipes).toBe(1);
  });

  it('starts from an empty local copy when another account signs in', async () => {
    const { w, controller } = world();
    w.session = main;
    await controller.reconcile();
    w.session = { ...main, token: 't3', account: { ...main.account, id: 'demo-sub', role: 'sub' } };
    await controller.reconcile();
    expect(w.opened[0].destroyed).toBe(true);
    expect(w.wipes).toBe(2);
    expect(w.opened[1].opts.refs.map(docName)).not.toContain('co:demo:ledger');
  });
});
