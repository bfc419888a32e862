import { isLocale, pickLocale, type Locale } from '@fairdesk/shared';
import { parseSession, parseSessionEnd, type Session, type SessionEnd } from './session.ts';

/**
 * The keys of `chrome.storage.local`, the only channel between the options page, the popup and
 * the background: each page writes what it owns and reacts to `chrome.storage.onChanged`.
 */
export const KEY = {
  /** Session: written by the options page on sign-in, removed on sign-out or expiry. */
  session: 'session',
  /** SessionEnd: why the last session ended. */
  sessionEnd: 'sessionEnd',
  /** Summary: written by the background for the popup. */
  summary: 'summary',
  /** Locale chosen with the language switch. */
  locale: 'locale',
  /** The last server and login that signed in, to fill the form again. */
  signInHint: 'signInHint',
  /** Whose docs the extension's IndexedDB holds (see ownerOf). */
  localOwner: 'localOwner',
} as const;

export interface SignInHint {
  server: string;
  login: string;
}

export function parseSignInHint(v: unknown): SignInHint | null {
  if (typeof v !== 'object' || v === null) return null;
  const { server, login } = v as Record<string, unknown>;
  return typeof server === 'string' && typeof login === 'string' ? { server, login } : null;
}

export function parseLocale(v: unknown): Locale {
  return isLocale(v) ? v : pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export async function readSession(): Promise<{ session: Session | null; end: SessionEnd | null }> {
  const got = await chrome.storage.local.get([KEY.session, KEY.sessionEnd]);
  return { session: parseSession(got[KEY.session]), end: parseSessionEnd(got[KEY.sessionEnd]) };
}

export async function startSession(session: Session, login: string): Promise<void> {
  const hint: SignInHint = { server: session.server, login };
  await chrome.storage.local.set({ [KEY.session]: session, [KEY.signInHint]: hint });
  await chrome.storage.local.remove(KEY.sessionEnd);
}

/**
 * Ends the session. The reason is written first, so whoever sees the session go (the
 * background) knows whether to keep the local copy (expired) or delete it (signed out).
 */
export async function endSession(reason: SessionEnd['reason']): Promise<void> {
  const end: SessionEnd = { reason, at: Date.now() };
  await chrome.storage.local.set({ [KEY.sessionEnd]: end });
  await chrome.storage.local.remove([KEY.session, KEY.summary]);
}

export async function saveLocale(locale: Locale): Promise<void> {
  await chrome.storage.local.set({ [KEY.locale]: locale });
}

export async function openOptionsPage(): Promise<void> {
  await chrome.runtime.openOptionsPage();
}

/** A message that wakes the background (if MV3 stopped it) so it reopens and resyncs the docs. */
export const WAKE = 'fairdesk:wake';

export async function wakeBackground(): Promise<void> {
  try {
    await chrome.runtime.sendMessage({ type: WAKE });
  } catch {
    // No listener yet (the worker is still starting): it reopens the docs on start anyway.
  }
}
