import { ALERT_THRESHOLDS } from '@shared/domain/alerts';
import { isValidLocalDate, type LocalDate } from '@shared/domain/local-date';

/**
 * SQL fragments over `measures m` alone (the person, placement and post facts are copied onto it, see
 * repo/measure-facts.ts). They mirror the rules
 * of src-shared/domain (effective deadline, alerts) so that lists can filter and sort in the database; a test keeps
 * them equal to the TypeScript rules. `today` is inlined only after validation.
 */
export function caseloadSql(today: LocalDate) {
  if (!isValidLocalDate(today)) throw new Error('invalid date');
  const t = `'${today}'`;
  const openDays = `(CASE WHEN m.open_suspension_from IS NULL OR m.open_suspension_from > ${t} THEN 0 ELSE CAST(julianday(${t}) - julianday(m.open_suspension_from) AS INTEGER) + 1 END)`;
  const effectiveDeadline = `date(m.deadline_after_closed_suspensions, '+' || ${openDays} || ' days')`;
  const daysLeft = `CAST(julianday(${effectiveDeadline}) - julianday(${t}) AS INTEGER)`;
  const remaining = '(m.hours_ordered * 60 - m.credited_minutes)';
  const active = "m.status IN ('a_affecter','affecte','en_cours','suspendu')";
  const lastActivity = "MAX(COALESCE(m.last_present_date, ''), COALESCE(m.placement_start, ''))";
  const noHours = (days: number) =>
    `(m.status = 'en_cours' AND ${lastActivity} <> '' AND ${lastActivity} <= date(${t}, '-${days} days'))`;
  const medicalMissing = `(m.medical_exam_date IS NULL AND m.status IN ('affecte','en_cours') AND (m.medical_flag = 1 OR m.adult_on > ${t}))`;
  const behind = `(${daysLeft} BETWEEN 0 AND ${ALERT_THRESHOLDS.paceWindowDays} AND ${remaining} > 0 AND ${remaining} / 60.0 > MAX(${daysLeft}, 1) / 7.0 * ${ALERT_THRESHOLDS.paceHoursPerWeek})`;
  // shared/domain/placement-pace.ts: the placement's remaining minutes at its weekly pace, from today or its start,
  // end after the host's habilitation (days rounded up, in integers as Math.ceil does).
  const placementLeft = `MIN(m.placement_planned_minutes, ${remaining})`;
  const habilitationEnds = `(m.habilitation_end IS NOT NULL AND m.placement_start IS NOT NULL AND m.placement_weekly_minutes > 0 AND ${placementLeft} > 0 AND date(MAX(m.placement_start, ${t}), '+' || ((${placementLeft} * 7 + m.placement_weekly_minutes - 1) / m.placement_weekly_minutes) || ' days') > m.habilitation_end)`;
  const anyAlert = `(${active} AND (${daysLeft} <= ${ALERT_THRESHOLDS.deadlineNearDays} OR ${noHours(ALERT_THRESHOLDS.noHoursDays)} OR (m.consent_status = 'pending' AND m.registered_on <= date(${t}, '-${ALERT_THRESHOLDS.consentPendingDays} days')) OR ${behind} OR ${medicalMissing} OR ${habilitationEnds}))`;
  return { effectiveDeadline, daysLeft, remaining, active, noHours, anyAlert, today: t };
}

export const CASELOAD_FROM = `measures m
  JOIN persons pe ON pe.id = m.person_id
  LEFT JOIN placements p ON p.measure_id = m.id AND p.status = 'active' AND p.deleted_at IS NULL
  LEFT JOIN posts po ON po.id = p.post_id
  LEFT JOIN users u ON u.id = m.officer_id`;
