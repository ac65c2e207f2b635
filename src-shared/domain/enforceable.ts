import { compareDates, formatDateShort, type LocalDate } from './local-date';

/**
 * How the decision became enforceable (« exécutoire »), the day the execution deadline starts from (code pénal
 * 131-22: the court sets a period of at most 18 months; DESIGN.md §2: « from the decision becoming enforceable »;
 * CPP 41-2 for the 6 months of a TNR). A judgment given in the person's presence is enforceable the day it is
 * pronounced; one given in absence becomes so with its service (signification); an appealed one with the court of
 * appeal's ruling.
 */
export const ENFORCEABLE_SOURCES = ['contradictoire', 'signification', 'appel'] as const;
export type EnforceableSource = (typeof ENFORCEABLE_SOURCES)[number];

export const ENFORCEABLE_SOURCE_LABELS: Record<EnforceableSource, string> = {
  contradictoire: 'Jugement contradictoire',
  signification: 'Signification',
  appel: 'Arrêt d’appel',
};

/**
 * The French reason an enforceable date is refused, or null. `today` is null where it is not known for sure (the
 * shared schema); the main process and the forms pass it.
 * - never before the decision, never after today;
 * - a contradictory judgment is enforceable on the day it is pronounced;
 * - an appeal is judged after the first decision, never on the same day (the appeal period alone is 10 days, CPP 498).
 */
export function enforceableDateProblem(
  decisionDate: LocalDate,
  enforceableDate: LocalDate,
  source: EnforceableSource,
  today: LocalDate | null,
): string | null {
  const decision = formatDateShort(decisionDate);
  if (compareDates(enforceableDate, decisionDate) < 0)
    return `La décision ne peut être devenue exécutoire avant d’avoir été rendue (décision du ${decision}).`;
  if (today !== null && compareDates(enforceableDate, today) > 0)
    return `La date à laquelle la décision est devenue exécutoire ne peut être après aujourd’hui (${formatDateShort(enforceableDate)} saisi).`;
  if (source === 'contradictoire' && enforceableDate !== decisionDate)
    return `Un jugement contradictoire est exécutoire le jour où il est rendu : indiquez le ${decision}, ou choisissez « signification » ou « arrêt d’appel ».`;
  if (source === 'appel' && enforceableDate === decisionDate)
    return `Un arrêt d’appel est rendu après la décision du ${decision} : indiquez la date de l’arrêt.`;
  return null;
}
