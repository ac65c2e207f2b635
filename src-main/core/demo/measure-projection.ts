import { addDays, type LocalDate } from '@shared/domain/local-date';
import { effectiveEntries, type SessionOutcome } from '@shared/domain/hours-ledger';
import { suspendedDays } from '@shared/domain/deadline';

/**
 * The caseload columns of `measures` (credited_minutes … deadline_after_closed_suspensions), computed from the rows of
 * the ledger and the suspensions exactly as the measures repository rewrites them after each change.
 */
export interface ProjectionEntryRow {
  id: string;
  date: string;
  duration_minutes: number;
  outcome: SessionOutcome | string;
  corrects_id: string | null;
}

export interface ProjectionSuspensionRow {
  from_date: string;
  to_date: string | null;
  deleted_at?: string | null;
}

export interface MeasureProjection {
  credited_minutes: number;
  last_present_date: string | null;
  closed_suspension_days: number;
  open_suspension_from: string | null;
  deadline_after_closed_suspensions: string;
}

export function measureProjection(
  deadline: LocalDate,
  entries: readonly ProjectionEntryRow[],
  suspensions: readonly ProjectionSuspensionRow[],
  today: LocalDate,
): MeasureProjection {
  const present = effectiveEntries(
    entries.map((e) => ({
      id: e.id,
      date: e.date,
      durationMinutes: e.duration_minutes,
      outcome: e.outcome as SessionOutcome,
      correctsId: e.corrects_id,
    })),
  ).filter((e) => e.outcome === 'present');
  const live = suspensions.filter((s) => !s.deleted_at);
  const closed = live.filter((s) => s.to_date !== null).map((s) => ({ from: s.from_date, to: s.to_date }));
  const open = live
    .filter((s) => s.to_date === null)
    .map((s) => s.from_date)
    .sort();
  // Closed periods have an end, so `today` does not change their count.
  const closedDays = suspendedDays(closed, today);
  return {
    credited_minutes: present.reduce((sum, e) => sum + e.durationMinutes, 0),
    last_present_date: present.reduce<string | null>(
      (last, e) => (last === null || e.date > last ? e.date : last),
      null,
    ),
    closed_suspension_days: closedDays,
    open_suspension_from: open[0] ?? null,
    deadline_after_closed_suspensions: addDays(deadline, closedDays),
  };
}
