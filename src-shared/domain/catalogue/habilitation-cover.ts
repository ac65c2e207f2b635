import { addDays, formatDateShort, type LocalDate } from '../local-date';
import type { HabilitationRecord } from './habilitation';

/** The days a granted habilitation lets the host receive people: from its decision to its last valid day. */
export interface HabilitationPeriod {
  from: LocalDate;
  /** Last day covered, inclusive; null for a habilitation granted without end of validity. */
  to: LocalDate | null;
}

/**
 * Granted habilitations as periods, in order. A withdrawal ends the habilitation the eve of the withdrawal (the day
 * itself is already "retirée", as habilitationStep says); a refused or undecided request covers nothing.
 */
export function habilitationPeriods(records: readonly HabilitationRecord[]): HabilitationPeriod[] {
  const periods: HabilitationPeriod[] = [];
  for (const r of records) {
    if (r.decision !== 'accordee' || !r.decidedOn) continue;
    let to = r.validUntil;
    if (r.withdrawnOn) {
      const eve = addDays(r.withdrawnOn, -1);
      if (to === null || eve < to) to = eve;
    }
    if (to !== null && to < r.decidedOn) continue;
    periods.push({ from: r.decidedOn, to });
  }
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The last day the host stays habilitated without a break from `date` on (a renewal granted before the previous
 * habilitation ends continues it): null when open-ended, undefined when `date` itself is not covered.
 */
export function habilitatedUntil(
  periods: readonly HabilitationPeriod[],
  date: LocalDate,
): LocalDate | null | undefined {
  const covering = periods.find((p) => p.from <= date && (p.to === null || p.to >= date));
  if (!covering) return undefined;
  let until = covering.to;
  for (let extended = true; extended && until !== null;) {
    extended = false;
    for (const p of periods) {
      if (until !== null && p.from <= addDays(until, 1) && (p.to === null || p.to > until)) {
        until = p.to;
        extended = true;
      }
    }
  }
  return until;
}

function describe(p: HabilitationPeriod): string {
  return p.to ? `du ${formatDateShort(p.from)} au ${formatDateShort(p.to)}` : `depuis le ${formatDateShort(p.from)}`;
}

/**
 * Why a placement starting on `startDate` cannot go to this host, or null: a private host must hold a habilitation
 * covering that day (code pénal 131-8, code pénitentiaire R.623-1 ff.: the SPIP director's habilitation; public bodies are habilitated by
 * right and pass `byRight`). The message gives the habilitation's dates so the officer sees what to change.
 */
export function habilitationCoverProblem(
  hostName: string,
  byRight: boolean,
  periods: readonly HabilitationPeriod[],
  startDate: LocalDate,
): string | null {
  if (byRight || habilitatedUntil(periods, startDate) !== undefined) return null;
  if (periods.length === 0)
    return `La structure « ${hostName} » n’est pas habilitée : aucune affectation n’est possible.`;
  const list = periods.map(describe).join(', ');
  return `L’habilitation de la structure « ${hostName} » ne couvre pas le ${formatDateShort(startDate)} (habilitée ${list}).`;
}
