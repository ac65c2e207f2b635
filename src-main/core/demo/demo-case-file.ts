import { ofPlace } from '@shared/domain/french-places';
import { addDays, maxDate, minDate, type LocalDate } from '@shared/domain/local-date';
import { isMinorOn, minorAtFacts } from '@shared/domain/minors';
import { measureAuthority } from '@shared/domain/measure-authority';
import { suspensionNeedsDecision } from '@shared/domain/suspension-decision';
import { medicalExamReasons } from '@shared/domain/medical';
import type { MeasureStatus } from '@shared/domain/measure-status';
import { uuidv7 } from '../util/uuid7';
import { officeInstant } from './demo-addresses';
import type { CaseRows, MeasureEventRow, MeasureRow, PlacementRow, SuspensionRow } from './demo-case-rows';
import { generateLedger, type HoursEntryRow } from './demo-ledger';
import type { MeasurePlan } from './demo-measures';
import type { PersonFacts } from './demo-persons';
import { placementSchedule } from './demo-placements';
import type { SeededRandom } from './seeded-random';
import type { CaseContext } from './demo-case-context';
import { addFollowUp } from './demo-follow-up';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from './french-names';
import { measureProjection } from './measure-projection';

/** Turns one planned measure into its rows: the measure, its placement, ledger, suspensions, events and follow-up. */
function courtOf(plan: MeasurePlan, city: string, minor: boolean): string {
  if (plan.type === 'tnr') return `Parquet du tribunal judiciaire ${ofPlace(city)}`;
  if (minor) return `Tribunal pour enfants ${ofPlace(city)}`;
  return `Tribunal judiciaire ${ofPlace(city)}`;
}

/** The sentencing court's president (for a TNR, the judge who validated the composition pénale): a name alone. */
function magistrateOf(random: SeededRandom): string {
  return `${random.chance(0.6) ? 'Mme' : 'M.'} ${random.pick(SURNAMES)}`;
}

/**
 * The magistrate who follows the measure at the court of the person's département: a few names per court and
 * function, drawn from the place and the decision date so that the seeded random sequence is left as it was.
 */
function followingMagistrateOf(plan: MeasurePlan, city: string): string {
  let hash = 0;
  for (const c of `${city}|${plan.type}|${plan.decisionDate.slice(0, 7)}`) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const woman = hash % 5 < 3;
  const given = woman ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES;
  return `${woman ? 'Mme' : 'M.'} ${given[hash % given.length]} ${SURNAMES[(hash >>> 8) % SURNAMES.length]}`;
}

const busyDays = new WeakMap<PersonFacts, Set<LocalDate>>();
/** The days a person already works for one of their measures (a second measure's sessions go on other days). */
function busyDaysOf(person: PersonFacts): Set<LocalDate> {
  let days = busyDays.get(person);
  if (!days) busyDays.set(person, (days = new Set()));
  return days;
}

