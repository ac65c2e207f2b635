import { formatMinutes } from './duration';

/** Outcome of a scheduled work session; only a session where the person worked credits hours. */
export const SESSION_OUTCOMES = [
  'present',
  'absence_justifiee',
  'absence_injustifiee',
  'renvoye',
  'annule_structure',
] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

export const SESSION_OUTCOME_LABELS: Record<SessionOutcome, string> = {
  present: 'Présent',
  absence_justifiee: 'Absence justifiée',
  absence_injustifiee: 'Absence injustifiée',
  renvoye: 'Renvoyé pour comportement',
  annule_structure: 'Annulé par la structure',
};

export interface LedgerEntry {
  id: string;
  date: string;
  durationMinutes: number;
  outcome: SessionOutcome;
  /** The entry this one corrects; the corrected entry then no longer counts. */
  correctsId: string | null;
}

/** Entries that count: every entry that no later entry corrects. */
export function effectiveEntries<E extends LedgerEntry>(entries: readonly E[]): E[] {
  const corrected = new Set(entries.map((e) => e.correctsId).filter((id): id is string => id !== null));
  return entries.filter((e) => !corrected.has(e.id));
}

export function creditedMinutes(entries: readonly LedgerEntry[]): number {
  return effectiveEntries(entries)
    .filter((e) => e.outcome === 'present')
    .reduce((sum, e) => sum + e.durationMinutes, 0);
}

export interface LedgerSummary {
  orderedMinutes: number;
  creditedMinutes: number;
  remainingMinutes: number;
  /** 0 to 100 */
  percent: number;
  lastPresentDate: string | null;
  unjustifiedAbsences: number;
}

export function summarizeLedger(hoursOrdered: number, entries: readonly LedgerEntry[]): LedgerSummary {
  const effective = effectiveEntries(entries);
  const credited = creditedMinutes(entries);
  const ordered = hoursOrdered * 60;
  const presentDates = effective
    .filter((e) => e.outcome === 'present')
    .map((e) => e.date)
    .sort();
  return {
    orderedMinutes: ordered,
    creditedMinutes: credited,
    remainingMinutes: Math.max(0, ordered - credited),
    // Rounded down, so 100 % is shown only once nothing remains.
    percent: ordered === 0 ? 0 : Math.min(100, Math.floor((credited * 1000) / ordered) / 10),
    lastPresentDate: presentDates.at(-1) ?? null,
    unjustifiedAbsences: effective.filter((e) => e.outcome === 'absence_injustifiee').length,
  };
}

/**
 * Checks a new or correcting entry against the ledger: the hours credited may never exceed the hours ordered.
 * Returns the French reason it is refused, or null.
 */
export function ledgerEntryProblem(
  hoursOrdered: number,
  existing: readonly LedgerEntry[],
  candidate: LedgerEntry,
): string | null {
  if (candidate.correctsId) {
    const target = existing.find((e) => e.id === candidate.correctsId);
    if (!target) return 'La séance à corriger n’existe pas dans ce relevé.';
    if (existing.some((e) => e.correctsId === candidate.correctsId))
      return 'Cette séance a déjà été corrigée : corrigez la dernière version.';
  }
  const after = creditedMinutes([...existing, candidate]);
  const ordered = hoursOrdered * 60;
  if (after > ordered) {
    const before = creditedMinutes(existing);
    const stillDue = Math.max(0, ordered - before);
    return `Les heures créditées dépasseraient les ${hoursOrdered} h ordonnées : il reste ${formatMinutes(stillDue)} à effectuer.`;
  }
  return null;
}

/** Duration from "HH:MM" start and end on the same day; null when the end is not after the start. */
export function minutesBetween(start: string, end: string): number | null {
  const toMinutes = (time: string) => {
    const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  };
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (a === null || b === null || b <= a) return null;
  return b - a;
}
