import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const described = serious.map(
    (v) =>
      `${screen}: ${v.id} ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
  expect(described).toEqual([]);
}

/** What a direct RPC call from the open page answers (same cookie, same origin as the app itself). */
async function rpcFromPage(
  page: Page,
  method: string,
): Promise<{ status: number; body: { ok: boolean; error?: { code: string } } }> {
  return page.evaluate(async (name) => {
    // As the page's own code calls: the token it took from the address, as a bearer header (never a cookie).
    const token = sessionStorage.getItem('tigdesk.accessToken');
    const response = await fetch(`/rpc/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
  }, method);
}

/** The text of a PDF, read back with poppler's pdftotext. */
function pdfText(pdf: Buffer, dir: string): string {
  const file = join(dir, 'printed.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
  rmSync(file);
  return text;
}

test('administrator journey: setup, recovery key, login, users, lock, restart', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-'));
  // The PDF preview's print goes to the frame's window.print (the OS dialog in a real browser): counted here instead.
  await page.addInitScript(() => {
    if (window.top === window) return;
    window.print = () => {
      const top = window.top as unknown as { printCalls?: number };
      top.printCalls = (top.printCalls ?? 0) + 1;
    };
  });
  const host = new BrowserHostProcess(dataDir);
  await host.start();
  try {
    // First run: the setup screen creates the service and the administrator.
    await page.goto(host.url);
    // The token in the fragment is taken by the page and dropped from the address bar.
    await expect(page).toHaveURL(`${host.origin}/#/`);
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

    // Its sheet prints once, straight into the print dialog, and cannot be saved as a file.
    const shownKey = (await key.textContent())!;
    let sheetRequests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/rpc/documents.recoverySheet')) sheetRequests += 1;
    });
    const sheetResponse = page.waitForResponse('**/rpc/documents.recoverySheet');
    await page.getByRole('button', { name: 'Imprimer la feuille de clé de secours' }).click();
    const sheet = (await (await sheetResponse).json()) as { ok: boolean; result: { pdfBase64: string } };
    expect(pdfText(Buffer.from(sheet.result.pdfBase64, 'base64'), dataDir).replace(/\s|-/g, '')).toContain(
      shownKey.replace(/-/g, ''),
    );
    const preview = page.getByRole('dialog', { name: /Feuille de clé de secours/ });
    await expect(preview.locator('iframe')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls?: number }).printCalls ?? 0))
      .toBe(1);
    await expect(preview.getByRole('button', { name: 'Télécharger' })).toHaveCount(0);
    await preview.getByRole('button', { name: 'Fermer' }).click();
    // Printed again after a paper jam from the same sheet, without asking the server for it a second time.
    await page.getByRole('button', { name: 'Imprimer à nouveau la feuille' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls?: number }).printCalls ?? 0))
      .toBe(2);
    await page
      .getByRole('dialog', { name: /Feuille de clé de secours/ })
      .getByRole('button', { name: 'Fermer' })
      .click();
    expect(sheetRequests).toBe(1);
    await expectNoSeriousA11yViolations(page, 'recovery key');
    const again = await rpcFromPage(page, 'documents.recoverySheet');
    expect(again.body.error?.code).toBe('CONFLICT');

    await page.getByLabel('J’ai imprimé ou noté la clé de secours et je la range en lieu sûr').check();
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
    await page
      .getByRole('tab', { name: 'Utilisateurs' })
      .click()
      .catch(() => undefined);
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
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByText('Paramètres', { exact: true })
      .click();
    await expect(page.getByRole('row', { name: /paul\.durand/ })).toContainText('Paul Durand');

    // The sheet was lost: the administrator renews the recovery key and sees the new one once.
    await page.getByRole('tab', { name: 'Sécurité' }).click();
    await page.getByRole('button', { name: 'Générer une nouvelle clé de secours' }).click();
    const renew = page.getByRole('dialog', { name: 'Générer une nouvelle clé de secours' });
    await renew.getByLabel('Votre phrase de passe').fill('pas la bonne phrase');
    await renew.getByRole('button', { name: 'Générer la nouvelle clé' }).click();
    await expect(renew.getByText('Phrase de passe incorrecte.').first()).toBeVisible();
    await renew.getByLabel('Votre phrase de passe').fill(ADMIN_PASSPHRASE);
    await renew.getByRole('button', { name: 'Générer la nouvelle clé' }).click();
    const renewed = page.getByRole('dialog', { name: 'Nouvelle clé de secours' });
    await expect(renewed.getByRole('status', { name: 'Clé de secours' })).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await expect(renewed.getByRole('status', { name: 'Clé de secours' })).not.toHaveText(shownKey);
    await renewed.getByLabel('J’ai imprimé ou noté la clé de secours et je la range en lieu sûr').check();
    await renewed.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Nouvelle clé de secours en service. Détruisez l’ancienne feuille.')).toBeVisible();
    await expect(page.getByText(/Personne n’a confirmé/)).toHaveCount(0);
    await expect(page.getByText(/Clé en service depuis le/)).toBeVisible();
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
