import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';

const CPIP = {
  username: 'paul.durand',
  displayName: 'Paul Durand',
  role: 'cpip' as const,
  passphrase: 'phrase de paul durand',
};

describe('accounts and roles through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir);
    await setupAdmin(t);
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('rejects unknown methods', async () => {
    expect(await t.fail('users.drop')).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets the administrator create, edit and disable users; a disabled user cannot log in', async () => {
    const paul = await t.ok('users.create', CPIP);
    expect(paul).toMatchObject({ username: 'paul.durand', role: 'cpip', disabled: false });
    const taken = await t.fail('users.create', { ...CPIP, displayName: 'Autre' });
    expect(taken).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'username' }] });
    const edited = await t.ok('users.update', { id: paul.id, displayName: 'Paul Durand-Roy', role: 'dpip' });
    expect(edited).toMatchObject({ displayName: 'Paul Durand-Roy', role: 'dpip' });
    await t.ok('users.update', { id: paul.id, disabled: true });
    await t.ok('session.logout');
    expect(await t.fail('session.login', { username: CPIP.username, passphrase: CPIP.passphrase })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('re-enables a disabled user only after a passphrase reset', async () => {
    const paul = await t.ok('users.create', CPIP);
    await t.ok('users.update', { id: paul.id, disabled: true });
    expect(await t.fail('users.update', { id: paul.id, disabled: false })).toMatchObject({ code: 'CONFLICT' });
    await t.ok('users.resetPassphrase', { id: paul.id, passphrase: 'nouvelle phrase de paul' });
    await t.ok('users.update', { id: paul.id, disabled: false });
    await t.ok('session.logout');
    expect(
      (await t.ok('session.login', { username: CPIP.username, passphrase: 'nouvelle phrase de paul' })).state,
    ).toBe('ready');
  });

  it('applies a change of one’s own role at once', async () => {
    await t.ok('users.create', { ...CPIP, username: 'second.admin', role: 'admin' });
    const me = (await t.ok('session.status')).user!;
    await t.ok('users.update', { id: me.id, role: 'dpip' });
    expect((await t.fail('users.create', { ...CPIP, username: 'tiers' })).code).toBe('FORBIDDEN');
    expect((await t.ok('session.status')).user?.role).toBe('dpip');
  });

  it('keeps at least one active administrator and refuses to disable oneself', async () => {
    const me = (await t.ok('session.status')).user!;
    expect(await t.fail('users.update', { id: me.id, disabled: true })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('users.update', { id: me.id, role: 'cpip' })).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'role' }],
    });
  });

  it('checks roles in the router: a CPIP cannot manage accounts nor read the audit trail', async () => {
    await t.ok('users.create', CPIP);
    await t.ok('session.logout');
    await t.ok('session.login', { username: CPIP.username, passphrase: CPIP.passphrase });
    for (const [method, input] of [
      ['users.list', {}],
      ['users.create', { ...CPIP, username: 'pirate' }],
      ['audit.list', {}],
      ['audit.verify', {}],
      ['settings.update', { autoLockMinutes: 120 }],
    ] as const) {
      const error = await t.fail(method, input);
      expect(error.code, method).toBe('FORBIDDEN');
      expect(error.message).toBe('Votre rôle (CPIP) ne permet pas cette action.');
    }
    expect((await t.ok('settings.get')).autoLockMinutes).toBe(10);
  });

  it('refuses calls before login', async () => {
    await t.ok('session.logout');
    expect(await t.fail('users.list')).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Vous devez vous connecter pour effectuer cette action.',
    });
  });

  it('audits reads and writes of accounts with who, role, method, ids and outcome; the chain verifies', async () => {
    const paul = await t.ok('users.create', CPIP);
    await t.ok('users.list');
    await t.fail('users.update', { id: '01234567-89ab-7def-8123-456789abcdef', displayName: 'X' });
    const { entries } = await t.ok('audit.list', { limit: 10 });
    const [notFound, list, create] = entries;
    expect(create).toMatchObject({
      username: 'admin',
      role: 'admin',
      method: 'users.create',
      entityIds: [paul.id],
      outcome: 'ok',
    });
    expect(list).toMatchObject({ method: 'users.list', outcome: 'ok' });
    expect(notFound).toMatchObject({ method: 'users.update', outcome: 'refused', errorCode: 'NOT_FOUND' });
    expect(await t.ok('audit.verify')).toMatchObject({ ok: true });
  });

  it('writes nothing for invalid input to any write method', async () => {
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const cases: Array<[string, unknown]> = [
      ['users.create', { username: 'é', displayName: 'x', role: 'cpip', passphrase: 'x'.repeat(12) }],
      ['users.update', { id: 'pas-un-id', displayName: 'x' }],
      ['users.update', { id: '01234567-89ab-7def-8123-456789abcdef', role: 'roi' }],
      ['users.resetPassphrase', { id: '01234567-89ab-7def-8123-456789abcdef', passphrase: 'court' }],
      ['settings.update', { autoLockMinutes: 0 }],
      ['settings.update', { autoLockMinutes: 1.5 }],
      ['settings.update', { serviceName: '   ' }],
      ['session.changePassphrase', { current: ADMIN.passphrase, next: 'court' }],
    ];
    for (const [method, input] of cases)
      expect((await t.fail(method, input)).code, `${method} ${JSON.stringify(input)}`).toBe('VALIDATION');
    expect(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).toEqual(before);
  });
});
