import { compareDates, type LocalDate } from '../local-date';
import { REGISTRATION_OPINION_DELAY, opinionsComplete, type Opinion } from './opinions';

export const REGISTRATION_KINDS = ['inscription', 'radiation'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export const REGISTRATION_DECISIONS = ['acceptee', 'refusee'] as const;
export type RegistrationDecision = (typeof REGISTRATION_DECISIONS)[number];

export interface RegistrationRecord {
  kind: RegistrationKind;
  requestedOn: LocalDate;
  procureur: Opinion;
  jap: Opinion;
  decision: RegistrationDecision | null;
  decidedOn: LocalDate | null;
  notifiedOn: LocalDate | null;
}

export const REGISTRATION_STEP_LABELS = {
  demande: 'Demande reçue',
  avis: 'Avis en cours',
  decision_possible: 'Avis complets : décision à prendre',
  acceptee: 'Décision prise',
  refusee: 'Demande refusée',
  notifiee: 'Décision notifiée',
} as const;
export type RegistrationStep = keyof typeof REGISTRATION_STEP_LABELS;

export function registrationStep(record: RegistrationRecord, today: LocalDate): RegistrationStep {
  if (record.decision === 'refusee') return 'refusee';
  if (record.decision === 'acceptee') return record.notifiedOn ? 'notifiee' : 'acceptee';
  if (!record.procureur.requestedOn && !record.jap.requestedOn) return 'demande';
  return opinionsComplete([record.procureur, record.jap], REGISTRATION_OPINION_DELAY, today)
    ? 'decision_possible'
    : 'avis';
}

export function registrationDecisionProblem(record: RegistrationRecord, today: LocalDate): string | null {
  if (record.decision) return 'Une décision a déjà été prise sur cette demande.';
  if (!record.procureur.requestedOn || !record.jap.requestedOn)
    return 'Les avis du procureur et du JAP doivent être demandés avant la décision.';
  if (!opinionsComplete([record.procureur, record.jap], REGISTRATION_OPINION_DELAY, today)) {
    return 'Tous les avis ne sont pas encore reçus ni réputés donnés (dix jours après la demande).';
  }
  return null;
}

/**
 * A post is on the departmental list when its last decided request is an accepted inscription (records in
 * chronological order of decision; decisions of the same day keep that order, the sort being stable).
 */
export function isPostRegistered(records: readonly RegistrationRecord[]): boolean {
  const decided = records
    .filter((r) => r.decision === 'acceptee' && r.decidedOn)
    .sort((a, b) => compareDates(a.decidedOn!, b.decidedOn!));
  const last = decided.at(-1);
  return last?.kind === 'inscription';
}
