import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { ADMIN, FakeClock, openTestCore, setupAdmin, type TestCore } from '../support/test-core';
import { seedPost } from '../support/seed-catalogue';
import { readChanges, tableCounts } from '../support/db-snapshot';
import { DECISION } from '../support/documents-office';
import type { WeeklySlot } from '@shared/domain/weekly-slots';

const PASS = 'phrase de passe commune';
const CPIP = { username: 'paul', displayName: 'Paul Durand', role: 'cpip' as const, passphrase: PASS };
const ADULT = { lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14' };
/** 17 throughout November 2026. */
const MINOR = { lastName: 'Martin', firstName: 'Léo', birthDate: '2009-06-01' };
const MINOR_DECISION = { ...DECISION, type: 'tig_mineur' as const, offenceDate: '2026-06-01', hoursOrdered: 60 };

/** Sessions and schedules checked against working time and against the days hours can be credited (issue 10). */
describe('working time and credited days through the router', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let t: TestCore;
  let postId: string;
  let tutorId: string;

  // The refused attempt itself goes to the audit trail; the data tables must not move.
  const dataCounts = async () => {
    const counts = await tableCounts(temp.dir, ADMIN.username, ADMIN.passphrase);
    return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.includes('audit')));
  };
  const refusedWritingNothing = async (method: string, input: unknown) => {
    const before = await dataCounts();
    const error = await t.fail(method, input);
    expect(await dataCounts(), JSON.stringify(input)).toEqual(before);
    return error;
  };

  async function placed(
    person: typeof ADULT,
    measure = DECISION,
    schedule: WeeklySlot[] = ['mon_morning', 'sat_morning'],
  ) {
    const registered = await t.ok('measures.register', { person, measure });
    const measureId = registered.measure.id;
    await t.ok('measures.recordConsent', { measureId, status: 'hearing', date: measure.decisionDate });
    await t.ok('placements.create', {
      measureId,
      postId,
      tutorId,
      startDate: '2026-11-02',
      schedule,
      hoursPlanned: 20,
    });
    // A minor sees the doctor before the first session (DESIGN §2).
    if (person === MINOR) await t.ok('measures.setMedicalExam', { measureId, date: '2026-11-02' });
    return measureId;
  }

  beforeEach(async () => {
    temp = makeTempDir();
    t = await openTestCore(temp.dir, new FakeClock(Date.parse('2026-11-23T09:00:00Z')));
    await setupAdmin(t);
    await t.ok('users.create', CPIP);
    ({ postId, tutorId } = await seedPost(temp.dir, ADMIN, { places: 3, openToMinors: true }));
    await t.ok('session.logout');
    await t.ok('session.login', { username: CPIP.username, passphrase: PASS });
  });
  afterEach(async () => {
    await t.core.close();
    temp.cleanup();
  });

  it('refuses an evening slot for a minor and accepts it for an adult', async () => {
    const registered = await t.ok('measures.register', { person: MINOR, measure: MINOR_DECISION });
    const measureId = registered.measure.id;
    await t.ok('measures.recordConsent', { measureId, status: 'hearing', date: '2026-10-01' });
    const placement = { measureId, postId, tutorId, startDate: '2026-11-02', hoursPlanned: 20 };
    const evening = await refusedWritingNothing('placements.create', { ...placement, schedule: ['wed_evening'] });
    expect(evening.code).toBe('VALIDATION');
    expect(evening.fields).toEqual([
      { path: 'schedule', message: expect.stringContaining('un créneau du soir (jusqu’à 22 h 30) lui est interdit') },
    ]);
    const sunday = await refusedWritingNothing('placements.create', { ...placement, schedule: ['sun_morning'] });
    expect(sunday.message).toContain('dimanche');
    await t.ok('placements.create', { ...placement, schedule: ['wed_morning', 'sat_afternoon'] });

    const adult = await t.ok('measures.register', { person: ADULT, measure: DECISION });
    await t.ok('measures.recordConsent', { measureId: adult.measure.id, status: 'hearing', date: '2026-10-01' });
    const ok = await t.ok('placements.create', {
      ...placement,
      measureId: adult.measure.id,
      schedule: ['wed_evening', 'sun_morning'],
    });
    expect(ok.placements[0]?.schedule).toEqual(['wed_evening', 'sun_morning']);
  });

  it('refuses a minor’s session at night, on a Sunday or holiday, past 8 h a day, 35 h a week or 4 h 30 in a row', async () => {
    const measureId = await placed(MINOR, MINOR_DECISION, ['mon_morning']);
    const session = (date: string, startTime: string, endTime: string) => ({
      measureId,
      date,
      startTime,
      endTime,
      outcome: 'present' as const,
    });
    const night = await refusedWritingNothing('hours.record', session('2026-11-16', '18:00', '22:01'));
    expect(night.fields).toEqual([{ path: 'endTime', message: expect.stringContaining('travail de nuit') }]);
    await t.ok('hours.record', session('2026-11-16', '18:00', '22:00'));
    const sunday = await refusedWritingNothing('hours.record', session('2026-11-08', '09:00', '12:00'));
    expect(sunday.fields?.[0]).toEqual({
      path: 'date',
      message: 'Le 8 novembre 2026 est un dimanche : un mineur ne peut pas travailler le dimanche.',
    });
    const holiday = await refusedWritingNothing('hours.record', session('2026-11-11', '09:00', '12:00'));
    expect(holiday.message).toContain('Le 11 novembre 2026 est un jour férié (Armistice 1918)');
    const stretch = await refusedWritingNothing('hours.record', session('2026-11-17', '08:00', '12:31'));
    expect(stretch.message).toContain('4 h 31 sans pause');
    await t.ok('hours.record', session('2026-11-17', '08:00', '12:30'));
    await t.ok('hours.record', session('2026-11-17', '13:00', '16:30'));
    const daily = await refusedWritingNothing('hours.record', session('2026-11-17', '17:00', '17:01'));
    expect(daily.message).toContain('8 h de travail par jour au plus (8 h 01');
    // Week of 16 November: 4 h + 8 h already; three days of 7 h 30 make 34 h 30, then 31 minutes more is too many.
    for (const day of ['2026-11-18', '2026-11-19', '2026-11-20']) {
      await t.ok('hours.record', session(day, '08:00', '12:00'));
      await t.ok('hours.record', session(day, '12:30', '16:00'));
    }
    const weekly = await refusedWritingNothing('hours.record', session('2026-11-21', '09:00', '09:31'));
    expect(weekly.message).toContain('35 h de travail par semaine au plus (35 h 01 la semaine du 16 novembre 2026');
    await t.ok('hours.record', session('2026-11-21', '09:00', '09:30'));
  });

  it('credits hours only on a day the placement covers, outside suspensions and before the deadline', async () => {
    const measureId = await placed(ADULT);
    const worked = (date: string) => ({
      measureId,
      date,
      startTime: '09:00',
      endTime: '12:00',
      outcome: 'present' as const,
    });
    const before = await refusedWritingNothing('hours.record', worked('2026-11-01'));
    expect(before.fields).toEqual([
      {
        path: 'date',
        message:
          'Le 1er novembre 2026 précède la prise de poste (le 2 novembre 2026) : aucune heure ne peut être créditée.',
      },
    ]);
    await t.ok('suspensions.record', {
      measureId,
      reason: 'medical',
      from: '2026-11-05',
      to: '2026-11-09',
      decisionDate: '2026-11-04',
    });
    for (const day of ['2026-11-05', '2026-11-09']) {
      const suspended = await refusedWritingNothing('hours.record', worked(day));
      expect(suspended.message).toContain(
        'l’exécution était suspendue (suspension du 5 novembre 2026 au 9 novembre 2026)',
      );
    }
    const future = await refusedWritingNothing('hours.record', worked('2026-11-24'));
    expect(future.message).toBe(
      'Le 24 novembre 2026 est dans le futur : une séance ne peut être enregistrée qu’une fois faite.',
    );
    await t.ok('hours.record', worked('2026-11-04'));
    await t.ok('hours.record', worked('2026-11-10'));
    // An absence on a suspended day is still recorded (it credits nothing).
    await t.ok('hours.record', { measureId, date: '2026-11-06', outcome: 'absence_justifiee' });

    // A person who moved posts: the session belongs to the placement of its day.
    const { postId: second, tutorId: secondTutor } = await seedPost(temp.dir, ADMIN, {
      title: 'Bibliothèque',
      places: 1,
    });
    await t.ok('placements.create', {
      measureId,
      postId: second,
      tutorId: secondTutor,
      startDate: '2026-11-16',
      hoursPlanned: 20,
    });
    const detail = await t.ok('hours.record', worked('2026-11-12'));
    await t.ok('hours.record', worked('2026-11-17'));
    const [first, moved] = [...detail.placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const changes = await readChanges(temp.dir, ADMIN.username, ADMIN.passphrase);
    const placementOf = (date: string) =>
      changes.find((c) => c.entity === 'hours_entry' && c.fields.date === date)?.fields.placement_id;
    expect(placementOf('2026-11-12')).toBe(first!.id);
    expect(placementOf('2026-11-17')).toBe(moved!.id);
  });

  it('refuses a session after the execution deadline', async () => {
    const measureId = await placed(ADULT, { ...DECISION, decisionDate: '2025-06-01', deadline: '2026-11-10' });
    const late = await refusedWritingNothing('hours.record', {
      measureId,
      date: '2026-11-11',
      startTime: '09:00',
      endTime: '12:00',
      outcome: 'present' as const,
    });
    expect(late.message).toBe(
      'Le 11 novembre 2026 est après le délai d’exécution (10 novembre 2026, suspensions comprises) : aucune heure ne peut être créditée.',
    );
    await t.ok('hours.record', {
      measureId,
      date: '2026-11-10',
      startTime: '09:00',
      endTime: '12:00',
      outcome: 'present' as const,
    });
  });

  it('warns past 10 h in an adult’s day, then records the session with the reason in the history', async () => {
    const measureId = await placed(ADULT);
    const day = { measureId, date: '2026-11-14', outcome: 'present' as const };
    await t.ok('hours.record', { ...day, startTime: '07:00', endTime: '12:00' });
    const long = { ...day, startTime: '12:30', endTime: '17:31' };
    const warning = await refusedWritingNothing('hours.record', long);
    expect(warning).toMatchObject({ code: 'CONFLICT', warning: 'adult_daily_hours' });
    expect(warning.message).toContain('10 h 01 : plus de 10 h dans la journée');
    const reason = 'Chantier de fin de saison, accord du tuteur et de la personne';
    const detail = await t.ok('hours.record', { ...long, overrideReason: reason });
    expect(detail.measure.progress.creditedMinutes).toBe(601);
    const timeline = await t.ok('persons.timeline', { id: detail.person.id });
    expect(timeline).toContainEqual(
      expect.objectContaining({
        kind: 'session',
        title: 'Plus de 10 h de travail le 14 novembre 2026, enregistré sur motif',
        detail: reason,
      }),
    );
    const changes = await readChanges(temp.dir, ADMIN.username, ADMIN.passphrase);
    expect(
      changes
        .filter((c) => c.entity === 'measure_event' && c.fields.kind === 'working_time_override')
        .map((c) => c.fields),
    ).toEqual([expect.objectContaining({ measure_id: measureId, from_value: '2026-11-14', note: reason })]);
  });

  it('requires start and end times for a new worked session, not for a correction of an older entry', async () => {
    const measureId = await placed(ADULT);
    const missing = await refusedWritingNothing('hours.record', {
      measureId,
      date: '2026-11-04',
      durationMinutes: 180,
      outcome: 'present' as const,
    });
    expect(missing.fields).toEqual([
      { path: 'startTime', message: 'Indiquez l’heure de début et l’heure de fin de la séance.' },
    ]);
    const absence = await t.ok('hours.record', { measureId, date: '2026-11-04', outcome: 'absence_justifiee' });
    const corrected = await t.ok('hours.record', {
      measureId,
      date: '2026-11-04',
      durationMinutes: 180,
      outcome: 'present' as const,
      correctsId: absence.ledger[0]!.id,
    });
    expect(corrected.measure.progress.creditedMinutes).toBe(180);
  });
});
