import { readExhibitInput, type ExhibitInput } from '@fairdesk/shared';

const prefix = 'fairdesk.draft.exhibit.';

/** A half-typed exhibit survives a reload or a closed tab; it is dropped on save or cancel. */
export function loadDraft(key: string): ExhibitInput | null {
  try {
    const raw = localStorage.getItem(prefix + key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    const parsed = readExhibitInput(value);
    // A draft may be incomplete (that is why it is a draft): keep what it has even if invalid.
    return parsed.ok ? parsed.value : (value as ExhibitInput);
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: ExhibitInput): void {
  localStorage.setItem(prefix + key, JSON.stringify(value));
}

export function clearDraft(key: string): void {
  localStorage.removeItem(prefix + key);
}
