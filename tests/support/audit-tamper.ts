import type { Knex } from 'knex';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { entryHash, GENESIS_HASH, toRecord, type AuditRow } from '@core/audit/audit-trail';
import { TEST_KDF } from './test-core';

/** Opens the test database as a user who knows a passphrase would, outside the app, and runs `edit` on it. */
export async function tamperWith(
  dataDir: string,
  credentials: { username: string; passphrase: string },
  edit: (knex: Knex) => Promise<unknown>,
): Promise<void> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(
    credentials.username,
    credentials.passphrase,
  );
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  try {
    await edit(db.knex);
  } finally {
    await db.close();
  }
}

/** What an attacker who knows the hashing does after editing: numbers 1, 2, 3… again, re-hashes, moves the head. */
export async function rechain(knex: Knex): Promise<void> {
  const rows = await knex<AuditRow>('audit_log').orderBy('seq');
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const row of rows) {
    seq += 1;
    const hash = entryHash(prev, seq, toRecord(row));
    await knex('audit_log').where({ seq: row.seq }).update({ seq, prev_hash: prev, hash });
    prev = hash;
  }
  await setHead(knex, seq, prev);
}

export async function setHead(knex: Knex, seq: number, hash: string): Promise<void> {
  await knex('meta').where({ key: 'audit_head' }).delete();
  if (seq > 0) await knex('meta').insert({ key: 'audit_head', value: JSON.stringify({ seq, hash }) });
}
