import { formatDateShort, type LocalDate } from './local-date';

/** A decision is registered once it has been taken: its date cannot be after today. */
export function decisionDateProblem(decisionDate: LocalDate, today: LocalDate): string | null {
  if (decisionDate <= today) return null;
  return `La décision ne peut être datée après aujourd’hui (${formatDateShort(decisionDate)} saisi).`;
}
