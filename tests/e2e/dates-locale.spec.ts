import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMonths, parisDateOf } from '@shared/domain/local-date';
import { BrowserHostProcess } from './browser-host-process';
import { pickerField } from './pickers';
import { rpc } from './rpc-as-tool';

// A laptop set up in English: the browser and the system say en-US, where a native date field reads mm/dd/yyyy.
test.use({
  locale: 'en-US',
  launchOptions: {
    executablePath: process.env.TIGDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--lang=en-US', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  },
});

const ADMIN = { username: 'admin', passphrase: 'phrase de passe admin e2e' };
const CPIP = {
  username: 'paul.durand',
  displayName: 'Paul Durand',
  role: 'cpip',
  passphrase: 'phrase de passe du cpip',
};

let host: BrowserHostProcess;
let dataDir: string;
let measureId: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-e2e-dates-'));
  host = new BrowserHostProcess(dataDir);
  await host.start();
  await rpc(host, 'session.setup', { serviceName: 'SPIP de la Gironde', displayName: 'Admin', ...ADMIN });
  await rpc(host, 'users.create', CPIP);
  await rpc(host, 'session.logout', {});
  await rpc(host, 'session.login', { username: CPIP.username, passphrase: CPIP.passphrase });
  const decision = addDays(parisDateOf(new Date()), -30);
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
  measureId = measure.id;
  await rpc(host, 'session.logout', {});
});

test.afterAll(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('in an English browser, a date typed 05/03/2027 is the 5th of March 2027', async ({ page }) => {
  await page.goto(host.url);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await page.getByLabel('Identifiant').fill(CPIP.username);
  await page.getByLabel('Phrase de passe').fill(CPIP.passphrase);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
  // Not yet assigned to an officer, the measure is reached from its address (as from a link in a message).
  await page.goto(`${host.origin}/#/dossiers/mesure/${measureId}`);
  await page.getByRole('tab', { name: 'Rendez-vous' }).click();

  await page.getByLabel('Type de rendez-vous').selectOption('entretien');
  const date = pickerField(page, 'Date du rendez-vous');
  await date.getByRole('spinbutton').first().click();
  await page.keyboard.type('05032027');
  // Day first, then month, then year: read back as typed, not as March the 5th turned into May the 3rd.
  await expect(date.getByRole('spinbutton', { name: /jour/i })).toHaveText('05');
  await expect(date.getByRole('spinbutton', { name: /mois/i })).toHaveText('03');
  const time = pickerField(page, 'Heure');
  await time.getByRole('spinbutton').first().click();
  await page.keyboard.type('1430');
  await page.getByLabel('Lieu').fill('SPIP, 12 rue de Bègles');
  await page.getByRole('button', { name: 'Fixer le rendez-vous' }).click();
  await expect(page.getByLabel('Rendez-vous de la mesure')).toContainText('SPIP, 12 rue de Bègles');

  // The browser host has one session, the officer's, which the tool's call reads through.
  const stored = await rpc<Array<{ date: string; time: string }>>(host, 'appointments.list', {
    from: '2027-01-01',
    to: '2027-12-31',
    measureId,
  });
  expect(stored.map((appointment) => [appointment.date, appointment.time])).toEqual([['2027-03-05', '14:30']]);
});
