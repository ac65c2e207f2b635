import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';

const ADMIN_PASSPHRASE = 'mer calme sur la Garonne';
const CPIP_PASSPHRASE = 'phrase initiale de Paul';

async function expectNoSeriousA11yViolations(page: Page, screen: string) {
  // Colours mid-transition (a button fading to enabled) are not what the user reads: let them settle first.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map((v) => `${screen}: ${v.id} ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
  expect(described).toEqual([]);
}

/** What a direct RPC call from the open page answers (same cookie, same origin as the app itself). */
async function rpcFromPage(page: Page, method: string): Promise<{ status: number; body: { ok: boolean; error?: { code: string } } }> {
  return page.evaluate(async (name) => {
    const response = await fetch(`/rpc/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
  }, method);
}

test('administrator journey: setup, recovery key, login, users, lock, restart', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-'));
  const host = new BrowserHostProcess(dataDir);
  await host.start();
  try {
    // First run: the setup screen creates the service and the administrator.
    await page.goto(host.url);
    await expect(page).toHaveURL(`${host.origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Installation de TIG Desk');
    await expectNoSeriousA11yViolations(page, 'setup');
    await page.getByLabel('Nom du service').fill('SPIP de la Gironde');
    await page.getByLabel("Identifiant de l'administrateur").fill('admin');
    await page.getByLabel('Nom affiché').fill('Alice Martin');
    await page.getByLabel('Phrase de passe', { exact: true }).fill('trop court');
    await page.getByRole('button', { name: 'Créer le service' }).click();
    await expect(page.getByText(/au moins 12 caractères/).first()).toBeVisible();
    await page.getByLabel('Phrase de passe', { exact: true }).fill(ADMIN_PASSPHRASE);
    await page.getByLabel('Confirmation de la phrase de passe').fill(ADMIN_PASSPHRASE);
    await page.getByRole('button', { name: 'Créer le service' }).click();

    // The recovery key is shown once; continuing needs the acknowledgement.
    const key = page.getByRole('status', { name: 'Clé de secours' });
    await expect(key).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.screenshot({ path: 'test-results/screens/recovery-key.png' });
    const continueButton = page.getByRole('button', { name: 'Continuer' });
    await expect(continueButton).toBeDisabled();
    await page.getByLabel("J'ai noté la clé de secours").check();
    await continueButton.click();

    // The app shell: every area is listed, the administrator is named.
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const area of ['Dossiers', 'Carte', 'Postes et structures', 'Documents', 'Statistiques', 'Paramètres']) {
      await expect(nav.getByText(area, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('banner')).toContainText('Alice Martin');
    await expectNoSeriousA11yViolations(page, 'shell');
    await page.screenshot({ path: 'test-results/screens/shell.png' });

    // Log out, a wrong passphrase is refused, the right one opens the session.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Identifiant').fill('admin');
    await page.getByLabel('Phrase de passe').fill('ce n’est pas la bonne');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toContainText('Identifiant ou phrase de passe incorrect.');
    await expectNoSeriousA11yViolations(page, 'login');
    await page.getByLabel('Phrase de passe').fill(ADMIN_PASSPHRASE);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('banner')).toContainText('Alice Martin');

    // Create a CPIP account.
    await nav.getByText('Paramètres', { exact: true }).click();
    await page.getByRole('tab', { name: 'Utilisateurs' }).click().catch(() => undefined);
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Identifiant').fill('paul.durand');
    await dialog.getByLabel('Nom affiché').fill('Paul Durand');
    await dialog.getByLabel('Rôle').selectOption('cpip');
    await dialog.getByLabel('Phrase de passe initiale').fill(CPIP_PASSPHRASE);
    await dialog.getByLabel('Confirmation de la phrase de passe').fill(CPIP_PASSPHRASE);
    await dialog.getByRole('button', { name: "Créer l'utilisateur" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /paul\.durand/ });
    await expect(row).toContainText('Paul Durand');
    await expect(row).toContainText('CPIP');
    await expectNoSeriousA11yViolations(page, 'users');
    await page.screenshot({ path: 'test-results/screens/users.png' });

    // Lock: the lock screen shows, and any call now fails with LOCKED.
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(page.getByRole('button', { name: 'Déverrouiller' })).toBeVisible();
    const locked = await rpcFromPage(page, 'users.list');
    expect(locked.status).toBe(423);
    expect(locked.body.error?.code).toBe('LOCKED');
    await page.screenshot({ path: 'test-results/screens/lock.png' });
    await page.getByLabel('Phrase de passe').fill(ADMIN_PASSPHRASE);
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect(page.getByRole('row', { name: /paul\.durand/ })).toBeVisible();

    // Restart the host: the data is still there, the new CPIP can log in.
    await host.stop();
    await host.start();
    await page.goto(host.url);
    await page.getByLabel('Identifiant').fill('paul.durand');
    await page.getByLabel('Phrase de passe').fill(CPIP_PASSPHRASE);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('banner')).toContainText('Paul Durand');
    await expect(page.getByRole('banner')).toContainText('CPIP');
    const forbidden = await rpcFromPage(page, 'users.list');
    expect(forbidden.body.error?.code).toBe('FORBIDDEN');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Identifiant').fill('admin');
    await page.getByLabel('Phrase de passe').fill(ADMIN_PASSPHRASE);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByText('Paramètres', { exact: true }).click();
    await expect(page.getByRole('row', { name: /paul\.durand/ })).toContainText('Paul Durand');
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
