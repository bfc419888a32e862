import { parseDocName } from '@fairdesk/shared';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    // A connection still closing only delays the deletion ("blocked" is followed by success).
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
  });
}

/**
 * Deletes the extension's local copy: every IndexedDB database named like a doc (y-indexeddb
 * names its database after the doc). Call after the DocSet that used them is destroyed.
 */
export async function wipeLocalCopies(): Promise<string[]> {
  const names = (await indexedDB.databases())
    .map((d) => d.name)
    .filter((n): n is string => typeof n === 'string' && parseDocName(n) !== null);
  await Promise.all(names.map(deleteDatabase));
  return names;
}
