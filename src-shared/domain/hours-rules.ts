import type { MeasureType } from './measure-types';

/** Hours a court may order, by measure type (code pénal 131-8; CPP 41-2 6° for TNR). */
export const HOURS_LIMITS: Record<MeasureType, { min: number; max: number }> = {
  tig: { min: 20, max: 400 },
  sursis_tig: { min: 20, max: 400 },
  tig_mineur: { min: 20, max: 400 },
  tnr: { min: 1, max: 100 },
};

/** The French reason the ordered hours are refused, or null. */
export function hoursOrderedProblem(type: MeasureType, hours: number): string | null {
  if (!Number.isInteger(hours)) return 'Le nombre d’heures ordonnées doit être un nombre entier.';
  const { min, max } = HOURS_LIMITS[type];
  if (type === 'tnr' && hours > max) return `Un TNR compte au plus ${max} heures (${hours} h saisies).`;
  if (hours < min || hours > max)
    return `Un ${type === 'tnr' ? 'TNR' : 'TIG'} compte de ${min} à ${max} heures (${hours} h saisies).`;
  return null;
}
