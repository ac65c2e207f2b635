import type { MeasureType } from './measure-types';
import { ageOn, formatDateLong, type LocalDate } from './local-date';

export const MINOR_MIN_AGE_AT_DECISION = 16;
export const MINOR_MIN_AGE_AT_OFFENCE = 13;
export const MAJORITY = 18;

/**
 * Age rules (CJPM): a TIG for a minor needs the person to be 16 at the decision and 13 at the offence, and a
 * person who was a minor at the offence falls under the minors' regime. Returns the problem, or null.
 */
export function ageProblem(
  type: MeasureType,
  birthDate: LocalDate,
  decisionDate: LocalDate,
  offenceDate: LocalDate | null,
): { field: 'offenceDate' | 'decisionDate' | 'type'; message: string } | null {
  const ageAtDecision = ageOn(birthDate, decisionDate);
  if (type === 'tig_mineur') {
    if (!offenceDate)
      return { field: 'offenceDate', message: 'Pour un TIG mineur, la date des faits est obligatoire.' };
    const ageAtOffence = ageOn(birthDate, offenceDate);
    if (ageAtOffence < MINOR_MIN_AGE_AT_OFFENCE) {
      return {
        field: 'offenceDate',
        message: `La personne avait ${ageAtOffence} ans au moment des faits : un TIG n’est possible qu’à partir de ${MINOR_MIN_AGE_AT_OFFENCE} ans aux faits.`,
      };
    }
    if (ageAtOffence >= MAJORITY) {
      return {
        field: 'type',
        message: 'La personne était majeure au moment des faits : choisissez un TIG pour majeur.',
      };
    }
    if (ageAtDecision < MINOR_MIN_AGE_AT_DECISION) {
      return {
        field: 'decisionDate',
        message: `La personne avait ${ageAtDecision} ans à la décision (née le ${formatDateLong(birthDate)}) : un TIG n’est possible qu’à partir de ${MINOR_MIN_AGE_AT_DECISION} ans à la date de la décision.`,
      };
    }
    return null;
  }
  if (offenceDate && ageOn(birthDate, offenceDate) < MAJORITY) {
    return { field: 'type', message: 'La personne était mineure au moment des faits : choisissez « TIG mineur ».' };
  }
  if (ageAtDecision < MAJORITY) {
    if (ageAtDecision < MINOR_MIN_AGE_AT_DECISION) {
      return {
        field: 'decisionDate',
        message: `La personne avait ${ageAtDecision} ans à la décision (née le ${formatDateLong(birthDate)}) : un TIG n’est possible qu’à partir de ${MINOR_MIN_AGE_AT_DECISION} ans à la date de la décision.`,
      };
    }
    return { field: 'type', message: 'La personne est mineure à la date de la décision : choisissez « TIG mineur ».' };
  }
  return null;
}

export function isMinorOn(birthDate: LocalDate, on: LocalDate): boolean {
  return ageOn(birthDate, on) < MAJORITY;
}
