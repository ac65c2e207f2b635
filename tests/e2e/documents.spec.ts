import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';
import { rpc } from './rpc-as-tool';
import { seedPost } from '../support/seed-catalogue';
import { addDays, addMonths, parisDateOf } from '@shared/domain/local-date';

const PASS = 'phrase de passe du service';
const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };
const CLERK = { username: 'gaelle.greffe', displayName: 'Gaëlle Greffe', role: 'secretariat', passphrase: PASS };
const CPIP = { username: 'paul.durand', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS };
const today = parisDateOf(new Date());

test('the clerk prints a décision d’affectation from a measure and finds it in the person’s documents', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-documents-'));
  const host = new BrowserHostProcess(dir);
  await host.start();
  try {
    await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
    await rpc(host, 'users.create', CLERK);
    await rpc(host, 'users.create', CPIP);
    await rpc(host, 'session.logout', {});
    const { postId, tutorId } = await seedPost(dir, ADMIN, { title: 'Entretien des espaces verts' });
    await rpc(host, 'session.login', { username: CPIP.username, passphrase: PASS });
    const decision = addDays(today, -30);
    const { measure } = await rpc<{ measure: { id: string } }>(host, 'measures.register', {
      person: { lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14' },
      measure: {
        type: 'tig',
        court: 'Tribunal judiciaire de Bordeaux',
        decisionDate: decision,
        hoursOrdered: 70,
        deadline: addMonths(decision, 18),
        offenceCategory: 'atteinte_biens',
      },
    });
    await rpc(host, 'measures.recordConsent', { measureId: measure.id, status: 'hearing', date: decision });
    await rpc(host, 'placements.create', {
      measureId: measure.id,
      postId,
      tutorId,
      startDate: today,
      schedule: ['sat_morning'],
      hoursPlanned: 70,
    });
    await rpc(host, 'session.logout', {});

    await page.goto(host.url);
    await page.getByLabel('Identifiant').fill(CLERK.username);
    await page.getByLabel('Phrase de passe').fill(PASS);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByText('Dossiers', { exact: true })
      .click();
    await page.getByRole('link', { name: 'LEFÈVRE Zoé' }).click();
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'Imprimer la décision d’affectation' }).click();
    const preview = page.getByRole('dialog');
    await expect(preview).toContainText('Décision d’affectation');
    await expect(preview.locator('iframe')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/decision-preview.png' });
    await preview.getByRole('button', { name: 'Fermer' }).click();

    await page.getByRole('link', { name: 'Fiche de la personne' }).click();
    const documents = page.getByRole('table', { name: 'Documents imprimés pour la personne' });
    await expect(documents).toContainText('Décision d’affectation');
    await expect(documents).toContainText(/DA-\d{4}-[0-9A-Z]{6}/);

    // The Documents area: the same paper found from the reference at its foot, and the host's fiches horaires in one PDF.
    const reference = (await documents
      .getByText(/DA-\d{4}-[0-9A-Z]{6}/)
      .first()
      .textContent())!;
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByText('Documents', { exact: true })
      .click();
    await page.getByLabel(/^Référence/).fill(reference.slice(0, 9).toLowerCase());
    // The archive is a data grid: its header row, then the one document found.
    const archive = page.getByRole('grid', { name: 'Documents imprimés sur ce poste' });
    await expect(archive.getByRole('row')).toHaveCount(2);
    await expect(archive).toContainText(reference);
    await expect(archive).toContainText(CLERK.displayName);

    await page.getByLabel('Structure d’accueil').fill('Mairie');
    await page.getByRole('option', { name: /Mairie de Bègles/ }).click();
    await page.getByRole('button', { name: 'Imprimer les fiches horaires' }).click();
    const batch = page.getByRole('dialog');
    await expect(batch).toContainText('Fiches horaires — Mairie de Bègles');
    await page.screenshot({ path: 'test-results/screens/documents-area-batch.png' });
    await batch.getByRole('button', { name: 'Fermer' }).click();
    await expect(archive).toContainText('Fiches horaires — Mairie de Bègles');
    await page.screenshot({ path: 'test-results/screens/documents-area.png', fullPage: true });
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
