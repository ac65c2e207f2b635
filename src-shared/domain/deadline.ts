import type { MeasureType } from './measure-types';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  formatDateLong,
  formatDateShort,
  minDate,
  toDayNumber,
  type LocalDate,
} from './local-date';

/**
 * Longest execution period the court may set, from the day the decision became enforceable (code pénal 131-22;
 * CPP 41-2 for TNR; see enforceable.ts).
 */
export const DEADLINE_MAX_MONTHS: Record<MeasureType, number> = { tig: 18, sursis_tig: 18, tig_mineur: 18, tnr: 6 };

/** The last day the deadline may fall on, counted from `from`: the day the decision became enforceable. */
export function latestAllowedDeadline(type: MeasureType, from: LocalDate): LocalDate {
  return addMonths(from, DEADLINE_MAX_MONTHS[type]);
}

/**
 * The French reason an execution deadline is refused, or null. The period runs from the enforceable date, which
 * defaults to the decision date (a contradictory judgment).
 */
export function deadlineProblem(
  type: MeasureType,
  decisionDate: LocalDate,
  deadline: LocalDate,
  enforceableDate: LocalDate = decisionDate,
): string | null {
  if (compareDates(deadline, decisionDate) <= 0)
    return 'Le délai d’exécution doit être postérieur à la date de la décision.';
  const later = compareDates(enforceableDate, decisionDate) > 0;
  if (later && compareDates(deadline, enforceableDate) <= 0)
    return `Le délai d’exécution doit être postérieur à la date où la décision est devenue exécutoire (${formatDateShort(enforceableDate)}).`;
  const latest = latestAllowedDeadline(type, later ? enforceableDate : decisionDate);
  if (compareDates(deadline, latest) > 0) {
    const from = later
      ? `la date où la décision est devenue exécutoire (${formatDateShort(enforceableDate)})`
      : 'la décision';
    return `Le délai d’exécution ne peut dépasser ${DEADLINE_MAX_MONTHS[type]} mois après ${from}, soit le ${formatDateLong(latest)}.`;
  }
  return null;
}

export interface SuspensionPeriod {
  from: LocalDate;
  /** Inclusive last day; null while the suspension goes on. */
  to: LocalDate | null;
}

/**
 * Days during which the deadline was suspended, up to `today` for a suspension still running (one that has not
 * started yet counts no day). Overlapping periods count once: a day is suspended or not.
 */
export function suspendedDays(periods: readonly SuspensionPeriod[], today: LocalDate): number {
  const intervals = periods
    .map((p) => [toDayNumber(p.from), toDayNumber(p.to ?? today)] as [number, number])
    .filter(([from, to]) => to >= from)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [from, to] of intervals) {
    if (current && from <= current[1] + 1) {
      current[1] = Math.max(current[1], to);
    } else {
      if (current) total += current[1] - current[0] + 1;
      current = [from, to];
    }
  }
  if (current) total += current[1] - current[0] + 1;
  return total;
}

/** The deadline that applies today: the court's, pushed back by every suspended day. */
export function effectiveDeadline(
  courtDeadline: LocalDate,
  periods: readonly SuspensionPeriod[],
  today: LocalDate,
): LocalDate {
  return addDays(courtDeadline, suspendedDays(periods, today));
}

/** Days left until the deadline (negative once passed). */
export function daysUntil(deadline: LocalDate, today: LocalDate): number {
  return daysBetween(today, deadline);
}

export { minDate };

/**
 * A suspension can only hold back a deadline that is still running: one that starts after the effective deadline
 * (the court's, pushed back by the suspensions already recorded) comes too late.
 */
export function suspensionStartProblem(from: LocalDate, deadlineThen: LocalDate): string | null {
  if (from <= deadlineThen) return null;
  return `Le délai d’exécution a expiré le ${formatDateShort(deadlineThen)} : il ne peut plus être suspendu.`;
}
