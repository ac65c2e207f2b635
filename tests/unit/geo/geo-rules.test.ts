import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, isSecureOrigin, updateGeoSettingsInput, urlOrigin } from '@shared/schemas/geo';
import { LruCache } from '@core/geo/lru-cache';
import { sniffFormat } from '@core/geo/mbtiles';
import { solidPng } from '../../support/build-mbtiles';

const tileUrl = (value: string) => updateGeoSettingsInput.safeParse({ tileUrlTemplate: value }).success;
const apiUrl = (value: string) => updateGeoSettingsInput.safeParse({ addressApiUrl: value });

describe('geo settings rules', () => {
  it('accept the IGN default, other https tile servers and loopback http, nothing else', () => {
    expect(tileUrl(DEFAULT_TILE_URL)).toBe(true);
    expect(tileUrl('https://tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toBe(true);
    expect(tileUrl('https://tuiles.example.fr:8443/{z}/{x}/{y}.png?key=abc')).toBe(true);
    expect(tileUrl('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe(true);
    for (const bad of [
      'http://tiles.example.fr/{z}/{x}/{y}.png',
      'http://localhost/{z}/{x}/{y}.png',
      'http://127.0.0.2/{z}/{x}/{y}.png',
      'https://user@tiles.example.fr/{z}/{x}/{y}.png',
      'https://tiles.example.fr/{z}/{x}.png',
      'https://tiles.example.fr/{s}/{z}/{x}/{y}.png',
      "https://tiles.example.fr/{z}/{x}/{y}.png'",
      'https://tiles.example.fr/{z}/{x}/{y} .png',
      'data:image/png;base64,{z}{x}{y}',
      '//tiles.example.fr/{z}/{x}/{y}.png',
    ]) {
      expect(tileUrl(bad), bad).toBe(false);
    }
  });

  it('take an address API base without query, trailing slash dropped, or empty to stay offline', () => {
    expect(apiUrl('https://api-adresse.data.gouv.fr/').data).toEqual({
      addressApiUrl: 'https://api-adresse.data.gouv.fr',
    });
    expect(apiUrl('https://geo.example.fr/ban/v1').success).toBe(true);
    expect(apiUrl('').data).toEqual({ addressApiUrl: '' });
    for (const bad of [
      'http://api.example.fr',
      'https://api.example.fr/search?q=',
      'https://api.example.fr/#x',
      'api.example.fr',
    ]) {
      expect(apiUrl(bad).success, bad).toBe(false);
    }
  });

  it('find the origin that the CSP must allow', () => {
    expect(urlOrigin(DEFAULT_TILE_URL)).toBe('https://data.geopf.fr');
    expect(urlOrigin('https://Tuiles.Example.fr:8443/{z}/{x}/{y}.png')).toBe('https://tuiles.example.fr:8443');
    expect(isSecureOrigin('https://data.geopf.fr')).toBe(true);
    expect(isSecureOrigin('http://127.0.0.1:8080')).toBe(false);
  });
});

describe('tile helpers', () => {
  it('recognise tile formats from their first bytes', () => {
    expect(sniffFormat(solidPng([1, 2, 3], 4))).toBe('png');
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffFormat(Buffer.from([0x1f, 0x8b, 8]))).toBe('gzip');
    expect(sniffFormat(Buffer.from('hello'))).toBeNull();
  });

  it('keep the most recently used tiles within their count and byte budgets', () => {
    const cache = new LruCache<Buffer>(3, 10);
    cache.set('a', Buffer.alloc(2));
    cache.set('b', Buffer.alloc(2));
    cache.set('c', Buffer.alloc(2));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('d', Buffer.alloc(2)); // evicts b
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(3);
    cache.set('e', Buffer.alloc(7)); // over 10 bytes: evicts the oldest until it fits
    expect(cache.get('e')).toBeDefined();
    expect(cache.get('c')).toBeUndefined();
    cache.set('huge', Buffer.alloc(11)); // larger than the whole budget: not kept
    expect(cache.get('huge')).toBeUndefined();
  });
});
