import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { dataPaths } from '@core/data-paths';
import { Keyring } from '@core/crypto/keyring';
import { openDatabase } from '@core/db/open-database';
import { placementTutors } from '@core/db/migrations/008-placement-tutors';
import { uuidv7 } from '@core/util/uuid7';
import type { MethodInput } from '@shared/rpc/contract';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, TEST_KDF, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';

/**
 * Issue 10, coherent placements and catalogue rules, through the router: the habilitation must cover the start, the
 * start must come before the deadline, a change of post ends the current placement between its start and today,
 * the tutor is one of the post's, minor status follows age on the start date; a post of a host not habilitated
 * goes on the list with its host's habilitation request; a post with people placed is not struck off. Every refused
 * call writes nothing.
 */
const PASS = 'phrase de passe commune';
const STAFF = {
  dpip: { username: 'cheffe', displayName: 'Claire Cheffe', role: 'dpip' as const, passphrase: PASS },
  cpip: { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS },
  referent: { username: 'remi', displayName: 'Rémi Référent', role: 'referent' as const, passphrase: PASS },
};
const HOST = 'Les Jardins partagés';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

async function withDb<T>(dataDir: string, fn: (knex: Knex) => Promise<T>): Promise<T> {
  const paths = dataPaths(dataDir);
  const key = await Keyring.load(paths.keyring, TEST_KDF).unlockWithPassphrase(ADMIN.username, ADMIN.passphrase);
  if (!key) throw new Error('cannot unlock the test database');
  const db = await openDatabase(paths.database, key);
  try {
    return await fn(db.knex);
  } finally {
    await db.close();
  }
}

interface Catalogue {
  hostId: string;
  /** Adult post of the association, habilitated from 15/01/2026 to 31/01/2027; tutor Marc Roux. */
  garden: string;
  gardenTutor: string;
  /** Post open to minors of the same association; tutor Julie Petit. */
  library: string;
  libraryTutor: string;
  /** Post of a town hall (habilitated by right); tutor Paul Vidal. */
  townPost: string;
  townTutor: string;
}

/** The catalogue written straight into the database: an association with one habilitation, and a town hall. */
async function seedCatalogue(dataDir: string): Promise<Catalogue> {
  const at = '2025-11-01T09:00:00.000Z';
  const ids = {
    hostId: uuidv7(),
    town: uuidv7(),
    garden: uuidv7(),
    gardenTutor: uuidv7(),
    library: uuidv7(),
    libraryTutor: uuidv7(),
    townPost: uuidv7(),
    townTutor: uuidv7(),
  };
  await withDb(dataDir, async (knex) => {
    const stamps = { created_at: at, updated_at: at };
    await knex('hosts').insert([
      {
        id: ids.hostId,
        name: HOST,
        kind: 'association',
        city: 'Bègles',
        habilitated: true,
        habilitation_valid_until: '2027-01-31',
        ...stamps,
      },
      { id: ids.town, name: 'Mairie de Bègles', kind: 'collectivite', city: 'Bègles', habilitated: true, ...stamps },
    ]);
    await knex('habilitations').insert({
      id: uuidv7(),
      host_id: ids.hostId,
      kind: 'initiale',
      requested_on: '2025-11-01',
      decision: 'accordee',
      decided_on: '2026-01-15',
      valid_until: '2027-01-31',
      ...stamps,
    });
    const post = (id: string, hostId: string, title: string, openToMinors: boolean) => ({
      id,
      host_id: hostId,
      title,
      category: 'espaces_verts',
      city: 'Bègles',
      places: 5,
      schedule: JSON.stringify(['sat_morning']),
      open_to_minors: openToMinors,
      registered: true,
      active: true,
      ...stamps,
    });
    await knex('posts').insert([
      post(ids.garden, ids.hostId, 'Jardin partagé', false),
      post(ids.library, ids.hostId, 'Bibliothèque de rue', true),
      post(ids.townPost, ids.town, 'Espaces verts', false),
    ]);
    const tutor = (id: string, hostId: string, firstName: string, lastName: string) => ({
      id,
      host_id: hostId,
      first_name: firstName,
      last_name: lastName,
      birth_date: '1970-03-02',
      birth_place: 'Talence',
      role: 'Animateur',
      ...stamps,
    });
    await knex('tutors').insert([
      tutor(ids.gardenTutor, ids.hostId, 'Marc', 'Roux'),
      tutor(ids.libraryTutor, ids.hostId, 'Julie', 'Petit'),
      tutor(ids.townTutor, ids.town, 'Paul', 'Vidal'),
    ]);
    await knex('post_tutors').insert([
      { post_id: ids.garden, tutor_id: ids.gardenTutor },
      { post_id: ids.library, tutor_id: ids.libraryTutor },
      { post_id: ids.townPost, tutor_id: ids.townTutor },
    ]);
  });
  return {
    hostId: ids.hostId,
    garden: ids.garden,
    gardenTutor: ids.gardenTutor,
    library: ids.library,
    libraryTutor: ids.libraryTutor,
    townPost: ids.townPost,
    townTutor: ids.townTutor,
  };
}

