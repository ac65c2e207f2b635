/**
 * Five wrong guesses must not lock a real user out for long: the wait doubles from 30 s but never passes 5 minutes,
 * the refusal says how long in French, and an administrator can clear an account's lockout (audited).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';

const PAUL = {
  username: 'paul.durand',
  displayName: 'Paul Durand',
  role: 'cpip' as const,
  passphrase: 'phrase de paul',
};
const MARIE = { username: 'marie.roy', displayName: 'Marie Roy', role: 'cpip' as const, passphrase: 'phrase de marie' };

describe('login lockout', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;

  beforeEach(async () => {
    temp = makeTempDir();
    clock = new FakeClock();
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  const throttleFile = () => {
    const path = join(temp.dir, 'login-attempts.json');
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };

  async function guessWrong(username: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      expect((await t.fail('session.login', { username, passphrase: `mauvaise phrase ${i}` })).code).toBe('FORBIDDEN');
    }
  }

  it('never makes anyone wait more than 5 minutes, and says how long in minutes and seconds', async () => {
    await t.ok('session.logout');
    await guessWrong(ADMIN.username, 5);
    const first = await t.fail('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(first).toMatchObject({
      code: 'LOCKED',
      retryAfterSeconds: 30,
      message: 'Trop de tentatives infructueuses. Réessayez dans 30 s.',
    });
    clock.advance(15_000);
    expect((await t.fail('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase })).message).toBe(
      'Trop de tentatives infructueuses. Réessayez dans 15 s.',
    );
    // Each further wrong guess doubles the wait: 60 s, 2 min, 4 min, then 5 min at most, however many follow.
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      clock.advance(5 * 60_000 + 1_000);
      await guessWrong(ADMIN.username, 1);
      const refused = await t.fail('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
      waits.push(refused.retryAfterSeconds!);
    }
    expect(waits).toEqual([60, 120, 240, 300, 300, 300, 300, 300]);
    clock.advance(30_000);
    expect((await t.fail('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase })).message).toBe(
      'Trop de tentatives infructueuses. Réessayez dans 4 min 30 s.',
    );
    clock.advance(270_000);
    expect((await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase })).state).toBe(
      'ready',
    );
  });

  it('lets an administrator clear an account’s lockout, and writes it to the audit trail', async () => {
    const paul = await t.ok('users.create', PAUL);
    await t.ok('session.logout');
    await guessWrong(PAUL.username, 5);
    expect((await t.fail('session.login', { username: PAUL.username, passphrase: PAUL.passphrase })).code).toBe(
      'LOCKED',
    );

    await t.ok('session.login', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(await t.ok('users.clearLockout', { id: paul.id })).toEqual({ cleared: true });
    // Nothing left to clear the second time.
    expect(await t.ok('users.clearLockout', { id: paul.id })).toEqual({ cleared: false });
    const { entries } = await t.ok('audit.list', { limit: 20 });
    const cleared = entries.filter((e) => e.method === 'users.clearLockout');
    expect(cleared).toHaveLength(2);
    expect(cleared[0]).toMatchObject({ username: ADMIN.username, outcome: 'ok', entityIds: [paul.id] });

    await t.ok('session.logout');
    expect((await t.ok('session.login', { username: PAUL.username, passphrase: PAUL.passphrase })).state).toBe('ready');
  });

  it('refuses an unknown account in French and changes nothing', async () => {
    const before = throttleFile();
    expect(await t.fail('users.clearLockout', { id: '01890000-0000-7000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Ce compte utilisateur n’existe pas (ou plus).',
    });
    expect(throttleFile()).toBe(before);
  });

  it('refuses a user who is not an administrator, writing nothing', async () => {
    await t.ok('users.create', PAUL);
    const marie = await t.ok('users.create', MARIE);
    await t.ok('session.logout');
    await guessWrong(MARIE.username, 5);
    await t.ok('session.login', { username: PAUL.username, passphrase: PAUL.passphrase });

    const throttleBefore = throttleFile();
    const dataCounts = async () => {
      const counts = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
      return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
    };
    const before = await dataCounts();
    expect(await t.fail('users.clearLockout', { id: marie.id })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Votre rôle (CPIP) ne permet pas cette action.',
    });
    expect(await dataCounts()).toEqual(before);
    expect(throttleFile()).toBe(throttleBefore);

    await t.ok('session.logout');
    expect((await t.fail('session.login', { username: MARIE.username, passphrase: MARIE.passphrase })).code).toBe(
      'LOCKED',
    );
  });
});
