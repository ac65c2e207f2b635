import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { TEST_KDF } from './test-core';
import { listChanges, type ChangeRecord } from '@core/repo/change-log';

/**
 * Row counts of every table, read through a second connection opened with a user's passphrase: what a test
 * compares before and after a refused call to prove that nothing was written.
 */
export async function tableCounts(
  dataDir: string,
  username: string,
  passphrase: string,
): Promise<Record<string, number>> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(username, passphrase);
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  try {
    const tables = await db
      .knex('sqlite_master')
      .where({ type: 'table' })
      .whereNot('name', 'like', 'sqlite_%')
      .pluck('name');
    const counts: Record<string, number> = {};
    for (const table of tables as string[]) {
      const row = await db.knex(table).count({ n: '*' }).first();
      counts[table] = Number(row?.n ?? 0);
    }
    const meta = await db.knex('meta').select('key', 'value');
    for (const { key: name, value } of meta) counts[`meta:${name}`] = value;
    return counts;
  } finally {
    await db.close();
  }
}

/** Every change record of the test database, in order. */
export async function readChanges(dataDir: string, username: string, passphrase: string): Promise<ChangeRecord[]> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(username, passphrase);
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  try {
    return await listChanges(db.knex);
  } finally {
    await db.close();
  }
}

/**
 * A second connection kept open on the test database, to compare row counts (audit trail left out) and the change
 * log's length before and after each of many calls: far cheaper than `tableCounts` per call.
 */
export async function openDataCounter(
  dataDir: string,
  username: string,
  passphrase: string,
): Promise<{ counts(): Promise<Record<string, number>>; close(): Promise<void> }> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(username, passphrase);
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  const tables = (await db
    .knex('sqlite_master')
    .where({ type: 'table' })
    .whereNot('name', 'like', 'sqlite_%')
    .whereNot('name', 'like', '%fts%')
    .whereNot('name', 'like', 'audit%')
    .pluck('name')) as string[];
  const sql = tables.map((table) => `SELECT '${table}' AS t, count(*) AS n FROM "${table}"`).join(' UNION ALL ');
  return {
    async counts() {
      const rows = (await db.knex.raw(sql)) as Array<{ t: string; n: number }>;
      const counts: Record<string, number> = Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
      const meta = await db.knex('meta').whereNot('key', 'like', 'audit%').select('key', 'value');
      for (const { key: name, value } of meta) counts[`meta:${name}`] = value;
      return counts;
    },
    close: () => db.close(),
  };
}
