import { isId, isRecord, type Section } from '@fairdesk/shared';

/** One exhibitor as `GET /api/fair/companies` lists it. */
export interface FairCompany {
  id: string;
  nameZh: string;
  nameEn: string;
  sections: Section[];
}

export type DirectoryStatus = 'loading' | 'fresh' | 'cached' | 'failed';

/** Asks the server for the directory; returns the parsed JSON body, or throws when it cannot. */
export type DirectoryLoader = () => Promise<unknown>;

const CACHE_KEY = 'fairdesk.fair.companies';
const SECTIONS_KEY = 'fairdesk.fair.sections';

/** Reads the server's answer defensively: anything malformed is left out, never shown. */
export function readCompanies(body: unknown): FairCompany[] | null {
  if (!Array.isArray(body)) return null;
  const out: FairCompany[] = [];
  for (const c of body) {
    if (!isRecord(c) || !isId(c.id)) continue;
    out.push({ id: c.id, nameZh: text(c.nameZh), nameEn: text(c.nameEn), sections: readSections(c.sections) });
  }
  return out;
}

function readSections(raw: unknown): Section[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .filter((s) => isId(s.id))
    .map((s) => ({ id: s.id, nameZh: text(s.nameZh), nameEn: text(s.nameEn) }) as Section);
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, 200) : '';
}

export function companiesLoader(token: string): DirectoryLoader {
  return async () => {
    const response = await fetch('/api/fair/companies', { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET /api/fair/companies: ${response.status}`);
    return response.json();
  };
}

/**
 * The showroom directory. The last answer is kept on this device so the directory still shows
 * offline; a failed refresh keeps it and says so.
 */
export class DirectoryState {
  companies = $state<FairCompany[]>([]);
  status = $state<DirectoryStatus>('loading');
  /** Sections seen in showrooms on this device, for the intent form's section choice. */
  private seen = $state<Section[]>(readSeenSections());

  /** Every section the fair's data on this device names, each once. */
  readonly sections = $derived.by(() => {
    const out: Section[] = [];
    for (const s of [...this.companies.flatMap((c) => c.sections), ...this.seen]) if (!out.some((x) => x.id === s.id)) out.push(s);
    return out;
  });

  constructor(private readonly load: DirectoryLoader) {
    const cached = readCache();
    if (cached) this.companies = cached;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    this.status = 'loading';
    try {
      const companies = readCompanies(await this.load());
      if (!companies) throw new Error('the directory is not a list');
      this.companies = companies;
      this.status = 'fresh';
      localStorage.setItem(CACHE_KEY, JSON.stringify(companies));
    } catch {
      this.status = readCache() ? 'cached' : 'failed';
    }
  }

  /** A showroom told us its sections: remember them for the intent form. */
  rememberSections(sections: readonly Section[]): void {
    const fresh = sections.filter((s) => !this.seen.some((x) => x.id === s.id));
    if (!fresh.length) return;
    this.seen = [...this.seen, ...fresh];
    localStorage.setItem(SECTIONS_KEY, JSON.stringify(this.seen));
  }
}

function readCache(): FairCompany[] | null {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    return raw ? readCompanies(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

function readSeenSections(): Section[] {
  try {
    return readSections(JSON.parse(localStorage.getItem(SECTIONS_KEY) ?? '[]'));
  } catch {
    return [];
  }
}

/** Public data, but a signed-out device keeps nothing of the session. */
export function forgetDirectory(): void {
  localStorage.removeItem(CACHE_KEY);
  localStorage.removeItem(SECTIONS_KEY);
}
