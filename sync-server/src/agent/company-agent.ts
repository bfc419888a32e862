import { docName, matchLog, readExhibits, writeQuota, readQuota, recommendQuota, type Company, type MatchLogEntry } from '@fairdesk/shared';
import type { AccountRecord } from '../account-store.ts';
import type { DocHub } from '../doc-hub.ts';
import { log } from '../log.ts';
import { enforceCatalogRules } from './catalog-rules.ts';
import { Debounced, DocHandle } from './doc-handle.ts';
import type { FairMatching } from './fair-matching.ts';
import { applyRecommendRequests } from './recommend.ts';
import { ensureAllocationSettings } from './allocation-settings.ts';
import type { IntentServices } from './intent-services.ts';
import { reconcileDesk, type CompanyIntentDocs } from './intents-copies.ts';
import { applyDeskIntentRequests } from './intents-desk.ts';
import { notifyExhibitMatched } from './match-notices.ts';
import { projectShowroom } from './showroom.ts';

/** The showroom follows the catalogue within this (the real fair publishes within 10 minutes). */
const SHOW_DEBOUNCE_MS = 300;
const CATALOG_DEBOUNCE_MS = 20;

export interface CompanyDeps {
  hub: DocHub;
  matching: FairMatching;
  account(id: string): AccountRecord | null;
  now(): number;
  intents: IntentServices;
  buyerFeed(buyerId: string): DocHandle | undefined;
}

/** Runs one step, logging instead of throwing: the agent carries on with the next change. */
function guarded(what: string, step: () => void): () => void {
  return () => {
    try {
      step();
    } catch (error) {
      log.error(`agent: ${what} failed`, error);
    }
  };
}

/**
 * The agent's work for one company: it keeps the company's docs open, applies recommend requests
 * from every desk, holds the catalogue to the fair's rules, keeps the matching index and the
 * showroom up to date, and writes the matching list.
 */
export class CompanyAgent {
  private readonly desks = new Map<string, DocHandle>();
  private readonly requestsPass = new Debounced(0, guarded('recommend requests', () => this.runRequests()));
  private readonly catalogPass = new Debounced(CATALOG_DEBOUNCE_MS, guarded('catalogue rules', () => this.runCatalog()));
  private readonly showPass = new Debounced(SHOW_DEBOUNCE_MS, guarded('showroom', () => this.runShow()));
  private pushMatches = false;

  private constructor(
    private readonly deps: CompanyDeps,
    public company: Company,
    private readonly docs: Record<'profile' | 'catalog' | 'fair' | 'matches' | 'show' | 'ledger', DocHandle>,
  ) {}

  static async open(deps: CompanyDeps, company: Company, accountIds: string[]): Promise<CompanyAgent> {
    const scopes = ['profile', 'catalog', 'fair', 'matches', 'show', 'ledger'] as const;
    let agent: CompanyAgent | null = null;
    const onChange: Record<(typeof scopes)[number], () => void> = {
      profile: () => {},
      catalog: () => agent?.catalogPass.schedule(),
      fair: () => agent?.catalogPass.schedule(),
      matches: () => {},
      show: () => {},
      ledger: () => {},
    };
    const handles = await Promise.all(
      scopes.map((scope) => DocHandle.open(deps.hub, docName({ scope, companyId: company.id }), () => onChange[scope]())),
    );
    agent = new CompanyAgent(deps, company, Object.fromEntries(scopes.map((s, i) => [s, handles[i]])) as CompanyAgent['docs']);
    ensureAllocationSettings(agent.docs.fair, deps.intents.deadline);
    await agent.setDesks(accountIds);
    agent.setCompany(company);
    agent.runCatalog();
    agent.runRequests();
    agent.pushMatches = true;
    return agent;
  }

  /** The fair's record changed (or was read at start): the quota total and the showroom follow it. */
  setCompany(company: Company): void {
    this.company = company;
    const total = recommendQuota(company);
    const fair = this.docs.fair;
    if (readQuota(fair.doc).total !== total) fair.write((doc) => writeQuota(doc, { total, spent: readQuota(doc).spent }));
    this.showPass.schedule();
  }

  async setDesks(accountIds: string[]): Promise<void> {
    for (const [id, desk] of this.desks) {
      if (accountIds.includes(id)) continue;
      desk.close();
      this.desks.delete(id);
    }
    for (const id of accountIds) {
      if (this.desks.has(id)) continue;
      const name = docName({ scope: 'desk', companyId: this.company.id, accountId: id });
      const desk = await DocHandle.open(this.deps.hub, name, (byAgent) => byAgent || this.requestsPass.schedule());
      this.desks.set(id, desk);
      reconcileDesk(this.docs.ledger.doc, desk, id);
    }
    this.requestsPass.schedule();
  }

  handles(): DocHandle[] {
    return [...Object.values(this.docs), ...this.desks.values()];
  }

  logMatch(entry: MatchLogEntry): void {
    this.docs.matches.write((doc) => matchLog(doc).push([entry]));
    notifyExhibitMatched(this.intentDocs(), this.deps.intents, entry);
  }

  /** The docs purchase intents to this company are written to (R2). */
  intentDocs(): CompanyIntentDocs {
    const { fair, catalog, ledger } = this.docs;
    return { company: this.company, fair, catalog, ledger, desks: this.desks };
  }

  close(): void {
    for (const pass of [this.requestsPass, this.catalogPass, this.showPass]) pass.cancel();
    for (const d of this.handles()) d.close();
    this.desks.clear();
  }

  private runRequests(): void {
    // The catalogue rules come first: a request must not recommend an exhibit about to be unlisted.
    this.catalogPass.cancel();
    this.runCatalog();
    const recommended = applyRecommendRequests({
      companyId: this.company.id,
      quotaTotal: recommendQuota(this.company),
      fair: this.docs.fair,
      catalog: this.docs.catalog,
      desks: this.desks,
      account: (id) => this.deps.account(id),
      now: this.deps.now,
    });
    if (recommended.length > 0) {
      this.catalogPass.cancel();
      this.runCatalog();
    }
    applyDeskIntentRequests({
      docs: this.intentDocs(),
      services: this.deps.intents,
      feed: (buyerId) => this.deps.buyerFeed(buyerId),
      now: this.deps.now,
    });
  }

  private runCatalog(): void {
    const { catalog, fair } = this.docs;
    let exhibits = readExhibits(catalog.doc);
    if (enforceCatalogRules(exhibits, catalog, fair, this.deps.now())) exhibits = readExhibits(catalog.doc);
    this.deps.matching.syncCompany(this.company.id, exhibits, fair.doc, this.pushMatches);
    this.showPass.schedule();
  }

  private runShow(): void {
    const { show, catalog, fair } = this.docs;
    show.write((doc) => projectShowroom(doc, this.company, readExhibits(catalog.doc), fair.doc));
  }
}
