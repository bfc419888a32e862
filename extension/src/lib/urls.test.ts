import { describe, expect, it } from 'vitest';
import { apiUrl, normalizeServerUrl, syncUrl } from './urls.ts';

describe('normalizeServerUrl', () => {
  it('keeps scheme, host, port and path, without a trailing slash, query or hash', () => {
    expect(normalizeServerUrl(' http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(normalizeServerUrl('https://fair.example.com/desk//?x=1#top')).toBe('https://fair.example.com/desk');
    expect(normalizeServerUrl('HTTP://LOCALHOST:8787')).toBe('http://localhost:8787');
  });

  it('refuses what is not an http(s) address', () => {
    for (const bad of ['', '127.0.0.1:8787', 'ftp://host', 'javascript:alert(1)', 'ws://host', 'http://user:pw@host']) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });
});

describe('apiUrl and syncUrl', () => {
  it('put /api and /sync under the server, with ws for http and wss for https', () => {
    expect(apiUrl('http://127.0.0.1:8787', '/login')).toBe('http://127.0.0.1:8787/api/login');
    expect(syncUrl('http://127.0.0.1:8787')).toBe('ws://127.0.0.1:8787/sync');
    expect(syncUrl('https://fair.example.com/desk/')).toBe('wss://fair.example.com/desk/sync');
  });
});
