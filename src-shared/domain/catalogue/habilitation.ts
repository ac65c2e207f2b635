import { compareDates, type LocalDate } from '../local-date';
import { HABILITATION_OPINION_DELAY, opinionsComplete, type Opinion } from './opinions';
import { isHabilitatedByRight, type HostType } from './host-types';

export const HABILITATION_DECISIONS = ['accordee', 'refusee'] as const;
export type HabilitationDecision = (typeof HABILITATION_DECISIONS)[number];

export interface HabilitationRecord {
  requestedOn: LocalDate;
  procureur: Opinion;
  jap: Opinion;
  prefet: Opinion;
  decision: HabilitationDecision | null;
  decidedOn: LocalDate | null;
  validUntil: LocalDate | null;
  withdrawnOn: LocalDate | null;
}

export const HABILITATION_STEPS = [
  'demande',
  'avis',
  'decision_possible',
  'accordee',
  'refusee',
  'expiree',
  'retiree',
] as const;
export type HabilitationStep = (typeof HABILITATION_STEPS)[number];

export const HABILITATION_STEP_LABELS: Record<HabilitationStep, string> = {
  demande: 'Demande reçue',
  avis: 'Avis en cours',
  decision_possible: 'Avis complets : décision à prendre',
  accordee: 'Habilitée',
  refusee: 'Habilitation refusée',
  expiree: 'Habilitation expirée',
  retiree: 'Habilitation retirée',
};

/** Where a habilitation request stands on a given day. */
export function habilitationStep(record: HabilitationRecord, today: LocalDate): HabilitationStep {
  if (record.withdrawnOn && compareDates(record.withdrawnOn, today) <= 0) return 'retiree';
  if (record.decision === 'refusee') return 'refusee';
  if (record.decision === 'accordee') {
    return record.validUntil && compareDates(record.validUntil, today) < 0 ? 'expiree' : 'accordee';
  }
  const opinions = [record.procureur, record.jap, record.prefet];
  if (opinions.every((o) => !o.requestedOn)) return 'demande';
  return opinionsComplete(opinions, HABILITATION_OPINION_DELAY, today) ? 'decision_possible' : 'avis';
}

/** Why the director cannot decide yet, or null. */
export function habilitationDecisionProblem(record: HabilitationRecord, today: LocalDate): string | null {
  if (record.decision) return 'Une décision a déjà été prise sur cette demande.';
  const missing = (['procureur', 'jap', 'prefet'] as const).filter((who) => !record[who].requestedOn);
  if (missing.length > 0) return 'Les avis du procureur, du JAP et du préfet doivent être demandés avant la décision.';
  if (!opinionsComplete([record.procureur, record.jap, record.prefet], HABILITATION_OPINION_DELAY, today)) {
    return 'Tous les avis ne sont pas encore reçus ni réputés donnés (un mois après la demande).';
  }
  return null;
}

/** Whether a host may receive placements today: public bodies by right, others with a valid habilitation. */
export function isHostHabilitated(type: HostType, records: readonly HabilitationRecord[], today: LocalDate): boolean {
  if (isHabilitatedByRight(type)) return true;
  return records.some((r) => habilitationStep(r, today) === 'accordee');
}
