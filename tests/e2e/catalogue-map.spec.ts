import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserHostProcess } from './browser-host-process';
import { rpc } from './rpc-as-tool';
import { addDays, addMonths, parisDateOf } from '@shared/domain/local-date';
import { typeDate } from './pickers';

const PASS = 'phrase de passe du service';
const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };
const REFERENT = { username: 'rita.referente', displayName: 'Rita Référente', role: 'referent', passphrase: PASS };
const CPIP = { username: 'paul.durand', displayName: 'Paul Durand', role: 'cpip', passphrase: PASS };
const today = parisDateOf(new Date());
// The person lives in Bègles; the new post is about 4 km north, in Bordeaux.
const HOME = { latitude: 44.8086, longitude: -0.5478 };

let host: BrowserHostProcess;
let dir: string;
let measureId: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-catalogue-'));
  host = new BrowserHostProcess(dir);
  await host.start();
  await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
  await rpc(host, 'users.create', REFERENT);
  await rpc(host, 'users.create', CPIP);
  await rpc(host, 'session.logout', {});
  await rpc(host, 'session.login', { username: CPIP.username, passphrase: PASS });
  const registered = await rpc<{ measure: { id: string } }>(host, 'measures.register', {
    person: {
      lastName: 'Lefèvre',
      firstName: 'Zoé',
      birthDate: '1998-05-14',
      city: 'Bègles',
      postalCode: '33130',
      ...HOME,
      availability: ['sat_morning', 'sat_afternoon'],
    },
    measure: {
      type: 'tig',
      court: 'TJ Bordeaux',
      decisionDate: addDays(today, -40),
      hoursOrdered: 70,
      deadline: addMonths(addDays(today, -40), 18),
      offenceCategory: 'atteinte_biens',
    },
  });
  measureId = registered.measure.id;
  await rpc(host, 'measures.recordConsent', { measureId, status: 'hearing', date: addDays(today, -40) });
  await rpc(host, 'session.logout', {});
});

