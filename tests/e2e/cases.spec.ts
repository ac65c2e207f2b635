import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';
import { rpc } from './rpc-as-tool';
import { seedPost } from '../support/seed-catalogue';
import { addDays, addMonths, formatDateShort, parisDateOf } from '@shared/domain/local-date';
import { typeDate, typeTime } from './pickers';

const PASS = 'phrase de passe du service';
const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };
const STAFF = [
  { username: 'gaelle.greffe', displayName: 'Gaëlle Greffe', role: 'secretariat', passphrase: PASS },
  { username: 'claire.cheffe', displayName: 'Claire Cheffe', role: 'dpip', passphrase: PASS },
  { username: 'paul.durand', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS },
];

let host: BrowserHostProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-cases-'));
  host = new BrowserHostProcess(dataDir);
  await host.start();
  await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
  for (const user of STAFF) await rpc(host, 'users.create', user);
  await rpc(host, 'session.logout', {});
  await seedPost(dataDir, ADMIN, { title: 'Entretien des espaces verts', places: 2 });
});

test.afterAll(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function login(page: Page, username: string) {
  await page.goto(host.url);
  await page.evaluate(() => sessionStorage.clear());
  const logout = page.getByRole('button', { name: 'Se déconnecter' });
  if (await logout.isVisible().catch(() => false)) await logout.click();
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Phrase de passe').fill(username === 'admin' ? ADMIN.passphrase : PASS);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
}

/** Goes to a page of the Dossiers area the way a user does: the navigation, then the page's own link. */
async function openFromCaseload(page: Page, link: string) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByText('Dossiers', { exact: true }).click();
  await page.getByRole('link', { name: link }).click();
}

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
}

const today = parisDateOf(new Date());

