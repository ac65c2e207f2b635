import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { makeTempDir } from '../support/temp-dir';
import { buildDemo, DEMO_TODAY, openDemo } from '../support/demo-build';
import type { Database } from '@core/db/open-database';
import type { SeedReport } from '@core/demo/seed-cases';
import { measureProjection } from '@core/demo/measure-projection';
import { POST_CATEGORIES } from '@core/demo/demo-post-kinds';
import { mondayOf } from '@shared/domain/local-date';
import { identityKey } from '@core/repo/row-codec';
import { addDays } from '@shared/domain/local-date';
import { MEASURE_STATUSES, allowedTransitions, type MeasureStatus } from '@shared/domain/measure-status';
import { hoursOrderedProblem } from '@shared/domain/hours-rules';
import { deadlineProblem } from '@shared/domain/deadline';
import { ageProblem, isMinorOn, minorAtFacts } from '@shared/domain/minors';
import { consentDateProblem, isConsentGiven, type ConsentStatus } from '@shared/domain/consent';
import { enforceableDateProblem } from '@shared/domain/enforceable';
import { suspensionDecisionProblem } from '@shared/domain/suspension-decision';
import { presentSessionDateProblem } from '@shared/domain/session-window';
import { adultDailyWarning, minorSessionProblems, type WorkedSession } from '@shared/domain/working-time';
import { WEEKLY_SLOTS } from '@shared/domain/weekly-slots';
import type { MeasureType } from '@shared/domain/measure-types';

const TODAY = DEMO_TODAY;
const open = openDemo;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** What the determinism check compares in the catalogue (ids are time-based, not seeded). */
const CATALOGUE_COLUMNS: Record<string, string[]> = {
  hosts: ['siret', 'name', 'habilitated', 'habilitation_valid_until'],
  habilitations: ['requested_on', 'decision', 'decided_on', 'valid_until'],
  tutors: ['last_name', 'first_name', 'birth_date', 'role'],
  post_registrations: ['requested_on', 'kind', 'decided_on'],
  prospects: ['name', 'status', 'next_action_on'],
};

async function identities(knex: Knex): Promise<string[]> {
  const rows: Row[] = await knex('persons')
    .orderBy('dossier_number')
    .select('dossier_number', 'last_name', 'first_name', 'birth_date');
  return rows.map((r) => `${r.dossier_number} ${r.last_name} ${r.first_name} ${r.birth_date}`);
}

describe('measure projection', () => {
  it('counts effective present entries only and the days of closed suspensions', () => {
    const entries = [
      { id: 'a', date: '2026-03-02', duration_minutes: 180, outcome: 'present', corrects_id: null },
      { id: 'b', date: '2026-03-04', duration_minutes: 240, outcome: 'present', corrects_id: null },
      { id: 'c', date: '2026-03-04', duration_minutes: 210, outcome: 'present', corrects_id: 'b' },
      { id: 'd', date: '2026-03-09', duration_minutes: 240, outcome: 'present', corrects_id: null },
      { id: 'e', date: '2026-03-09', duration_minutes: 0, outcome: 'absence_injustifiee', corrects_id: 'd' },
    ];
    const suspensions = [
      { from_date: '2026-04-01', to_date: '2026-04-10' },
      { from_date: '2026-04-05', to_date: '2026-04-12' },
      { from_date: '2026-05-01', to_date: null },
      { from_date: '2026-01-01', to_date: '2026-02-01', deleted_at: '2026-02-02T10:00:00.000Z' },
    ];
    expect(measureProjection('2027-01-15', entries, suspensions, '2026-06-01')).toEqual({
      credited_minutes: 390,
      last_present_date: '2026-03-04',
      closed_suspension_days: 12,
      open_suspension_from: '2026-05-01',
      deadline_after_closed_suspensions: '2027-01-27',
    });
  });
});

