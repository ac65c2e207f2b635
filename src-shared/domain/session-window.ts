import { effectiveDeadline, type SuspensionPeriod } from './deadline';
import { formatDateLong, type LocalDate } from './local-date';

/** A placement's span on its post: from the first day to the last (inclusive; null while it runs). */
export interface PlacementSpan {
  id: string;
  startDate: LocalDate;
  endDate: LocalDate | null;
}

/**
 * The placement a session of `date` belongs to: the one covering that day, and on the day a person moves post (the
 * old placement ends the day the new one starts), the new one. Null when no placement covers it.
 */
export function placementOn<P extends PlacementSpan>(date: LocalDate, placements: readonly P[]): P | null {
  const covering = placements.filter((p) => p.startDate <= date && (p.endDate === null || date <= p.endDate));
  return covering.sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
}

/**
 * Hours are credited only for a day they can have been worked: not in the future, on a day a placement covers, not
 * during a suspension (both ends included), and not after the execution deadline (the court's, pushed back by the
 * suspended days). Returns the French reason naming the day, or null.
 */
export function presentSessionDateProblem(input: {
  date: LocalDate;
  today: LocalDate;
  placements: readonly PlacementSpan[];
  suspensions: readonly SuspensionPeriod[];
  courtDeadline: LocalDate;
}): string | null {
  const { date, today, placements, suspensions } = input;
  const day = formatDateLong(date);
  if (date > today) return `Le ${day} est dans le futur : une séance ne peut être enregistrée qu’une fois faite.`;
  const suspended = suspensions.find((s) => s.from <= date && (s.to === null || date <= s.to));
  if (suspended) {
    const until = suspended.to ? ` au ${formatDateLong(suspended.to)}` : '';
    return `Le ${day}, l’exécution était suspendue (suspension du ${formatDateLong(suspended.from)}${until}) : aucune heure ne peut être créditée ce jour-là.`;
  }
  const deadline = effectiveDeadline(input.courtDeadline, suspensions, today);
  if (date > deadline)
    return `Le ${day} est après le délai d’exécution (${formatDateLong(deadline)}, suspensions comprises) : aucune heure ne peut être créditée.`;
  if (placementOn(date, placements)) return null;
  if (placements.length === 0) return `Le ${day}, la personne n’était affectée à aucun poste.`;
  const first = placements.reduce((a, b) => (a.startDate <= b.startDate ? a : b));
  if (date < first.startDate)
    return `Le ${day} précède la prise de poste (le ${formatDateLong(first.startDate)}) : aucune heure ne peut être créditée.`;
  const ended = placements
    .filter((p) => p.endDate !== null && p.endDate < date)
    .reduce<PlacementSpan | null>((a, b) => (a && a.endDate! >= b.endDate! ? a : b), null);
  if (ended)
    return `Le ${day} est après la fin de l’affectation (le ${formatDateLong(ended.endDate!)}) : aucune heure ne peut être créditée.`;
  return `Le ${day}, la personne n’était affectée à aucun poste.`;
}
