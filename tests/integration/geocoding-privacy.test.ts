/**
 * A person's home address is personal data: by default it is looked up in the gazetteer on this PC and never sent to
 * the address API; host and post addresses (organisations) may go online. An administrator may turn online geocoding
 * of persons' addresses on. Requests reaching the fake API are counted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { startFakeAddressApi, type FakeAddressApi } from '../support/fake-address-api';

const OFFICER = {
  username: 'paul.durand',
  displayName: 'Paul Durand',
  role: 'cpip' as const,
  passphrase: 'phrase de paul',
};
const COMMUNES = 'nom;code_insee;code_postal;latitude;longitude\nBordeaux;33063;33000;44.8378;-0.5792\n';
const HOME = '12 rue Sainte-Catherine Bordeaux';

describe('geocoding of persons’ addresses', () => {
  const temp = makeTempDir();
  let t: TestCore;
  let api: FakeAddressApi;

  const loginAs = async (user: { username: string; passphrase: string }) => {
    await t.ok('session.logout');
    await t.ok('session.login', { username: user.username, passphrase: user.passphrase });
  };

  beforeAll(async () => {
    t = await openTestCore(temp.dir);
    api = await startFakeAddressApi();
    await setupAdmin(t);
    await t.ok('users.create', OFFICER);
    await t.ok('geo.importGazetteer', { fileName: 'communes.csv', content: COMMUNES });
    await t.ok('geo.updateSettings', { addressApiUrl: api.url });
  });
  afterAll(async () => {
    await t.core.close();
    await api.close();
    temp.cleanup();
  });
  beforeEach(() => {
    api.requests.length = 0;
  });

  it('keeps a person’s address on this PC by default, and says so', async () => {
    expect((await t.ok('settings.get')).personAddressesOnline).toBe(false);
    const person = await t.ok('geo.geocode', { query: HOME, limit: 3, purpose: 'person' });
    // Whatever the caller does not declare as an organisation's address is treated like a person's.
    const undeclared = await t.ok('geo.geocode', { query: HOME, limit: 3 });
    expect(api.requests).toHaveLength(0);
    expect(person.map((r) => [r.source, r.city])).toEqual([['gazetteer', 'Bordeaux']]);
    expect(undeclared).toEqual(person);
  });

  it('still sends host and post addresses to the address API', async () => {
    const host = await t.ok('geo.geocode', { query: HOME, limit: 2, purpose: 'host' });
    const post = await t.ok('geo.geocode', { query: HOME, limit: 2, purpose: 'post' });
    expect(api.requests).toHaveLength(2);
    expect(host[0]).toMatchObject({ source: 'api', label: '12 Rue Sainte-Catherine 33000 Bordeaux' });
    expect(post[0]!.source).toBe('api');
  });

  it('sends a person’s address online once an administrator turns it on, and stops when turned off', async () => {
    expect((await t.ok('settings.update', { personAddressesOnline: true })).personAddressesOnline).toBe(true);
    const online = await t.ok('geo.geocode', { query: HOME, limit: 2, purpose: 'person' });
    expect(api.requests).toEqual(['/search/?q=12%20rue%20Sainte-Catherine%20Bordeaux&limit=2']);
    expect(online[0]!.source).toBe('api');
    await t.ok('settings.update', { personAddressesOnline: false });
    await t.ok('geo.geocode', { query: HOME, limit: 2, purpose: 'person' });
    expect(api.requests).toHaveLength(1);
  });

  it('refuses a bad purpose or setting in French, sending and changing nothing', async () => {
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const purpose = await t.fail('geo.geocode', { query: HOME, purpose: 'voisin' });
    expect(purpose.code).toBe('VALIDATION');
    expect(purpose.fields?.[0]?.path).toBe('purpose');
    const setting = await t.fail('settings.update', { personAddressesOnline: 'oui' });
    expect(setting.code).toBe('VALIDATION');
    expect(setting.fields?.[0]).toMatchObject({ path: 'personAddressesOnline', message: 'Indiquez oui ou non.' });
    expect(api.requests).toHaveLength(0);
    const after = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    expect(after).toEqual(before);
    expect((await t.ok('settings.get')).personAddressesOnline).toBe(false);
  });

  it('lets only the administrator turn it on: an officer is refused and nothing changes', async () => {
    await loginAs(OFFICER);
    const dataCounts = async () => {
      const counts = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
      return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
    };
    const before = await dataCounts();
    expect((await t.fail('settings.update', { personAddressesOnline: true })).code).toBe('FORBIDDEN');
    expect(await dataCounts()).toEqual(before);
    expect((await t.ok('settings.get')).personAddressesOnline).toBe(false);
    await t.ok('geo.geocode', { query: HOME, limit: 2, purpose: 'person' });
    expect(api.requests).toHaveLength(0);
    await loginAs(ADMIN);
  });
});
