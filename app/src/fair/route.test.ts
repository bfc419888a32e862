import { describe, expect, it } from 'vitest';
import { fairRoute, isFairPath, showPath } from './route.ts';

describe('fair routes', () => {
  it.each([
    ['/fair', { page: 'directory' }],
    ['/fair/', { page: 'directory' }],
    ['/fair/intents', { page: 'intents' }],
    ['/fair/show/demo', { page: 'show', companyId: 'demo' }],
    ['/fair/show/demo/', { page: 'show', companyId: 'demo' }],
    ['/fair/show/..%2Fco', { page: 'notFound' }],
    ['/fair/show/%E0%A4%A', { page: 'notFound' }],
    ['/fair/show', { page: 'notFound' }],
    ['/fair/other', { page: 'notFound' }],
  ])('%s', (path, route) => {
    expect(fairRoute(path)).toEqual(route);
  });

  it('knows its own paths and builds showroom links', () => {
    expect(isFairPath('/fair')).toBe(true);
    expect(isFairPath('/fair/show/x')).toBe(true);
    expect(isFairPath('/fairground')).toBe(false);
    expect(isFairPath('/desk/exhibits')).toBe(false);
    expect(fairRoute(showPath('co-1'))).toEqual({ page: 'show', companyId: 'co-1' });
  });
});
