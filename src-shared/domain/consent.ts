import { formatDateShort, type LocalDate } from './local-date';

/** How the person's consent to the TIG was obtained, or that it is still awaited or was refused (code pénal 131-8). */
export const CONSENT_STATUSES = ['pending', 'hearing', 'lawyer_writing', 'jap', 'refused'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_LABELS: Record<ConsentStatus, string> = {
  pending: 'En attente',
  hearing: 'Donné à l’audience',
  lawyer_writing: 'Donné par écrit via l’avocat',
  jap: 'Recueilli par le JAP',
  refused: 'Refusé',
};

export function isConsentGiven(status: ConsentStatus): boolean {
  return status === 'hearing' || status === 'lawyer_writing' || status === 'jap';
}

/**
 * The French reason a consent (or refusal) date does not fit the way it was given, or null (code pénal 131-8):
 * - at the hearing (al. 2): the president asks before pronouncing, so it is the hearing day, the decision date;
 * - in writing through the lawyer (al. 3): the absent defendant's written agreement is what lets the court
 *   pronounce the TIG, so it is dated on or before the hearing, never after;
 * - collected by the JAP (last al.), or a refusal recorded by the SPIP: after the judgment, on or after it;
 * - never in the future.
 */
export function consentDateProblem(
  status: ConsentStatus,
  date: LocalDate | null,
  decisionDate: LocalDate,
  today: LocalDate,
): string | null {
  if (date === null) return null;
  if (date > today) return `La date ne peut être dans le futur (${formatDateShort(date)} saisi).`;
  const decision = formatDateShort(decisionDate);
  switch (status) {
    case 'pending':
      return null;
    case 'hearing':
      return date === decisionDate
        ? null
        : `Un consentement donné à l’audience porte la date de l’audience, celle de la décision : le ${decision}.`;
    case 'lawyer_writing':
      return date <= decisionDate
        ? null
        : `L’accord écrit transmis par l’avocat permet au tribunal de prononcer le TIG (article 131-8 du code pénal) : il est daté au plus tard du jour de l’audience, le ${decision}.`;
    case 'jap':
      return date >= decisionDate
        ? null
        : `Le consentement recueilli par le JAP suit le jugement (article 131-8, dernier alinéa, du code pénal) : il ne peut être antérieur à la décision du ${decision}.`;
    case 'refused':
      return date >= decisionDate
        ? null
        : `Un refus enregistré suit la décision : il ne peut être antérieur au ${decision}.`;
  }
}
