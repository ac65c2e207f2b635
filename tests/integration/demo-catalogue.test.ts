import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { makeTempDir } from '../support/temp-dir';
import { buildDemo, DEMO_NOW as NOW, DEMO_TODAY as TODAY, openDemo } from '../support/demo-build';
import type { Database } from '@core/db/open-database';
import { SEED_SIZES } from '@core/demo/seed-cases';
import { addMonths } from '@shared/domain/local-date';
import { siretProblem } from '@shared/domain/catalogue/siret';
import { HOST_TYPES, isHabilitatedByRight, type HostType } from '@shared/domain/catalogue/host-types';
import { habilitationStep, isHostHabilitated, type HabilitationRecord } from '@shared/domain/catalogue/habilitation';
import { isPostRegistered, type RegistrationRecord } from '@shared/domain/catalogue/post-registration';
import {
  HABILITATION_OPINION_DELAY,
  REGISTRATION_OPINION_DELAY,
  opinionsComplete,
  type Opinion,
} from '@shared/domain/catalogue/opinions';
import { PROSPECT_STATUSES } from '@shared/domain/catalogue/post-categories';
import { habilitationCoverProblem, habilitationPeriods } from '@shared/domain/catalogue/habilitation-cover';
import { minorPostProblem } from '@shared/domain/placement-rules';

/**
 * The catalogue of the small demo dataset (the case side is in demo-data.test.ts): valid SIRETs, habilitations and
 * registrations that agree with the derived columns, placements only where the rules allow, tutors, prospection.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** The département of a postal code: 2 digits, 3 overseas, 2A/2B in Corsica. */
