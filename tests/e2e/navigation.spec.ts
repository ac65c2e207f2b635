import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';
import { rpc } from './rpc-as-tool';

const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };

let host: BrowserHostProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-navigation-'));
  host = new BrowserHostProcess(dataDir);
  await host.start();
  await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
  await rpc(host, 'session.logout', {});
});

test.afterAll(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('back and forward go through the pages seen, and an unknown address says so', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Identifiant').fill(ADMIN.username);
  await page.getByLabel('Phrase de passe').fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });

  // '/parametres' is replaced by its first tab: going back does not land on a page that redirects forward again.
  await nav.getByText('Paramètres', { exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Utilisateurs' })).toHaveAttribute('aria-selected', 'true');
  expect(new URL(page.url()).hash).toBe('#/parametres/utilisateurs');
  await page.getByRole('tab', { name: 'Sécurité' }).click();
  await expect(page.getByRole('tab', { name: 'Sécurité' })).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Utilisateurs' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Utilisateurs' })).toHaveAttribute('aria-selected', 'true');

  await page.goto(`${host.origin}/#/archives/2019`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByText('« /archives/2019 »')).toBeVisible();
  await page.getByRole('link', { name: 'Revenir aux dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
});
