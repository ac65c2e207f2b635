import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DEFAULT_TILE_ORIGINS } from '@core/hosts/csp';

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name)).toBe(false); // a duplicated directive would be ignored by browsers
    map.set(name, sources);
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  it('has every expected directive', () => {
    const map = directives(contentSecurityPolicy());
    expect(map.get('default-src')).toEqual(["'self'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
    expect(map.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(map.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(map.get('font-src')).toEqual(["'self'", 'data:']);
    expect(map.get('connect-src')).toEqual(["'self'"]);
    expect(map.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    expect(map.get('form-action')).toEqual(["'none'"]);
    expect(map.get('frame-ancestors')).toEqual(["'none'"]);
    expect(map.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('never allows eval or inline scripts', () => {
    const csp = contentSecurityPolicy({ tileOrigins: [...DEFAULT_TILE_ORIGINS] });
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
    const scripts = directives(csp).get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.some((source) => source.startsWith("'nonce-") || source.startsWith("'sha"))).toBe(false);
    expect(directives(csp).get('default-src')).not.toContain("'unsafe-inline'");
  });

  it('adds tile origins to img-src only, deduplicated and lower-cased', () => {
    const map = directives(
      contentSecurityPolicy({
        tileOrigins: ['https://data.geopf.fr', 'https://Tiles.Example.org:8443', 'https://data.geopf.fr'],
      }),
    );
    expect(map.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://data.geopf.fr',
      'https://tiles.example.org:8443',
    ]);
    expect(map.get('connect-src')).toEqual(["'self'"]);
    expect(map.get('default-src')).toEqual(["'self'"]);
  });

  it.each([
    'http://data.geopf.fr',
    'https://*.geopf.fr',
    '*',
    'https:',
    "'unsafe-inline'",
    "https://a.fr'",
    'https://a.fr; script-src *',
    'https://a.fr script-src',
    'https://a.fr,https://b.fr',
    'https://a.fr/wmts',
    'https://a.fr/',
    'https://user@a.fr',
    'https://a.fr:99999',
    'data:',
    'javascript:alert(1)',
    'https://a.fr\nscript-src *',
    '',
  ])('refuses tile origin %s', (origin) => {
    expect(() => contentSecurityPolicy({ tileOrigins: [origin] })).toThrow();
  });
});
