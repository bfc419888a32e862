import { docName, type Company } from '@fairdesk/shared';
import type { AccountStore } from '../account-store.ts';
import type { DocHub } from '../doc-hub.ts';
import { log } from '../log.ts';
import { CompanyAgent } from './company-agent.ts';
import { Debounced, DocHandle } from './doc-handle.ts';
import { FairMatching } from './fair-matching.ts';
import type { FairDirectory } from './fair-directory.ts';
import type { IntentServices } from './intent-services.ts';
import { applyPostIntents } from './intents-post.ts';

/** How often the database is asked whether companies or accounts changed (cheap: SQLite's data_version). */
const DIRECTORY_POLL_MS = 250;
/** How often docs nobody is connected to are compacted (see DocHandle.compactIfIdle). */
const IDLE_COMPACT_MS = 1000;

interface BuyerDocs {
  buyer: DocHandle;
  feed: DocHandle;
  pass: Debounced;
  /** The buyer's postIntent requests (R6.1). */
  intentsPass: Debounced;
}

/**
 * The agent at run time (DESIGN.md "Trusted rules"): keeps open the docs it must watch — for each
 * company its profile, catalogue, fair, matching list, showroom and every account's desk; for each
 * buyer its buyer doc and feed — and follows the database when companies or accounts change.
 */
export class AgentRuntime {
  private readonly companies = new Map<string, CompanyAgent>();
  private readonly buyers = new Map<string, BuyerDocs>();
  private readonly matching: FairMatching;
  private refreshing: Promise<void> = Promise.resolve();
  private lastMark = '';
  private poll: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly hub: DocHub,
    private readonly directory: FairDirectory,
    private readonly accounts: AccountStore,
    private readonly intents: IntentServices,
    private readonly now: () => number = Date.now,
  ) {
    this.matching = new FairMatching({
      company: (id) => this.companies.get(id)?.company ?? null,
      logMatch: (companyId, entry) => this.companies.get(companyId)?.logMatch(entry),
      now: this.now,
    });
  }

  async start(): Promise<void> {
    await this.refresh();
    this.poll = setInterval(() => {
      if (this.accounts.changeMark() !== this.lastMark) void this.refresh();
    }, DIRECTORY_POLL_MS);
    this.sweep = setInterval(() => {
      for (const c of this.companies.values()) for (const h of c.handles()) h.compactIfIdle();
      for (const b of this.buyers.values()) for (const h of [b.buyer, b.feed]) h.compactIfIdle();
    }, IDLE_COMPACT_MS);
  }

  /** Stops watching; the hub stores the open docs when the server closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.sweep) clearInterval(this.sweep);
    await this.refreshing;
    for (const c of this.companies.values()) c.close();
    for (const b of this.buyers.values()) this.closeBuyer(b);
    this.companies.clear();
    this.buyers.clear();
  }

  /** Opens what is new, follows what changed and closes what is gone, one refresh at a time. */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      if (this.stopped) return;
      try {
        this.lastMark = this.accounts.changeMark();
        await this.refreshCompanies(this.directory.companies());
        await this.refreshBuyers();
      } catch (error) {
        log.error('agent: could not follow the directory', error);
      }
    });
    return this.refreshing;
  }

  private async refreshCompanies(companies: Company[]): Promise<void> {
    const accounts = this.directory.accounts();
    const deps = {
      hub: this.hub,
      matching: this.matching,
      account: (id: string) => this.accounts.byId(id),
      now: this.now,
      intents: this.intents,
      buyerFeed: (id: string) => this.buyers.get(id)?.feed,
    };
    for (const company of companies) {
      const accountIds = accounts.filter((a) => a.companyId === company.id && a.role !== 'buyer').map((a) => a.id);
      const open = this.companies.get(company.id);
      if (!open) {
        this.companies.set(company.id, await CompanyAgent.open(deps, company, accountIds));
        continue;
      }
      if (JSON.stringify(open.company) !== JSON.stringify(company)) open.setCompany(company);
      await open.setDesks(accountIds);
    }
    for (const [id, open] of this.companies) {
      if (companies.some((c) => c.id === id)) continue;
      open.close();
      this.matching.dropCompany(id);
      this.companies.delete(id);
    }
  }

  private async refreshBuyers(): Promise<void> {
    const buyerIds = this.directory.accounts().filter((a) => a.role === 'buyer').map((a) => a.id);
    for (const id of buyerIds) {
      if (this.buyers.has(id)) continue;
      const pass = new Debounced(0, () => {
        try {
          this.matching.matchNewIntents(id);
        } catch (error) {
          log.error(`agent: matching the intents of ${id} failed`, error);
        }
      });
      const intentsPass = new Debounced(0, () => {
        const b = this.buyers.get(id);
        if (!b) return;
        try {
          const company = (cid: string) => this.companies.get(cid)?.intentDocs() ?? null;
          applyPostIntents({ buyerId: id, buyer: b.buyer, feed: b.feed, company, services: this.intents, now: this.now });
        } catch (error) {
          log.error(`agent: the purchase intents of ${id} failed`, error);
        }
      });
      const buyer = await DocHandle.open(this.hub, docName({ scope: 'buyer', buyerId: id }), (byAgent) => {
        pass.schedule();
        if (!byAgent) intentsPass.schedule();
      });
      const feed = await DocHandle.open(this.hub, docName({ scope: 'feed', buyerId: id }), () => {});
      this.buyers.set(id, { buyer, feed, pass, intentsPass });
      this.matching.addBuyer(id, buyer, feed);
      pass.schedule();
      intentsPass.schedule();
    }
    for (const [id, b] of this.buyers) {
      if (buyerIds.includes(id)) continue;
      this.matching.removeBuyer(id);
      this.closeBuyer(b);
      this.buyers.delete(id);
    }
  }

  private closeBuyer(b: BuyerDocs): void {
    b.pass.cancel();
    b.intentsPass.cancel();
    b.buyer.close();
    b.feed.close();
  }
}
