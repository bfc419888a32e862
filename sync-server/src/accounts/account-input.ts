import { PERMISSIONS, isRecord, type MessageKey, type NewSubAccount, type Permission, type SubAccountChange } from '@fairdesk/shared';

const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,40}$/;
const MAX_NAME_LENGTH = 60;
export const MIN_PASSWORD_LENGTH = 8;
/** Below passwords.ts's limit, so every password set here can be used to sign in. */
const MAX_PASSWORD_LENGTH = 200;

export type { NewSubAccount, SubAccountChange } from '@fairdesk/shared';

/** A field the client got wrong: the message key the app shows, and the field it belongs to. */
export interface InputProblem {
  field: string;
  error: MessageKey;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

type Field<T> = (v: unknown) => T | null;

const login: Field<string> = (v) => (typeof v === 'string' && LOGIN_PATTERN.test(v.trim()) ? v.trim() : null);
const name: Field<string> = (v) => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s.length > 0 && s.length <= MAX_NAME_LENGTH ? s : null;
};
const password: Field<string> = (v) =>
  typeof v === 'string' && v.length >= MIN_PASSWORD_LENGTH && v.length <= MAX_PASSWORD_LENGTH ? v : null;
const permissions: Field<Permission[]> = (v) => {
  if (!Array.isArray(v) || !v.every((p) => typeof p === 'string' && (PERMISSIONS as readonly string[]).includes(p))) return null;
  return PERMISSIONS.filter((p) => v.includes(p));
};
const sections =
  (known: readonly string[]): Field<string[]> =>
  (v) => {
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && known.includes(s))) return null;
    return known.filter((s) => v.includes(s));
  };
const flag: Field<boolean> = (v) => (typeof v === 'boolean' ? v : null);

const ERRORS: Record<string, MessageKey> = {
  login: 'org.error.login',
  name: 'org.error.name',
  password: 'org.error.password',
  permissions: 'org.error.permission',
  sectionIds: 'org.error.section',
  disabled: 'error.invalid',
};

/** Reads the fields present in `body` with their readers; any field given and wrong is refused. */
function readFields(body: unknown, readers: Record<string, Field<unknown>>, required: boolean): Read<Record<string, unknown>> {
  if (!isRecord(body)) return { ok: false, problem: { field: '', error: 'error.invalid' } };
  const out: Record<string, unknown> = {};
  for (const [field, reader] of Object.entries(readers)) {
    if (body[field] === undefined && !required) continue;
    const value = reader(body[field]);
    if (value === null) return { ok: false, problem: { field, error: ERRORS[field] } };
    out[field] = value;
  }
  return { ok: true, value: out };
}

/** POST /api/accounts: every field is required; sections must be the company's. */
export function readNewSubAccount(body: unknown, companySections: readonly string[]): Read<NewSubAccount> {
  const read = readFields(body, { login, name, password, permissions, sectionIds: sections(companySections) }, true);
  return read.ok ? { ok: true, value: read.value as unknown as NewSubAccount } : read;
}

/** PATCH /api/accounts/{id}: only the fields given change. */
export function readSubAccountChange(body: unknown, companySections: readonly string[]): Read<SubAccountChange> {
  const read = readFields(body, { name, password, permissions, sectionIds: sections(companySections), disabled: flag }, false);
  return read.ok ? { ok: true, value: read.value as SubAccountChange } : read;
}
