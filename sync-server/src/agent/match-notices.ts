import { readExhibit, type MatchLogEntry } from '@fairdesk/shared';
import type { IntentServices } from './intent-services.ts';
import { bothNames, notify, type CompanyIntentDocs } from './intents-copies.ts';

/**
 * R0.5: an exhibit pushed to a buyer is news for the main account and for the exhibit's linked
 * salespeople who hold the notifications permission (read from the database, as it is now).
 */
export function notifyExhibitMatched(docs: CompanyIntentDocs, services: IntentServices, entry: MatchLogEntry): void {
  const exhibit = readExhibit(docs.catalog.doc, entry.exhibitId);
  const linked = new Set<string>(exhibit?.salespersonIds ?? []);
  const text = bothNames(entry.exhibitNameZh, entry.exhibitNameEn);
  for (const a of services.companyAccounts(docs.company.id)) {
    if (a.disabled) continue;
    const told = a.role === 'main' || (a.role === 'sub' && linked.has(a.id) && a.permissions.includes('notifications'));
    if (!told) continue;
    notify(docs.desks.get(a.id), { id: `nt-${entry.id}-${a.id}`, kind: 'exhibitMatched', subjectId: entry.exhibitId, text, at: entry.at });
  }
}
