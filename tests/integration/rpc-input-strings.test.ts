import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import { ftsQuery } from '@core/repo/persons-repo';

const CLERK = {
  username: 'greffe',
  displayName: 'Gaëlle Greffe',
  role: 'secretariat' as const,
  passphrase: 'phrase de passe commune',
};
const ZOE = {
  lastName: 'Lefèvre',
  firstName: 'Zoé',
  birthDate: '1998-05-14',
  birthPlace: 'Libourne',
  city: 'Bègles',
  postalCode: '33130',
};

/** Strings at the RPC boundary: normalised to NFC, refused with VALIDATION when they hold controls or lone surrogates. */
describe('strings at the RPC boundary', () => {
  const temp = makeTempDir();
  let t: TestCore;

  beforeAll(async () => {
    t = await openTestCore(temp.dir);
    await setupAdmin(t);
    await t.ok('users.create', CLERK);
    await t.ok('session.logout');
    await t.ok('session.login', { username: CLERK.username, passphrase: CLERK.passphrase });
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('refuses a search holding U+0000 with a French VALIDATION error, not INTERNAL', async () => {
    for (const query of ['Lef\u0000', '\u0000', 'a\u0000"*']) {
      const error = await t.fail('persons.search', { query });
      expect(error.code, JSON.stringify(query)).toBe('VALIDATION');
      expect(error.fields).toEqual([{ path: 'query', message: 'Caractère de contrôle non admis (U+0000).' }]);
    }
    expect((await t.fail('measures.caseload', { query: 'x\u0000' })).code).toBe('VALIDATION');
  });

  it('refuses a geocoding query with a lone surrogate, and other controls anywhere in the input', async () => {
    const lone = await t.fail('geo.geocode', { query: 'Pessac \ud800', limit: 3 });
    expect(lone).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'query', message: 'Texte illisible : caractère Unicode incomplet.' }],
    });
    expect((await t.fail('geo.geocode', { query: '\udc00Pessac' })).code).toBe('VALIDATION');
    const nested = await t.fail('measures.register', {
      person: { ...ZOE, lastName: 'Lef\u001bvre' },
      measure: {},
    });
    expect(nested.fields).toContainEqual({
      path: 'person.lastName',
      message: 'Caractère de contrôle non admis (U+001B).',
    });
    expect((await t.fail('persons.search', { query: 'Lef\u0085vre' })).code).toBe('VALIDATION');
    expect((await t.fail('persons.search', { query: 'Lef\u007fvre' })).code).toBe('VALIDATION');
  });

  it('writes nothing, not even an audit entry, for such input', async () => {
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    await t.fail('persons.create', { ...ZOE, lastName: 'Lef\u0000vre' });
    await t.fail('persons.create', { ...ZOE, firstName: 'Zo\ud83d' });
    await t.fail('persons.search', { query: '\u0000' });
    expect(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).toEqual(before);
  });

  it('keeps tabs and line breaks (multi-line notes) and stores text in NFC', async () => {
    const decomposed = 'Lefe\u0300vre';
    const person = await t.ok('persons.create', { ...ZOE, lastName: decomposed, notes: 'Ligne 1\n\tLigne 2\r\n' });
    expect(person.lastName).toBe('Lefèvre');
    expect(person.lastName).toBe(decomposed.normalize('NFC'));
    expect(person.notes).toContain('Ligne 1\n\tLigne 2');
    // Searched in NFD or NFC, the same person is found.
    expect((await t.ok('persons.search', { query: 'lefe\u0300v' })).map((p) => p.id)).toContain(person.id);
    expect((await t.ok('persons.search', { query: 'LEFÈVRE zoé' })).map((p) => p.id)).toContain(person.id);
  });

  it('builds FTS queries from letter and digit tokens only', () => {
    expect(ftsQuery('Lefèvre-Cœur')).toBe('"Lefèvre"* "Cœur"*');
    expect(ftsQuery('a"b OR c* NEAR(d) ^e {f} \u0000')).toBe('"a"* "b"* "OR"* "c"* "NEAR"* "d"* "e"* "f"*');
    expect(ftsQuery('" * ( ) : -')).toBeNull();
    expect(ftsQuery("d'Artagnan 33")).toBe('"d"* "Artagnan"* "33"*');
  });
});