test.afterAll(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function login(page: Page, username: string) {
  await page.goto(host.url);
  const logout = page.getByRole('button', { name: 'Se déconnecter' });
  if (await logout.isVisible().catch(() => false)) await logout.click();
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Phrase de passe').fill(PASS);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
}

async function dialog(page: Page, title: string) {
  const d = page.getByRole('dialog', { name: title });
  await expect(d).toBeVisible();
  return d;
}

test('a référent habilitates an association and registers its post; an officer places a person from the map', async ({
  page,
}) => {
  await login(page, REFERENT.username);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByText('Postes et structures', { exact: true })
    .click();
  await page.getByRole('link', { name: 'Nouvelle structure' }).click();
  await page.getByLabel('Nom de la structure').fill('Les Jardins partagés de la Bastide');
  await page.getByLabel('Type de structure').selectOption('association');
  await page.getByLabel('SIRET').fill('73282932000075');
  await expect(page.getByText('SIRET invalide : vérifiez les chiffres (clé de contrôle).')).toBeVisible();
  await page.getByLabel('SIRET').fill('73282932000074');
  await page.getByLabel('Code postal').fill('33100');
  await page.getByLabel('Commune').fill('Bordeaux');
  await page.getByRole('button', { name: 'Créer la structure' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Les Jardins partagés de la Bastide');

  // Habilitation: request, opinions asked two months ago, one received, the two others deemed given, decision.
  await page.getByRole('button', { name: 'Nouvelle demande d’habilitation' }).click();
  let d = await dialog(page, 'Nouvelle demande d’habilitation');
  await typeDate(d, 'Date de la demande', addMonths(today, -2));
  await d.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Demander les avis' }).click();
  d = await dialog(page, 'Demander les avis');
  for (const giver of ['Procureur de la République', 'Juge de l’application des peines', 'Préfet'])
    await d.getByLabel(giver).check();
  await typeDate(d, 'Date de la demande d’avis', addMonths(today, -2));
  await d.getByRole('button', { name: 'Enregistrer la demande d’avis' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Enregistrer un avis' }).click();
  d = await dialog(page, 'Enregistrer un avis');
  await d.getByLabel('Auteur de l’avis').selectOption('procureur');
  await typeDate(d, 'Date de réception de l’avis', addDays(today, -45));
  await d.getByLabel('Favorable', { exact: true }).check();
  await d.getByRole('button', { name: 'Enregistrer l’avis' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByText(/Réputé donné depuis le/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Décision du directeur' }).click();
  d = await dialog(page, 'Décision du directeur');
  await d.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByText(/Habilitée jusqu’au/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/host-habilitated.png', fullPage: true });

  // A tutor, then the post.
  await page.getByRole('button', { name: 'Ajouter un tuteur' }).click();
  d = await dialog(page, 'Ajouter un tuteur');
  await d.getByRole('textbox', { name: 'Nom', exact: true }).fill('Girard');
  await d.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Paul');
  await typeDate(d, 'Date de naissance', '1975-04-02');
  await d.getByLabel('Lieu de naissance').fill('Périgueux');
  await d.getByLabel('Fonction').fill('Responsable des jardins');
  await d.getByRole('button', { name: 'Ajouter le tuteur' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('link', { name: 'Nouveau poste' }).click();
  await page.getByLabel('Intitulé du poste').fill('Entretien des jardins partagés');
  await page.getByLabel('Catégorie').selectOption('espaces_verts');
  await page.getByLabel('Nombre de places').fill('2');
  await page.getByLabel('Code postal').fill('33100');
  await page.getByLabel('Commune').fill('Bordeaux');
  await page.getByLabel('Latitude').fill('44.845');
  await page.getByLabel('Longitude').fill('-0.548');
  await page.getByLabel('samedi matin').check();
  await page.getByLabel('Paul Girard (Responsable des jardins)').check();
  await page.getByRole('button', { name: 'Créer le poste' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Entretien des jardins partagés');

  // Registration on the departmental list: opinions asked 20 days ago, the JAP answers, the procureur's is deemed.
  await page.getByRole('button', { name: 'Demander l’inscription' }).click();
  d = await dialog(page, 'Demander l’inscription');
  await typeDate(d, 'Date de la demande', addDays(today, -20));
  await d.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Demander les avis' }).click();
  d = await dialog(page, 'Demander les avis');
  for (const giver of ['Procureur de la République', 'Juge de l’application des peines'])
    await d.getByLabel(giver).check();
  await typeDate(d, 'Date de la demande d’avis', addDays(today, -20));
  await d.getByRole('button', { name: 'Enregistrer la demande d’avis' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Enregistrer un avis' }).click();
  d = await dialog(page, 'Enregistrer un avis');
  await d.getByLabel('Auteur de l’avis').selectOption('jap');
  await typeDate(d, 'Date de réception de l’avis', addDays(today, -15));
  await d.getByLabel('Favorable', { exact: true }).check();
  await d.getByRole('button', { name: 'Enregistrer l’avis' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Décision', exact: true }).click();
  d = await dialog(page, 'Décision sur la demande d’inscription');
  await d.getByLabel('Inscription acceptée').check();
  await d.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(d).toBeHidden();
  await page.getByRole('button', { name: 'Enregistrer la notification' }).click();
  d = await dialog(page, 'Notification de la décision');
  await d.getByRole('button', { name: 'Enregistrer la notification' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByRole('region', { name: 'Occupation' })).toContainText('Libres');
  await page.screenshot({ path: 'test-results/screens/post-registered.png', fullPage: true });
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // Opening the printed address again in this tab is a same-page navigation: wait for the sign-out to land first.
  await expect(page.getByLabel('Identifiant')).toBeVisible();

  // The officer opens the measure, finds posts on the map (Saturday, within 10 km), reads why, and places.
  await login(page, CPIP.username);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByText('Dossiers', { exact: true }).click();
  await page.getByRole('button', { name: 'Tout le service', exact: true }).click();
  await page.getByRole('link', { name: 'LEFÈVRE Zoé' }).click();
  await page.getByRole('tab', { name: 'Affectation' }).click();
  await page.getByRole('link', { name: 'Trouver un poste sur la carte' }).click();
  await expect(page.getByRole('heading', { name: 'Postes proposés' })).toBeVisible();
  await page.getByLabel('Le samedi').check();
  await page.getByLabel('Distance maximale (km)').fill('10');
  const suggestion = page.getByRole('listitem', { name: /Entretien des jardins partagés/ }).first();
  await expect(suggestion).toBeVisible();
  const reasons = suggestion.getByRole('list', { name: 'Raisons du classement' });
  await expect(reasons).toContainText('4,0 km');
  await expect(reasons).toContainText('samedi matin compatible');
  await page.screenshot({ path: 'test-results/screens/suggestions.png', fullPage: true });
  await page.getByRole('button', { name: 'Placer sur ce poste : Entretien des jardins partagés' }).click();
  d = page.getByRole('dialog');
  await typeDate(d, 'Date de début', today);
  await d.getByRole('button', { name: 'Confirmer l’affectation' }).click();
  await expect(page.getByText('Entretien des jardins partagés').first()).toBeVisible();
  await expect(page.getByText('Affecté', { exact: true }).first()).toBeVisible();

  // One place fewer on the post.
  const posts = await rpc<{ items: Array<{ title: string; placesFree: number; places: number }> }>(host, 'map.list', {
    filters: { query: 'jardins partagés' },
  });
  expect(posts.items[0]).toMatchObject({ places: 2, placesFree: 1 });
});
