import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { flat, pdffonts, pdftotext } from '../support/pdf-tools';
import { LETTERHEAD } from '../support/documents-office';
import { ADMIN, FakeClock, openTestCore, setupAdmin, TEST_KDF, type TestCore } from '../support/test-core';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { uuidv7 } from '@core/util/uuid7';
import { POST_CATEGORIES } from '@shared/domain/catalogue/post-categories';
import type { MethodInput } from '@shared/rpc/contract';

const PASS = 'phrase de passe commune';
const REFERENT = { username: 'rita', displayName: 'Rita Référente', role: 'referent' as const, passphrase: PASS };

const ASSOCIATION: MethodInput<'hosts.create'> = {
  name: 'Restos du cœur de Bègles',
  type: 'association',
  siret: '73282932000074',
  street: '12 rue des Maraîchers',
  postalCode: '33130',
  city: 'Bègles',
  nationalPartnership: 'restos_du_coeur',
};
const TUTOR = {
  lastName: 'Roux',
  firstName: 'Marc',
  birthDate: '1970-03-02',
  birthPlace: 'Talence',
  role: 'Responsable logistique',
};

/** Every font of the PDF is embedded (pdffonts' "emb" column). */
function allFontsEmbedded(pdf: Buffer, dir: string, name: string): void {
  const rows = pdffonts(pdf, dir, name);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
}

/** A few hundred placeable posts over many communes, written through a second connection (as seed-catalogue does). */
async function seedManyPosts(dataDir: string, count: number): Promise<void> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(ADMIN.username, ADMIN.passphrase);
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  const at = new Date().toISOString();
  const hostId = uuidv7();
  const communes = [
    'Bordeaux',
    'Mérignac',
    'Pessac',
    'Talence',
    'Villenave-d’Ornon',
    'Le Bouscat',
    'Cenon',
    'Lormont',
    'Libourne',
    'Arcachon',
    'Saint-Médard-en-Jalles',
    'Blanquefort',
  ];
  try {
    await db.knex('hosts').insert({
      id: hostId,
      name: 'Ville de Bordeaux Métropole',
      kind: 'collectivite',
      city: 'Bordeaux',
      postal_code: '33000',
      departement: '33',
      habilitated: true,
      created_at: at,
      updated_at: at,
    });
    for (let i = 0; i < count; i += 1) {
      await db.knex('posts').insert({
        id: uuidv7(),
        host_id: hostId,
        title: `Poste n° ${String(i + 1).padStart(3, '0')} — agent d’entretien polyvalent`,
        category: POST_CATEGORIES[i % POST_CATEGORIES.length],
        street: `${i + 1} avenue de la République`,
        city: communes[i % communes.length],
        postal_code: '33000',
        departement: '33',
        places: 1 + (i % 3),
        schedule: JSON.stringify(['mon_morning', 'wed_afternoon', 'sat_morning']),
        registered: true,
        active: true,
        open_to_minors: i % 2 === 0,
        pmr_accessible: i % 3 === 0,
        public_transport: true,
        created_at: at,
        updated_at: at,
      });
    }
  } finally {
    await db.close();
  }
}

