import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import { addDays, mondayOf, type LocalDate } from '@shared/domain/local-date';
import { placementOn, presentSessionDateProblem, type PlacementSpan } from '@shared/domain/session-window';
import { adultDailyWarning, minorSessionProblems, type WorkedSession } from '@shared/domain/working-time';

export const ADULT_DAILY_HOURS_WARNING = 'adult_daily_hours';

interface MeasureRow {
  id: string;
  person_id: string;
  deadline: LocalDate;
}

export interface SessionCandidate {
  date: LocalDate;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number;
  outcome: string;
  correctsId: string | null;
  overrideReason: string | null;
}

/** The measure's placements (not deleted) as spans on their posts. */
async function placementSpans(trx: Knex.Transaction, measureId: string): Promise<PlacementSpan[]> {
  const rows = await trx('placements')
    .where({ measure_id: measureId })
    .whereNull('deleted_at')
    .select('id', 'start_date', 'end_date', 'status');
  // A placement still active has no last day yet, whatever end date it may carry.
  return rows.map((r) => ({ id: r.id, startDate: r.start_date, endDate: r.status === 'active' ? null : r.end_date }));
}

/**
 * The placement a session belongs to (by its date), after checking that a worked session can have been worked that
 * day and fits the working-time rules. Throws the refusal; for an adult's day past 10 h without a reason, a CONFLICT
 * carrying `warning: 'adult_daily_hours'`. Returns the warning overridden, to be written in the measure's history.
 */
export async function checkSession(
  trx: Knex.Transaction,
  measure: MeasureRow,
  candidate: SessionCandidate,
  today: LocalDate,
): Promise<{ placementId: string | null; overridden: string | null }> {
  const placements = await placementSpans(trx, measure.id);
  const byDate = placementOn(candidate.date, placements);
  const fallback = placements.find((p) => p.endDate === null) ?? null;
  const placementId = (byDate ?? fallback)?.id ?? null;
  if (candidate.outcome !== 'present') return { placementId, overridden: null };

  const suspensions = await trx('suspensions')
    .where({ measure_id: measure.id })
    .whereNull('deleted_at')
    .select('from_date', 'to_date');
  const dateProblem = presentSessionDateProblem({
    date: candidate.date,
    today,
    placements,
    suspensions: suspensions.map((s) => ({ from: s.from_date, to: s.to_date })),
    courtDeadline: measure.deadline,
  });
  if (dateProblem) throw new AppError('VALIDATION', dateProblem, { fields: [{ path: 'date', message: dateProblem }] });

  const person = await trx('persons').where({ id: measure.person_id }).select('birth_date').first();
  const others = await otherWorkedSessions(trx, measure.person_id, candidate);
  const session: WorkedSession = candidate;
  const problems = minorSessionProblems(person.birth_date, session, others);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', problems.map((p) => p.message).join(' '), {
      fields: problems.map((p) => ({ path: p.field, message: p.message })),
    });
  }
  const warning = adultDailyWarning(person.birth_date, session, others);
  if (warning && !candidate.overrideReason)
    throw new AppError('CONFLICT', warning, { warning: ADULT_DAILY_HOURS_WARNING });
  return { placementId, overridden: warning };
}

/**
 * The person's worked sessions (every measure) in the ISO week of the candidate, that still count: not corrected by
 * a later entry, and not the entry the candidate corrects.
 */
async function otherWorkedSessions(
  trx: Knex.Transaction,
  personId: string,
  candidate: SessionCandidate,
): Promise<WorkedSession[]> {
  const measureIds = trx('measures').where({ person_id: personId }).whereNull('deleted_at').select('id');
  const monday = mondayOf(candidate.date);
  const [rows, corrected] = await Promise.all([
    trx('hours_entries')
      .whereIn('measure_id', measureIds)
      .where({ outcome: 'present' })
      .whereBetween('date', [monday, addDays(monday, 6)])
      .select('id', 'date', 'start_time', 'end_time', 'duration_minutes'),
    trx('hours_entries').whereIn('measure_id', measureIds).whereNotNull('corrects_id').pluck('corrects_id'),
  ]);
  const gone = new Set<string>(corrected as string[]);
  if (candidate.correctsId) gone.add(candidate.correctsId);
  return rows
    .filter((r) => !gone.has(r.id))
    .map((r) => ({
      date: r.date,
      startTime: r.start_time ?? null,
      endTime: r.end_time ?? null,
      durationMinutes: Number(r.duration_minutes),
    }));
}
