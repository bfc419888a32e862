import { isId } from '@fairdesk/shared';

/** The fair pages (R6): the showroom directory, one company's showroom, the buyer's intents. */
export type FairRoute = { page: 'directory' } | { page: 'show'; companyId: string } | { page: 'intents' } | { page: 'card' } | { page: 'notFound' };

export function isFairPath(path: string): boolean {
  return path === '/fair' || path.startsWith('/fair/');
}

export function fairRoute(path: string): FairRoute {
  const parts = path.replace(/\/+$/, '').split('/').slice(2);
  if (parts.length === 0) return { page: 'directory' };
  if (parts[0] === 'intents' && parts.length === 1) return { page: 'intents' };
  if (parts[0] === 'card' && parts.length === 1) return { page: 'card' };
  if (parts[0] === 'show' && parts.length === 2) {
    const companyId = safeDecode(parts[1]);
    if (isId(companyId)) return { page: 'show', companyId };
  }
  return { page: 'notFound' };
}

export function showPath(companyId: string): string {
  return `/fair/show/${encodeURIComponent(companyId)}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}
