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
