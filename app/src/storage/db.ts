import Dexie, { type EntityTable } from 'dexie';
import type { Exhibit } from '@fairdesk/shared';

/**
 * The query index: a projection of the docs into indexed tables. Lists, filters and counts read
 * it; nothing is ever written here except by a projection, so it can be rebuilt at any time.
 */
export class DeskDb extends Dexie {
  exhibits!: EntityTable<Exhibit, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ exhibits: '&id, status, sectionId, pinned, order, updatedAt' });
  }
}

export function deskDbName(accountId: string): string {
  return `fairdesk-desk-${accountId}`;
}
