import type { MeasureType } from './measure-types';
import { ageOn, formatDateLong, isValidLocalDate, type LocalDate } from './local-date';

export const MINOR_MIN_AGE_AT_DECISION = 16;
export const MINOR_MIN_AGE_AT_OFFENCE = 13;
export const MAJORITY = 18;

/**
 * Whether the person falls under the minors' regime for this measure: a minor on the date of the facts (the
 * decision is later, so a minor at the decision was one at the facts too). Without an offence date an adult at the
 * decision is taken as an adult at the facts. A TIG mineur is by definition one. Dates still being typed (invalid)
 * count as adult, so that a form can ask while the user types.
 */
export function minorAtFacts(
  type: MeasureType,
  birthDate: LocalDate | null,
  decisionDate: LocalDate | null,
  offenceDate: LocalDate | null,
): boolean {
  if (type === 'tig_mineur') return true;
  const on = offenceDate || decisionDate;
  if (!birthDate || !on || !isValidLocalDate(birthDate) || !isValidLocalDate(on)) return false;
  return ageOn(birthDate, on) < MAJORITY;
}

/**
 * Age rules, by the person's age on the date concerned rather than by the measure type. Returns the problem, or null.
 * For a person who was a minor at the facts:
 * - TIG and sursis probatoire with a TIG obligation: at least 16 at the decision and 13 at the offence (CJPM
 *   L.122-1); a TIG pronounced as the main penalty is registered as « TIG mineur », the type that carries the
 *   minors' regime (CJPM), so « TIG — peine principale » is refused;
 * - TNR: a composition pénale is open to minors from 13 (CJPM L.422-3, al. 1; presumption of discernment from 13 at
 *   the facts, L.11-1), but the travail non rémunéré itself only from 16 (L.422-3, al. 2), here at the decision.
 * A minor at the decision must give the offence date: it decides the 13-year floor.
 */
export function ageProblem(
  type: MeasureType,
  birthDate: LocalDate,
  decisionDate: LocalDate,
  offenceDate: LocalDate | null,
): { field: 'offenceDate' | 'decisionDate' | 'type'; message: string } | null {
  const ageAtDecision = ageOn(birthDate, decisionDate);
  const ageAtOffence = offenceDate ? ageOn(birthDate, offenceDate) : null;
  if (type === 'tig_mineur') {
    if (ageAtOffence === null)
      return { field: 'offenceDate', message: 'Pour un TIG mineur, la date des faits est obligatoire.' };
    if (ageAtOffence >= MAJORITY) {
      return {
        field: 'type',
        message: 'La personne était majeure au moment des faits : choisissez un TIG pour majeur.',
      };
    }
  }
  if (!minorAtFacts(type, birthDate, decisionDate, offenceDate)) return null;
  if (ageAtOffence !== null && ageAtOffence < MINOR_MIN_AGE_AT_OFFENCE) {
    const what = type === 'tnr' ? 'une composition pénale' : 'un TIG';
    return {
      field: 'offenceDate',
      message: `La personne avait ${ageAtOffence} ans au moment des faits : ${what} n’est possible qu’à partir de ${MINOR_MIN_AGE_AT_OFFENCE} ans aux faits.`,
    };
  }
  if (ageAtDecision < MINOR_MIN_AGE_AT_DECISION) {
    const measure = type === 'tnr' ? 'un TNR' : 'un TIG';
    return {
      field: 'decisionDate',
      message: `La personne avait ${ageAtDecision} ans à la décision (née le ${formatDateLong(birthDate)}) : ${measure} n’est possible qu’à partir de ${MINOR_MIN_AGE_AT_DECISION} ans à la date de la décision.`,
    };
  }
  if (type === 'tig') {
    return ageAtDecision < MAJORITY
      ? { field: 'type', message: 'La personne est mineure à la date de la décision : choisissez « TIG mineur ».' }
      : { field: 'type', message: 'La personne était mineure au moment des faits : choisissez « TIG mineur ».' };
  }
  if (ageAtOffence === null) {
    return {
      field: 'offenceDate',
      message:
        'La personne est mineure à la date de la décision : la date des faits est obligatoire (régime des mineurs).',
    };
  }
  return null;
}

export function isMinorOn(birthDate: LocalDate, on: LocalDate): boolean {
  return ageOn(birthDate, on) < MAJORITY;
}
