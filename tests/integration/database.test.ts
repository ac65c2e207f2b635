import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { openDatabase, type Database } from '@core/db/open-database';
import { SCHEMA_VERSION } from '@core/db/migrations';
import { attachRepositories } from '@core/services/open-session';
import { listChanges } from '@core/repo/change-log';
import { uuidv7 } from '@core/util/uuid7';
import { AppError } from '@shared/errors';
import { makeTempDir } from '../support/temp-dir';

const AT = '2026-11-23T10:00:00.000Z';

describe('encrypted database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let path: string;
  let key: Buffer;
  let db: Database | null;

  beforeEach(() => {
    temp = makeTempDir();
    path = join(temp.dir, 'test.db');
    key = randomBytes(32);
    db = null;
  });
  afterEach(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('is encrypted on disk and runs WAL, synchronous FULL and foreign keys', async () => {
    db = await openDatabase(path, key);
    await db.knex('meta').insert({ key: 'probe', value: 'Zoé Lefèvre' });
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(readFileSync(path).toString('latin1')).not.toContain('Lefèvre');
    const [journal] = await db.knex.raw('PRAGMA journal_mode');
    const [sync] = await db.knex.raw('PRAGMA synchronous');
    const [fk] = await db.knex.raw('PRAGMA foreign_keys');
    expect(journal.journal_mode).toBe('wal');
    expect(sync.synchronous).toBe(2);
    expect(fk.foreign_keys).toBe(1);
  });

  it('refuses a wrong key with a typed error', async () => {
    db = await openDatabase(path, key);
    await db.close();
    db = null;
    const error = await openDatabase(path, randomBytes(32)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    expect((error as AppError).message).toContain('clé est erronée');
  });

  it('refuses a database written by a newer schema', async () => {
    db = await openDatabase(path, key);
    await db.knex.raw(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    await db.close();
    db = null;
    const error = (await openDatabase(path, key).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('version plus récente');
  });

  it('applies migrations once and records them', async () => {
    db = await openDatabase(path, key);
    await db.close();
    db = await openDatabase(path, key);
    const names = await db.knex('schema_migrations').pluck('name');
    expect(names).toEqual([
      '001-foundation',
      '002-cases',
      '003-catalogue',
      '004-gazetteer',
      '005-caseload-indexes',
      '006-alert-facts',
      '007-documents',
      '008-placement-tutors',
      '009-decision-dates',
      '010-following-magistrate',
    ]);
    const [{ user_version }] = await db.knex.raw('PRAGMA user_version');
    expect(user_version).toBe(SCHEMA_VERSION);
  });

  it('writes a change record with each write, in the same transaction, and deletes as tombstones', async () => {
    db = await openDatabase(path, key);
    const repos = await attachRepositories(db);
    const id = uuidv7();
    await db.knex.transaction((trx) =>
      repos.users.insert(trx, { id, username: 'paul', displayName: 'Paul', role: 'cpip' }, AT),
    );
    await db.knex.transaction((trx) => repos.users.update(trx, id, { displayName: 'Paul Durand', role: 'cpip' }, AT));
    await db.knex.transaction((trx) => repos.users.tombstone(trx, id, AT));
    const changes = await listChanges(db.knex);
    expect(changes.map((c) => [c.entity, c.entityId, c.op])).toEqual([
      ['user', id, 'insert'],
      ['user', id, 'update'],
      ['user', id, 'delete'],
    ]);
    // Only the field that changed is recorded; clocks increase; every record names this device.
    expect(changes[1]!.fields).toEqual({ display_name: 'Paul Durand' });
    expect(changes.map((c) => c.clock)).toEqual([1, 2, 3]);
    expect(new Set(changes.map((c) => c.deviceId))).toEqual(new Set([repos.deviceId]));
    expect(new Set(changes.map((c) => c.mutationId)).size).toBe(3);
    const row = await db.knex('users').where({ id }).first();
    expect(row.deleted_at).toBe(AT);
    expect(await repos.users.findById(id)).toBeNull();
  });

  it('leaves neither row nor change record when the transaction fails', async () => {
    db = await openDatabase(path, key);
    const repos = await attachRepositories(db);
    const failing = db.knex.transaction(async (trx) => {
      await repos.users.insert(trx, { id: uuidv7(), username: 'anne', displayName: 'Anne', role: 'cpip' }, AT);
      await repos.users.insert(trx, { id: uuidv7(), username: 'anne', displayName: 'Anne bis', role: 'cpip' }, AT);
    });
    await expect(failing).rejects.toThrow(/UNIQUE/);
    expect(await db.knex('users').count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await listChanges(db.knex)).toEqual([]);
  });

  it('loses nothing committed when the process is killed in the middle of a transaction', async () => {
    const script = join(import.meta.dirname, '..', 'support', 'crash-writer.ts');
    const child = fork(script, [path, key.toString('hex')], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const committed = await new Promise<number>((resolve, reject) => {
      child.on('message', (message: { committed?: number }) => {
        if (message.committed !== undefined) {
          child.kill('SIGKILL');
          resolve(message.committed);
        }
      });
      child.on('error', reject);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    db = await openDatabase(path, key);
    const rows = await db.knex('users').select('username');
    expect(rows.length).toBe(committed);
    expect(rows.map((r) => r.username)).not.toContain('uncommitted');
    const changes = await listChanges(db.knex);
    expect(changes.length).toBe(committed);
  });
});

describe('uuidv7', () => {
  it('is a version 7 RFC 9562 id that sorts by creation', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7(Date.parse(AT)));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
