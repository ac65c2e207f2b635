import type { Knex } from 'knex';
import { addMonths, minDate, parisDateOf, type LocalDate } from '@shared/domain/local-date';
import { MAJORITY } from '@shared/domain/minors';
import type { MeasureStatus } from '@shared/domain/measure-status';
import { bulkInsert } from './bulk-insert';
import { CASE_TABLES, emptyCaseRows, type CaseRows } from './demo-case-rows';
import { buildCase } from './demo-case-file';
import type { CaseContext, Staff } from './demo-case-context';
import { measureType, planMeasure, STATUS_WEIGHTS } from './demo-measures';
import { generatePerson } from './demo-persons';
import { PostPicker } from './demo-placements';
import { seedCatalogue, type CatalogueCounts } from './seed-catalogue';
import type { DemoScale } from './demo-users';
import { DEPARTEMENTS } from './departements';
import { SeededRandom } from './seeded-random';

/**
 * The synthetic case-management dataset of a demo device: catalogue (hosts and their habilitations, tutors, posts and
 * their registrations, the référents' prospection), persons and their measures with
 * placements, hours ledger, incidents, suspensions, appointments and events. Dates are relative to the real current
 * day in Paris, so alerts are meaningful; everything else follows from the seed.
 *
 * Rows go straight into the tables in large multi-row INSERTs, one transaction per chunk of persons, bypassing the
 * per-row services. No change_log records are written: the seed is the initial state of a fresh demo device, not a
 * set of changes to sync.
 */
export interface SeedSize {
  persons: number;
  measures: number;
  hosts: number;
  posts: number;
  tutors: number;
  prospects: number;
}

export const SEED_SIZES: Record<DemoScale, SeedSize> = {
  small: { persons: 300, measures: 400, hosts: 110, posts: 300, tutors: 147, prospects: 20 },
  national: { persons: 60_000, measures: 80_000, hosts: 13_500, posts: 36_000, tutors: 18_000, prospects: 300 },
};

export interface SeedOptions {
  size: SeedSize;
  seed: number;
  /** Defaults to today in Paris. */
  today?: LocalDate;
  /** Defaults to the current instant; nothing is stamped later. */
  now?: Date;
  personsPerChunk?: number;
  log?: (line: string) => void;
}

export type SeedCounts = CatalogueCounts & Record<(typeof CASE_TABLES)[number], number>;

export interface SeedReport {
  today: LocalDate;
  counts: SeedCounts;
  byStatus: Record<MeasureStatus, number>;
  seconds: number;
}

/** Active staff by role, in a stable order (usernames) so that the same seed assigns the same way. */
export async function loadStaff(knex: Knex): Promise<Staff> {
  const users = await knex('users')
    .where({ disabled: false })
    .whereNull('deleted_at')
    .orderBy('username')
    .select('id', 'role');
  const of = (role: string) => users.filter((u) => u.role === role).map((u) => u.id as string);
  const cpip = of('cpip');
  if (cpip.length === 0) throw new Error('The demo data needs at least one CPIP account.');
  const fallback = of('admin').concat(cpip);
  return {
    cpip,
    dpip: of('dpip').length > 0 ? of('dpip') : fallback,
    secretariat: of('secretariat').length > 0 ? of('secretariat') : fallback,
  };
}

async function insertAll(knex: Knex, rows: CaseRows, counts: SeedCounts): Promise<void> {
  await knex.transaction(async (trx) => {
    for (const table of CASE_TABLES) counts[table] += await bulkInsert(trx, table, rows[table]);
  });
}

export async function seedCases(knex: Knex, options: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const today = options.today ?? parisDateOf(now);
  const nowIso = minDate(now.toISOString(), `${today}T22:00:00.000Z`);
  const random = new SeededRandom((options.seed * 2_654_435_761) >>> 0);
  const { size } = options;
  const log = options.log ?? (() => undefined);

  const seeded = await seedCatalogue(knex, size, today, nowIso, random);
  const catalogue = seeded.catalogue;
  const counts = { ...seeded.counts, ...Object.fromEntries(CASE_TABLES.map((t) => [t, 0])) } as SeedCounts;
  log(
    `catalogue : ${counts.hosts} structures, ${counts.tutors} tuteurs, ${counts.posts} postes, ${counts.prospects} prospects (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  const ctx: CaseContext = {
    today,
    nowIso,
    staff: await loadStaff(knex),
    posts: new PostPicker(catalogue, random),
    random,
  };
  const byCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
  const byStatus = Object.fromEntries(Object.keys(STATUS_WEIGHTS).map((s) => [s, 0])) as Record<MeasureStatus, number>;
  const chunk = options.personsPerChunk ?? 2_000;
  let extras = Math.max(0, size.measures - size.persons);
  let rows = emptyCaseRows();
  for (let rank = 0; rank < size.persons; rank++) {
    const personsLeft = size.persons - rank;
    const share = extras / personsLeft;
    const minor = share < 1 && random.chance(0.05);
    let count = 1;
    if (!minor) {
      count += Math.floor(share) + (random.chance(share - Math.floor(share)) ? 1 : 0);
      if (count === 2 && extras >= 2 && random.chance(0.1)) count = 3;
      count = Math.min(count, extras + 1);
    }
    extras -= count - 1;
    const plans = Array.from({ length: count }, () => {
      const status = random.weighted(STATUS_WEIGHTS);
      return planMeasure(status, measureType(status, minor, random), today, random);
    });
    // People live where the posts are (weighted by population), so a small dataset still places everyone locally.
    const dep = byCode.get(random.pick(catalogue.refs).depCode)!;
    const firstDecision = plans.reduce((min, p) => minDate(min, p.decisionDate), plans[0]!.decisionDate);
    const registeredOn = plans.reduce((min, p) => minDate(min, p.registeredOn), plans[0]!.registeredOn);
    const person = generatePerson({ rank, dep, firstDecision, minor, registeredOn }, random);
    rows.persons.push(person.row);
    const adultOn = addMonths(person.row.birth_date, 12 * MAJORITY);
    for (const plan of plans) {
      // An adult's offence dates from after their 18th birthday (else the measure would be a TIG mineur).
      if (!minor && plan.offenceDate < adultOn) plan.offenceDate = minDate(adultOn, plan.decisionDate);
      buildCase(person, plan, ctx, rows);
      byStatus[plan.status] += 1;
    }
    if (rows.persons.length >= chunk || rank === size.persons - 1) {
      await insertAll(knex, rows, counts);
      rows = emptyCaseRows();
      if ((rank + 1) % (chunk * 5) === 0 || rank === size.persons - 1) {
        log(
          `${rank + 1} personnes, ${counts.measures} mesures, ${counts.hours_entries} séances (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    }
  }
  return { today, counts, byStatus, seconds: (Date.now() - started) / 1000 };
}
