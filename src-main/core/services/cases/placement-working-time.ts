import { AppError } from '@shared/errors';
import type { LocalDate } from '@shared/domain/local-date';
import type { WeeklySlot } from '@shared/domain/weekly-slots';
import { minorScheduleProblems } from '@shared/domain/working-time';

/**
 * A placement's schedule for a person who is a minor on its start date: no evening or Sunday slot, at most 35 h a
 * week (working-time rules of src-shared/domain/working-time). Throws the refusal under the schedule field.
 */
export function assertScheduleFitsMinor(birthDate: LocalDate, startDate: LocalDate, schedule: readonly WeeklySlot[]) {
  const problems = minorScheduleProblems(birthDate, startDate, schedule);
  if (problems.length === 0) return;
  throw new AppError('VALIDATION', problems.join(' '), {
    fields: problems.map((message) => ({ path: 'schedule', message })),
  });
}