export function buildCase(person: PersonFacts, plan: MeasurePlan, ctx: CaseContext, rows: CaseRows): MeasureRow {
  const { random, today, nowIso, staff } = ctx;
  const stamp = (date: LocalDate) => officeInstant(date, random, nowIso);
  const createdAt = stamp(plan.registeredOn);
  const measureId = uuidv7(Date.parse(createdAt));
  const unassigned = plan.status === 'a_affecter' ? random.chance(0.35) : random.chance(0.02);
  const officerId = unassigned ? null : random.pick(staff.cpip);
  const actor = officerId ?? random.pick(staff.dpip);
  const events: MeasureEventRow[] = [];
  const event = (
    date: LocalDate,
    kind: MeasureEventRow['kind'],
    from: string | null,
    to: string | null,
    note: string | null,
    userId: string | null,
  ) => {
    let at = stamp(date);
    // Events of one day keep the order in which they happened.
    const previous = events.at(-1)?.at;
    if (previous && previous.slice(0, 10) === date && at <= previous)
      at = new Date(Date.parse(previous) + 60_000).toISOString();
    events.push({
      id: uuidv7(Date.parse(at)),
      measure_id: measureId,
      at,
      kind,
      from_value: from,
      to_value: to,
      note,
      user_id: userId,
    });
  };
  const status = (date: LocalDate, from: MeasureStatus, to: MeasureStatus, note: string | null = null) =>
    event(date, 'status', from, to, note, actor);

  event(plan.registeredOn, 'registered', null, 'a_affecter', null, random.pick(staff.secretariat));
  if (officerId)
    event(
      minDate(addDays(plan.registeredOn, random.int(1, 10)), plan.closedOn ?? today),
      'officer',
      null,
      officerId,
      null,
      random.pick(staff.dpip),
    );
  if (plan.consent.status !== 'pending') {
    event(
      maxDate(plan.registeredOn, plan.consent.date!),
      'consent',
      'pending',
      plan.consent.status,
      plan.consent.source,
      officerId ?? random.pick(staff.secretariat),
    );
  }

  const minorFacts = minorAtFacts(plan.type, person.row.birth_date, plan.decisionDate, plan.offenceDate);
  const suspensions: SuspensionRow[] = [];
  const suspension = (from: LocalDate, to: LocalDate | null, reason: string) => {
    const at = stamp(from);
    // A « motif grave » is suspended by the judge following the measure, a few days before the first suspended
    // day; detention and house arrest suspend it by law, without a decision recorded here.
    const ordered = suspensionNeedsDecision(reason);
    const decided = ordered ? maxDate(addDays(from, -random.int(0, 12)), plan.decisionDate) : null;
    const authority = measureAuthority(plan.type, minorFacts);
    suspensions.push({
      id: uuidv7(Date.parse(at)),
      measure_id: measureId,
      reason,
      from_date: from,
      to_date: to,
      note: null,
      decision_date: decided,
      decision_authority: decided ? authority.kind : null,
      decision_reference: decided
        ? `Ordonnance ${authority.kind === 'jap' ? 'JAP' : 'JE'} n° ${decided.slice(0, 4)}/${String(random.int(1, 2999)).padStart(4, '0')}`
        : null,
      created_at: at,
      updated_at: to ? stamp(minDate(to, today)) : at,
    });
  };

  let entries: HoursEntryRow[] = [];
  let placement: PlacementRow | null = null;
  let postAddress = '';
  let medicalExam: LocalDate | null = null;
  let closedOn = plan.closedOn;
  const minor = isMinorOn(person.row.birth_date, plan.decisionDate);
  if (plan.placement) {
    const active = !plan.placement.ends;
    const post = ctx.posts.pick(person.dep.code, {
      minor: isMinorOn(person.row.birth_date, plan.placement.start),
      start: plan.placement.start,
      drivingLicence: person.row.driving_licence,
      active,
      offenceCategory: plan.offenceCategory,
      physicalLimits: person.physicalLimits,
    });
    if (!post) throw new Error('no post fits the demo placement');
    const schedule = placementSchedule(
      post,
      person.availability,
      isMinorOn(person.row.birth_date, plan.placement.start),
    );
    postAddress = `${post.hostName}, ${post.address}`;
    const created = plan.placement.created;
    const at = stamp(created);
    const tutor = random.pick(post.tutors);
    placement = {
      id: uuidv7(Date.parse(at)),
      measure_id: measureId,
      post_id: post.id,
      tutor_id: tutor.id,
      tutor_name: tutor.name,
      start_date: plan.placement.start,
      schedule: JSON.stringify(schedule.slots),
      schedule_note: schedule.note,
      hours_planned: plan.hours,
      status: active ? 'active' : 'ended',
      end_date: null,
      end_reason: null,
      created_at: at,
      updated_at: at,
    };
    event(created, 'placement', null, post.id, `${post.title} — ${post.hostName}`, actor);
    status(created, 'a_affecter', 'affecte');
    const reasons = medicalExamReasons({
      minor,
      disabledWorker: person.row.disabled_worker,
      pregnant: person.row.pregnant,
      postNightWork: post.nightWork,
      postParticularRisks: post.particularRisks,
      postCareSetting: post.careSetting,
    });
    if (reasons.length > 0 && random.chance(0.85)) medicalExam = minDate(addDays(created, random.int(1, 6)), today);

    if (plan.work) {
      const ledger = generateLedger(
        {
          measureId,
          placementId: placement.id,
          firstDate: plan.placement.start,
          lastAllowed: plan.work.lastAllowed,
          targetMinutes: plan.work.targetMinutes,
          exact: plan.work.exact,
          slots: schedule.slots,
          pauses: plan.closedSuspension ? [plan.closedSuspension] : [],
          unjustifiedRate: plan.work.unjustifiedRate,
          recordedBy: officerId,
          notAfter: nowIso,
          birthDate: person.row.birth_date,
          lastPossible: minDate(addDays(today, -1), plan.deadline),
          busyDays: busyDaysOf(person),
        },
        random,
      );
      entries = ledger.entries;
      const firstSession = entries[0]?.date ?? plan.placement.start;
      if (plan.status !== 'affecte')
        status(
          firstSession,
          'affecte',
          'en_cours',
          entries.length > 0 ? 'Première séance effectuée' : 'Prise de poste',
        );
      // A completed measure whose hours were all done before the planned suspension simply had none.
      const lastSession = ledger.lastSession;
      if (
        plan.closedSuspension &&
        !(plan.status === 'acheve' && lastSession !== null && lastSession < plan.closedSuspension.from)
      ) {
        const s = plan.closedSuspension;
        suspension(s.from, s.to, s.reason);
        event(s.from, 'suspension', null, s.reason, null, actor);
        status(s.from, 'en_cours', 'suspendu');
        status(addDays(s.to, 1), 'suspendu', 'en_cours', 'Fin de la suspension');
      }
      const last = lastSession ?? plan.placement.start;
      if (plan.status === 'acheve') {
        // Declaring the measure completed ends the placement the same day (as the measures service does).
        closedOn = minDate(addDays(last, random.int(0, 7)), addDays(today, -1));
        placement.end_date = closedOn;
      } else if (plan.placement.ends) {
        placement.end_date = minDate(maxDate(addDays(last, random.int(7, 30)), plan.placement.start), closedOn!);
      }
      addIncidentsFor(plan.status, ledger.unjustifiedDates, entries, measureId, officerId, ctx, rows);
    }
    if (placement.end_date) {
      placement.end_reason = plan.placement.endReason;
      placement.updated_at = stamp(placement.end_date);
      event(placement.end_date, 'placement_ended', null, null, placement.end_reason, actor);
      // Ending a placement before the measure is closed puts it back to "à affecter" (placements service).
      if (plan.status !== 'acheve') status(placement.end_date, 'en_cours', 'a_affecter', placement.end_reason);
    }
  }
  if (plan.openSuspension) {
    suspension(plan.openSuspension.from, null, plan.openSuspension.reason);
    event(plan.openSuspension.from, 'suspension', null, plan.openSuspension.reason, null, actor);
    status(plan.openSuspension.from, 'en_cours', 'suspendu');
  }
  if (closedOn) {
    const from: MeasureStatus = plan.status === 'acheve' ? 'en_cours' : 'a_affecter';
    const note =
      plan.status === 'acheve'
        ? 'Toutes les heures ont été effectuées.'
        : plan.status === 'refus'
          ? 'Refus du consentement : dossier transmis au juge.'
          : null;
    status(closedOn, from, plan.status, note);
  }

  const measure: MeasureRow = {
    id: measureId,
    person_id: person.row.id,
    type: plan.type,
    court: courtOf(plan, person.dep.prefecture, minorFacts),
    decision_date: plan.decisionDate,
    enforceable_date: plan.enforceable.date,
    enforceable_source: plan.enforceable.source,
    offence_date: plan.offenceDate,
    hours_ordered: plan.hours,
    deadline: plan.deadline,
    magistrate: magistrateOf(random),
    following_magistrate: followingMagistrateOf(plan, person.dep.prefecture),
    offence_category: plan.offenceCategory,
    court_reference: `${plan.decisionDate.slice(2, 4)}${random.int(100, 365)}${String(random.int(0, 99999)).padStart(5, '0')}`,
    status: plan.status,
    consent_status: plan.consent.status,
    consent_date: plan.consent.date,
    consent_source: plan.consent.source,
    officer_id: officerId,
    medical_exam_date: medicalExam,
    registered_on: plan.registeredOn,
    closed_on: closedOn,
    ...measureProjection(plan.deadline, entries, suspensions, today),
    created_at: createdAt,
    updated_at: events.reduce((latest, e) => (e.at > latest ? e.at : latest), createdAt),
  };
  rows.measures.push(measure);
  rows.measure_events.push(...events);
  if (placement) rows.placements.push(placement);
  rows.hours_entries.push(...entries);
  rows.suspensions.push(...suspensions);
  addFollowUp(person, measure, placement && { row: placement, address: postAddress }, ctx, rows);
  return measure;
}