const ADULT_MEASURE: MethodInput<'measures.register'>['measure'] = {
  type: 'tig',
  court: 'Tribunal judiciaire de Bordeaux',
  decisionDate: '2025-12-01',
  hoursOrdered: 70,
  deadline: '2027-06-01',
  offenceCategory: 'atteinte_biens',
};

describe('placement and catalogue rules through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;
  let cat: Catalogue;

  async function as(who: keyof typeof STAFF | 'admin') {
    await t.ok('session.logout');
    const creds = who === 'admin' ? ADMIN : STAFF[who];
    await t.ok('session.login', { username: creds.username, passphrase: creds.passphrase });
  }

  /** Row counts of every table but the audit trail (a refused call is audited, not written). */
  async function dataCounts() {
    const counts = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
  }

  /** A consenting person with a measure, ready to be placed; returns the measure id. */
  async function measureFor(
    firstName: string,
    measure: MethodInput<'measures.register'>['measure'] = ADULT_MEASURE,
    birthDate = '1990-04-04',
  ): Promise<string> {
    const registered = await t.ok('measures.register', {
      person: { lastName: 'Lefèvre', firstName, birthDate, city: 'Bègles', postalCode: '33130' },
      measure,
    });
    await t.ok('measures.recordConsent', {
      measureId: registered.measure.id,
      status: 'hearing',
      date: measure.decisionDate,
    });
    return registered.measure.id;
  }

  beforeEach(async () => {
    temp = makeTempDir();
    clock = new FakeClock(Date.parse('2026-11-23T09:00:00Z'));
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
    for (const user of Object.values(STAFF)) await t.ok('users.create', user);
    cat = await seedCatalogue(temp.dir);
    await as('cpip');
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('places only within the host’s habilitation, and flags one that ends before the hours can be done', async () => {
    const measureId = await measureFor('Zoé');
    const place = (startDate: string, id = measureId) => ({
      measureId: id,
      postId: cat.garden,
      tutorId: cat.gardenTutor,
      startDate,
      schedule: ['sat_morning' as const],
      hoursPlanned: 70,
    });
    const before = await dataCounts();
    expect(await t.fail('placements.create', place('2026-01-14'))).toEqual({
      code: 'CONFLICT',
      message: `L’habilitation de la structure « ${HOST} » ne couvre pas le 14/01/2026 (habilitée du 15/01/2026 au 31/01/2027).`,
      fields: [
        {
          path: 'startDate',
          message: `L’habilitation de la structure « ${HOST} » ne couvre pas le 14/01/2026 (habilitée du 15/01/2026 au 31/01/2027).`,
        },
      ],
    });
    expect((await t.fail('placements.create', place('2027-02-01'))).message).toContain('ne couvre pas le 01/02/2027');
    expect(await dataCounts()).toEqual(before);

    // Its first day and its last day are covered.
    const placed = await t.ok('placements.create', place('2026-01-15'));
    expect(placed.placements[0]).toMatchObject({ startDate: '2026-01-15', tutorName: 'Marc Roux', tutorLegacy: false });
    await t.ok('placements.create', place('2027-01-31', await measureFor('Léa')));

    // 70 h at 3 h 30 a week from today: 12/04/2027 at the earliest, after the end of the habilitation.
    expect(placed.measure.alerts).toContainEqual({
      kind: 'habilitation_ends',
      severity: 'warning',
      message:
        'L’habilitation de la structure prend fin le 31/01/2027, avant que les heures prévues puissent être faites (au plus tôt le 12/04/2027 à ce rythme)',
    });
    const flagged = await t.ok('measures.caseload', { withAlertsOnly: true, limit: 50, offset: 0 });
    expect(flagged.items.map((i) => i.measureId)).toContain(measureId);

    // A renewal granted in time lifts the flag: rederiving the host refreshes the measures placed there.
    await withDb(temp.dir, (knex) =>
      knex('habilitations').insert({
        id: uuidv7(),
        host_id: cat.hostId,
        kind: 'renouvellement',
        requested_on: '2026-10-01',
        decision: 'accordee',
        decided_on: '2026-11-20',
        valid_until: '2031-01-31',
        created_at: '2026-11-20T09:00:00.000Z',
        updated_at: '2026-11-20T09:00:00.000Z',
      }),
    );
    await as('referent');
    await t.ok('hosts.update', { id: cat.hostId, host: { name: HOST, type: 'association', city: 'Bègles' } });
    await as('cpip');
    expect((await t.ok('measures.get', { id: measureId })).measure.alerts.map((a) => a.kind)).not.toContain(
      'habilitation_ends',
    );
    const still = await t.ok('measures.caseload', { withAlertsOnly: true, limit: 50, offset: 0 });
    expect(still.items.map((i) => i.measureId)).not.toContain(measureId);
  });

  it('refuses a start after the effective deadline, suspensions included, and writes nothing', async () => {
    const measureId = await measureFor('Zoé', { ...ADULT_MEASURE, decisionDate: '2026-10-01', deadline: '2026-12-15' });
    await t.ok('suspensions.record', {
      measureId,
      reason: 'medical',
      from: '2026-10-10',
      to: '2026-10-14',
      decisionDate: '2026-10-09',
    });
    const place = (startDate: string) => ({
      measureId,
      postId: cat.garden,
      tutorId: cat.gardenTutor,
      startDate,
      hoursPlanned: 70,
    });
    const before = await dataCounts();
    // 15/12 pushed back by five suspended days.
    expect(await t.fail('placements.create', place('2026-12-21'))).toMatchObject({
      code: 'VALIDATION',
      fields: [
        {
          path: 'startDate',
          message: 'Le délai d’exécution expire le 20/12/2026 : la prise de poste ne peut être fixée après.',
        },
      ],
    });
    expect(await dataCounts()).toEqual(before);
    await t.ok('placements.create', place('2026-12-20'));
  });

  it('ends the current placement on a change of post between its start and today', async () => {
    const measureId = await measureFor('Zoé');
    await t.ok('placements.create', {
      measureId,
      postId: cat.garden,
      tutorId: cat.gardenTutor,
      startDate: '2026-11-02',
      hoursPlanned: 70,
    });
    const move = (startDate: string) => ({
      measureId,
      postId: cat.library,
      tutorId: cat.libraryTutor,
      startDate,
      hoursPlanned: 70,
    });
    const before = await dataCounts();
    expect((await t.fail('placements.create', move('2026-11-01'))).fields).toEqual([
      {
        path: 'startDate',
        message: 'L’affectation en cours a commencé le 02/11/2026 : le changement de poste ne peut la terminer avant.',
      },
    ]);
    expect((await t.fail('placements.create', move('2026-11-24'))).message).toContain('ne peut être dans le futur');
    expect(await dataCounts()).toEqual(before);
    const moved = await t.ok('placements.create', move('2026-11-23'));
    expect(moved.placements.map((p) => [p.postTitle, p.status, p.endDate])).toEqual([
      ['Bibliothèque de rue', 'active', null],
      ['Jardin partagé', 'ended', '2026-11-23'],
    ]);
  });

  it('decides minor status by age on the start date, not by the measure type', async () => {
    // Born 24/11/2008: 17 years and 364 days today, 18 tomorrow.
    const measureId = await measureFor(
      'Théo',
      { ...ADULT_MEASURE, type: 'tig_mineur', decisionDate: '2026-10-01', offenceDate: '2026-06-01' },
      '2008-11-24',
    );
    const place = (startDate: string, postId = cat.garden, tutorId = cat.gardenTutor) => ({
      measureId,
      postId,
      tutorId,
      startDate,
      hoursPlanned: 70,
    });
    const before = await dataCounts();
    expect(await t.fail('placements.create', place('2026-11-23'))).toMatchObject({
      code: 'CONFLICT',
      fields: [
        { path: 'postId', message: 'La personne aura 17 ans le 23/11/2026 : ce poste n’est pas ouvert aux mineurs.' },
      ],
    });
    expect(await dataCounts()).toEqual(before);
    // The same TIG mineur starting on the day of the 18th birthday may go on an adult post.
    const placed = await t.ok('placements.create', place('2026-11-24'));
    expect(placed.placements[0]?.postTitle).toBe('Jardin partagé');
  });

  it('takes the tutor among the post’s, or adds one to the post in the same call, never free text', async () => {
    const measureId = await measureFor('Zoé');
    const base = { measureId, postId: cat.garden, startDate: '2026-11-02', hoursPlanned: 70 };
    const NEW_TUTOR = {
      lastName: 'Garnier',
      firstName: 'Léa',
      birthDate: '1985-07-12',
      birthPlace: 'Pessac',
      role: 'Jardinière',
    };
    const before = await dataCounts();
    expect((await t.fail('placements.create', base)).fields).toEqual([
      { path: 'tutorId', message: 'Choisissez le tuteur (ou ajoutez-en un au poste).' },
    ]);
    expect((await t.fail('placements.create', { ...base, tutorName: 'M. Roux' })).code).toBe('VALIDATION');
    expect((await t.fail('placements.create', { ...base, tutorId: cat.townTutor })).fields).toEqual([
      { path: 'tutorId', message: 'Ce tuteur n’est pas l’un des tuteurs inscrits du poste.' },
    ]);
    // A refused placement adds no tutor either.
    expect((await t.fail('placements.create', { ...base, startDate: '2027-07-01', newTutor: NEW_TUTOR })).code).toBe(
      'VALIDATION',
    );
    expect(await dataCounts()).toEqual(before);

    const placed = await t.ok('placements.create', { ...base, newTutor: NEW_TUTOR });
    expect(placed.placements[0]).toMatchObject({ tutorName: 'Léa Garnier', tutorLegacy: false });
    const after = await dataCounts();
    expect([after.tutors! - before.tutors!, after.post_tutors! - before.post_tutors!]).toEqual([1, 1]);
    const post = await t.ok('posts.get', { id: cat.garden });
    expect(post.tutors.map((tutor) => tutor.name).sort()).toEqual(['Léa Garnier', 'Marc Roux']);
    expect(post.tutors.find((tutor) => tutor.name === 'Léa Garnier')?.id).toBe(placed.placements[0]?.tutorId);
  });

  it('puts a post of a host not habilitated on the list only with its habilitation request', async () => {
    await as('referent');
    const host = await t.ok('hosts.create', { name: 'Atelier vélo', type: 'association', city: 'Talence' });
    const tutor = await t.ok('tutors.create', {
      hostId: host.id,
      lastName: 'Morel',
      firstName: 'Anne',
      birthDate: '1980-01-01',
      birthPlace: 'Bordeaux',
      role: 'Mécanicienne',
    });
    const postFields = {
      hostId: host.id,
      title: 'Réparation de vélos',
      category: 'espaces_verts' as const,
      places: 2,
      tutorIds: [tutor.id],
    };
    const post = await t.ok('posts.create', postFields);
    const before = await dataCounts();
    const refused = await t.fail('registrations.request', {
      postId: post.id,
      kind: 'inscription',
      requestedOn: '2026-11-23',
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('« Demander l’habilitation »');
    expect(refused.fields?.[0]?.path).toBe('habilitationRequest');
    expect(await dataCounts()).toEqual(before);

    await t.ok('registrations.request', {
      postId: post.id,
      kind: 'inscription',
      requestedOn: '2026-11-23',
      habilitationRequest: { fileNote: 'Statuts, projet associatif' },
    });
    expect(await t.ok('habilitations.list', { hostId: host.id })).toMatchObject([
      { kind: 'initiale', requestedOn: '2026-11-23', fileNote: 'Statuts, projet associatif', decision: null },
    ]);
    // The request under way lets the host's other posts go forward; a second request is refused.
    const other = await t.ok('posts.create', { ...postFields, title: 'Atelier mobile' });
    const twice = await t.fail('registrations.request', {
      postId: other.id,
      kind: 'inscription',
      requestedOn: '2026-11-23',
      habilitationRequest: { fileNote: null },
    });
    expect(twice.message).toBe('Une demande d’habilitation est déjà en cours pour cette structure.');
    await t.ok('registrations.request', { postId: other.id, kind: 'inscription', requestedOn: '2026-11-23' });
  });

  it('keeps on the list a post where people are placed, naming them to the DPIP', async () => {
    const measureId = await measureFor('Zoé');
    const placed = await t.ok('placements.create', {
      measureId,
      postId: cat.townPost,
      tutorId: cat.townTutor,
      startDate: '2026-11-02',
      hoursPlanned: 70,
    });
    await as('dpip');
    const removal = await t.ok('registrations.request', {
      postId: cat.townPost,
      kind: 'radiation',
      requestedOn: '2026-11-23',
    });
    await t.ok('registrations.requestOpinions', {
      id: removal.id,
      givers: ['procureur', 'jap'],
      requestedOn: '2026-11-23',
    });
    clock.advance(10 * 86_400_000);
    await as('dpip');
    const before = await dataCounts();
    expect(
      await t.fail('registrations.decide', { id: removal.id, decision: 'acceptee', decidedOn: '2026-12-03' }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: `1 personne est affectée à ce poste (Zoé Lefèvre (${placed.person.dossierNumber})) : il ne peut être radié qu’une fois son affectation terminée ou déplacée.`,
    });
    expect(await dataCounts()).toEqual(before);
    // Refusing the removal stays possible.
    await t.ok('registrations.decide', { id: removal.id, decision: 'refusee', decidedOn: '2026-12-03' });
  });

  it('migrates old free-text tutors: matched to a tutor of the post, or kept as they were', async () => {
    const ids = [await measureFor('Zoé'), await measureFor('Léa'), await measureFor('Inès')];
    for (const measureId of ids)
      await t.ok('placements.create', {
        measureId,
        postId: cat.garden,
        tutorId: cat.gardenTutor,
        startDate: '2026-11-02',
        hoursPlanned: 70,
      });
    const names = ['M. Roux', 'ROUX Marc', 'Mme Dupont'];
    const rows: Row[] = await withDb(temp.dir, async (knex) => {
      // As written before issue 10: free text, no tutor id.
      for (const [i, measureId] of ids.entries())
        await knex('placements').where({ measure_id: measureId }).update({ tutor_id: null, tutor_name: names[i] });
      await placementTutors.up(knex);
      return knex('placements').whereIn('measure_id', ids).select('measure_id', 'tutor_id', 'tutor_name');
    });
    const byMeasure = new Map(rows.map((r) => [r.measure_id, r]));
    expect(ids.map((id) => [byMeasure.get(id)!.tutor_id, byMeasure.get(id)!.tutor_name])).toEqual([
      [cat.gardenTutor, 'M. Roux'],
      [cat.gardenTutor, 'ROUX Marc'],
      [null, 'Mme Dupont'],
    ]);
    const legacy = await t.ok('measures.get', { id: ids[2]! });
    expect(legacy.placements[0]).toMatchObject({ tutorId: null, tutorName: 'Mme Dupont', tutorLegacy: true });
    expect((await t.ok('measures.get', { id: ids[0]! })).placements[0]).toMatchObject({
      tutorName: 'Marc Roux',
      tutorLegacy: false,
    });
  });
});
