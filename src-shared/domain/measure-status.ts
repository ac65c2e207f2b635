import { formatMinutes } from './duration';

/** Life of a measure (issue: à affecter → affecté → en cours → suspendu ↔ en cours → achevé; or inexécuté / refus / révoqué). */
export const MEASURE_STATUSES = [
  'a_affecter',
  'affecte',
  'en_cours',
  'suspendu',
  'acheve',
  'inexecute',
  'refus',
  'revoque',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  a_affecter: 'À affecter',
  affecte: 'Affecté',
  en_cours: 'En cours',
  suspendu: 'Suspendu',
  acheve: 'Achevé',
  inexecute: 'Inexécuté',
  refus: 'Refus',
  revoque: 'Révoqué',
};

export const TERMINAL_STATUSES: readonly MeasureStatus[] = ['acheve', 'inexecute', 'refus', 'revoque'];
export const ACTIVE_STATUSES: readonly MeasureStatus[] = ['a_affecter', 'affecte', 'en_cours', 'suspendu'];

const TRANSITIONS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  a_affecter: ['affecte', 'refus', 'inexecute', 'revoque'],
  affecte: ['en_cours', 'a_affecter', 'suspendu', 'inexecute', 'revoque'],
  en_cours: ['suspendu', 'acheve', 'affecte', 'a_affecter', 'inexecute', 'revoque'],
  suspendu: ['en_cours', 'affecte', 'inexecute', 'revoque'],
  acheve: [],
  inexecute: [],
  refus: [],
  revoque: [],
};

export function allowedTransitions(from: MeasureStatus): readonly MeasureStatus[] {
  return TRANSITIONS[from];
}

export interface TransitionFacts {
  consentGiven: boolean;
  consentRefused: boolean;
  hasActivePlacement: boolean;
  remainingMinutes: number;
}

/** Why the measure cannot go from `from` to `to` now (French, for the user), or null when it can. */
export function transitionProblem(from: MeasureStatus, to: MeasureStatus, facts: TransitionFacts): string | null {
  if (from === to) return `La mesure est déjà « ${MEASURE_STATUS_LABELS[to]} ».`;
  if (!TRANSITIONS[from].includes(to)) {
    if (TERMINAL_STATUSES.includes(from))
      return `La mesure est close (« ${MEASURE_STATUS_LABELS[from]} ») : son statut ne peut plus changer.`;
    return `Passage impossible de « ${MEASURE_STATUS_LABELS[from]} » à « ${MEASURE_STATUS_LABELS[to]} ».`;
  }
  if (to === 'refus' && !facts.consentRefused)
    return 'Le statut « Refus » suit l’enregistrement d’un refus de consentement.';
  if ((to === 'affecte' || to === 'en_cours') && !facts.consentGiven) {
    return facts.consentRefused
      ? 'La personne a refusé le TIG : aucune affectation n’est possible.'
      : 'Le consentement de la personne doit être recueilli avant toute affectation.';
  }
  if ((to === 'affecte' || to === 'en_cours') && !facts.hasActivePlacement)
    return 'Affectez d’abord la personne à un poste.';
  if (to === 'acheve' && facts.remainingMinutes > 0) {
    return `Il reste ${formatMinutes(facts.remainingMinutes)} à effectuer : la mesure ne peut pas être déclarée achevée.`;
  }
  return null;
}
