import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase, type Database } from '@core/db/open-database';
import { demoUsers } from '@core/demo/demo-users';
import { SeededRandom } from '@core/demo/seeded-random';
import { SEED_SIZES, type SeedReport } from '@core/demo/seed-cases';
import { seedDemoDatabase } from '@core/demo/seed-database';
import { parisDateOf } from '@shared/domain/local-date';
import { openTestCore } from './test-core';

/** The small demo dataset as `npm run demo` builds it, with the light test KDF for the accounts. */
export const DEMO_PASSPHRASE = 'démo démo démo 2026';
export const DEMO_NOW = new Date();
export const DEMO_TODAY = parisDateOf(DEMO_NOW);

export async function buildDemo(dir: string, seed: number): Promise<SeedReport> {
  const t = await openTestCore(dir);
  await t.ok('session.setup', {
    serviceName: 'SPIP de démonstration',
    username: 'admin',
    displayName: 'Administrateur local',
    passphrase: DEMO_PASSPHRASE,
  });
  for (const user of demoUsers('small', new SeededRandom(seed), DEMO_PASSPHRASE)) await t.ok('users.create', user);
  await t.ok('session.logout');
  await t.core.close();
  return seedDemoDatabase(dir, DEMO_PASSPHRASE, { size: SEED_SIZES.small, seed, today: DEMO_TODAY, now: DEMO_NOW });
}

export async function openDemo(dir: string): Promise<Database> {
  const key = await Keyring.load(dataPaths(dir).keyring).unlockWithPassphrase('admin', DEMO_PASSPHRASE);
  return openDatabase(dataPaths(dir).database, key!);
}