test('a decision goes from the clerk to the manager to the officer, to completion', async ({ page }) => {
  // The clerk registers the decision for a new person; the deadline is near, which raises an alert later.
  await login(page, 'gaelle.greffe');
  await openFromCaseload(page, 'Nouvelle mesure');
  await page.getByRole('button', { name: 'Nouvelle personne' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Lefèvre');
  await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Zoé');
  await typeDate(page, 'Date de naissance', '1998-05-14');
  await page.getByLabel('Type de mesure').selectOption('tig');
  await page.getByLabel('Juridiction').fill('Tribunal judiciaire de Bordeaux');
  const decision = addMonths(today, -17);
  await typeDate(page, 'Date de la décision', decision);
  await page.getByLabel('Heures ordonnées').fill('20');
  await typeDate(page, 'Délai d’exécution', addDays(today, 20));
  await page.getByLabel('Catégorie d’infraction').selectOption('atteinte_biens');
  await page.getByLabel('Numéro de parquet ou de jugement').fill('26123000042');
  await page.getByRole('button', { name: 'Enregistrer la mesure' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LEFÈVRE Zoé');
  await page.screenshot({ path: 'test-results/screens/measure-registered.png', fullPage: true });
  await logout(page);

  // The DPIP gives it to a CPIP.
  await login(page, 'claire.cheffe');
  await openFromCaseload(page, 'Répartition');
  await page.getByRole('checkbox', { name: /Sélectionner LEFÈVRE Zoé/ }).check();
  await page.getByLabel('Attribuer à').selectOption({ label: 'Paul Durand' });
  await page.getByRole('button', { name: /Attribuer les 1 mesure/ }).click();
  await expect(page.getByText(/attribuée.* à Paul Durand/)).toBeVisible();
  await logout(page);

  // The officer finds it in their caseload, records consent and an appointment, and places the person.
  await login(page, 'paul.durand');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByText('Dossiers', { exact: true }).click();
  await page.getByRole('button', { name: 'Mes mesures' }).click();
  await page.getByRole('link', { name: 'LEFÈVRE Zoé' }).click();
  await page.getByLabel('Statut du consentement').selectOption('hearing');
  await typeDate(page, 'Date du consentement ou du refus', decision);
  await page.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  await expect(page.getByLabel('Statut du consentement')).toHaveValue('hearing');

  await page.getByRole('tab', { name: 'Rendez-vous' }).click();
  await page.getByLabel('Type de rendez-vous').selectOption('entretien');
  await typeDate(page, 'Date du rendez-vous', addDays(today, 2));
  await typeTime(page, 'Heure', '10:00');
  await page.getByLabel('Lieu').fill('SPIP, 12 rue de Bègles');
  await page.getByRole('button', { name: 'Fixer le rendez-vous' }).click();
  await expect(
    page.getByRole('region', { name: 'Rendez-vous de la mesure' }).or(page.getByLabel('Rendez-vous de la mesure')),
  ).toContainText('SPIP, 12 rue de Bègles');

  await page.getByRole('tab', { name: 'Affectation' }).click();
  await page.getByLabel('Poste d’accueil').fill('espaces');
  await page.getByRole('option', { name: /Entretien des espaces verts/ }).click();
  // The tutor is one of the post's, or one added to the post with the placement.
  await page.getByLabel('Tuteur').selectOption({ label: 'Ajouter un tuteur…' });
  await expect(page.getByRole('group', { name: 'Nouveau tuteur du poste' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/placement-tutor.png', fullPage: true });
  await page.getByLabel('Tuteur').selectOption({ label: 'Marc Roux' });
  await typeDate(page, 'Date de début', addDays(today, -10));
  await page.getByLabel('Heures prévues').fill('20');
  await page.getByRole('button', { name: 'Affecter à ce poste' }).click();
  await expect(page.getByText('Affecté', { exact: true }).first()).toBeVisible();

  // Sessions: worked, an unjustified absence, a worked session then its correction.
  await page.getByRole('tab', { name: 'Relevé d’heures' }).click();
  const session = async (date: string, outcome: string, start?: string, end?: string, overrideReason?: string) => {
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle séance' });
    await typeDate(dialog, 'Date de la séance', date);
    await dialog.getByLabel('Issue de la séance').selectOption(outcome);
    if (start && end) {
      await typeTime(dialog, 'Heure de début', start);
      await typeTime(dialog, 'Heure de fin', end);
    }
    await dialog.getByRole('button', { name: 'Enregistrer la séance' }).click();
    if (overrideReason) {
      // An adult's day past 10 h (Code du travail L.3121-18): recorded only with the officer's reason.
      const warning = page.getByRole('dialog', { name: 'Plus de 10 h de travail dans la journée' });
      await expect(warning).toContainText('plus de 10 h dans la journée');
      await page.screenshot({ path: 'test-results/screens/session-over-10-hours.png', fullPage: true });
      await warning.getByLabel('Motif du dépassement').fill(overrideReason);
      await warning.getByRole('button', { name: 'Enregistrer avec ce motif' }).click();
    }
    await expect(dialog).toBeHidden();
  };
  // The shared rules show as the date is typed: no hours before the first day on the post.
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  const early = page.getByRole('dialog', { name: 'Nouvelle séance' });
  await typeDate(early, 'Date de la séance', addDays(today, -12));
  await expect(early).toContainText('précède la prise de poste');
  await early.getByRole('button', { name: 'Annuler' }).click();
  await expect(early).toBeHidden();
  await session(addDays(today, -8), 'present', '07:00', '18:00', 'Chantier de nettoyage d’automne, accord du tuteur');
  await session(addDays(today, -6), 'absence_injustifiee');
  await session(addDays(today, -4), 'present', '08:00', '12:00');
  await page
    .getByRole('button', { name: `Corriger la séance du ${formatDateShort(addDays(today, -4))}` })
    .first()
    .click();
  const correction = page.getByRole('dialog');
  await typeTime(correction, 'Heure de fin', '13:00');
  await correction.getByLabel('Remarques').fill('Fin à 13 h selon le tuteur');
  await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correction).toBeHidden();
  const progress = page.getByRole('region', { name: 'Avancement' });
  await expect(progress).toContainText('Heures effectuées : 16 h');
  await expect(progress).toContainText('restantes : 4 h');
  await expect(page.getByText('corrigée').first()).toBeVisible();
  await expect(page.getByLabel('Alertes de la mesure')).toContainText('Délai dépassé dans 20 jours');
  await page.screenshot({ path: 'test-results/screens/measure-ledger.png', fullPage: true });

  // Completion is refused while hours remain, then accepted once they are done.
  await page.getByRole('tab', { name: 'Consentement et statut' }).click();
  await page.getByRole('button', { name: 'Passer à : Achevé' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer le changement de statut' }).click();
  await expect(page.getByRole('dialog')).toContainText('Il reste 4 h à effectuer');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  await page.getByRole('tab', { name: 'Relevé d’heures' }).click();
  await session(addDays(today, -1), 'present', '08:00', '12:00');
  await expect(progress).toContainText('restantes : 0 min');
  await page.getByRole('tab', { name: 'Consentement et statut' }).click();
  await page.getByRole('button', { name: 'Passer à : Achevé' }).click();
  await page.getByRole('dialog').getByLabel('Motif').fill('Toutes les heures effectuées');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer le changement de statut' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('Achevé', { exact: true }).first()).toBeVisible();
  await logout(page);
});

test('a minor below 16 at the decision is refused with a clear message', async ({ page }) => {
  await login(page, 'gaelle.greffe');
  await openFromCaseload(page, 'Nouvelle mesure');
  await page.getByRole('button', { name: 'Nouvelle personne' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Martin');
  await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Léo');
  const decision = addDays(today, -10);
  await typeDate(page, 'Date de naissance', addDays(addMonths(decision, -15 * 12), -1));
  await page.getByLabel('Type de mesure').selectOption('tig_mineur');
  await page.getByLabel('Juridiction').fill('Tribunal pour enfants de Bordeaux');
  await typeDate(page, 'Date de la décision', decision);
  await typeDate(page, 'Date des faits', addDays(decision, -60));
  await page.getByLabel('Heures ordonnées').fill('40');
  await typeDate(page, 'Délai d’exécution', addMonths(decision, 12));
  await page.getByLabel('Catégorie d’infraction').selectOption('atteinte_biens');
  await page.getByRole('button', { name: 'Enregistrer la mesure' }).click();
  await expect(page.getByText(/avait 15 ans à la décision/).first()).toBeVisible();
  await expect(page.getByText(/un TIG n’est possible qu’à partir de 16 ans/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/minor-refused.png', fullPage: true });
  // Nothing was created: the search (as the clerk, whose session the host holds) finds no one.
  expect(await rpc(host, 'persons.search', { query: 'Martin' })).toEqual([]);
  await logout(page);
});

test('a CSV list with two bad rows reports exactly those two', async ({ page }) => {
  await login(page, 'gaelle.greffe');
  await openFromCaseload(page, 'Importer une liste (CSV)');
  const csv = [
    'nom;prénom;date_naissance;lieu_naissance;juridiction;date_decision;type_mesure;heures;date_limite;magistrat;infraction;numero_parquet;date_faits',
    `Dupont;Jean;12/03/1985;Bordeaux;TJ Bordeaux;${formatDateShort(addDays(today, -30))};TIG;105;${formatDateShort(addMonths(today, 12))};M. Petit;vol;26001;`,
    `Bernard;Luc;31/02/1980;;TJ Bordeaux;${formatDateShort(addDays(today, -30))};TIG;50;${formatDateShort(addMonths(today, 12))};;vol;26003;`,
    `Roux;Emma;05/05/1992;;TJ Bordeaux;${formatDateShort(addDays(today, -30))};TNR;120;${formatDateShort(addMonths(today, 3))};;autre;26004;`,
    `Moreau;Inès;20/08/1988;Pau;TJ Pau;${formatDateShort(addDays(today, -20))};sursis TIG;80;${formatDateShort(addMonths(today, 12))};;violences;26005;`,
  ].join('\r\n');
  await page
    .getByLabel('Fichier CSV')
    .setInputFiles({ name: 'liste-greffe.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText('2 lignes valides, 2 en erreur, 0 doublon.')).toBeVisible();
  await expect(page.getByText('« 31/02/1980 » n’est pas une date')).toBeVisible();
  await expect(page.getByText('Un TNR compte au plus 100 heures (120 h saisies).')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
  await expect(page.getByRole('heading', { name: 'Compte rendu de l’import' })).toBeVisible();
  await logout(page);
});
