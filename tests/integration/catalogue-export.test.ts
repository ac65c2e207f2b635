import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import type { MethodInput } from '@shared/rpc/contract';

const REFERENT = {
  username: 'rita',
  displayName: 'Rita Référente',
  role: 'referent' as const,
  passphrase: 'phrase de passe commune',
};

const POST = {
  title: 'Aide à la distribution alimentaire',
  category: 'restauration_aide_alimentaire' as const,
  schedule: ['sat_morning' as const],
  places: 2,
};

/** The first cell of each data line of the CSV (the name or the title), header and final empty line left out. */
function firstCells(content: string): string[] {
  return content
    .slice(1)
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(';')[0]!);
}

describe('CSV export with the screen’s filters', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;

  const exportRows = async (input: MethodInput<'catalogue.exportCsv'>) => {
    const csv = await t.ok('catalogue.exportCsv', input);
    const names = firstCells(csv.content);
    expect(names).toHaveLength(csv.rows);
    return names;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-01-31T09:00:00Z')));
    await setupAdmin(t);
    await t.ok('users.create', REFERENT);
    await t.ok('session.logout');
    await t.ok('session.login', { username: REFERENT.username, passphrase: REFERENT.passphrase });
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('exports only the rows the list shows with the same filters', async () => {
    const begles = await t.ok('hosts.create', {
      name: 'Mairie de Bègles',
      type: 'collectivite',
      postalCode: '33130',
      city: 'Bègles',
    });
    const restos = await t.ok('hosts.create', {
      name: 'Restos de Bègles',
      type: 'association',
      postalCode: '33130',
      city: 'Bègles',
    });
    const perigueux = await t.ok('hosts.create', {
      name: 'Mairie de Périgueux',
      type: 'collectivite',
      postalCode: '24000',
      city: 'Périgueux',
    });

    // Hosts: type, habilitation (a public body is habilitated by right), département.
    expect(await exportRows({ list: 'hosts', filters: { type: 'collectivite' } })).toEqual([
      'Mairie de Bègles',
      'Mairie de Périgueux',
    ]);
    expect(await exportRows({ list: 'hosts', filters: { habilitated: false } })).toEqual(['Restos de Bègles']);
    expect(await exportRows({ list: 'hosts', filters: { habilitated: true, departement: '24' } })).toEqual([
      'Mairie de Périgueux',
    ]);
    expect(await exportRows({ list: 'hosts', query: 'bègles', filters: { type: 'collectivite' } })).toEqual([
      'Mairie de Bègles',
    ]);
    // The same rows as the list with the same filters.
    const listed = await t.ok('hosts.list', { type: 'collectivite', departement: '33' });
    expect(await exportRows({ list: 'hosts', filters: { type: 'collectivite', departement: '33' } })).toEqual(
      listed.items.map((h) => h.name),
    );

    // Posts: category, département, host, registration.
    await t.ok('posts.create', {
      hostId: begles.id,
      ...POST,
      title: 'Espaces verts',
      category: 'espaces_verts',
      postalCode: '33130',
      city: 'Bègles',
    });
    await t.ok('posts.create', { hostId: restos.id, ...POST, postalCode: '33130', city: 'Bègles' });
    await t.ok('posts.create', {
      hostId: perigueux.id,
      ...POST,
      title: 'Entretien des berges',
      category: 'espaces_verts',
      postalCode: '24000',
      city: 'Périgueux',
    });
    expect(await exportRows({ list: 'posts', filters: { category: 'espaces_verts' } })).toEqual([
      'Entretien des berges',
      'Espaces verts',
    ]);
    expect(await exportRows({ list: 'posts', filters: { category: 'espaces_verts', departement: '33' } })).toEqual([
      'Espaces verts',
    ]);
    expect(await exportRows({ list: 'posts', filters: { hostId: restos.id } })).toEqual([
      'Aide à la distribution alimentaire',
    ]);
    expect(await exportRows({ list: 'posts', filters: { registered: true } })).toEqual([]);
    expect(await exportRows({ list: 'posts', filters: { freeOnly: true } })).toHaveLength(3);

    // Tutors: host.
    const tutor = { birthDate: '1970-03-02', birthPlace: 'Talence', role: 'Responsable' };
    await t.ok('tutors.create', { hostId: begles.id, lastName: 'Roux', firstName: 'Marc', ...tutor });
    await t.ok('tutors.create', { hostId: perigueux.id, lastName: 'Blanc', firstName: 'Léa', ...tutor });
    expect(await exportRows({ list: 'tutors', filters: { hostId: perigueux.id } })).toEqual(['Blanc']);

    // Prospects: step, an enum in the list and in the export alike.
    await t.ok('prospects.create', { name: 'Secours populaire', status: 'contacte' });
    await t.ok('prospects.create', { name: 'Emmaüs', status: 'a_contacter' });
    expect(await exportRows({ list: 'prospects', filters: { status: 'contacte' } })).toEqual(['Secours populaire']);
    expect((await t.ok('prospects.list', { status: 'a_contacter' })).items.map((p) => p.name)).toEqual(['Emmaüs']);
    expect((await t.fail('prospects.list', { status: 'inconnu' })).code).toBe('VALIDATION');
    expect((await t.fail('catalogue.exportCsv', { list: 'prospects', filters: { status: 'inconnu' } })).code).toBe(
      'VALIDATION',
    );
    // A filter of another list is refused rather than ignored.
    expect((await t.fail('catalogue.exportCsv', { list: 'tutors', filters: { status: 'contacte' } })).code).toBe(
      'VALIDATION',
    );
  });
});