function departementOfPostalCode(code: string): string {
  if (code.startsWith('97')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  return code.slice(0, 2);
}

const opinion = (r: Row, giver: string): Opinion => ({
  requestedOn: r[`${giver}_requested_on`],
  receivedOn: r[`${giver}_received_on`],
  opinion: r[`${giver}_opinion`],
});
const habilitationRecord = (r: Row): HabilitationRecord => ({
  requestedOn: r.requested_on,
  procureur: opinion(r, 'procureur'),
  jap: opinion(r, 'jap'),
  prefet: opinion(r, 'prefet'),
  decision: r.decision,
  decidedOn: r.decided_on,
  validUntil: r.valid_until,
  withdrawnOn: r.withdrawn_on,
});
const registrationRecord = (r: Row): RegistrationRecord => ({
  kind: r.kind,
  requestedOn: r.requested_on,
  procureur: opinion(r, 'procureur'),
  jap: opinion(r, 'jap'),
  decision: r.decision,
  decidedOn: r.decided_on,
  notifiedOn: r.notified_on,
});
const recordsByDecision = (rows: Row[]) =>
  [...rows]
    .sort((a, b) => String(a.decided_on ?? '').localeCompare(String(b.decided_on ?? '')))
    .map(registrationRecord);

describe('demo catalogue, small scale', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Database;
  let knex: Knex;

  beforeAll(async () => {
    temp = makeTempDir();
    await buildDemo(temp.dir, 7);
    db = await openDemo(temp.dir);
    knex = db.knex;
  });
  afterAll(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('gives every host a valid SIRET, its département and a contact, in a realistic mix of types', async () => {
    const hosts: Row[] = await knex('hosts').select('*');
    expect(hosts.filter((h) => siretProblem(h.siret) !== null).map((h) => h.siret)).toEqual([]);
    expect(new Set(hosts.map((h) => h.siret)).size).toBe(hosts.length);
    expect(
      hosts
        .filter((h) => h.departement !== departementOfPostalCode(h.postal_code))
        .map((h) => `${h.postal_code} ${h.departement}`),
    ).toEqual([]);
    const byKind = new Map<string, number>();
    for (const h of hosts) byKind.set(h.kind, (byKind.get(h.kind) ?? 0) + 1);
    expect([...byKind.keys()].every((k) => (HOST_TYPES as readonly string[]).includes(k))).toBe(true);
    expect(byKind.size).toBeGreaterThanOrEqual(6);
    expect(byKind.get('collectivite')! + byKind.get('etablissement_public')!).toBeGreaterThan(hosts.length / 3);
    expect(hosts.some((h) => h.national_partnership !== null)).toBe(true);
    expect(
      hosts.every(
        (h) => h.contact_name && /^0\d( \d{2}){4}$/.test(h.contact_phone) && h.contact_email.endsWith('.example.fr'),
      ),
    ).toBe(true);
    const posts: Row[] = await knex('posts').select('postal_code', 'departement');
    expect(posts.filter((p) => p.departement !== departementOfPostalCode(p.postal_code))).toEqual([]);
  });

  it('derives habilitated and its validity from the habilitations, as the catalogue service does', async () => {
    const hosts: Row[] = await knex('hosts').select('*');
    const rows: Row[] = await knex('habilitations').select('*');
    const steps = new Set<string>();
    for (const h of hosts) {
      const own = rows.filter((r) => r.host_id === h.id);
      const records = own.map(habilitationRecord);
      if (isHabilitatedByRight(h.kind as HostType)) {
        expect([own.length, h.habilitated, h.habilitation_valid_until], h.name).toEqual([0, 1, null]);
        continue;
      }
      expect(own.length, h.name).toBeGreaterThan(0);
      expect(Boolean(h.habilitated), h.name).toBe(isHostHabilitated(h.kind as HostType, records, TODAY));
      const granted = own
        .filter((r) => r.decision === 'accordee' && !r.withdrawn_on)
        .map((r) => r.valid_until as string);
      expect(h.habilitation_valid_until, h.name).toBe(granted.length > 0 ? granted.sort().at(-1) : null);
      for (const r of own) {
        const record = habilitationRecord(r);
        steps.add(habilitationStep(record, TODAY));
        expect(r.requested_on >= h.created_at.slice(0, 10) && r.requested_on <= TODAY, r.id).toBe(true);
        if (!r.decision) continue;
        // A decision comes once every opinion is received or deemed given (one month after it was asked).
        expect(
          opinionsComplete([record.procureur, record.jap, record.prefet], HABILITATION_OPINION_DELAY, r.decided_on),
          r.id,
        ).toBe(true);
        expect(r.decided_on <= TODAY).toBe(true);
        if (r.decision === 'accordee') expect(r.valid_until).toBe(addMonths(r.decided_on, 60));
      }
    }
    expect([...steps]).toEqual(expect.arrayContaining(['accordee', 'refusee']));
    expect([...steps].some((s) => ['demande', 'avis', 'decision_possible'].includes(s))).toBe(true);
  });

  it('keeps posts.registered equal to the registration records, with pending and radiated posts', async () => {
    const posts: Row[] = await knex('posts').select('id', 'registered', 'active', 'created_at');
    const rows: Row[] = await knex('post_registrations').select('*');
    const of = new Map<string, Row[]>();
    for (const r of rows) of.set(r.post_id, [...(of.get(r.post_id) ?? []), r]);
    let pending = 0;
    let radiated = 0;
    for (const p of posts) {
      const own = of.get(p.id) ?? [];
      expect(Boolean(p.registered), p.id).toBe(isPostRegistered(recordsByDecision(own)));
      if (p.active) expect(p.registered).toBe(1);
      for (const r of own) {
        const record = registrationRecord(r);
        expect(r.requested_on <= TODAY && r.requested_on >= p.created_at.slice(0, 10)).toBe(true);
        if (r.decision)
          expect(opinionsComplete([record.procureur, record.jap], REGISTRATION_OPINION_DELAY, r.decided_on), r.id).toBe(
            true,
          );
      }
      if (p.registered)
        expect(
          own.some((r) => r.kind === 'inscription' && r.decision === 'acceptee' && r.notified_on),
          p.id,
        ).toBe(true);
      if (!p.registered && own.some((r) => r.kind === 'inscription' && !r.decision)) pending += 1;
      if (!p.registered && own.some((r) => r.kind === 'radiation' && r.decision === 'acceptee')) radiated += 1;
    }
    expect(pending).toBeGreaterThan(0);
    expect(radiated).toBeGreaterThan(0);
  });

  it('places running measures only on placeable posts, with a tutor of the post', async () => {
    const placements: Row[] = await knex('placements as pl')
      .join('posts as po', 'po.id', 'pl.post_id')
      .join('hosts as h', 'h.id', 'po.host_id')
      .join('measures as m', 'm.id', 'pl.measure_id')
      .join('persons as pe', 'pe.id', 'm.person_id')
      .leftJoin('tutors as t', 't.id', 'pl.tutor_id')
      .select(
        'pl.id',
        'pl.status',
        'pl.tutor_id',
        'pl.tutor_name',
        'po.active',
        'po.registered',
        'po.excluded_offences',
        'po.physical_requirements',
        'h.habilitated',
        'h.habilitation_valid_until',
        'm.offence_category',
        'pe.physical_limits',
        't.first_name',
        't.last_name',
      );
    const pairs: Row[] = await knex.raw(
      "SELECT pl.id || '/' || pt.tutor_id AS k FROM post_tutors pt JOIN placements pl ON pl.post_id = pt.post_id",
    );
    const links = new Set(pairs.map((r) => r.k as string));
    for (const p of placements) {
      if (p.status === 'active') {
        expect([p.active, p.registered, p.habilitated], p.id).toEqual([1, 1, 1]);
        expect(p.habilitation_valid_until === null || p.habilitation_valid_until >= TODAY).toBe(true);
      }
      expect(JSON.parse(p.excluded_offences)).not.toContain(p.offence_category);
      const limits = JSON.parse(p.physical_limits) as string[];
      expect((JSON.parse(p.physical_requirements) as string[]).filter((d) => limits.includes(d))).toEqual([]);
      expect(links.has(`${p.id}/${p.tutor_id}`), p.id).toBe(true);
      expect(p.tutor_name).toBe(`${p.first_name} ${p.last_name}`);
    }
  });

  it('starts every placement within its host’s habilitation and the deadline, minors on posts open to them', async () => {
    const placements: Row[] = await knex('placements as pl')
      .join('posts as po', 'po.id', 'pl.post_id')
      .join('hosts as h', 'h.id', 'po.host_id')
      .join('measures as m', 'm.id', 'pl.measure_id')
      .join('persons as pe', 'pe.id', 'm.person_id')
      .select('pl.id', 'pl.start_date', 'po.open_to_minors', 'h.id as host_id', 'h.kind', 'h.name', 'm.deadline')
      .select('pe.birth_date');
    const habilitations: Row[] = await knex('habilitations').whereNull('deleted_at');
    const byHost = new Map<string, Row[]>();
    for (const r of habilitations) byHost.set(r.host_id, [...(byHost.get(r.host_id) ?? []), r]);
    expect(placements.length).toBeGreaterThan(100);
    for (const p of placements) {
      const periods = habilitationPeriods((byHost.get(p.host_id) ?? []).map(habilitationRecord));
      expect(habilitationCoverProblem(p.name, isHabilitatedByRight(p.kind), periods, p.start_date), p.id).toBeNull();
      // The court's deadline: suspensions only push it back.
      expect(p.start_date <= p.deadline, p.id).toBe(true);
      expect(minorPostProblem(p.birth_date, p.start_date, Boolean(p.open_to_minors)), p.id).toBeNull();
    }
  });

  it('gives every post one or two tutors of its host, every tutor a post and an identity', async () => {
    const perPost: Row[] =
      await knex.raw(`SELECT po.id, count(pt.tutor_id) AS n, sum(t.host_id = po.host_id) AS own FROM posts po
      LEFT JOIN post_tutors pt ON pt.post_id = po.id LEFT JOIN tutors t ON t.id = pt.tutor_id GROUP BY po.id`);
    expect(perPost.filter((p) => p.n < 1 || p.n > 2 || p.own !== p.n)).toEqual([]);
    const tutors: Row[] = await knex('tutors').select('*');
    expect(tutors.length).toBe(SEED_SIZES.small.tutors);
    const idle = await knex('tutors')
      .whereNotExists(knex('post_tutors').whereRaw('post_tutors.tutor_id = tutors.id'))
      .count({ n: '*' })
      .first();
    expect(Number(idle!.n)).toBe(0);
    for (const t of tutors) {
      expect(
        t.last_name && t.first_name && t.birth_place && t.role && t.birth_date < addMonths(TODAY, -12 * 25),
      ).toBeTruthy();
      for (const training of JSON.parse(t.trainings) as Row[])
        expect(training.module && training.date <= TODAY).toBeTruthy();
    }
    expect(
      tutors.some((t) => (JSON.parse(t.trainings) as Row[]).some((x) => x.module === 'Accueil d’une personne en TIG')),
    ).toBe(true);
  });

  it('fills the prospection pipeline at every step and matching fields on persons', async () => {
    const prospects: Row[] = await knex('prospects').select('*');
    expect(new Set(prospects.map((p) => p.status))).toEqual(new Set(PROSPECT_STATUSES));
    const referents = (await knex('users').where({ role: 'referent' }).pluck('display_name')) as string[];
    for (const p of prospects) {
      const history = JSON.parse(p.history) as Row[];
      expect(history.at(-1)!.status, p.name).toBe(p.status);
      expect(history.every((h) => referents.includes(h.by) && h.at <= NOW.toISOString())).toBe(true);
      if (p.status === 'habilitee' && p.host_id)
        expect((await knex('hosts').where({ id: p.host_id }).first()).habilitated).toBe(1);
    }
    const persons: Row[] = await knex('persons').select(
      'health_restrictions',
      'physical_limits',
      'preferred_categories',
    );
    expect(persons.filter((p) => JSON.parse(p.physical_limits).length > 0 && !p.health_restrictions)).toEqual([]);
    expect(persons.some((p) => JSON.parse(p.physical_limits).length > 0)).toBe(true);
    expect(persons.every((p) => JSON.parse(p.preferred_categories).length <= 2)).toBe(true);
  });
});
