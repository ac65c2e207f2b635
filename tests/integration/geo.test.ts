import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import { openAppCore } from '@core/app-core';
import { startBrowserHost, type BrowserHost } from '@core/hosts/browser-host';
import { GEOCODE_TIMEOUT_MS } from '@core/geo/geo-runtime';
import { DEFAULT_TILE_URL } from '@shared/schemas/geo';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, TEST_KDF, setupAdmin, wrap, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { buildMbtiles, solidPng } from '../support/build-mbtiles';
import { startFakeAddressApi, type FakeAddressApi } from '../support/fake-address-api';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(host: BrowserHost, path: string, options: { auth?: boolean; hostHeader?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { Host: options.hostHeader ?? `127.0.0.1:${host.port}` };
  if (options.auth !== false) headers.Authorization = `Bearer ${host.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const RED = solidPng([200, 30, 30]);
const BLUE = solidPng([30, 30, 200]);
const GREEN = solidPng([30, 160, 30]);
const GREY = solidPng([128, 128, 128]);

const OFFICER = {
  username: 'cpip.durand',
  displayName: 'Paul Durand',
  role: 'cpip',
  passphrase: 'phrase de passe cpip 1',
} as const;
const REFERENT = {
  username: 'ref.moreau',
  displayName: 'Inès Moreau',
  role: 'referent',
  passphrase: 'phrase de passe ref 1',
} as const;

const COMMUNES = [
  'code_insee;nom;code_postal;latitude;longitude',
  '33063;Bordeaux;33000;44,8378;-0,5792',
  '33063;Bordeaux;33800;44.8220;-0.5600',
  '33281;Mérignac;33700;44.8386;-0.6459',
  '42218;Saint-Étienne;42000;45.4397;4.3872',
  '94038;L’Haÿ-les-Roses;94240;48.7800;2.3374',
  '2A004;Ajaccio;20000;41.9192;8.7386',
  '97411;Saint-Denis;97400;-20.8823;55.4504',
  '93066;Saint-Denis;93200;48.9362;2.3574',
  '3306;Courte;33000;44.8;-0.5', // bad INSEE code
  '33999;Sans code;330;44.8;-0.5', // bad postal code
  '33998;Latitude;33100;abc;-0.5', // bad latitude
  '33997;Pôle;33100;95;-0.5', // latitude out of range
  '33063;Bordeaux;33000;44.8378;-0.5792', // duplicate
  '33996;;33100;44.8;-0.5', // no name
].join('\r\n');

/** Row counts without the audit trail, which records refused calls too. */
async function dataCounts(dataDir: string): Promise<Record<string, unknown>> {
  const {
    audit_log: _log,
    'meta:audit_head': _head,
    ...rest
  } = await tableCounts(dataDir, ADMIN.username, ADMIN.passphrase);
  return rest;
}

function pointInRing(point: [number, number], ring: number[][]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

describe('maps: base layers, MBTiles, outline, gazetteer and geocoding', () => {
  const temp = makeTempDir();
  const dataDir = join(temp.dir, 'data');
  let t: TestCore;
  let host: BrowserHost;
  let api: FakeAddressApi;

  const files = {
    good: join(temp.dir, 'gironde.mbtiles'),
    second: join(temp.dir, 'second.mbtiles'),
    text: join(temp.dir, 'notes.mbtiles'),
    noTiles: join(temp.dir, 'no-tiles.mbtiles'),
    vector: join(temp.dir, 'vector.mbtiles'),
    mislabelled: join(temp.dir, 'mislabelled.mbtiles'),
    zooms: join(temp.dir, 'zooms.mbtiles'),
    empty: join(temp.dir, 'empty.mbtiles'),
    bounds: join(temp.dir, 'bounds.mbtiles'),
  };

  const login = async (user: { username: string; passphrase: string }) => {
    await t.ok('session.logout');
    await t.ok('session.login', { username: user.username, passphrase: user.passphrase });
  };

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>TIG Desk</title>');
    t = wrap(await openAppCore({ dataDir, kdf: TEST_KDF, idleCheckMs: 3_600_000, geocodeTimeoutMs: 800 }));
    host = await startBrowserHost({ core: t.core, rendererDir });
    api = await startFakeAddressApi();
    await setupAdmin(t);
    await t.ok('users.create', OFFICER);
    await t.ok('users.create', REFERENT);

    await buildMbtiles(files.good, {
      tiles: [
        { z: 0, x: 0, y: 0, data: RED },
        { z: 1, x: 0, y: 0, data: BLUE }, // north-west
        { z: 1, x: 1, y: 1, data: GREEN }, // south-east
      ],
    });
    await buildMbtiles(files.second, {
      tiles: [{ z: 3, x: 4, y: 2, data: GREY }],
      metadata: {
        name: 'Second',
        minzoom: '3',
        maxzoom: '3',
        bounds: '-5.2,41.3,9.6,51.1',
        center: '2.35,48.85,3',
        attribution: null,
      },
    });
    writeFileSync(files.text, 'ceci n’est pas une base de données\n');
    await buildMbtiles(files.noTiles, { tiles: [], shape: 'no-tiles' });
    await buildMbtiles(files.vector, {
      tiles: [{ z: 0, x: 0, y: 0, data: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]) }],
      metadata: { format: 'pbf' },
    });
    await buildMbtiles(files.mislabelled, { tiles: [{ z: 0, x: 0, y: 0, data: RED }], metadata: { format: 'jpg' } });
    await buildMbtiles(files.zooms, {
      tiles: [{ z: 0, x: 0, y: 0, data: RED }],
      metadata: { minzoom: '9', maxzoom: '4' },
    });
    await buildMbtiles(files.empty, { tiles: [] });
    await buildMbtiles(files.bounds, { tiles: [{ z: 0, x: 0, y: 0, data: RED }], metadata: { bounds: '10,50,-5,40' } });
  });

  afterAll(async () => {
    await api.close();
    await host.close();
    await t.core.close();
    temp.cleanup();
  });

  describe('settings', () => {
    it('start from the IGN plan, the national address API and the online layer', async () => {
      expect(await t.ok('geo.getSettings')).toEqual({
        tileUrlTemplate: DEFAULT_TILE_URL,
        attribution: '© IGN – Géoplateforme',
        addressApiUrl: 'https://api-adresse.data.gouv.fr',
        activeLayer: 'online',
      });
      const status = await t.ok('basemap.status');
      expect(status).toMatchObject({
        active: 'online',
        preferred: 'online',
        tileUrlTemplate: DEFAULT_TILE_URL,
        outlineUrl: '/basemap/outline.geojson',
        mbtiles: null,
      });
      expect(GEOCODE_TIMEOUT_MS).toBe(3000);
    });

    it('refuses bad values with a French message and changes nothing', async () => {
      const before = await t.ok('geo.getSettings');
      const counts = await dataCounts(dataDir);
      const bad: Array<[unknown, string]> = [
        [{ tileUrlTemplate: 'http://tiles.example.fr/{z}/{x}/{y}.png' }, 'tileUrlTemplate'],
        [{ tileUrlTemplate: 'javascript:alert(1)//{z}{x}{y}' }, 'tileUrlTemplate'],
        [{ tileUrlTemplate: 'https://tiles.example.fr/tiles.png' }, 'tileUrlTemplate'],
        [{ tileUrlTemplate: 'https://tiles.example.fr/{z}/{x}/{y}/{r}.png' }, 'tileUrlTemplate'],
        [{ tileUrlTemplate: 'https://tiles.example.fr/{z}/{x}/{y}.png" onerror="x' }, 'tileUrlTemplate'],
        [{ tileUrlTemplate: 'https://*.example.fr/{z}/{x}/{y}.png' }, 'tileUrlTemplate'],
        [{ attribution: '<img src=x onerror=alert(1)>' }, 'attribution'],
        [{ attribution: '' }, 'attribution'],
        [{ addressApiUrl: 'http://api.example.fr' }, 'addressApiUrl'],
        [{ addressApiUrl: 'https://api.example.fr/?token=1' }, 'addressApiUrl'],
        [{ addressApiUrl: 'ftp://api.example.fr' }, 'addressApiUrl'],
        [{ activeLayer: 'satellite' }, 'activeLayer'],
        [{ colour: 'red' }, ''],
      ];
      for (const [input, path] of bad) {
        const error = await t.fail('geo.updateSettings', input);
        expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
        if (path) expect(error.fields?.map((f) => f.path)).toContain(path);
        expect(error.message.length).toBeGreaterThan(10);
      }
      const noFile = await t.fail('geo.updateSettings', { activeLayer: 'mbtiles' });
      expect(noFile.code).toBe('CONFLICT');
      expect(noFile.message).toContain('MBTiles');
      expect(await t.ok('geo.getSettings')).toEqual(before);
      expect(await dataCounts(dataDir)).toEqual(counts);
    });

    it('lets the administrator change them, allows the new tile origin in the CSP, and only the administrator', async () => {
      const updated = await t.ok('geo.updateSettings', {
        tileUrlTemplate: 'https://tuiles.spip33.example.fr/plan/{z}/{x}/{y}.png',
        attribution: '© Tuiles du SPIP',
        addressApiUrl: `${api.url}/`,
      });
      expect(updated).toMatchObject({ attribution: '© Tuiles du SPIP', addressApiUrl: api.url, activeLayer: 'online' });
      const page = await get(host, '/');
      const imgSrc = String(page.headers['content-security-policy'])
        .split(';')
        .find((d) => d.trim().startsWith('img-src'));
      expect(imgSrc).toContain('https://tuiles.spip33.example.fr');
      expect(imgSrc).toContain('https://data.geopf.fr');
      // A loopback http address is accepted for the address API but never lands in a CSP.
      expect(String(page.headers['content-security-policy'])).not.toContain('127.0.0.1');

      // Known before anyone logs in: a fresh core on the same data directory builds the same CSP.
      const other = await openAppCore({ dataDir, kdf: TEST_KDF, idleCheckMs: 3_600_000 });
      expect(other.maps.tileOrigins()).toContain('https://tuiles.spip33.example.fr');
      await other.close();

      await login(OFFICER);
      expect((await t.ok('geo.getSettings')).attribution).toBe('© Tuiles du SPIP');
      expect((await t.fail('geo.updateSettings', { attribution: 'x' })).code).toBe('FORBIDDEN');
      expect((await t.fail('basemap.importMbtiles', { path: files.good })).code).toBe('FORBIDDEN');
      expect((await t.fail('geo.importGazetteer', { fileName: 'c.csv', content: COMMUNES })).code).toBe('FORBIDDEN');
      await login(ADMIN);
    });
  });

  describe('MBTiles', () => {
    it('refuses bad files with a typed French error, changing neither the settings nor the data directory', async () => {
      const before = await t.ok('basemap.status');
      const cases: Array<[string, RegExp]> = [
        [join(temp.dir, 'absent.mbtiles'), /introuvable/],
        [temp.dir, /n’est pas un fichier/],
        [files.text, /pas une base SQLite/],
        [files.noTiles, /tiles absente/],
        [files.vector, /vectorielles/],
        [files.mislabelled, /format annoncé/],
        [files.zooms, /zoom minimal \(9\) supérieur/],
        [files.empty, /aucune tuile/],
        [files.bounds, /emprise/],
      ];
      for (const [path, message] of cases) {
        const error = await t.fail('basemap.importMbtiles', { path });
        expect(error.code, path).toBe('VALIDATION');
        expect(error.message, path).toMatch(/^Fichier MBTiles refusé : /);
        expect(error.message, path).toMatch(message);
        expect(error.fields?.[0]?.path).toBe('path');
      }
      for (const input of [{}, { path: '' }, { path: 42 }, { path: 'a\0b' }, { path: files.good, extra: true }]) {
        expect((await t.fail('basemap.importMbtiles', input)).code).toBe('VALIDATION');
      }
      expect(await t.ok('basemap.status')).toEqual(before);
      expect((await get(host, '/tiles/0/0/0')).status).toBe(404);
    });

    it('imports a file, activates it and serves its tiles through the browser host in XYZ order', async () => {
      const status = await t.ok('basemap.importMbtiles', { path: files.good });
      expect(status).toMatchObject({
        active: 'mbtiles',
        preferred: 'mbtiles',
        attribution: '© Test carto',
        minZoom: 0,
        maxZoom: 1,
        mbtiles: { name: 'Gironde test', format: 'png', minzoom: 0, maxzoom: 1, attribution: '© Test carto' },
      });
      expect(status.tileUrlTemplate).toMatch(/^\/tiles\/\{z\}\/\{x\}\/\{y\}\?v=[0-9a-z]+$/);
      expect(status.mbtiles!.bounds).toEqual({ west: -180, south: -85.051129, east: 180, north: 85.051129 });
      expect(status.mbtiles!.center).toEqual({ longitude: 0, latitude: 0, zoom: 0 });
      expect((await t.ok('geo.getSettings')).activeLayer).toBe('mbtiles');

      // The copy beside the database stores the north-west tile at TMS row 1 (rows count from the south).
      const copy = join(dataDir, 'basemap.mbtiles');
      const rows = await new Promise<Array<{ tile_row: number; tile_data: Buffer }>>((resolve, reject) => {
        const db = new sqlcipher.Database(copy, sqlcipher.OPEN_READONLY, (error: Error | null) => {
          if (error) return reject(error);
          db.all(
            'SELECT tile_row, tile_data FROM tiles WHERE zoom_level = 1 AND tile_column = 0',
            (e: Error | null, r: Array<{ tile_row: number; tile_data: Buffer }>) => {
              db.close();
              return e ? reject(e) : resolve(r);
            },
          );
        });
      });
      expect(rows.map((r) => r.tile_row)).toEqual([1]);
      expect(rows[0]!.tile_data.equals(BLUE)).toBe(true);

      const northWest = await get(host, `/tiles/1/0/0`);
      expect(northWest.status).toBe(200);
      expect(northWest.headers['content-type']).toBe('image/png');
      expect(northWest.headers['cache-control']).toMatch(/^private/);
      expect(northWest.headers['x-content-type-options']).toBe('nosniff');
      expect(northWest.body.equals(BLUE)).toBe(true);
      expect(
        (
          await get(host, status.tileUrlTemplate!.replace('{z}', '1').replace('{x}', '1').replace('{y}', '1'))
        ).body.equals(GREEN),
      ).toBe(true);
      expect((await get(host, '/tiles/0/0/0')).body.equals(RED)).toBe(true);
      // Twice: the second answer comes from the cache, and is the same.
      expect((await get(host, '/tiles/1/0/0')).body.equals(BLUE)).toBe(true);

      for (const path of [
        '/tiles/1/0/1',
        '/tiles/1/1/0',
        '/tiles/1/2/0',
        '/tiles/5/0/0',
        '/tiles/1/0',
        '/tiles/a/b/c',
        '/tiles/1/0/0/extra',
        '/tiles/99/0/0',
      ]) {
        const reply = await get(host, path);
        expect(reply.status, path).toBe(404);
        expect(JSON.parse(reply.body.toString('utf8')).error.code).toBe('NOT_FOUND');
      }
      // Map images cannot send the bearer header: tiles hold no personal data and need no token, and no other
      // origin may embed them.
      const unauthenticated = await get(host, '/tiles/1/0/0', { auth: false });
      expect(unauthenticated.status).toBe(200);
      expect(unauthenticated.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect((await get(host, '/tiles/1/0/0', { hostHeader: `evil.example:${host.port}` })).status).toBe(403);
      // The same function answers Electron's app://tigdesk/tiles/…
      expect((await t.core.maps.serve('/tiles/1/1/1'))?.body.equals(GREEN)).toBe(true);
      expect(await t.core.maps.serve('/assets/app.js')).toBeNull();
    });

    it('keeps the installed file when a later import is refused, and replaces it on a good one', async () => {
      const before = await t.ok('basemap.status');
      expect((await t.fail('basemap.importMbtiles', { path: files.vector })).code).toBe('VALIDATION');
      expect(await t.ok('basemap.status')).toEqual(before);
      expect((await get(host, '/tiles/1/0/0')).body.equals(BLUE)).toBe(true);

      const second = await t.ok('basemap.importMbtiles', { path: files.second });
      expect(second.mbtiles).toMatchObject({
        name: 'Second',
        minzoom: 3,
        maxzoom: 3,
        bounds: { west: -5.2, south: 41.3, east: 9.6, north: 51.1 },
        center: { longitude: 2.35, latitude: 48.85, zoom: 3 },
        attribution: null,
      });
      expect(second.attribution).toBe('Fond de carte hors ligne : Second');
      expect(second.tileUrlTemplate).not.toBe(before.tileUrlTemplate);
      expect((await get(host, '/tiles/1/0/0')).status).toBe(404);
      expect((await get(host, '/tiles/3/4/2')).body.equals(GREY)).toBe(true);
    });

    it('switches layers as the administrator chooses', async () => {
      expect((await t.ok('geo.updateSettings', { activeLayer: 'fallback' })).activeLayer).toBe('fallback');
      expect(await t.ok('basemap.status')).toMatchObject({
        active: 'fallback',
        tileUrlTemplate: null,
        outlineUrl: '/basemap/outline.geojson',
      });
      await t.ok('geo.updateSettings', { activeLayer: 'online' });
      expect((await t.ok('basemap.status')).tileUrlTemplate).toBe(
        'https://tuiles.spip33.example.fr/plan/{z}/{x}/{y}.png',
      );
      await t.ok('geo.updateSettings', { activeLayer: 'mbtiles' });
      await login(OFFICER);
      expect((await t.ok('basemap.status')).active).toBe('mbtiles');
      await login(ADMIN);
    });
  });

  describe('fallback outline', () => {
    it('is served as GeoJSON whose polygons hold the main cities of metropolitan France and the DROM', async () => {
      const reply = await get(host, '/basemap/outline.geojson');
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('application/geo+json; charset=utf-8');
      const outline = JSON.parse(reply.body.toString('utf8')) as {
        type: string;
        features: Array<{
          type: string;
          properties: { name: string };
          geometry: { type: string; coordinates: unknown };
        }>;
      };
      expect(outline.type).toBe('FeatureCollection');
      const polygons: Array<{ name: string; ring: number[][] }> = [];
      for (const feature of outline.features) {
        expect(feature.type).toBe('Feature');
        const rings =
          feature.geometry.type === 'Polygon'
            ? [(feature.geometry.coordinates as number[][][])[0]!]
            : (feature.geometry.coordinates as number[][][][]).map((polygon) => polygon[0]!);
        expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
        for (const ring of rings) {
          expect(ring.length).toBeGreaterThanOrEqual(9);
          expect(ring[0]).toEqual(ring.at(-1)); // closed
          for (const [lon, lat] of ring) {
            expect(lon).toBeGreaterThanOrEqual(-180);
            expect(lon).toBeLessThanOrEqual(180);
            expect(lat).toBeGreaterThanOrEqual(-90);
            expect(lat).toBeLessThanOrEqual(90);
          }
          // RFC 7946: exterior rings counterclockwise (positive signed area).
          let area = 0;
          for (let i = 0; i < ring.length - 1; i++)
            area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
          expect(area).toBeGreaterThan(0);
          polygons.push({ name: feature.properties.name, ring });
        }
      }
      const metropole = outline.features.find((f) => f.properties.name === 'France métropolitaine')!;
      expect((metropole.geometry.coordinates as number[][][][])[0]![0]!.length).toBeGreaterThanOrEqual(60);
      const where = (lon: number, lat: number) =>
        polygons.filter((p) => pointInRing([lon, lat], p.ring)).map((p) => p.name);
      expect(where(2.3522, 48.8566)).toEqual(['France métropolitaine']); // Paris
      expect(where(-0.5792, 44.8378)).toEqual(['France métropolitaine']); // Bordeaux
      expect(where(8.7386, 41.9192)).toEqual(['France métropolitaine']); // Ajaccio
      expect(where(-61.5331, 16.2411)).toEqual(['Guadeloupe']); // Pointe-à-Pitre
      expect(where(-61.0588, 14.6161)).toEqual(['Martinique']); // Fort-de-France
      expect(where(-52.3261, 4.9372)).toEqual(['Guyane']); // Cayenne
      expect(where(55.4504, -20.8823)).toEqual(['La Réunion']); // Saint-Denis
      expect(where(45.2272, -12.7806)).toEqual(['Mayotte']); // Mamoudzou
      for (const [lon, lat] of [
        [-0.1276, 51.5072],
        [-3.7038, 40.4168],
        [4.3517, 50.8503],
        [6.1432, 46.2044],
        [7.6869, 45.0703],
        [0, 0],
      ]) {
        expect(where(lon!, lat!), `${lon},${lat}`).toEqual([]); // London, Madrid, Brussels, Geneva, Turin, the open sea
      }
      expect(
        reply.body.equals(readFileSync(join(process.cwd(), 'resources', 'basemap', 'france-outline.geojson'))),
      ).toBe(true);
      expect((await get(host, '/basemap/outline.geojson', { auth: false })).status).toBe(200);
    });
  });

  describe('gazetteer', () => {
    it('imports the valid rows, reports the bad ones by line, and searches without accents or case', async () => {
      const report = await t.ok('geo.importGazetteer', { fileName: 'communes.csv', content: `\uFEFF${COMMUNES}` });
      expect(report.imported).toBe(8);
      expect(report.errorCount).toBe(6);
      expect(report.errors.map((e) => e.line)).toEqual([10, 11, 12, 13, 14, 15]);
      expect(report.errors[0]!.reasons[0]).toMatch(/code INSEE invalide/);
      expect(report.errors[1]!.reasons[0]).toMatch(/code postal invalide/);
      expect(report.errors[2]!.reasons[0]).toMatch(/latitude invalide/);
      expect(report.errors[4]!.reasons[0]).toMatch(/déjà présents ligne 2/);
      expect(await t.ok('geo.gazetteerStatus')).toEqual({ communes: 8 });

      const search = async (query: string) => {
        await t.ok('geo.updateSettings', { addressApiUrl: '' });
        return t.ok('geo.geocode', { query, limit: 5 });
      };
      expect((await search('saint etienne'))[0]).toEqual({
        label: 'Saint-Étienne (42000)',
        latitude: 45.4397,
        longitude: 4.3872,
        postalCode: '42000',
        city: 'Saint-Étienne',
        score: 1,
        source: 'gazetteer',
      });
      expect((await search('ST-ÉTIENNE'))[0]!.city).toBe('Saint-Étienne');
      expect((await search('l hay'))[0]!.city).toBe('L’Haÿ-les-Roses');
      expect((await search('MERIG')).map((r) => r.city)).toEqual(['Mérignac']);
      expect((await search('33000')).map((r) => r.label)).toEqual(['Bordeaux (33000)']);
      expect((await search('bordeaux'))[0]).toMatchObject({ latitude: 44.8378, longitude: -0.5792 });
      expect((await search('33')).map((r) => r.postalCode)).toEqual(['33000', '33800', '33700']);
      expect((await search('338')).map((r) => r.label)).toEqual(['Bordeaux (33800)']);
      expect((await search('12 rue Sainte-Catherine, 33000 Bordeaux'))[0]!.label).toBe('Bordeaux (33000)');
      expect((await search('Place du marché, Ajaccio'))[0]!.postalCode).toBe('20000');
      expect((await search('Saint-Denis')).map((r) => r.postalCode).sort()).toEqual(['93200', '97400']);
      expect((await search('97400 Saint-Denis'))[0]).toMatchObject({ latitude: -20.8823, longitude: 55.4504 });
      expect(await search('Zzyzx')).toEqual([]);
    });

    it('refuses a file without the expected header or with no valid row, keeping the current gazetteer', async () => {
      const counts = await dataCounts(dataDir);
      const noHeader = await t.fail('geo.importGazetteer', {
        fileName: 'c.csv',
        content: '33063;Bordeaux;33000;44.8;-0.5\n',
      });
      expect(noHeader.code).toBe('VALIDATION');
      expect(noHeader.message).toMatch(/En-tête attendu/);
      const allBad = await t.fail('geo.importGazetteer', {
        fileName: 'c.csv',
        content: 'code_insee;nom;code_postal;latitude;longitude\n1;x;2;3;4\n',
      });
      expect(allBad.code).toBe('VALIDATION');
      expect(allBad.message).toMatch(/Aucune commune valide.*Ligne 2/);
      expect((await t.fail('geo.importGazetteer', { fileName: 'c.csv', content: '' })).code).toBe('VALIDATION');
      for (const input of [
        { fileName: '', content: COMMUNES },
        { content: COMMUNES },
        { fileName: 'c.csv', content: 7 },
        { fileName: 'c.csv', content: 'x'.repeat(8 * 1024 * 1024 + 1) },
      ]) {
        expect((await t.fail('geo.importGazetteer', input)).code).toBe('VALIDATION');
      }
      expect(await dataCounts(dataDir)).toEqual(counts);
      expect(await t.ok('geo.gazetteerStatus')).toEqual({ communes: 8 });
    });

    it('is replaced by a new import, which the référent may make (comma-separated, any column order)', async () => {
      await login(REFERENT);
      const report = await t.ok('geo.importGazetteer', {
        fileName: 'gironde.csv',
        content:
          'nom,code_insee,latitude,longitude,code_postal\n"Arcachon",33009,44.6586,-1.1689,33120\nPessac,33318,44.8067,-0.6311,33600\n',
      });
      expect(report).toEqual({ imported: 2, errors: [], errorCount: 0 });
      expect(await t.ok('geo.gazetteerStatus')).toEqual({ communes: 2 });
      await login(ADMIN);
    });
  });

  describe('geocoding', () => {
    // A host's address: persons' addresses stay on this PC by default (geocoding-privacy.test.ts).
    const geocode = (query: string, limit = 3) => t.ok('geo.geocode', { query, limit, purpose: 'host' });

    it('asks the configured address API first, and reads its GeoJSON as latitude and longitude', async () => {
      await t.ok('geo.updateSettings', { addressApiUrl: api.url });
      api.mode = 'ok';
      api.requests.length = 0;
      const results = await geocode('12 rue Sainte-Catherine Bordeaux', 2);
      expect(api.requests).toEqual(['/search/?q=12%20rue%20Sainte-Catherine%20Bordeaux&limit=2']);
      expect(results).toHaveLength(2);
      expect(results[0]).toEqual({
        label: '12 Rue Sainte-Catherine 33000 Bordeaux',
        latitude: 44.8405,
        longitude: -0.573,
        postalCode: '33000',
        city: 'Bordeaux',
        score: 0.95,
        source: 'api',
      });
    });

    it('falls back to the gazetteer when the API is down, slow, broken or has nothing', async () => {
      for (const mode of ['error', 'malformed', 'not-json', 'redirect', 'hang'] as const) {
        api.mode = mode;
        const started = Date.now();
        const results = await geocode('Pessac');
        expect(
          results.map((r) => [r.source, r.city]),
          mode,
        ).toEqual([['gazetteer', 'Pessac']]);
        expect(Date.now() - started, mode).toBeLessThan(2_500);
      }
      api.mode = 'ok';
      expect((await geocode('Arcachon'))[0]).toMatchObject({ source: 'gazetteer', city: 'Arcachon' });
      // Nothing listens there any more: connection refused.
      await t.ok('geo.updateSettings', { addressApiUrl: 'http://127.0.0.1:1' });
      expect((await geocode('Pessac'))[0]!.source).toBe('gazetteer');
      // Online geocoding turned off: no request at all.
      await t.ok('geo.updateSettings', { addressApiUrl: '' });
      api.requests.length = 0;
      expect((await geocode('Pessac'))[0]!.source).toBe('gazetteer');
      expect(api.requests).toEqual([]);
    });

    it('refuses bad input with VALIDATION, for every signed-in role', async () => {
      await login(OFFICER);
      expect((await geocode('Pessac'))[0]!.city).toBe('Pessac');
      for (const input of [
        {},
        { query: '' },
        { query: ' a ' },
        { query: 'x'.repeat(201) },
        { query: 'Pessac', limit: 0 },
        { query: 'Pessac', limit: 21 },
        { query: 'Pessac', limit: 1.5 },
        { query: 'Pessac', lang: 'fr' },
        { query: 42 },
      ]) {
        const error = await t.fail('geo.geocode', input);
        expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
      }
      await t.ok('session.logout');
      expect((await t.fail('geo.geocode', { query: 'Pessac' })).code).toBe('FORBIDDEN');
      expect((await t.fail('basemap.status')).code).toBe('FORBIDDEN');
      await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    });
  });
});