function addIncidentsFor(
  status: MeasureStatus,
  unjustified: LocalDate[],
  entries: HoursEntryRow[],
  measureId: string,
  officerId: string | null,
  ctx: CaseContext,
  rows: CaseRows,
): void {
  const { random } = ctx;
  const incident = (date: LocalDate, kind: CaseRows['incidents'][number]['kind'], description: string) => {
    const at = officeInstant(minDate(addDays(date, random.int(0, 3)), ctx.today), random, ctx.nowIso);
    rows.incidents.push({
      id: uuidv7(Date.parse(at)),
      measure_id: measureId,
      kind,
      date,
      description,
      recorded_by: officerId,
      recorded_at: at,
    });
  };
  for (const date of unjustified) {
    if (random.chance(status === 'inexecute' || status === 'revoque' ? 0.6 : 0.25))
      incident(date, 'absence', 'Absence non justifiée signalée par le tuteur le jour même.');
  }
  for (const e of entries)
    if (e.outcome === 'renvoye') incident(e.date, 'comportement', 'Renvoyé par le tuteur pour comportement inadapté.');
  if (status === 'revoque' && entries.length > 0)
    incident(
      entries[entries.length - 1]!.date,
      'comportement',
      'Propos insultants envers le tuteur ; rappel du cadre par le CPIP.',
    );
  if (entries.length > 5 && random.chance(0.01))
    incident(
      entries[2]!.date,
      'accident',
      'Légère coupure à la main pendant la séance ; soins sur place, déclaration faite.',
    );
  if (entries.length > 5 && random.chance(0.01))
    incident(
      entries[3]!.date,
      'suspension_structure',
      'Travaux suspendus une journée par la structure pour raison de sécurité.',
    );
}
