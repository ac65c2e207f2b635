import type { AuthorityKind } from './measure-authority';
import { formatDateShort, type LocalDate } from './local-date';

/**
 * The decision that ordered a suspension of the execution deadline. For a serious medical, family, professional or
 * social reason the deadline is suspended by a judge's decision (code pénal 131-22 al. 2; CPP 733-1 for the JAP;
 * the juge des enfants for a minor, CJPM): that decision must be recorded. Detention, house arrest under electronic
 * monitoring and national service suspend it by law (131-22 al. 2, last sentence): the decision behind them (a
 * mandat de dépôt, an ARSE order) may be noted but is not required.
 */
export const SUSPENSION_AUTHORITIES = ['jap', 'juge_enfants', 'procureur'] as const satisfies readonly AuthorityKind[];

export const SUSPENSION_AUTHORITY_LABELS: Record<AuthorityKind, string> = {
  jap: 'Juge de l’application des peines',
  juge_enfants: 'Juge des enfants',
  procureur: 'Procureur de la République',
};

const ORDERED_REASONS = ['medical', 'familial', 'professionnel', 'social'] as const;

/** Whether the reason needs a judge's decision (the « motif grave » ones), as opposed to a suspension by law. */
export function suspensionNeedsDecision(reason: string): boolean {
  return (ORDERED_REASONS as readonly string[]).includes(reason);
}

export interface SuspensionDecisionFacts {
  reason: string;
  /** The suspension's first day. */
  from: LocalDate;
  decisionDate: LocalDate | null;
  /** The date of the measure's own court decision. */
  measureDecisionDate: LocalDate;
  today: LocalDate;
  /** Why a decision taken after the start still holds (the decision sets the start itself); null when none given. */
  retroactiveReason: string | null;
}

/**
 * The French reason a suspension's decision date is refused, or null:
 * - required for a « motif grave » (the judge decides), optional for a suspension by law;
 * - never in the future: it is registered once taken;
 * - a judge cannot suspend a measure not yet pronounced: not before the measure's decision;
 * - a decision takes effect from its date: a suspension ordered after its first day is retroactive. The law neither
 *   provides for it nor plainly rules it out (a JAP often rules on a hospital stay already under way), so it is a
 *   warning the officer overrides with a reason, recorded in the measure's history.
 */
export function suspensionDecisionProblem(facts: SuspensionDecisionFacts): string | null {
  const { decisionDate } = facts;
  const ordered = suspensionNeedsDecision(facts.reason);
  if (decisionDate === null)
    return ordered
      ? 'Indiquez la date de la décision qui ordonne la suspension (motif grave : décision du juge, article 131-22 du code pénal).'
      : null;
  if (decisionDate > facts.today)
    return `La décision ne peut être datée après aujourd’hui (${formatDateShort(decisionDate)} saisi).`;
  if (!ordered) return null;
  if (decisionDate < facts.measureDecisionDate)
    return `La suspension ne peut avoir été ordonnée avant la décision qui prononce la mesure (${formatDateShort(facts.measureDecisionDate)}).`;
  if (decisionDate > facts.from && !facts.retroactiveReason)
    return `La décision du ${formatDateShort(decisionDate)} est postérieure au début de la suspension (${formatDateShort(facts.from)}) : une suspension prend effet à compter de la décision qui l’ordonne. Si la décision fixe elle-même ce point de départ, indiquez-le dans « Justification de l’effet rétroactif ».`;
  return null;
}