describe('demo dataset, small scale', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let report: SeedReport;
  let db: Database;
  let knex: Knex;

  beforeAll(async () => {
    temp = makeTempDir();
    report = await buildDemo(temp.dir, 7);
    db = await open(temp.dir);
    knex = db.knex;
  });
  afterAll(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('has the sizes of the small scale and every status', async () => {
    expect(report.counts).toMatchObject({ hosts: 110, posts: 300, persons: 300, measures: 400 });
    expect(report.counts.hours_entries).toBeGreaterThan(5_000);
    const byStatus: Row[] = await knex('measures').groupBy('status').select('status').count({ n: '*' });
    expect(byStatus.map((r) => r.status).sort()).toEqual([...MEASURE_STATUSES].sort());
    for (const { status, n } of byStatus) expect(Number(n)).toBe(report.byStatus[status as MeasureStatus]);
    // The seed is the initial state of a demo device: no change records for the case tables.
    expect(
      await knex('change_log').whereIn('entity', ['person', 'measure', 'post', 'host']).count({ n: '*' }).first(),
    ).toEqual({ n: 0 });
  });

  it('respects the rules on hours, deadlines, ages and consent', async () => {
    const rows: Row[] = await knex('measures as m')
      .join('persons as p', 'p.id', 'm.person_id')
      .select('m.*', 'p.birth_date', 'p.identity_key', 'p.last_name', 'p.first_name');
    const officers = new Set((await knex('users').where({ role: 'cpip' }).pluck('id')) as string[]);
    for (const m of rows) {
      const type = m.type as MeasureType;
      expect(hoursOrderedProblem(type, m.hours_ordered), m.id).toBeNull();
      expect(deadlineProblem(type, m.decision_date, m.deadline), m.id).toBeNull();
      expect(
        ageProblem(type, m.birth_date, m.decision_date, m.offence_date),
        `${m.id} ${type} ${m.birth_date} ${m.decision_date} ${m.offence_date}`,
      ).toBeNull();
      expect(
        m.offence_date <= m.decision_date && m.decision_date < m.registered_on && m.registered_on <= TODAY,
        `${m.status} ${m.type} ${m.offence_date} ${m.decision_date} ${m.registered_on}`,
      ).toBe(true);
      expect(m.identity_key).toBe(identityKey(m.last_name, m.first_name, m.birth_date));
      if (m.officer_id) expect(officers.has(m.officer_id)).toBe(true);
      if (m.status === 'refus') expect(m.consent_status).toBe('refused');
      if (m.status === 'acheve') expect(m.credited_minutes).toBe(m.hours_ordered * 60);
      expect(m.credited_minutes).toBeLessThanOrEqual(m.hours_ordered * 60);
      if (m.consent_date) expect(m.consent_date <= TODAY).toBe(true);
      if (['acheve', 'inexecute', 'refus', 'revoque'].includes(m.status))
        expect(m.closed_on && m.closed_on <= TODAY).toBeTruthy();
      else expect(m.closed_on).toBeNull();
      expect(m.open_suspension_from !== null).toBe(m.status === 'suspendu');
    }
    expect(rows.some((m) => m.type === 'tig_mineur')).toBe(true);
    expect(rows.some((m) => m.officer_id === null)).toBe(true);

    const placements: Row[] = await knex('placements as pl')
      .join('measures as m', 'm.id', 'pl.measure_id')
      .select('pl.*', 'm.status as measure_status', 'm.consent_status', 'm.consent_date', 'm.type');
    for (const p of placements) {
      expect(isConsentGiven(p.consent_status as ConsentStatus), p.id).toBe(true);
      expect(p.consent_date <= p.created_at.slice(0, 10), p.id).toBe(true);
      expect(p.created_at.slice(0, 10) < p.start_date || p.created_at.slice(0, 10) === p.start_date).toBe(true);
      expect(p.status === 'active').toBe(['affecte', 'en_cours', 'suspendu'].includes(p.measure_status));
      if (p.end_date) expect(p.end_date >= p.start_date).toBe(true);
    }
    const unplaced: Row[] = await knex('measures')
      .whereIn('status', ['affecte', 'en_cours', 'suspendu'])
      .whereNotExists(
        knex('placements').whereRaw("placements.measure_id = measures.id AND placements.status = 'active'"),
      )
      .select('id');
    expect(unplaced).toEqual([]);
    const overfull: Row[] = await knex.raw(
      "SELECT po.id FROM posts po JOIN placements pl ON pl.post_id = po.id AND pl.status = 'active' GROUP BY po.id HAVING count(*) > po.places",
    );
    expect(overfull).toEqual([]);
    const minorsOnClosedPosts: Row[] = await knex.raw(
      "SELECT pl.id FROM placements pl JOIN measures m ON m.id = pl.measure_id JOIN posts po ON po.id = pl.post_id WHERE m.type = 'tig_mineur' AND po.open_to_minors = 0",
    );
    expect(minorsOnClosedPosts).toEqual([]);
  });

  it('dates decisions, consents and suspensions coherently (issue 10)', async () => {
    const rows: Row[] = await knex('measures as m')
      .join('persons as p', 'p.id', 'm.person_id')
      .select('m.*', 'p.birth_date');
    for (const m of rows) {
      const label = `${m.id} ${m.enforceable_source} ${m.decision_date} ${m.enforceable_date}`;
      expect(
        enforceableDateProblem(m.decision_date, m.enforceable_date, m.enforceable_source, TODAY),
        label,
      ).toBeNull();
      expect(m.enforceable_date <= m.registered_on, label).toBe(true);
      expect(deadlineProblem(m.type, m.decision_date, m.deadline, m.enforceable_date), label).toBeNull();
      expect(
        consentDateProblem(m.consent_status, m.consent_date, m.decision_date, TODAY),
        `${m.id} ${m.consent_status} ${m.consent_date} ${m.decision_date}`,
      ).toBeNull();
    }
    const sources = new Set(rows.map((m) => m.enforceable_source));
    expect([...sources].sort()).toEqual(['appel', 'contradictoire', 'signification']);
    expect(
      rows.some((m) => m.type !== 'tig_mineur' && minorAtFacts(m.type, m.birth_date, m.decision_date, m.offence_date)),
    ).toBe(true);

    const suspensions: Row[] = await knex('suspensions as s')
      .join('measures as m', 'm.id', 's.measure_id')
      .select('s.*', 'm.decision_date as measure_decision_date');
    expect(suspensions.some((s) => s.decision_date !== null)).toBe(true);
    for (const s of suspensions) {
      const problem = suspensionDecisionProblem({
        reason: s.reason,
        from: s.from_date,
        decisionDate: s.decision_date,
        measureDecisionDate: s.measure_decision_date,
        today: TODAY,
        retroactiveReason: null,
      });
      expect(problem, s.id).toBeNull();
      expect(s.decision_authority === null).toBe(s.decision_date === null);
    }
  });

  it('keeps the ledger plausible: sessions of 3 to 7 hours, corrections within the measure, at most one per entry', async () => {
    const present = (adults: boolean) =>
      knex('hours_entries as e')
        .join('measures as m', 'm.id', 'e.measure_id')
        .where({ 'e.outcome': 'present' })
        .where('m.type', adults ? '<>' : '=', 'tig_mineur')
        .min({ lo: 'e.duration_minutes' })
        .max({ hi: 'e.duration_minutes' })
        .first();
    expect(await present(true)).toEqual({ lo: 180, hi: 420 });
    // A minor works 4 h 30 at most in a row; the last hours may then take a shorter session.
    const minors = (await present(false))!;
    expect(minors.lo).toBeGreaterThanOrEqual(90);
    expect(minors.hi).toBeLessThanOrEqual(420);
    const outcomes = (await knex('hours_entries').distinct('outcome').pluck('outcome')) as string[];
    expect(outcomes).toEqual(expect.arrayContaining(['present', 'absence_justifiee', 'absence_injustifiee']));
    const corrections: Row[] = await knex('hours_entries as c')
      .join('hours_entries as e', 'e.id', 'c.corrects_id')
      .select('c.measure_id as a', 'e.measure_id as b', 'c.date as cd', 'e.date as ed');
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect([c.a, c.cd]).toEqual([c.b, c.ed]);
    const twice: Row[] = await knex('hours_entries')
      .whereNotNull('corrects_id')
      .groupBy('corrects_id')
      .having(knex.raw('count(*) > 1'))
      .select('corrects_id');
    expect(twice).toEqual([]);
    const duringSuspension =
      await knex.raw(`SELECT e.id FROM hours_entries e JOIN suspensions s ON s.measure_id = e.measure_id
      WHERE e.outcome = 'present' AND e.date >= s.from_date AND (s.to_date IS NULL OR e.date <= s.to_date)`);
    expect(duringSuspension).toEqual([]);
    const future = await knex('hours_entries').where('date', '>', TODAY).count({ n: '*' }).first();
    expect(Number(future!.n)).toBe(0);
  });

  it('dates every worked session on a day it can have been worked, within the working-time rules', async () => {
    const entries: Row[] = await knex('hours_entries as e')
      .join('measures as m', 'm.id', 'e.measure_id')
      .join('persons as p', 'p.id', 'm.person_id')
      .whereNotExists(knex('hours_entries as c').whereRaw('c.corrects_id = e.id'))
      .where('e.outcome', 'present')
      .select('e.*', 'm.person_id', 'm.deadline', 'p.birth_date');
    const placements: Row[] = await knex('placements').select('id', 'measure_id', 'start_date', 'end_date', 'status');
    const suspensions: Row[] = await knex('suspensions').whereNull('deleted_at').select('*');
    const byMeasure = <T extends Row>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of list) map.set(r.measure_id, [...(map.get(r.measure_id) ?? []), r]);
      return map;
    };
    const placementsOf = byMeasure(placements);
    const suspensionsOf = byMeasure(suspensions);
    const byPerson = new Map<string, Row[]>();
    for (const e of entries) byPerson.set(e.person_id, [...(byPerson.get(e.person_id) ?? []), e]);
    const worked = (e: Row): WorkedSession => ({
      date: e.date,
      startTime: e.start_time,
      endTime: e.end_time,
      durationMinutes: e.duration_minutes,
    });
    const problems: string[] = [];
    let minorSessions = 0;
    for (const e of entries) {
      const dateProblem = presentSessionDateProblem({
        date: e.date,
        today: TODAY,
        placements: (placementsOf.get(e.measure_id) ?? []).map((p) => ({
          id: p.id,
          startDate: p.start_date,
          endDate: p.status === 'active' ? null : p.end_date,
        })),
        suspensions: (suspensionsOf.get(e.measure_id) ?? []).map((s) => ({ from: s.from_date, to: s.to_date })),
        courtDeadline: e.deadline,
      });
      if (dateProblem) problems.push(`${e.id}: ${dateProblem}`);
      const others = (byPerson.get(e.person_id) ?? []).filter((o) => o.id !== e.id).map(worked);
      if (isMinorOn(e.birth_date, e.date)) minorSessions++;
      for (const p of minorSessionProblems(e.birth_date, worked(e), others)) problems.push(`${e.id}: ${p.message}`);
      const warning = adultDailyWarning(e.birth_date, worked(e), others);
      if (warning) problems.push(`${e.id}: ${warning}`);
    }
    expect(problems).toEqual([]);
    expect(minorSessions).toBeGreaterThan(0);
  });

  it('stores projections equal to a recomputation from the ledger and the suspensions', async () => {
    const measures: Row[] = await knex('measures').select('*');
    const credited: Row[] =
      await knex.raw(`SELECT e.measure_id, SUM(e.duration_minutes) AS minutes, MAX(e.date) AS last FROM hours_entries e
      WHERE e.outcome = 'present' AND NOT EXISTS (SELECT 1 FROM hours_entries c WHERE c.corrects_id = e.id) GROUP BY e.measure_id`);
    const bySql = new Map(credited.map((r) => [r.measure_id as string, r]));
    const entries: Row[] = await knex('hours_entries').select(
      'id',
      'measure_id',
      'date',
      'duration_minutes',
      'outcome',
      'corrects_id',
    );
    const suspensions: Row[] = await knex('suspensions').select('measure_id', 'from_date', 'to_date', 'deleted_at');
    const group = <T extends Row>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of list) map.set(r.measure_id, [...(map.get(r.measure_id) ?? []), r]);
      return map;
    };
    const entriesOf = group(entries);
    const suspensionsOf = group(suspensions);
    for (const m of measures) {
      const sql = bySql.get(m.id);
      expect([m.credited_minutes, m.last_present_date], m.id).toEqual([Number(sql?.minutes ?? 0), sql?.last ?? null]);
      const recomputed = measureProjection(
        m.deadline,
        (entriesOf.get(m.id) ?? []) as never,
        (suspensionsOf.get(m.id) ?? []) as never,
        TODAY,
      );
      expect({
        credited_minutes: m.credited_minutes,
        last_present_date: m.last_present_date,
        closed_suspension_days: m.closed_suspension_days,
        open_suspension_from: m.open_suspension_from,
        deadline_after_closed_suspensions: m.deadline_after_closed_suspensions,
      }).toEqual(recomputed);
    }
    expect(measures.some((m) => m.closed_suspension_days > 0)).toBe(true);
  });

  it('walks every measure through allowed status transitions, in time order', async () => {
    const events: Row[] = await knex('measure_events')
      .where({ kind: 'status' })
      .orderBy([{ column: 'measure_id' }, { column: 'at' }, { column: 'id' }])
      .select('*');
    const statuses = new Map(
      ((await knex('measures').select('id', 'status')) as Row[]).map((m) => [
        m.id as string,
        m.status as MeasureStatus,
      ]),
    );
    const reached = new Map<string, MeasureStatus>();
    for (const e of events) {
      const current = reached.get(e.measure_id) ?? 'a_affecter';
      expect(e.from_value, e.measure_id).toBe(current);
      expect(allowedTransitions(current), `${e.measure_id}: ${current} → ${e.to_value}`).toContain(e.to_value);
      reached.set(e.measure_id, e.to_value);
    }
    for (const [id, status] of statuses) expect(reached.get(id) ?? 'a_affecter', id).toBe(status);
    const kinds = (await knex('measure_events').distinct('kind').pluck('kind')) as string[];
    expect(kinds).toEqual(expect.arrayContaining(['registered', 'consent', 'officer', 'status', 'placement']));
  });

  it('spreads a plausible catalogue over France including the DROM', async () => {
    const posts: Row[] = await knex('posts').select('*');
    const inBox = (p: Row) =>
      (p.latitude > 41.3 && p.latitude < 51.2 && p.longitude > -5.2 && p.longitude < 9.6) ||
      (p.postal_code.startsWith('971') &&
        p.latitude > 15.8 &&
        p.latitude < 16.6 &&
        p.longitude > -61.9 &&
        p.longitude < -61.0) ||
      (p.postal_code.startsWith('972') &&
        p.latitude > 14.3 &&
        p.latitude < 14.9 &&
        p.longitude > -61.3 &&
        p.longitude < -60.8) ||
      (p.postal_code.startsWith('973') &&
        p.latitude > 2 &&
        p.latitude < 6 &&
        p.longitude > -54.6 &&
        p.longitude < -51.6) ||
      (p.postal_code.startsWith('974') &&
        p.latitude > -21.4 &&
        p.latitude < -20.8 &&
        p.longitude > 55.2 &&
        p.longitude < 55.9) ||
      (p.postal_code.startsWith('976') &&
        p.latitude > -13.1 &&
        p.latitude < -12.6 &&
        p.longitude > 45.0 &&
        p.longitude < 45.3);
    expect(posts.filter((p) => !inBox(p)).map((p) => `${p.city} ${p.latitude},${p.longitude}`)).toEqual([]);
    expect(posts.filter((p) => p.postal_code.startsWith('97')).length).toBeGreaterThanOrEqual(5);
    expect(new Set(posts.map((p) => p.category))).toEqual(new Set(POST_CATEGORIES));
    const slots = posts.flatMap((p) => JSON.parse(p.schedule) as string[]);
    expect(slots.every((s) => (WEEKLY_SLOTS as readonly string[]).includes(s))).toBe(true);
    expect(slots.some((s) => s.endsWith('_evening'))).toBe(true);
    expect(slots.some((s) => s.startsWith('sat_') || s.startsWith('sun_'))).toBe(true);
    expect(posts.every((p) => p.places >= 1 && p.places <= 4)).toBe(true);
    const kinds = (await knex('hosts').distinct('kind').pluck('kind')) as string[];
    expect(kinds.length).toBeGreaterThanOrEqual(5);
  });

  it('fills this week’s and next week’s appointments', async () => {
    const monday = mondayOf(TODAY);
    const week: Row[] = await knex('appointments')
      .whereBetween('date', [monday, addDays(monday, 13)])
      .select('status', 'date');
    expect(week.length).toBeGreaterThan(10);
    expect(week.some((a) => a.status === 'prevu' && a.date >= TODAY)).toBe(true);
  });

  it('is deterministic: the same seed gives the same people and the same measures per status', async () => {
    const again = makeTempDir();
    try {
      const second = await buildDemo(again.dir, 7);
      expect(second.byStatus).toEqual(report.byStatus);
      expect(second.counts).toEqual(report.counts);
      const other = await open(again.dir);
      try {
        expect(await identities(other.knex)).toEqual(await identities(knex));
        for (const [table, columns] of Object.entries(CATALOGUE_COLUMNS)) {
          const list = (k: Knex) => k(table).orderBy(columns).select(columns);
          expect(await list(other.knex), table).toEqual(await list(knex));
        }
      } finally {
        await other.close();
      }
    } finally {
      again.cleanup();
    }
  });
});
