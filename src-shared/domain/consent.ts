import type { MeasureAuthority } from './measure-authority';

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
