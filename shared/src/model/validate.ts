import type { MessageKey } from '../i18n/keys.ts';

/** One problem with one field, named by an i18n key so each UI shows it in its own language. */
export interface FieldError {
  field: string;
  code: MessageKey;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(errors: FieldError[]): Result<T> => ({ ok: false, errors });

export type Json = Record<string, unknown>;

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Collects field errors while reading an untrusted record. Every reader trims strings and
 * enforces a length limit, so nothing oversized reaches a doc.
 */
export class Reader {
  readonly errors: FieldError[] = [];
  constructor(private readonly src: Json) {}

  text(field: string, opts: { required?: boolean; max?: number } = {}): string {
    const raw = this.src[field];
    const max = opts.max ?? 500;
    if (raw === undefined || raw === null || raw === '') {
      if (opts.required) this.errors.push({ field, code: 'error.required' });
      return '';
    }
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      this.errors.push({ field, code: 'error.invalid' });
      return '';
    }
    const s = String(raw).trim();
    if (opts.required && s === '') this.errors.push({ field, code: 'error.required' });
    if (s.length > max) this.errors.push({ field, code: 'error.tooLong' });
    return s;
  }

  number(field: string, opts: { min?: number; max?: number; integer?: boolean; fallback?: number } = {}): number {
    const raw = this.src[field];
    if (raw === undefined || raw === null || raw === '') return opts.fallback ?? 0;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
    const bad =
      !Number.isFinite(n) ||
      (opts.integer === true && !Number.isInteger(n)) ||
      (opts.min !== undefined && n < opts.min) ||
      (opts.max !== undefined && n > opts.max);
    if (bad) {
      this.errors.push({ field, code: 'error.number' });
      return opts.fallback ?? 0;
    }
    return n;
  }

  bool(field: string): boolean {
    const raw = this.src[field];
    if (raw === undefined || raw === null) return false;
    if (typeof raw !== 'boolean') this.errors.push({ field, code: 'error.invalid' });
    return raw === true;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback: T): T {
    const raw = this.src[field];
    if (raw === undefined || raw === null || raw === '') return fallback;
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    this.errors.push({ field, code: 'error.invalid' });
    return fallback;
  }

  list<T extends string>(field: string, allowed?: readonly T[], maxItems = 50): T[] {
    const raw = this.src[field];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw) || raw.length > maxItems || raw.some((x) => typeof x !== 'string' || x.length > 200)) {
      this.errors.push({ field, code: 'error.invalid' });
      return [];
    }
    const items = raw as string[];
    if (allowed && items.some((x) => !(allowed as readonly string[]).includes(x))) {
      this.errors.push({ field, code: 'error.invalid' });
      return [];
    }
    return [...new Set(items)] as T[];
  }

  result<T>(value: T): Result<T> {
    return this.errors.length ? fail(this.errors) : ok(value);
  }
}
