import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';
import { rpc } from './rpc-as-tool';
import { seedPosts } from '../support/seed-catalogue';
import { buildMbtiles, solidPng, type TileSpec } from '../support/build-mbtiles';

const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };
const CPIP = {
  username: 'paul.durand',
  displayName: 'Paul Durand',
  role: 'cpip',
  passphrase: 'phrase de passe du service',
};

test('with the MBTiles layer active, the map makes no request beyond the app itself', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-map-'));
  const dataDir = join(dir, 'data');
  const host = new BrowserHostProcess(dataDir);
  await host.start();
  try {
    // Every tile of zoom levels 0 to 6, in a pale colour: the map has local tiles wherever it looks.
    const tiles: TileSpec[] = [];
    const png = solidPng([236, 240, 232]);
    for (let z = 0; z <= 6; z++)
      for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: png });
    const mbtiles = join(dir, 'fond-de-carte.mbtiles');
    await buildMbtiles(mbtiles, { tiles, metadata: { name: 'Fond local', minzoom: '0', maxzoom: '6', format: 'png' } });

    await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
    await rpc(host, 'users.create', CPIP);
    const status = await rpc<{ active: string }>(host, 'basemap.importMbtiles', { path: mbtiles });
    expect(status.active).toBe('mbtiles');
    await rpc(host, 'session.logout', {});
    await seedPosts(dataDir, ADMIN, [
      { title: 'Jardins du parc', latitude: 44.83, longitude: -0.57, schedule: ['sat_morning'] },
      { title: 'Archives municipales', latitude: 44.84, longitude: -0.58, schedule: ['mon_morning'] },
      { title: 'Ferme pédagogique', latitude: 43.6, longitude: 1.44, schedule: ['sun_morning'] },
    ]);

    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(host.url);
    await page.getByLabel('Identifiant').fill(CPIP.username);
    await page.getByLabel('Phrase de passe').fill(CPIP.passphrase);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByText('Carte', { exact: true }).click();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Poste :|postes regroupés/ }).first()).toBeVisible();
    // The event stream keeps a connection open, so "network idle" never comes: give the last tiles a moment instead.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'test-results/screens/map-offline.png' });

    const tileRequests = requested.filter((url) => url.startsWith(`${host.origin}/tiles/`));
    expect(tileRequests.length).toBeGreaterThan(0);
    const outside = requested.filter(
      (url) => !url.startsWith(`${host.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