describe('catalogue documents: habilitation and registration decisions, catalogue of posts', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;
  let hostId = '';
  let habilitationId = '';
  let registrationId = '';
  let postId = '';

  async function dayIs(date: string) {
    clock.advance(Date.parse(`${date}T09:00:00Z`) - clock.now());
    await t.ok('session.logout');
    await t.ok('session.login', { username: REFERENT.username, passphrase: PASS });
  }

  async function generate(input: MethodInput<'documents.generate'>, name: string) {
    const result = await t.ok('documents.generate', input);
    const pdf = Buffer.from(result.pdfBase64, 'base64');
    const text = pdftotext(pdf, temp.dir, name);
    if (process.env.DOCS_PNG_DIR) {
      writeFileSync(join(process.env.DOCS_PNG_DIR, `${name}.pdf`), pdf);
      spawnSync('/usr/bin/pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        '1',
        '-l',
        '2',
        join(temp.dir, `${name}.pdf`),
        join(process.env.DOCS_PNG_DIR, name),
      ]);
    }
    return { result, pdf, text, f: flat(text) };
  }

  beforeAll(async () => {
    temp = makeTempDir();
    clock = new FakeClock(Date.parse('2026-01-31T09:00:00Z'));
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
    await t.ok('users.create', REFERENT);
    await t.ok('letterhead.update', LETTERHEAD);
    await dayIs('2026-01-31');
    hostId = (await t.ok('hosts.create', ASSOCIATION)).id;
    habilitationId = (
      await t.ok('habilitations.request', {
        hostId,
        kind: 'initiale',
        requestedOn: '2026-01-31',
        fileNote: 'Statuts, liste des postes',
      })
    ).id;
    await t.ok('habilitations.requestOpinions', {
      id: habilitationId,
      givers: ['procureur', 'jap', 'prefet'],
      requestedOn: '2026-01-31',
    });
    await dayIs('2026-02-12');
    await t.ok('habilitations.recordOpinion', {
      id: habilitationId,
      giver: 'procureur',
      receivedOn: '2026-02-10',
      opinion: 'favorable',
    });
    await t.ok('habilitations.recordOpinion', {
      id: habilitationId,
      giver: 'jap',
      receivedOn: '2026-02-12',
      opinion: 'defavorable',
    });
  });
  afterAll(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('refuses the habilitation decision before it is taken, then prints it with the deemed opinion and the copies', async () => {
    const before = (await t.ok('documents.list', { hostId, limit: 100 })).length;
    const early = await t.fail('documents.generate', { template: 'decision_habilitation', entityId: habilitationId });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toContain('Aucune décision');
    expect((await t.fail('documents.generate', { template: 'decision_habilitation' })).code).toBe('VALIDATION');
    expect(
      (
        await t.fail('documents.generate', {
          template: 'decision_habilitation',
          entityId: '0190a0a0-0000-7000-8000-000000000000',
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await t.ok('documents.list', { hostId, limit: 100 })).length).toBe(before);

    // The préfet never answers: his opinion is deemed given one month after the request (28 February).
    await dayIs('2026-03-02');
    await t.ok('habilitations.decide', {
      id: habilitationId,
      decision: 'accordee',
      decidedOn: '2026-03-02',
      validUntil: '2031-03-01',
    });
    const { f, result, pdf } = await generate(
      { template: 'decision_habilitation', entityId: habilitationId },
      'decision_habilitation',
    );
    for (const expected of [
      'Décision d’habilitation',
      'SPIP de la Gironde',
      'article 131-8 du code pénal',
      'articles R. 623-1 et suivants du code pénitentiaire',
      'Restos du cœur de Bègles',
      'Association',
      '732 829 320 00074',
      '12 rue des Maraîchers, 33130 Bègles',
      '31 janvier 2026',
      'Avis sollicités le 31 janvier 2026',
      'Procureur de la République : avis favorable reçu le 10 février 2026',
      'Juge de l’application des peines : avis défavorable reçu le 12 février 2026',
      'Préfet : avis réputé donné le 28 février 2026',
      'Habilitation accordée',
      '2 mars 2026',
      'jusqu’au 1er mars 2031',
      'M. Jérôme Cœur',
      'Copies : procureur de la République, juge de l’application des peines, préfet',
      result.document.reference,
      'Page 1 / 1',
    ]) {
      expect(f, expected).toContain(expected);
    }
    expect(result.document).toMatchObject({
      template: 'decision_habilitation',
      entityType: 'habilitation',
      entityId: habilitationId,
      hostId,
      personId: null,
    });
    expect(result.document.reference).toMatch(/^DH-2026-[0-9A-Z]{6}$/);
    allFontsEmbedded(pdf, temp.dir, 'decision_habilitation');
    expect((await t.ok('documents.list', { hostId, limit: 100 })).map((d) => d.id)).toContain(result.document.id);
  });

  it('prints the registration decision with the post, its tutors and the opinions, and refuses it before the decision', async () => {
    const tutor = await t.ok('tutors.create', { hostId, ...TUTOR });
    const post = await t.ok('posts.create', {
      hostId,
      title: 'Aide à la distribution alimentaire',
      category: 'restauration_aide_alimentaire',
      street: '4 place du Marché',
      postalCode: '33130',
      city: 'Bègles',
      schedule: ['sat_morning', 'wed_afternoon'],
      places: 2,
      openToMinors: true,
      publicTransport: true,
      tutorIds: [tutor.id],
    });
    postId = post.id;
    registrationId = (
      await t.ok('registrations.request', { postId, kind: 'inscription', requestedOn: '2026-03-02', places: 2 })
    ).id;
    await t.ok('registrations.requestOpinions', {
      id: registrationId,
      givers: ['procureur', 'jap'],
      requestedOn: '2026-03-02',
    });
    await dayIs('2026-03-05');
    await t.ok('registrations.recordOpinion', {
      id: registrationId,
      giver: 'procureur',
      receivedOn: '2026-03-05',
      opinion: 'favorable',
    });
    expect(
      (await t.fail('documents.generate', { template: 'decision_inscription', entityId: registrationId })).code,
    ).toBe('CONFLICT');
    // The JAP's opinion is deemed given ten days after the request.
    await dayIs('2026-03-12');
    await t.ok('registrations.decide', { id: registrationId, decision: 'acceptee', decidedOn: '2026-03-12' });
    await dayIs('2026-03-13');
    await t.ok('registrations.notify', { id: registrationId, notifiedOn: '2026-03-13' });

    const { f, result, pdf } = await generate(
      { template: 'decision_inscription', entityId: registrationId },
      'decision_inscription',
    );
    for (const expected of [
      'Décision d’inscription',
      'liste départementale',
      'Aide à la distribution alimentaire',
      'Restauration et aide alimentaire',
      '4 place du Marché, 33130 Bègles',
      'mercredi après-midi, samedi matin',
      'Marc ROUX (Responsable logistique)',
      'Restos du cœur de Bègles',
      '732 829 320 00074',
      'Procureur de la République : avis favorable reçu le 5 mars 2026',
      'Juge de l’application des peines : avis réputé donné le 12 mars 2026',
      'Inscription acceptée',
      '12 mars 2026',
      '13 mars 2026',
      'Copies : procureur de la République, juge de l’application des peines, préfet',
      result.document.reference,
    ]) {
      expect(f, expected).toContain(expected);
    }
    expect(result.document).toMatchObject({
      template: 'decision_inscription',
      entityType: 'registration',
      entityId: registrationId,
      hostId,
    });
    allFontsEmbedded(pdf, temp.dir, 'decision_inscription');
  });

  it('prints the catalogue of available posts of a département, refuses it without one, and lays out hundreds of posts', async () => {
    const missing = await t.fail('documents.generate', { template: 'catalogue_postes' });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.[0]?.path).toBe('departement');
    expect(
      (await t.fail('documents.generate', { template: 'catalogue_postes', departement: '3' })).fields?.[0]?.path,
    ).toBe('departement');

    const small = await generate({ template: 'catalogue_postes', departement: '33' }, 'catalogue_small');
    for (const expected of [
      'Catalogue des postes disponibles',
      'Département 33',
      '13 mars 2026',
      '1 poste disponible, 2 places libres',
      'magistrats et des avocats',
      'Bègles',
      'Restauration et aide alimentaire',
      'Aide à la distribution alimentaire',
      'Restos du cœur de Bègles',
      '4 place du Marché, 33130',
      'mercredi après-midi,',
      '2 sur 2',
    ]) {
      expect(small.f, expected).toContain(expected);
    }
    expect(small.result.document).toMatchObject({
      template: 'catalogue_postes',
      entityType: 'catalogue',
      entityId: null,
      hostId: null,
    });
    allFontsEmbedded(small.pdf, temp.dir, 'catalogue_small');
    const other = await generate({ template: 'catalogue_postes', departement: '40' }, 'catalogue_empty');
    expect(other.f).toContain('0 poste disponible');

    await seedManyPosts(temp.dir, 300);
    const started = performance.now();
    const big = await generate({ template: 'catalogue_postes', departement: '33' }, 'catalogue_big');
    const ms = performance.now() - started;
    expect(big.f).toContain('301 postes disponibles');
    expect(big.result.document.pages).toBeGreaterThan(10);
    expect(big.f).toContain(`Page ${big.result.document.pages} / ${big.result.document.pages}`);
    for (const commune of ['Arcachon', 'Blanquefort', 'Villenave-d’Ornon', 'Saint-Médard-en-Jalles', 'Poste n° 300'])
      expect(big.f, commune).toContain(commune);
    // Communes in alphabetical order.
    expect(big.f.indexOf('Arcachon')).toBeLessThan(big.f.indexOf('Blanquefort'));
    console.log(
      `catalogue of 301 posts: ${big.result.document.pages} pages, ${big.result.document.bytes} bytes, ${ms.toFixed(0)} ms`,
    );
    expect(readFileSync(join(temp.dir, 'catalogue_big.pdf')).length).toBe(big.result.document.bytes);
  });
});
