import { isValidLocalDate } from '@shared/domain/local-date';
import { minutesBetween } from '@shared/domain/hours-ledger';
import { presentSessionDateProblem } from '@shared/domain/session-window';
import { minorSessionProblems, type WorkedSession } from '@shared/domain/working-time';
import type { LedgerEntryView, MeasureDetail } from '@shared/schemas/measures';

export type SessionProblemField = 'date' | 'startTime' | 'endTime' | 'durationMinutes';

/**
 * The shared rules a worked session breaks, as far as the measure's file tells (the server also counts the
 * person's other measures): the day it can have been worked, then the minors' working time. { field: message }.
 */
export function sessionProblems(
  detail: MeasureDetail,
  corrects: LedgerEntryView | null,
  values: { date: string; startTime: string; endTime: string; outcome: string },
  today: string,
): Partial<Record<SessionProblemField, string>> {
  if (values.outcome !== 'present' || !isValidLocalDate(values.date)) return {};
  const dateProblem = presentSessionDateProblem({
    date: values.date,
    today,
    placements: detail.placements.map((p) => ({
      id: p.id,
      startDate: p.startDate,
      endDate: p.status === 'active' ? null : p.endDate,
    })),
    suspensions: detail.suspensions,
    courtDeadline: detail.measure.deadline,
  });
  if (dateProblem) return { date: dateProblem };
  const minutes = values.startTime && values.endTime ? minutesBetween(values.startTime, values.endTime) : null;
  if (minutes === null) return {};
  const session: WorkedSession = {
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    durationMinutes: minutes,
  };
  const others = detail.ledger
    .filter((e) => e.outcome === 'present' && !e.superseded && e.id !== corrects?.id)
    .map((e) => ({ date: e.date, startTime: e.startTime, endTime: e.endTime, durationMinutes: e.durationMinutes }));
  const problems: Partial<Record<SessionProblemField, string>> = {};
  for (const problem of minorSessionProblems(detail.person.birthDate, session, others))
    problems[problem.field] ??= problem.message;
  return problems;
}
