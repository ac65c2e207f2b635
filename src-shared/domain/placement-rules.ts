import { ageOn, formatDateShort, type LocalDate } from './local-date';
import { isMinorOn } from './minors';

/**
 * Rules a placement must meet besides the post's own (registered, habilitated host, free place). Each returns the
 * French reason for a refusal, or null; the router and the forms share them.
 */

/**
 * The work must be done within the execution deadline (code pénal 131-22; CPP 41-2 for a TNR): a start after the
 * effective deadline (the court's, pushed back by the suspensions) could credit no hour. The deadline day itself is
 * still within the period.
 */
export function placementDeadlineProblem(startDate: LocalDate, effectiveDeadline: LocalDate): string | null {
  if (startDate <= effectiveDeadline) return null;
  return `Le délai d’exécution expire le ${formatDateShort(effectiveDeadline)} : la prise de poste ne peut être fixée après.`;
}

/**
 * A change of post ends the current placement on the new one's start date. That end must fit the current
 * placement: not before its own start (the same day is possible: a placement that did not take) and not in the
 * future (an end is recorded once it has happened, as for « Mettre fin à l’affectation »).
 */
export function changeOfPostProblem(currentStart: LocalDate, newStart: LocalDate, today: LocalDate): string | null {
  if (newStart < currentStart)
    return `L’affectation en cours a commencé le ${formatDateShort(currentStart)} : le changement de poste ne peut la terminer avant.`;
  if (newStart > today)
    return 'Le changement de poste termine l’affectation en cours à la date de début du nouveau poste, qui ne peut être dans le futur : enregistrez-le le jour où il prend effet.';
  return null;
}

/**
 * Whether the person may go on this post, by age on the start date (code pénal 131-23: young workers' rules apply
 * to a person under 18 on the day worked; a TIG mineur whose person has come of age works as an adult). A person
 * under 18 on that day needs a post open to minors whatever the measure type; an adult may go on any post.
 */
export function minorPostProblem(birthDate: LocalDate, startDate: LocalDate, openToMinors: boolean): string | null {
  if (openToMinors || !isMinorOn(birthDate, startDate)) return null;
  const age = ageOn(birthDate, startDate);
  return `La personne aura ${age} ans le ${formatDateShort(startDate)} : ce poste n’est pas ouvert aux mineurs.`;
}
