import { formatDateShort, type LocalDate } from './local-date';
import type { MeasureAuthority } from './measure-authority';

/** How the person's consent to the TIG was obtained, or that it is still awaited or was refused (code pénal 131-8). */
export const CONSENT_STATUSES = ['pending', 'hearing', 'lawyer_writing', 'jap', 'refused'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_LABELS: Record<ConsentStatus, string> = {
  pending: 'En attente',
  hearing: 'Donné à l’audience',
  lawyer_writing: 'Donné par écrit via l’avocat',
  // The judge following the measure collects it: the JAP, or the juge des enfants for a minor.
  jap: 'Recueilli après le jugement par le juge',
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
        : `Le consentement recueilli par le juge après le jugement suit celui-ci (article 131-8, dernier alinéa, du code pénal) : il ne peut être antérieur à la décision du ${decision}.`;
    case 'refused':
      return date >= decisionDate
        ? null
        : `Un refus enregistré suit la décision : il ne peut être antérieur au ${decision}.`;
  }
}

/**
 * How consent was given, as a decision prints it after « Vu le consentement de la personne, »: at the hearing it is
 * given before the court on the decision date; after the judgment it is collected by the authority that follows the
 * measure, or given in writing through the lawyer, on its own date. A composition pénale has no hearing: the person
 * accepts the procureur's proposal. Null while consent is not given.
 */
export function consentWording(
  consent: { status: ConsentStatus; date: string | null; decisionDate: string },
  authority: Pick<MeasureAuthority, 'kind' | 'withArticle'>,
  formatDate: (date: string) => string,
): string | null {
  const on = consent.date ? ` le ${formatDate(consent.date)}` : '';
  if (!isConsentGiven(consent.status)) return null;
  if (authority.kind === 'procureur') return `donné sur la proposition de composition pénale${on}`;
  switch (consent.status) {
    case 'hearing':
      return `donné à l’audience du ${formatDate(consent.date ?? consent.decisionDate)}`;
    case 'jap':
      return `recueilli après le jugement par ${authority.withArticle}${on}`;
    default:
      return `donné par écrit par l’intermédiaire de son avocat${on}`;
  }
}
