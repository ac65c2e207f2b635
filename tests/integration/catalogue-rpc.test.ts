import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { tableCounts } from '../support/db-snapshot';
import type { MethodInput } from '@shared/rpc/contract';

const PASS = 'phrase de passe commune';
const STAFF = {
  referent: { username: 'rita', displayName: 'Rita Référente', role: 'referent' as const, passphrase: PASS },
  cpip: { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS },
};

const ASSOCIATION: MethodInput<'hosts.create'> = {
  name: 'Restos du cœur de Bègles',
  type: 'association',
  siret: '732 829 320 00074',
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

const POST = {
  title: 'Aide à la distribution alimentaire',
  category: 'restauration_aide_alimentaire' as const,
  postalCode: '33130',
  city: 'Bègles',
  latitude: 44.808,
  longitude: -0.548,
  schedule: ['sat_morning' as const],
  places: 2,
};

describe('catalogue through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;

  async function as(who: keyof typeof STAFF | 'admin') {
    await t.ok('session.logout');
    const creds = who === 'admin' ? ADMIN : STAFF[who];
    await t.ok('session.login', { username: creds.username, passphrase: creds.passphrase });
  }

  /** Moves the clock to 10:00 in Paris on that day; the idle lock is lifted by logging in again. */
  async function dayIs(date: string, who: keyof typeof STAFF = 'referent') {
    clock.advance(Date.parse(`${date}T09:00:00Z`) - clock.now());
    await t.ok('session.logout');
    await t.ok('session.login', { username: STAFF[who].username, passphrase: PASS });
  }

  beforeEach(async () => {
    temp = makeTempDir();
    clock = new FakeClock(Date.parse('2026-01-31T09:00:00Z'));
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
    for (const user of Object.values(STAFF)) await t.ok('users.create', user);
    await as('referent');
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('habilitates an association, registers its post, places a person, then withdraws and removes', async () => {
    const badSiret = await t.fail('hosts.create', { ...ASSOCIATION, siret: '73282932000075' });
    expect(badSiret).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'siret', message: 'SIRET invalide : vérifiez les chiffres (clé de contrôle).' }],
    });
    const host = await t.ok('hosts.create', ASSOCIATION);
    expect(host).toMatchObject({
      siret: '73282932000074',
      departement: '33',
      habilitatedByRight: false,
      habilitated: false,
      habilitationLabel: 'Non habilitée',
    });
    expect((await t.fail('hosts.create', { ...ASSOCIATION, name: 'Doublon' })).code).toBe('CONFLICT');

    // Request on 31 January; the opinions deemed given one month later, on 28 February.
    const request = await t.ok('habilitations.request', {
      hostId: host.id,
      kind: 'initiale',
      requestedOn: '2026-01-31',
      fileNote: 'Statuts, liste des postes',
    });
    expect(request.step).toBe('demande');
    const tooSoon = await t.fail('habilitations.decide', {
      id: request.id,
      decision: 'accordee',
      decidedOn: '2026-01-31',
      validUntil: '2031-01-31',
    });
    expect(tooSoon).toMatchObject({
      code: 'CONFLICT',
      message: 'Les avis du procureur, du JAP et du préfet doivent être demandés avant la décision.',
    });
    await t.ok('habilitations.requestOpinions', {
      id: request.id,
      givers: ['procureur', 'jap', 'prefet'],
      requestedOn: '2026-01-31',
    });
    expect(
      (
        await t.fail('habilitations.recordOpinion', {
          id: request.id,
          giver: 'jap',
          receivedOn: '2026-02-10',
          opinion: 'favorable',
        })
      ).fields?.[0]?.path,
    ).toBe('receivedOn');

    await dayIs('2026-02-27');
    expect(
      (
        await t.fail('habilitations.recordOpinion', {
          id: request.id,
          giver: 'jap',
          receivedOn: '2026-01-30',
          opinion: 'favorable',
        })
      ).fields?.[0]?.path,
    ).toBe('receivedOn');
    let habilitation = await t.ok('habilitations.recordOpinion', {
      id: request.id,
      giver: 'procureur',
      receivedOn: '2026-02-10',
      opinion: 'favorable',
    });
    expect(habilitation.procureur.summary).toBe('Favorable (reçu le 10/02/2026)');
    expect(habilitation.jap.summary).toBe('En attente (réputé donné le 28/02/2026)');
    expect(habilitation).toMatchObject({
      step: 'avis',
      decisionProblem: 'Tous les avis ne sont pas encore reçus ni réputés donnés (un mois après la demande).',
    });
    expect(
      (
        await t.fail('habilitations.decide', {
          id: request.id,
          decision: 'accordee',
          decidedOn: '2026-02-27',
          validUntil: '2031-02-27',
        })
      ).code,
    ).toBe('CONFLICT');

    await dayIs('2026-02-28');
    expect((await t.ok('habilitations.list', { hostId: host.id }))[0]).toMatchObject({
      step: 'decision_possible',
      decisionProblem: null,
    });
    expect(
      (
        await t.fail('habilitations.decide', {
          id: request.id,
          decision: 'accordee',
          decidedOn: '2026-03-01',
          validUntil: '2031-02-28',
        })
      ).fields?.[0]?.path,
    ).toBe('decidedOn');
    habilitation = await t.ok('habilitations.decide', {
      id: request.id,
      decision: 'accordee',
      decidedOn: '2026-02-28',
      validUntil: '2031-02-28',
    });
    expect(habilitation).toMatchObject({ step: 'accordee', prefet: { summary: 'Réputé donné depuis le 28/02/2026' } });
    expect(await t.ok('hosts.get', { id: host.id })).toMatchObject({
      habilitated: true,
      habilitationLabel: 'Habilitée jusqu’au 28/02/2031',
    });
    expect(
      (await t.fail('habilitations.decide', { id: request.id, decision: 'refusee', decidedOn: '2026-02-28' })).message,
    ).toBe('Une décision a déjà été prise sur cette demande.');

    // The post: a tutor, then its registration (opinions deemed after ten days).
    const tutor = await t.ok('tutors.create', { hostId: host.id, ...TUTOR });
    const post = await t.ok('posts.create', { hostId: host.id, ...POST });
    expect(post).toMatchObject({
      registered: false,
      registrationLabel: 'Non inscrit',
      hostHabilitated: true,
      occupied: 0,
      placesFree: 2,
    });
    const noTutor = await t.fail('registrations.request', {
      postId: post.id,
      kind: 'inscription',
      requestedOn: '2026-02-28',
    });
    expect(noTutor).toMatchObject({
      code: 'CONFLICT',
      message: 'Désignez au moins un tuteur du poste avant de demander son inscription.',
    });
    await t.ok('posts.update', { id: post.id, post: { hostId: host.id, ...POST, tutorIds: [tutor.id] } });
    expect(
      (await t.fail('registrations.request', { postId: post.id, kind: 'radiation', requestedOn: '2026-02-28' }))
        .message,
    ).toBe('Seul un poste inscrit sur la liste départementale peut en être radié.');
    const registration = await t.ok('registrations.request', {
      postId: post.id,
      kind: 'inscription',
      requestedOn: '2026-02-28',
      places: 3,
    });
    expect((await t.fail('registrations.notify', { id: registration.id, notifiedOn: '2026-02-28' })).message).toBe(
      'La décision doit être prise avant d’être notifiée.',
    );
    await t.ok('registrations.requestOpinions', {
      id: registration.id,
      givers: ['procureur', 'jap'],
      requestedOn: '2026-02-28',
    });
    await dayIs('2026-03-09');
    await t.ok('registrations.recordOpinion', {
      id: registration.id,
      giver: 'procureur',
      receivedOn: '2026-03-05',
      opinion: 'favorable',
    });
    expect(
      (await t.fail('registrations.decide', { id: registration.id, decision: 'acceptee', decidedOn: '2026-03-09' }))
        .message,
    ).toBe('Tous les avis ne sont pas encore reçus ni réputés donnés (dix jours après la demande).');
    await dayIs('2026-03-10');
    await t.ok('registrations.decide', { id: registration.id, decision: 'acceptee', decidedOn: '2026-03-10' });
    expect(await t.ok('posts.get', { id: post.id })).toMatchObject({
      registered: true,
      places: 3,
      registrationLabel: 'Inscrit (décision du 10/03/2026, à notifier)',
    });
    const notified = await t.ok('registrations.notify', { id: registration.id, notifiedOn: '2026-03-10' });
    expect(notified.step).toBe('notifiee');
    const tutors = await t.ok('tutors.list', { hostId: host.id });
    expect(tutors.items[0]).toMatchObject({ hostName: ASSOCIATION.name, posts: [{ id: post.id, title: POST.title }] });

    // An officer places a person: one place fewer.
    await as('cpip');
    const { measure, person } = await t.ok('measures.register', {
      person: {
        lastName: 'Lefèvre',
        firstName: 'Zoé',
        birthDate: '1998-05-14',
        birthPlace: 'Libourne',
        city: 'Bègles',
        postalCode: '33130',
      },
      measure: {
        type: 'tig',
        court: 'Tribunal judiciaire de Bordeaux',
        decisionDate: '2026-02-01',
        hoursOrdered: 70,
        deadline: '2027-08-01',
        offenceCategory: 'atteinte_biens',
      },
    });
    await t.ok('measures.recordConsent', { measureId: measure.id, status: 'hearing', date: '2026-02-01' });
    const placed = await t.ok('placements.create', {
      measureId: measure.id,
      postId: post.id,
      tutorId: tutor.id,
      startDate: '2026-03-14',
      hoursPlanned: 70,
    });
    expect(await t.ok('posts.get', { id: post.id })).toMatchObject({ occupied: 1, placesFree: 2 });

    // Withdrawal: the host is no longer habilitated and its post takes no placement.
    await as('referent');
    expect(
      (await t.fail('habilitations.withdraw', { id: request.id, on: '2026-02-27', reason: 'Trop tôt' })).fields?.[0]
        ?.path,
    ).toBe('on');
    const withdrawn = await t.ok('habilitations.withdraw', {
      id: request.id,
      on: '2026-03-10',
      reason: 'Encadrement insuffisant',
    });
    expect(withdrawn.step).toBe('retiree');
    expect((await t.fail('habilitations.withdraw', { id: request.id, on: '2026-03-10', reason: 'Encore' })).code).toBe(
      'CONFLICT',
    );
    expect(await t.ok('hosts.get', { id: host.id })).toMatchObject({
      habilitated: false,
      habilitationLabel: 'Habilitation retirée',
    });
    expect((await t.ok('hosts.list', { habilitated: false })).items.map((h) => h.id)).toEqual([host.id]);
    await as('cpip');
    const refused = await t.fail('placements.create', {
      measureId: measure.id,
      postId: post.id,
      tutorId: tutor.id,
      startDate: '2026-03-21',
      hoursPlanned: 70,
    });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: `La structure « ${ASSOCIATION.name} » n’est pas habilitée.`,
    });

    // Removal from the list follows the same path.
    await as('referent');
    const removal = await t.ok('registrations.request', {
      postId: post.id,
      kind: 'radiation',
      requestedOn: '2026-03-10',
    });
    await t.ok('registrations.requestOpinions', {
      id: removal.id,
      givers: ['procureur', 'jap'],
      requestedOn: '2026-03-10',
    });
    await dayIs('2026-03-20');
    // Not while someone is placed there: the référent sees the dossier number, not the name.
    const occupied = await t.fail('registrations.decide', {
      id: removal.id,
      decision: 'acceptee',
      decidedOn: '2026-03-20',
    });
    expect(occupied).toMatchObject({
      code: 'CONFLICT',
      message: `1 personne est affectée à ce poste (${person.dossierNumber}) : il ne peut être radié qu’une fois son affectation terminée ou déplacée.`,
    });
    await as('cpip');
    await t.ok('placements.end', {
      placementId: placed.placements[0]!.id,
      date: '2026-03-20',
      reason: 'Structure non habilitée',
    });
    await as('referent');
    await t.ok('registrations.decide', { id: removal.id, decision: 'acceptee', decidedOn: '2026-03-20' });
    expect(await t.ok('posts.get', { id: post.id })).toMatchObject({
      registered: false,
      registrationLabel: 'Radié le 20/03/2026, à notifier',
    });
    expect((await t.ok('registrations.list', { postId: post.id })).map((r) => r.kind)).toEqual([
      'inscription',
      'radiation',
    ]);
  });

  it('habilitates public bodies by right and follows a change of type', async () => {
    const town = await t.ok('hosts.create', {
      name: 'Mairie d’Ajaccio',
      type: 'collectivite',
      postalCode: '20000',
      city: 'Ajaccio',
    });
    expect(town).toMatchObject({
      habilitatedByRight: true,
      habilitated: true,
      habilitationLabel: 'Habilitée de plein droit',
      departement: '2A',
    });
    const refused = await t.fail('habilitations.request', {
      hostId: town.id,
      kind: 'initiale',
      requestedOn: '2026-01-31',
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('habilitée de plein droit');
    const changed = await t.ok('hosts.update', {
      id: town.id,
      host: { name: 'Association d’Ajaccio', type: 'association', postalCode: '20200', city: 'Bastia' },
    });
    expect(changed).toMatchObject({ habilitated: false, departement: '2B', habilitationLabel: 'Non habilitée' });
    const overseas = await t.ok('hosts.create', {
      name: 'CHU de Pointe-à-Pitre',
      type: 'hopital',
      postalCode: '97110',
    });
    expect(overseas.departement).toBe('971');
    expect((await t.ok('hosts.list', { query: 'ajaccio' })).items.map((h) => h.name)).toEqual([
      'Association d’Ajaccio',
    ]);
    expect((await t.ok('hosts.list', { departement: '971' })).total).toBe(1);
  });

  it('links tutors to posts of their own host only', async () => {
    const a = await t.ok('hosts.create', { name: 'Mairie de Bègles', type: 'collectivite', postalCode: '33130' });
    const b = await t.ok('hosts.create', { name: 'Mairie de Talence', type: 'collectivite', postalCode: '33400' });
    const missing = await t.fail('tutors.create', { hostId: a.id, lastName: 'Roux', firstName: 'Marc', role: 'Agent' });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.map((f) => f.path).sort()).toEqual(['birthDate', 'birthPlace']);
    const tutor = await t.ok('tutors.create', {
      hostId: a.id,
      ...TUTOR,
      trainings: [{ module: 'Accueil des personnes en TIG', date: '2025-06-12' }],
    });
    const foreign = await t.fail('posts.create', { hostId: b.id, ...POST, tutorIds: [tutor.id] });
    expect(foreign).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'tutorIds.0', message: 'Ce tuteur n’appartient pas à la structure du poste.' }],
    });
    const post = await t.ok('posts.create', { hostId: a.id, ...POST, tutorIds: [tutor.id] });
    expect(post.tutors).toEqual([{ id: tutor.id, name: 'Marc Roux' }]);
    const moved = await t.fail('tutors.update', { id: tutor.id, tutor: { hostId: b.id, ...TUTOR } });
    expect(moved.code).toBe('CONFLICT');
    await t.ok('posts.update', { id: post.id, post: { hostId: a.id, ...POST, tutorIds: [] } });
    expect(
      (await t.ok('tutors.update', { id: tutor.id, tutor: { hostId: b.id, ...TUTOR, role: 'Jardinier' } })).hostName,
    ).toBe('Mairie de Talence');
    expect((await t.ok('posts.list', { category: 'restauration_aide_alimentaire', freeOnly: true })).total).toBe(1);
    expect((await t.ok('posts.list', { registered: true })).total).toBe(0);
  });

  it('keeps the history of a prospection', async () => {
    const created = await t.ok('prospects.create', {
      name: 'Ressourcerie de Floirac',
      kind: 'association',
      city: 'Floirac',
      status: 'a_contacter',
      note: 'Repérée au forum',
    });
    expect(created.history).toEqual([
      { at: '2026-01-31T09:00:00.000Z', status: 'a_contacter', note: 'Repérée au forum', by: 'Rita Référente' },
    ]);
    await dayIs('2026-02-01');
    const fields = {
      name: 'Ressourcerie de Floirac',
      kind: 'association' as const,
      city: 'Floirac',
      status: 'rendez_vous' as const,
      nextAction: 'Visite',
      nextActionOn: '2026-02-10',
    };
    let updated = await t.ok('prospects.update', { id: created.id, prospect: fields });
    expect(updated.history.map((h) => [h.status, h.note])).toEqual([
      ['a_contacter', 'Repérée au forum'],
      ['rendez_vous', null],
    ]);
    updated = await t.ok('prospects.update', {
      id: created.id,
      prospect: { ...fields, note: 'Directrice intéressée' },
    });
    expect(updated.history).toHaveLength(3);
    updated = await t.ok('prospects.update', { id: created.id, prospect: fields });
    expect(updated.history).toHaveLength(3);
    expect((await t.ok('prospects.list', { status: 'rendez_vous' })).items.map((p) => p.nextActionOn)).toEqual([
      '2026-02-10',
    ]);
  });

  it('exports a list as a French spreadsheet CSV', async () => {
    const host = await t.ok('hosts.create', {
      name: 'Mairie de Bègles',
      type: 'collectivite',
      postalCode: '33130',
      city: 'Bègles',
    });
    await t.ok('posts.create', { hostId: host.id, ...POST, title: 'Espaces verts; parcs', category: 'espaces_verts' });
    await t.ok('posts.create', { hostId: host.id, ...POST, openToMinors: true });
    const csv = await t.ok('catalogue.exportCsv', { list: 'posts' });
    expect(csv.fileName).toBe('postes-2026-01-31.csv');
    expect(csv.rows).toBe(2);
    expect(csv.content.startsWith('\uFEFFIntitulé;Catégorie;Structure;')).toBe(true);
    const lines = csv.content.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      'Aide à la distribution alimentaire;Restauration et aide alimentaire;Mairie de Bègles;;33130;Bègles;2;0;2;oui;non;non;non;non;oui;non;Non inscrit;',
    );
    expect(lines[2]!.startsWith('"Espaces verts; parcs";Espaces verts;')).toBe(true);
    const hosts = await t.ok('catalogue.exportCsv', { list: 'hosts', query: 'bègles' });
    expect(hosts).toMatchObject({ fileName: 'structures-2026-01-31.csv', rows: 1 });
    await t.ok('tutors.create', { hostId: host.id, ...TUTOR });
    const tutors = await t.ok('catalogue.exportCsv', { list: 'tutors' });
    expect(tutors.content.split('\r\n')[1]).toBe(
      'Roux;Marc;Mairie de Bègles;Responsable logistique;02/03/1970;Talence;;;;',
    );
  });

  it('checks roles and writes nothing for bad input', async () => {
    const host = await t.ok('hosts.create', ASSOCIATION);
    const other = await t.ok('hosts.create', { name: 'Mairie de Talence', type: 'collectivite' });
    const tutor = await t.ok('tutors.create', { hostId: other.id, ...TUTOR });
    const request = await t.ok('habilitations.request', {
      hostId: host.id,
      kind: 'initiale',
      requestedOn: '2026-01-31',
    });
    const post = await t.ok('posts.create', { hostId: host.id, ...POST });

    await as('cpip');
    expect((await t.fail('hosts.create', ASSOCIATION)).code).toBe('FORBIDDEN');
    expect((await t.fail('prospects.list', {})).code).toBe('FORBIDDEN');
    expect((await t.ok('hosts.list', {})).total).toBe(2);
    await as('referent');

    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const bad: Array<[string, unknown, string]> = [
      ['hosts.create', { ...ASSOCIATION, siret: '73282932000075' }, 'VALIDATION'],
      ['hosts.create', { ...ASSOCIATION, name: 'Doublon' }, 'CONFLICT'],
      ['hosts.update', { id: host.id, host: { ...ASSOCIATION, postalCode: '3313' } }, 'VALIDATION'],
      ['habilitations.request', { hostId: other.id, kind: 'initiale', requestedOn: '2026-01-31' }, 'CONFLICT'],
      ['habilitations.request', { hostId: host.id, kind: 'initiale', requestedOn: '2026-01-31' }, 'CONFLICT'],
      [
        'habilitations.requestOpinions',
        { id: request.id, givers: ['prefet'], requestedOn: '2026-01-30' },
        'VALIDATION',
      ],
      [
        'habilitations.recordOpinion',
        { id: request.id, giver: 'prefet', receivedOn: '2026-01-31', opinion: 'favorable' },
        'CONFLICT',
      ],
      ['habilitations.decide', { id: request.id, decision: 'accordee', decidedOn: '2026-01-31' }, 'VALIDATION'],
      ['habilitations.decide', { id: request.id, decision: 'refusee', decidedOn: '2026-01-31' }, 'CONFLICT'],
      ['habilitations.withdraw', { id: request.id, on: '2026-01-31', reason: 'Non' }, 'CONFLICT'],
      ['tutors.create', { hostId: host.id, ...TUTOR, birthPlace: '' }, 'VALIDATION'],
      ['posts.create', { hostId: host.id, ...POST, tutorIds: [tutor.id] }, 'VALIDATION'],
      ['posts.create', { hostId: host.id, ...POST, places: 0 }, 'VALIDATION'],
      ['posts.update', { id: post.id, post: { hostId: other.id, ...POST } }, 'CONFLICT'],
      ['registrations.request', { postId: post.id, kind: 'inscription', requestedOn: '2026-01-31' }, 'CONFLICT'],
      ['prospects.create', { name: '', status: 'a_contacter' }, 'VALIDATION'],
      ['catalogue.exportCsv', { list: 'persons' }, 'VALIDATION'],
    ];
    for (const [method, input, code] of bad) expect((await t.fail(method, input)).code, method).toBe(code);
    // Refusals after validation are audited as such; nothing else is written.
    const withoutAudit = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([name]) => !name.includes('audit')));
    expect(withoutAudit(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase))).toEqual(withoutAudit(before));
  });
});
