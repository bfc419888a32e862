import { isRecord } from '@fairdesk/shared';

/** The intent form as typed: strings, so a half-typed quantity is kept exactly as it was. */
export interface IntentDraft {
  text: string;
  sectionId: string;
  category: string;
  quantity: string;
  unit: string;
}

export const EMPTY_DRAFT: IntentDraft = { text: '', sectionId: '', category: '', quantity: '', unit: '' };

const prefix = 'fairdesk.draft.fairIntent.';

/** A half-typed intent survives a reload, a closed tab or going to a showroom and back. */
export function loadIntentDraft(key: string): IntentDraft {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(prefix + key) ?? 'null');
    if (!isRecord(value)) return { ...EMPTY_DRAFT };
    const draft = { ...EMPTY_DRAFT };
    for (const k of Object.keys(EMPTY_DRAFT) as (keyof IntentDraft)[]) {
      if (typeof value[k] === 'string') draft[k] = value[k];
    }
    return draft;
  } catch {
    return { ...EMPTY_DRAFT };
  }
}

export function saveIntentDraft(key: string, draft: IntentDraft): void {
  localStorage.setItem(prefix + key, JSON.stringify(draft));
}

export function clearIntentDraft(key: string): void {
  localStorage.removeItem(prefix + key);
}
