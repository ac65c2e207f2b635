import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { seedPost } from '../support/seed-catalogue';
import { readChanges, tableCounts } from '../support/db-snapshot';
import { DECISION } from '../support/documents-office';

const PASS = 'phrase de passe commune';
const STAFF = {
  clerk: { username: 'greffe', displayName: 'Gaëlle Greffe', role: 'secretariat' as const, passphrase: PASS },
  dpip: { username: 'cheffe', displayName: 'Claire Cheffe', role: 'dpip' as const, passphrase: PASS },
  cpip: { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS },
};

const ZOE = {
  lastName: 'Lefèvre',
  firstName: 'Zoé',
  birthDate: '1998-05-14',
  birthPlace: 'Libourne',
  city: 'Bègles',
  postalCode: '33130',
};

describe('case management through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: FakeClock;
  let t: TestCore;
  const ids: Record<string, string> = {};

  async function as(who: keyof typeof STAFF | 'admin') {
    await t.ok('session.logout');
    const creds = who === 'admin' ? ADMIN : STAFF[who];
    await t.ok('session.login', { username: creds.username, passphrase: creds.passphrase });
  }

  beforeEach(async () => {
    temp = makeTempDir();
    clock = new FakeClock(Date.parse('2026-11-23T09:00:00Z'));
    t = await openTestCore(temp.dir, clock);
    await setupAdmin(t);
    for (const [key, user] of Object.entries(STAFF)) ids[key] = (await t.ok('users.create', user)).id;
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('runs a measure from registration to completion', async () => {
    const { postId, tutorId } = await seedPost(temp.dir, ADMIN, { places: 1 });
    await as('clerk');
    const registered = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    const measureId = registered.measure.id;
    expect(registered.measure).toMatchObject({
      status: 'a_affecter',
      consentStatus: 'pending',
      effectiveDeadline: '2028-04-01',
      officerId: null,
    });
    expect(registered.person.dossierNumber).toMatch(/^D26-[0-9A-Z]{6}$/);

    await as('dpip');
    const loads = await t.ok('measures.officerLoads');
    expect(loads.map((l) => l.displayName)).toEqual(['Paul Durand']);
    expect((await t.ok('measures.caseload', { unassigned: true })).total).toBe(1);
    await t.ok('measures.assign', { measureIds: [measureId], officerId: ids.cpip! });

    await as('cpip');
    const mine = await t.ok('measures.caseload', { officer: 'me' });
    expect(mine.items.map((i) => i.measureId)).toEqual([measureId]);
    // No placement before consent.
    const early = await t.fail('placements.create', {
      measureId,
      postId,
      tutorId,
      startDate: '2026-11-24',
      hoursPlanned: 70,
    });
    expect(early).toMatchObject({
      code: 'CONFLICT',
      message: 'Le consentement de la personne doit être recueilli avant toute affectation.',
    });
    await t.ok('measures.recordConsent', {
      measureId,
      status: 'hearing',
      date: '2026-10-01',
      source: 'Audience du 1er octobre',
    });
    const appointment = await t.ok('appointments.create', {
      measureId,
      kind: 'entretien',
      date: '2026-11-25',
      time: '10:00',
      place: 'SPIP, 12 rue de Bègles',
    });
    expect(appointment).toMatchObject({ personName: 'LEFÈVRE Zoé', officerName: 'Paul Durand', status: 'prevu' });
    // Notes may be sent as null, as when moving an appointment; moving keeps it planned.
    const other = await t.ok('appointments.create', {
      measureId,
      kind: 'point_etape',
      date: '2026-11-26',
      time: '09:00',
      place: 'SPIP',
      notes: null,
    });
    expect(other.notes).toBeNull();
    const moved = await t.ok('appointments.update', {
      id: other.id,
      date: '2026-11-27',
      time: '14:30',
      place: 'Mairie de Bègles',
      notes: 'Déplacé à sa demande',
    });
    expect(moved).toMatchObject({
      date: '2026-11-27',
      time: '14:30',
      place: 'Mairie de Bègles',
      notes: 'Déplacé à sa demande',
      status: 'prevu',
    });
    const placed = await t.ok('placements.create', {
      measureId,
      postId,
      tutorId,
      startDate: '2026-11-02',
      schedule: ['sat_morning'],
      hoursPlanned: 70,
    });
    expect(placed.measure.status).toBe('affecte');
    expect((await t.ok('posts.choices', {})).find((p) => p.id === postId)?.placesFree).toBe(0);

    // Sessions: a present one starts the execution; an absence credits nothing; a correction replaces an entry.
    let detail = await t.ok('hours.record', {
      measureId,
      date: '2026-11-07',
      startTime: '08:00',
      endTime: '12:00',
      outcome: 'present',
    });
    expect(detail.measure.status).toBe('en_cours');
    detail = await t.ok('hours.record', {
      measureId,
      date: '2026-11-14',
      outcome: 'absence_injustifiee',
      remarks: 'Non venue, pas de nouvelles',
    });
    expect(detail.measure.progress).toMatchObject({ creditedMinutes: 240, unjustifiedAbsences: 1 });
    detail = await t.ok('hours.record', {
      measureId,
      date: '2026-11-21',
      startTime: '08:00',
      endTime: '11:00',
      outcome: 'present',
    });
    const wrong = detail.ledger.find((e) => e.date === '2026-11-21')!;
    detail = await t.ok('hours.record', {
      measureId,
      date: '2026-11-21',
      startTime: '08:00',
      endTime: '12:30',
      outcome: 'present',
      correctsId: wrong.id,
      remarks: 'Fin à 12 h 30 selon le tuteur',
    });
    expect(detail.measure.progress).toMatchObject({ creditedMinutes: 510, remainingMinutes: 70 * 60 - 510 });
    expect(detail.ledger.find((e) => e.id === wrong.id)?.superseded).toBe(true);
    const twice = await t.fail('hours.record', {
      measureId,
      date: '2026-11-21',
      durationMinutes: 60,
      outcome: 'present',
      correctsId: wrong.id,
    });
    expect(twice.message).toContain('déjà été corrigée');
    const future = await t.fail('hours.record', {
      measureId,
      date: '2026-11-30',
      startTime: '08:00',
      endTime: '09:00',
      outcome: 'present',
    });
    expect(future.fields?.[0]?.path).toBe('date');

    // Three weeks later with no hours: the alert appears.
    clock.advance(22 * 86_400_000);
    expect((await t.fail('measures.get', { id: measureId })).code).toBe('LOCKED');
    await t.ok('session.unlock', { passphrase: PASS });
    detail = await t.ok('measures.get', { id: measureId });
    expect(detail.measure.alerts.map((a) => a.kind)).toContain('no_hours');
    expect((await t.ok('measures.caseload', { noHoursForDays: 21 })).total).toBe(1);
    expect((await t.ok('measures.caseload', { withAlertsOnly: true })).items[0]?.alerts.map((a) => a.kind)).toContain(
      'no_hours',
    );

    // Completion is refused while hours remain, then accepted.
    const notYet = await t.fail('measures.transition', { measureId, to: 'acheve', date: '2026-12-15' });
    expect(notYet.message).toBe('Il reste 61 h 30 à effectuer : la mesure ne peut pas être déclarée achevée.');
    for (const day of ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']) {
      await t.ok('hours.record', {
        measureId,
        date: day,
        startTime: '08:00',
        endTime: '18:00',
        outcome: 'present',
        remarks: 'Chantier collectif',
      });
    }
    const tooMuch = await t.fail('hours.record', {
      measureId,
      date: '2026-12-14',
      startTime: '08:00',
      endTime: '10:00',
      outcome: 'present',
    });
    expect(tooMuch).toMatchObject({
      code: 'CONFLICT',
      message: 'Les heures créditées dépasseraient les 70 h ordonnées : il reste 1 h 30 à effectuer.',
    });
    detail = await t.ok('hours.record', {
      measureId,
      date: '2026-12-14',
      startTime: '08:00',
      endTime: '09:30',
      outcome: 'present',
    });
    expect(detail.measure.progress.remainingMinutes).toBe(0);
    detail = await t.ok('measures.transition', {
      measureId,
      to: 'acheve',
      date: '2026-12-15',
      reason: 'Toutes les heures effectuées',
    });
    expect(detail.measure.status).toBe('acheve');
    expect(detail.placements[0]).toMatchObject({ status: 'ended', endDate: '2026-12-15' });
    // The end of the placement is a synced change like any other write.
    const changes = await readChanges(temp.dir, ADMIN.username, ADMIN.passphrase);
    const placementId = detail.placements[0]!.id;
    expect(
      changes.filter((c) => c.entity === 'placement' && c.entityId === placementId).map((c) => [c.op, c.fields.status]),
    ).toEqual([
      ['insert', 'active'],
      ['update', 'ended'],
    ]);
    expect(detail.allowedTransitions).toEqual([]);
    expect(
      (
        await t.fail('hours.record', {
          measureId,
          date: '2026-12-15',
          startTime: '08:00',
          endTime: '09:00',
          outcome: 'present',
        })
      ).code,
    ).toBe('CONFLICT');
    expect((await t.ok('posts.choices', {})).find((p) => p.id === postId)?.placesFree).toBe(1);

    const timeline = await t.ok('persons.timeline', { id: registered.person.id });
    expect(timeline[0]?.title).toBe('Statut : Achevé');
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'measure_registered',
        'consent_recorded',
        'officer_assigned',
        'placement_created',
        'session',
        'appointment',
      ]),
    );
  });

  it('requires the medical examination before the first worked session when the law does', async () => {
    const { postId, tutorId } = await seedPost(temp.dir, ADMIN, { nightWork: true });
    await as('cpip');
    const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    await t.ok('measures.recordConsent', { measureId: measure.id, status: 'hearing', date: '2026-10-01' });
    const placed = await t.ok('placements.create', {
      measureId: measure.id,
      postId,
      tutorId,
      startDate: '2026-11-02',
      hoursPlanned: 70,
    });
    expect(placed.measure.medicalExamReasons).toEqual(['travail de nuit']);
    const refused = await t.fail('hours.record', {
      measureId: measure.id,
      date: '2026-11-07',
      startTime: '08:00',
      endTime: '12:00',
      outcome: 'present',
    });
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toContain('Visite médicale obligatoire avant la première séance (travail de nuit)');
    await t.ok('measures.setMedicalExam', { measureId: measure.id, date: '2026-11-05' });
    expect(
      (
        await t.ok('hours.record', {
          measureId: measure.id,
          date: '2026-11-07',
          startTime: '08:00',
          endTime: '12:00',
          outcome: 'present',
        })
      ).measure.status,
    ).toBe('en_cours');
  });

  it('refuses a minor below 16 at the decision with the field and a clear message', async () => {
    await as('clerk');
    const error = await t.fail('measures.register', {
      person: { lastName: 'Martin', firstName: 'Léo', birthDate: '2010-12-02' },
      measure: { ...DECISION, type: 'tig_mineur', offenceDate: '2026-06-01' },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      { path: 'measure.decisionDate', message: expect.stringContaining('avait 15 ans à la décision') },
    ]);
    expect((await t.ok('persons.search', { query: 'Martin' })).length).toBe(0);
  });

  it('refuses a decision dated after today, on registration and on correction, and writes nothing', async () => {
    await as('clerk');
    // The refused attempt itself goes to the audit trail; the data tables must not move.
    const dataCounts = async () => {
      const counts = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
      return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
    };
    const before = await dataCounts();
    // The clock says 23 November 2026.
    const future = await t.fail('measures.register', {
      person: ZOE,
      measure: { ...DECISION, decisionDate: '2026-11-24', deadline: '2028-05-24' },
    });
    expect(future.code).toBe('VALIDATION');
    expect(future.fields).toEqual([
      { path: 'measure.decisionDate', message: 'La décision ne peut être datée après aujourd’hui (24/11/2026 saisi).' },
    ]);
    expect(await dataCounts()).toEqual(before);

    const { measure } = await t.ok('measures.register', {
      person: ZOE,
      measure: { ...DECISION, decisionDate: '2026-11-23', deadline: '2028-05-23' },
    });
    const registered = await dataCounts();
    const corrected = await t.fail('measures.update', {
      id: measure.id,
      measure: { ...DECISION, decisionDate: '2026-12-01', deadline: '2028-06-01' },
    });
    expect(corrected.fields?.[0]?.path).toBe('measure.decisionDate');
    expect(await dataCounts()).toEqual(registered);
    expect((await t.ok('measures.get', { id: measure.id })).measure.decisionDate).toBe('2026-11-23');
  });

  it('suspends a deadline still running, counting earlier suspensions, and refuses an expired one', async () => {
    await as('clerk');
    const { measure } = await t.ok('measures.register', {
      person: ZOE,
      measure: { ...DECISION, decisionDate: '2025-06-01', deadline: '2026-06-01' },
    });
    await as('dpip');
    const suspend = (from: string, to: string) =>
      ({ measureId: measure.id, reason: 'medical', from, to, decisionDate: from }) as const;
    // 11 days suspended before the court's deadline push it to 12 June 2026.
    await t.ok('suspensions.record', suspend('2026-05-20', '2026-05-30'));
    await t.ok('suspensions.record', suspend('2026-06-12', '2026-06-15'));
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    // Now pushed to 16 June: a suspension from the 17th comes after it.
    const late = await t.fail('suspensions.record', suspend('2026-06-17', '2026-06-20'));
    expect(late.code).toBe('VALIDATION');
    expect(late.fields).toEqual([
      { path: 'from', message: 'Le délai d’exécution a expiré le 16/06/2026 : il ne peut plus être suspendu.' },
    ]);
    const after = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const data = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
    expect(data(after)).toEqual(data(before));
  });

  it('checks hours and deadlines at their edges and refuses a second file for the same person', async () => {
    await as('clerk');
    const tooMany = await t.fail('measures.register', { person: ZOE, measure: { ...DECISION, hoursOrdered: 401 } });
    expect(tooMany.fields).toEqual([
      { path: 'measure.hoursOrdered', message: 'Un TIG compte de 20 à 400 heures (401 h saisies).' },
    ]);
    const late = await t.fail('measures.register', { person: ZOE, measure: { ...DECISION, deadline: '2028-04-02' } });
    expect(late.fields?.[0]).toMatchObject({ path: 'measure.deadline' });
    await t.ok('measures.register', { person: ZOE, measure: { ...DECISION, hoursOrdered: 400 } });
    const again = await t.fail('measures.register', { person: { ...ZOE, firstName: 'ZOE' }, measure: DECISION });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('a déjà un dossier');
  });

  it('finds persons by name without accents, by birth date and by dossier number', async () => {
    await as('clerk');
    const { person } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    for (const query of ['lefevre', 'LEFÈVRE zo', 'zoe', '14/05/1998', person.dossierNumber, '26123000042']) {
      const found = await t.ok('persons.search', { query });
      expect(
        found.map((p) => p.id),
        query,
      ).toEqual([person.id]);
    }
    expect(await t.ok('persons.search', { query: 'dupont' })).toEqual([]);
  });

  it('refuses a placement without consent, after a refusal, or on a full post', async () => {
    const { postId, tutorId } = await seedPost(temp.dir, ADMIN, { places: 1 });
    await as('cpip');
    const a = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    const b = await t.ok('measures.register', {
      person: { ...ZOE, firstName: 'Inès', birthDate: '1990-01-01' },
      measure: DECISION,
    });
    const refused = await t.ok('measures.recordConsent', {
      measureId: a.measure.id,
      status: 'refused',
      date: '2026-11-20',
      source: 'Refus devant le JAP',
    });
    expect(refused.measure.status).toBe('refus');
    expect(
      (
        await t.fail('placements.create', {
          measureId: a.measure.id,
          postId,
          tutorId,
          startDate: '2026-11-24',
          hoursPlanned: 70,
        })
      ).message,
    ).toContain('clos');
    await t.ok('measures.recordConsent', { measureId: b.measure.id, status: 'lawyer_writing', date: '2026-09-28' });
    await t.ok('placements.create', {
      measureId: b.measure.id,
      postId,
      tutorId,
      startDate: '2026-11-24',
      hoursPlanned: 70,
    });
    const c = await t.ok('measures.register', {
      person: { ...ZOE, firstName: 'Léa', birthDate: '1991-01-01' },
      measure: DECISION,
    });
    await t.ok('measures.recordConsent', { measureId: c.measure.id, status: 'hearing', date: '2026-10-01' });
    const full = await t.fail('placements.create', {
      measureId: c.measure.id,
      postId,
      tutorId,
      startDate: '2026-11-24',
      hoursPlanned: 70,
    });
    expect(full).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'postId', message: 'Ce poste n’a plus de place libre.' }],
    });
  });

  it('extends the deadline by suspended days and suspends the measure while a suspension runs', async () => {
    const { postId, tutorId } = await seedPost(temp.dir, ADMIN);
    await as('cpip');
    const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    await t.ok('measures.recordConsent', { measureId: measure.id, status: 'hearing', date: '2026-10-01' });
    await t.ok('placements.create', {
      measureId: measure.id,
      postId,
      tutorId,
      startDate: '2026-10-05',
      hoursPlanned: 70,
    });
    let detail = await t.ok('suspensions.record', {
      measureId: measure.id,
      reason: 'medical',
      from: '2026-10-30',
      to: '2026-11-02',
      decisionDate: '2026-10-28',
    });
    expect(detail.measure).toMatchObject({ suspendedDays: 4, effectiveDeadline: '2028-04-05', status: 'affecte' });
    detail = await t.ok('suspensions.record', { measureId: measure.id, reason: 'detention', from: '2026-11-21' });
    expect(detail.measure).toMatchObject({ status: 'suspendu', suspendedDays: 4 + 3, effectiveDeadline: '2028-04-08' });
    const open = detail.suspensions.find((s) => s.to === null)!;
    detail = await t.ok('suspensions.end', { suspensionId: open.id, to: '2026-11-22' });
    expect(detail.measure).toMatchObject({ status: 'affecte', suspendedDays: 6, effectiveDeadline: '2028-04-07' });
    const listed = await t.ok('measures.caseload', {});
    expect(listed.items[0]?.effectiveDeadline).toBe('2028-04-07');
    const overlapping = await t.fail('suspensions.record', {
      measureId: measure.id,
      reason: 'familial',
      from: '2026-11-01',
      to: '2026-11-05',
      decisionDate: '2026-10-30',
    });
    expect(overlapping).toMatchObject({
      code: 'CONFLICT',
      message: 'Cette période chevauche une suspension déjà enregistrée.',
    });
    const future = await t.fail('suspensions.record', {
      measureId: measure.id,
      reason: 'detention',
      from: '2026-11-24',
    });
    expect(future.code).toBe('VALIDATION');
  });

  it('imports a CSV list: valid rows imported, each bad row reported, nothing twice', async () => {
    await as('clerk');
    const csv = [
      'nom;prénom;date_naissance;lieu_naissance;juridiction;date_decision;type_mesure;heures;date_limite;magistrat;infraction;numero_parquet;date_faits',
      'Dupont;Jean;12/03/1985;Bordeaux;TJ Bordeaux;01/10/2026;TIG;105;01/03/2028;M. Petit;vol;26001;',
      'Nguyen;"Thi, Mai";1990-07-01;Hanoï;TJ Libourne;2026-09-15;sursis TIG;60;2028-03-15;;stupéfiants;26002;',
      'Bernard;Luc;31/02/1980;;TJ Bordeaux;01/10/2026;TIG;50;01/03/2028;;vol;26003;',
      'Roux;Emma;05/05/1992;;TJ Bordeaux;01/10/2026;TNR;120;15/04/2027;;autre;26004;',
      'Moreau;Inès;20/08/1988;Pau;TJ Pau;15/10/2026;TIG;80;15/04/2028;;violences;26005;',
    ].join('\r\n');
    const preview = await t.ok('imports.preview', { fileName: 'liste.csv', content: csv });
    expect(preview.counts).toEqual({ ok: 3, error: 2, duplicate: 0 });
    expect(preview.rows.filter((r) => r.status === 'error').map((r) => [r.line, r.reasons])).toEqual([
      [4, ['date de naissance : « 31/02/1980 » n’est pas une date (JJ/MM/AAAA).']],
      [
        5,
        [
          'heures ordonnées : Un TNR compte au plus 100 heures (120 h saisies).',
          'délai d’exécution : Le délai d’exécution ne peut dépasser 6 mois après la décision, soit le 1er avril 2027.',
        ],
      ],
    ]);
    expect((await t.ok('measures.caseload', {})).total).toBe(0);
    const committed = await t.ok('imports.commit', { fileName: 'liste.csv', content: csv });
    expect(committed.imported).toBe(3);
    expect((await t.ok('persons.search', { query: 'nguyen' }))[0]).toMatchObject({
      firstName: 'Thi, Mai',
      activeMeasures: 1,
    });
    const again = await t.ok('imports.commit', { fileName: 'liste.csv', content: csv });
    expect(again).toMatchObject({ imported: 0, counts: { ok: 0, error: 2, duplicate: 3 } });
    expect((await t.ok('measures.caseload', {})).total).toBe(3);
  });

  it('keeps the référent and the administrator out of case files', async () => {
    await as('clerk');
    const { person } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    await as('admin');
    expect((await t.fail('persons.get', { id: person.id })).code).toBe('FORBIDDEN');
    expect((await t.fail('measures.caseload', {})).code).toBe('FORBIDDEN');
    await as('cpip');
    expect((await t.fail('measures.assign', { measureIds: [person.id], officerId: null })).code).toBe('FORBIDDEN');
  });

  it('writes nothing for bad input on any case method', async () => {
    await as('cpip');
    const { measure } = await t.ok('measures.register', { person: ZOE, measure: DECISION });
    const before = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    const bad: Array<[string, unknown]> = [
      ['measures.register', { person: { ...ZOE, birthDate: '1998-02-30' }, measure: DECISION }],
      ['measures.register', { person: ZOE, measure: { ...DECISION, type: 'tig_adulte' } }],
      ['measures.register', { personId: measure.personId, person: ZOE, measure: DECISION }],
      ['measures.register', { person: { ...ZOE, lastName: 'X'.repeat(201) }, measure: DECISION }],
      [
        'hours.record',
        { measureId: measure.id, date: '2026-11-20', startTime: '12:00', endTime: '08:00', outcome: 'present' },
      ],
      ['hours.record', { measureId: measure.id, date: '2026-11-20', outcome: 'present' }],
      ['measures.recordConsent', { measureId: measure.id, status: 'hearing' }],
      ['measures.transition', { measureId: measure.id, to: 'termine', date: '2026-11-20' }],
      ['suspensions.record', { measureId: measure.id, reason: 'medical', from: '2026-11-20', to: '2026-11-10' }],
      [
        'appointments.create',
        { measureId: measure.id, kind: 'entretien', date: '2026-11-25', time: '25:00', place: 'SPIP' },
      ],
      ['persons.update', { id: measure.personId, person: { ...ZOE, email: 'pas-une-adresse' } }],
      ['measures.caseload', { limit: 1000 }],
    ];
    for (const [method, input] of bad) expect((await t.fail(method, input)).code, method).toBe('VALIDATION');
    expect(await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase)).toEqual(before);
  });
});
