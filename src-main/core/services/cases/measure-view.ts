import type { Measure } from '@shared/schemas/measures';
import { measureAlerts } from '@shared/domain/alerts';
import { addDays, daysBetween, type LocalDate } from '@shared/domain/local-date';
import { medicalExamReasons } from '@shared/domain/medical';
import { isMinorOn, minorAtFacts } from '@shared/domain/minors';
import type { LedgerSummary } from '@shared/domain/hours-ledger';
import { decodeBool } from '@core/repo/row-codec';

/** The person and post facts a measure's alerts and medical rule depend on. */
export interface MeasureContextFacts {
  birthDate: LocalDate;
  disabledWorker: boolean;
  pregnant: boolean;
  post: { nightWork: boolean; particularRisks: boolean; careSetting: boolean } | null;
  placementStart: LocalDate | null;
}

/**
 * Why a medical examination is required. A minor is one on the day the work starts (or today before a placement):
 * a TIG mineur who has come of age works as an adult (issue 10, age on the date concerned).
 */
export function medicalReasonsFor(facts: MeasureContextFacts, today: LocalDate): string[] {
  return medicalExamReasons({
    minor: isMinorOn(facts.birthDate, facts.placementStart ?? today),
    disabledWorker: facts.disabledWorker,
    pregnant: facts.pregnant,
    postNightWork: facts.post?.nightWork ?? false,
    postParticularRisks: facts.post?.particularRisks ?? false,
    postCareSetting: facts.post?.careSetting ?? false,
  });
}

/** Suspended days from the projection: closed periods plus the running one up to today. */
export function projectedSuspendedDays(
  row: { closed_suspension_days: number; open_suspension_from: string | null },
  today: LocalDate,
): number {
  const open =
    row.open_suspension_from && row.open_suspension_from <= today
      ? daysBetween(row.open_suspension_from, today) + 1
      : 0;
  return Number(row.closed_suspension_days) + open;
}

/**
 * Builds the measure as the renderer sees it. `progress` comes from the ledger itself (measure file) or from the
 * projection columns (caseload); `suspended` is the number of suspended days to push the deadline by.
 */
export function toMeasureView(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  row: any,
  facts: MeasureContextFacts,
  progress: LedgerSummary,
  suspended: number,
  today: LocalDate,
): Measure {
  const effectiveDeadline = addDays(row.deadline, suspended);
  const reasons = medicalReasonsFor(facts, today);
  return {
    id: row.id,
    personId: row.person_id,
    type: row.type,
    court: row.court,
    decisionDate: row.decision_date,
    enforceableDate: row.enforceable_date ?? row.decision_date,
    enforceableSource: row.enforceable_source ?? 'contradictoire',
    offenceDate: row.offence_date,
    minorAtFacts: minorAtFacts(row.type, facts.birthDate, row.decision_date, row.offence_date ?? null),
    hoursOrdered: row.hours_ordered,
    deadline: row.deadline,
    effectiveDeadline,
    suspendedDays: suspended,
    magistrate: row.magistrate,
    followingMagistrate: row.following_magistrate ?? null,
    followingCourt: row.following_court ?? null,
    offenceCategory: row.offence_category,
    courtReference: row.court_reference,
    status: row.status,
    consentStatus: row.consent_status,
    consentDate: row.consent_date,
    consentSource: row.consent_source,
    officerId: row.officer_id,
    officerName: row.officer_name ?? null,
    medicalExamDate: row.medical_exam_date,
    medicalExamReasons: reasons,
    registeredOn: row.registered_on,
    progress,
    alerts: measureAlerts({
      status: row.status,
      today,
      effectiveDeadline,
      registeredOn: row.registered_on,
      consentStatus: row.consent_status,
      lastPresentDate: progress.lastPresentDate,
      placementStartDate: facts.placementStart,
      remainingMinutes: progress.remainingMinutes,
      medicalExamReasons: reasons,
      medicalExamDate: row.medical_exam_date,
      placementPace: placementPaceOf(row, facts.placementStart),
    }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Progress from the projection columns, for lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function projectedProgress(row: any): LedgerSummary {
  const ordered = Number(row.hours_ordered) * 60;
  const credited = Number(row.credited_minutes);
  return {
    orderedMinutes: ordered,
    creditedMinutes: credited,
    remainingMinutes: Math.max(0, ordered - credited),
    percent: ordered === 0 ? 0 : Math.min(100, Math.floor((credited / ordered) * 1000) / 10),
    lastPresentDate: row.last_present_date ?? null,
    unjustifiedAbsences: 0,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function postFlags(row: any): MeasureContextFacts['post'] {
  if (!row || row.night_work === undefined || row.night_work === null) return null;
  return {
    nightWork: decodeBool(row.night_work),
    particularRisks: decodeBool(row.particular_risks),
    careSetting: decodeBool(row.care_setting),
  };
}

/** The pace facts projected onto the measure (repo/pace-facts.ts), for the "habilitation ends" alert. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function placementPaceOf(row: any, placementStart: LocalDate | null) {
  if (!placementStart || row.placement_planned_minutes === null || row.placement_planned_minutes === undefined)
    return null;
  return {
    placementStart,
    plannedMinutes: Number(row.placement_planned_minutes),
    weeklyMinutes: Number(row.placement_weekly_minutes ?? 0),
    habilitationEnd: (row.habilitation_end as LocalDate | null) ?? null,
  };
}
