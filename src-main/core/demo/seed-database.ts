import { dataPaths } from '../data-paths';
import { Keyring } from '../crypto/keyring';
import { openDatabase } from '../db/open-database';
import { seedCases, type SeedOptions, type SeedReport } from './seed-cases';
import { refreshMeasureFacts } from '../repo/measure-facts';
import { refreshPaceFacts } from '../repo/pace-facts';

/**
 * Opens the demo office's encrypted database with the administrator's passphrase (the RPC session is closed by
 * then), writes the case dataset, and folds the WAL back into the database file.
 */
export async function seedDemoDatabase(dataDir: string, passphrase: string, options: SeedOptions): Promise<SeedReport> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring).unlockWithPassphrase('admin', passphrase);
  if (!key) throw new Error('La phrase de passe de l’administrateur n’ouvre pas la base de démonstration.');
  const db = await openDatabase(paths.database, key);
  try {
    // A large page cache for the bulk load: ids are time-ordered by each record's own date, not by insertion order,
    // so index pages are revisited at random. Per connection only; the app's own sessions keep the default.
    await db.knex.raw('PRAGMA cache_size = -262144');
    const report = await seedCases(db.knex, options);
    // The alert facts copied onto measures are derived from the rows just written.
    await refreshMeasureFacts(db.knex);
    await refreshPaceFacts(db.knex);
    await db.knex.raw('ANALYZE');
    await db.knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    return report;
  } finally {
    await db.close();
    key.fill(0);
  }
}
