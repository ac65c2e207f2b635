import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, TEST_KDF, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';

const CLERK = {
  username: 'greffe',
  displayName: 'Gaëlle Greffe',
  role: 'secretariat' as const,
  passphrase: 'phrase de passe commune',
};
const ZOE = { lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14', birthPlace: 'Libourne' };

/** Runs SQL on the test database through a second connection, as the admin's key opens it. */
async function onDatabase(dataDir: string, sql: string): Promise<void> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(ADMIN.username, ADMIN.passphrase);
  const db = await openDatabase(paths.database, key!);
  try {
    await db.knex.raw(sql);
  } finally {
    await db.close();
  }
}

const BREAK_AUDIT = `CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit disk full'); END`;

describe('the audit entry is written in the transaction of the change it records', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock());
    await setupAdmin(t);
    await t.ok('users.create', CLERK);
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('fails a write whose audit entry cannot be written, and writes nothing', async () => {
    await onDatabase(temp.dir, BREAK_AUDIT);
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const error = await t.fail('settings.update', { serviceName: 'SPIP piraté' });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/journal d’audit/);
    expect(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).toEqual(before);

    await onDatabase(temp.dir, 'DROP TRIGGER audit_broken');
    await t.ok('session.logout');
    await t.ok('session.login', { username: CLERK.username, passphrase: CLERK.passphrase });
    await onDatabase(temp.dir, BREAK_AUDIT);
    const before2 = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const refused = await t.fail('persons.create', ZOE);
    expect(refused.code).toBe('INTERNAL');
    expect(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).toEqual(before2);
    await onDatabase(temp.dir, 'DROP TRIGGER audit_broken');
    expect(await t.ok('persons.search', { query: 'Lefèvre' })).toEqual([]);
  });

  it('gives no passphrase access to an account whose creation or reset was rolled back', async () => {
    await onDatabase(temp.dir, BREAK_AUDIT);
    const keyring = () => Keyring.load(dataPaths(temp.dir).keyring, TEST_KDF);
    const intruder = { ...CLERK, username: 'intrus', passphrase: 'phrase de passe de l’intrus' };
    expect((await t.fail('users.create', intruder)).code).toBe('INTERNAL');
    expect(keyring().hasUser('intrus')).toBe(false);
    expect(await keyring().unlockWithPassphrase('intrus', intruder.passphrase)).toBeNull();

    await onDatabase(temp.dir, 'DROP TRIGGER audit_broken');
    const users = (await t.ok('users.list')) as Array<{ id: string; username: string }>;
    const clerkId = users.find((u) => u.username === CLERK.username)!.id;
    await onDatabase(temp.dir, BREAK_AUDIT);
    const reset = await t.fail('users.resetPassphrase', { id: clerkId, passphrase: 'nouvelle phrase non tracée' });
    expect(reset.code).toBe('INTERNAL');
    expect(await keyring().unlockWithPassphrase(CLERK.username, 'nouvelle phrase non tracée')).toBeNull();
    expect(await keyring().unlockWithPassphrase(CLERK.username, CLERK.passphrase)).not.toBeNull();
  });

  it('refuses a consultation it cannot trace', async () => {
    await onDatabase(temp.dir, BREAK_AUDIT);
    expect((await t.fail('users.list')).code).toBe('INTERNAL');
    await onDatabase(temp.dir, 'DROP TRIGGER audit_broken');
    expect(await t.ok('users.list')).toHaveLength(2);
  });

  it('leaves no committed write without its audit entry when the process is killed', async () => {
    await t.core.close();
    const script = join(import.meta.dirname, '..', 'support', 'audit-crash-writer.ts');
    const child = fork(script, [temp.dir], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.on('message', (message: { auditing?: boolean }) => {
        if (message.auditing) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('error', reject);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    t = await openTestCore(temp.dir, new FakeClock());
    await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const users = await t.ok('users.list');
    const { entries } = await t.ok('audit.list', { limit: 500 });
    const created = new Set(
      entries.filter((e) => e.method === 'users.update' && e.outcome === 'ok').flatMap((e) => e.entityIds),
    );
    const renamed = users.filter((u) => u.displayName === 'Renommée');
    expect(renamed.length).toBeGreaterThan(0);
    for (const user of renamed) expect(created.has(user.id)).toBe(true);
    expect(users.find((u) => u.displayName === 'Jamais')).toBeUndefined();
  });
});
