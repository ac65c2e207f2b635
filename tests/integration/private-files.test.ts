/**
 * On a shared office PC, no other account may read the office's files: the data folder is 0700 and the encrypted
 * database, its WAL and SHM, the keyring and the login counts are 0600, whatever the umask and even when the folder
 * already existed (Electron creates userData itself, 0755).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateDir, ensurePrivateFile, writePrivateFile } from '@core/util/private-files';
import { DATABASE_KEY_BYTES, openDatabase } from '@core/db/open-database';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, setupAdmin } from '../support/test-core';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('private files, with a permissive umask', () => {
  let previousUmask: number;
  let temp: ReturnType<typeof makeTempDir>;

  beforeAll(() => {
    previousUmask = process.umask(0o000);
  });
  afterAll(() => {
    process.umask(previousUmask);
  });
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('makes a folder 0700, also one that already exists with wider rights', () => {
    const fresh = join(temp.dir, 'a', 'b');
    ensurePrivateDir(fresh);
    expect(mode(fresh)).toBe(0o700);
    const existing = join(temp.dir, 'userData');
    mkdirSync(existing, { mode: 0o777 });
    expect(mode(existing)).toBe(0o777);
    ensurePrivateDir(existing);
    expect(mode(existing)).toBe(0o700);
  });

  it('creates or narrows a file to 0600 without touching its content, and writes one 0600', () => {
    const created = join(temp.dir, 'audit-checkpoints.log');
    ensurePrivateFile(created);
    expect(mode(created)).toBe(0o600);
    expect(readFileSync(created, 'utf8')).toBe('');
    const wide = join(temp.dir, 'wide.json');
    writeFileSync(wide, '{"a":1}', { mode: 0o666 });
    ensurePrivateFile(wide);
    expect(mode(wide)).toBe(0o600);
    expect(readFileSync(wide, 'utf8')).toBe('{"a":1}');
    const written = join(temp.dir, 'device-key.json');
    writePrivateFile(written, 'secret');
    expect(mode(written)).toBe(0o600);
    writeFileSync(written, 'old', { mode: 0o644 });
    chmodSync(written, 0o644);
    writePrivateFile(written, 'new');
    expect(mode(written)).toBe(0o600);
    expect(readFileSync(written, 'utf8')).toBe('new');
  });

  it('creates the database, its WAL and SHM 0600, and keeps them so after a checkpoint and a reopen', async () => {
    const path = join(temp.dir, 'tigdesk.db');
    const key = Buffer.alloc(DATABASE_KEY_BYTES, 7);
    let db = await openDatabase(path, key);
    await db.knex.raw('CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, v TEXT)');
    await db.knex('probe').insert({ v: 'x' });
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    await db.knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.knex('probe').insert({ v: 'y' });
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    await db.close();
    // A database file left wider by an older version is narrowed on the next open.
    chmodSync(path, 0o644);
    db = await openDatabase(path, key);
    await db.knex('probe').insert({ v: 'z' });
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    await db.close();
  });

  it('keeps the data folder 0700 and every file of the office 0600 through setup, failures and logins', async () => {
    const dataDir = join(temp.dir, 'TIG Desk');
    mkdirSync(dataDir, { mode: 0o755 });
    const t = await openTestCore(dataDir);
    try {
      expect(mode(dataDir)).toBe(0o700);
      await setupAdmin(t);
      await t.ok('session.logout');
      await t.fail('session.login', { username: ADMIN.username, passphrase: 'mauvaise phrase de passe' });
      await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
      await t.ok('settings.update', { autoLockMinutes: 5 });
      const files = ['tigdesk.db', 'tigdesk.db-wal', 'tigdesk.db-shm', 'tigdesk.keyring.json', 'login-attempts.json'];
      for (const name of files) {
        const file = join(dataDir, name);
        expect(existsSync(file), name).toBe(true);
        expect(mode(file), name).toBe(0o600);
      }
      expect(mode(dataDir)).toBe(0o700);
    } finally {
      await t.core.close();
    }
  });
});
