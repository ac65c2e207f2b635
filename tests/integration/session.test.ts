import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';

describe('session lifecycle on a real encrypted database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;

  beforeEach(async () => {
    temp = makeTempDir();
    clock = new FakeClock();
    t = await openTestCore(temp.dir, clock);
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('starts in setup, creates the admin and returns a recovery key shown once', async () => {
    expect((await t.ok('session.status')).state).toBe('setup');
    const { user, recoveryKey } = await setupAdmin(t);
    expect(user.role).toBe('admin');
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const status = await t.ok('session.status');
    expect(status).toMatchObject({ state: 'ready', serviceName: 'SPIP de la Gironde', user: { username: 'admin' } });
    expect((await t.fail('session.setup', { serviceName: 'X', ...ADMIN })).code).toBe('CONFLICT');
  });

  it('keeps neither the database key nor the passphrase in clear on disk', async () => {
    const { recoveryKey } = await setupAdmin(t);
    const database = readFileSync(join(temp.dir, 'tigdesk.db'));
    expect(database.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    for (const name of readdirSync(temp.dir)) {
      const content = readFileSync(join(temp.dir, name)).toString('latin1');
      expect(content).not.toContain(ADMIN.passphrase);
      expect(content).not.toContain(recoveryKey);
    }
  });

  it('refuses a wrong passphrase without saying whether the user exists, then logs in', async () => {
    await setupAdmin(t);
    await t.ok('session.logout');
    expect((await t.ok('session.status')).state).toBe('login');
    const wrong = await t.fail('session.login', { username: 'admin', passphrase: 'pas la bonne phrase' });
    const unknown = await t.fail('session.login', { username: 'nobody', passphrase: 'pas la bonne phrase' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toEqual({ code: 'FORBIDDEN', message: 'Identifiant ou phrase de passe incorrect.' });
    const state = await t.ok('session.login', { username: 'ADMIN ', passphrase: ADMIN.passphrase });
    expect(state.state).toBe('ready');
    // The refused attempt made while the database was closed is now in the audit trail.
    const { entries } = await t.ok('audit.list', { limit: 50 });
    expect(entries.some((e) => e.method === 'session.login' && e.outcome === 'refused' && e.username === 'admin')).toBe(
      true,
    );
  });

  it('makes each try wait longer after five failures, and remembers it across restarts', async () => {
    await setupAdmin(t);
    await t.ok('session.logout');
    for (let i = 0; i < 5; i++) {
      expect((await t.fail('session.login', { username: 'admin', passphrase: `mauvaise ${i}` })).code).toBe(
        'FORBIDDEN',
      );
    }
    const throttled = await t.fail('session.login', { username: 'admin', passphrase: ADMIN.passphrase });
    expect(throttled.code).toBe('LOCKED');
    expect(throttled.retryAfterSeconds).toBe(30);
    await t.core.close();
    t = await openTestCore(temp.dir, clock);
    expect((await t.fail('session.login', { username: 'admin', passphrase: ADMIN.passphrase })).code).toBe('LOCKED');
    clock.advance(31_000);
    expect((await t.fail('session.login', { username: 'admin', passphrase: 'encore mauvaise' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await t.fail('session.login', { username: 'admin', passphrase: ADMIN.passphrase })).retryAfterSeconds).toBe(
      60,
    );
    clock.advance(61_000);
    expect((await t.ok('session.login', { username: 'admin', passphrase: ADMIN.passphrase })).state).toBe('ready');
  });

  it('meets the throttle even when the guesses arrive all at once', async () => {
    await setupAdmin(t);
    await t.ok('session.logout');
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        t.fail('session.login', { username: 'admin', passphrase: `essai parallèle ${i}` }),
      ),
    );
    expect(answers.filter((a) => a.code === 'FORBIDDEN')).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'LOCKED')).toHaveLength(4);
  });

  it('locks by hand and after the idle minutes; while locked every call fails with LOCKED', async () => {
    await setupAdmin(t);
    await t.ok('session.lock');
    expect((await t.fail('users.list')).code).toBe('LOCKED');
    expect((await t.fail('settings.get')).code).toBe('LOCKED');
    expect((await t.fail('session.unlock', { passphrase: 'mauvaise phrase' })).code).toBe('FORBIDDEN');
    expect((await t.ok('session.unlock', { passphrase: ADMIN.passphrase })).state).toBe('ready');

    await t.ok('settings.update', { autoLockMinutes: 5 });
    clock.advance(4 * 60_000);
    await t.ok('users.list');
    clock.advance(4 * 60_000);
    await t.ok('users.list');
    clock.advance(5 * 60_000);
    expect((await t.fail('users.list')).code).toBe('LOCKED');
    expect((await t.ok('session.status')).state).toBe('locked');
  });

  it('emits a session event when the session locks', async () => {
    await setupAdmin(t);
    const events: string[] = [];
    t.core.onEvent((event) => {
      if (event.type === 'session') events.push(event.session.state);
    });
    await t.ok('session.lock');
    expect(events).toEqual(['locked']);
  });

  it('tells every window what changed after a write, and nothing after a read or a refused write', async () => {
    await setupAdmin(t);
    const changed: string[] = [];
    t.core.onEvent((event) => {
      if (event.type === 'changed') changed.push(event.method);
    });
    await t.ok('users.list');
    expect((await t.fail('settings.update', { autoLockMinutes: -3 })).code).toBe('VALIDATION');
    expect(changed).toEqual([]);
    await t.ok('settings.update', { autoLockMinutes: 5 });
    expect(changed).toEqual(['settings.update']);
  });

  it('changes the passphrase by rewrapping the key: the old one stops working', async () => {
    await setupAdmin(t);
    const bad = await t.fail('session.changePassphrase', { current: 'pas la bonne', next: 'nouvelle phrase de passe' });
    expect(bad.fields).toEqual([{ path: 'current', message: 'La phrase de passe actuelle est incorrecte.' }]);
    await t.ok('session.changePassphrase', { current: ADMIN.passphrase, next: 'nouvelle phrase de passe' });
    await t.ok('session.logout');
    expect((await t.fail('session.login', { username: 'admin', passphrase: ADMIN.passphrase })).code).toBe('FORBIDDEN');
    expect((await t.ok('session.login', { username: 'admin', passphrase: 'nouvelle phrase de passe' })).state).toBe(
      'ready',
    );
  });

  it('lets an administrator who lost the passphrase recover with the recovery key', async () => {
    const { recoveryKey } = await setupAdmin(t);
    await t.ok('session.logout');
    const wrongKey = await t.fail('session.recover', {
      recoveryKey: 'AAAA-BBBB',
      username: 'admin',
      passphrase: 'phrase retrouvée 2026',
    });
    expect(wrongKey.fields?.[0]?.path).toBe('recoveryKey');
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    await t.ok('session.recover', { recoveryKey: typed, username: 'admin', passphrase: 'phrase retrouvée 2026' });
    expect((await t.ok('session.login', { username: 'admin', passphrase: 'phrase retrouvée 2026' })).state).toBe(
      'ready',
    );
  });

  it('keeps everything after the app restarts', async () => {
    await setupAdmin(t);
    await t.ok('users.create', {
      username: 'cpip.durand',
      displayName: 'Paul Durand',
      role: 'cpip',
      passphrase: 'phrase de paul durand',
    });
    await t.core.close();
    t = await openTestCore(temp.dir, clock);
    expect((await t.ok('session.status')).state).toBe('login');
    await t.ok('session.login', { username: 'cpip.durand', passphrase: 'phrase de paul durand' });
    expect((await t.ok('session.status')).user?.displayName).toBe('Paul Durand');
  });
});
