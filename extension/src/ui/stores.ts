import { parseSession, parseSessionEnd } from '../lib/session.ts';
import { parseLocale, parseSignInHint, KEY } from '../lib/storage.ts';
import { parseSummary } from '../lib/summary.ts';
import { Stored } from './stored.ts';

/** The storage keys the pages read, each parsed (storage is shared, so never trusted as typed). */
export const locale = new Stored(KEY.locale, parseLocale);
export const session = new Stored(KEY.session, parseSession);
export const sessionEnd = new Stored(KEY.sessionEnd, parseSessionEnd);
export const summary = new Stored(KEY.summary, parseSummary);
export const signInHint = new Stored(KEY.signInHint, parseSignInHint);
