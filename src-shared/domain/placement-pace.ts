import { addDays, formatDateShort, maxDate, type LocalDate } from './local-date';
import { DAY_PART_TIMES, type DayPart, type WeeklySlot } from './weekly-slots';

function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Minutes a day part stands for, from its printed times (morning 3 h 30, afternoon and evening 4 h). */
export const DAY_PART_MINUTES: Record<DayPart, number> = Object.fromEntries(
  Object.entries(DAY_PART_TIMES).map(([part, { start, end }]) => [part, minutesOf(end) - minutesOf(start)]),
) as Record<DayPart, number>;

/** Minutes of work a week on this schedule: slots × the length of each slot. */
export function weeklyMinutes(schedule: readonly WeeklySlot[]): number {
  return schedule.reduce((sum, slot) => sum + DAY_PART_MINUTES[slot.split('_')[1] as DayPart], 0);
}

/**
 * The day the remaining minutes will be done at `weekly` minutes a week, or null when the schedule has no slot (hours
 * agreed in a note only: nothing to estimate from).
 *
 * The estimate assumes every slot of the weekly schedule is worked in full, each week, from `from` on (no absence,
 * no public holiday, no suspension): it is the earliest the hours can be done. Weeks needed = remaining ÷ weekly
 * minutes, turned into days (× 7) and rounded up to a whole day. Being the earliest possible date, a habilitation
 * ending before it cannot see the hours done, whatever the person's diligence.
 */
export function estimatedCompletion(from: LocalDate, remainingMinutes: number, weekly: number): LocalDate | null {
  if (weekly <= 0) return null;
  if (remainingMinutes <= 0) return from;
  return addDays(from, Math.ceil((remainingMinutes * 7) / weekly));
}

export interface PaceFacts {
  today: LocalDate;
  placementStart: LocalDate;
  /** Hours planned on the placement, in minutes. */
  plannedMinutes: number;
  /** What is left of the whole measure (ordered − credited). */
  measureRemainingMinutes: number;
  weeklyMinutes: number;
  /** Last day the host stays habilitated; null for a public body or an open-ended habilitation. */
  habilitationEnd: LocalDate | null;
}

/**
 * Minutes still to do on the placement: its planned hours, or what is left of the measure when that is less (the
 * hours done on the post come off the measure's remainder; a placement planned for part of the measure keeps its
 * own figure).
 */
export function placementRemainingMinutes(f: Pick<PaceFacts, 'plannedMinutes' | 'measureRemainingMinutes'>): number {
  return Math.max(0, Math.min(f.plannedMinutes, f.measureRemainingMinutes));
}

/**
 * The day the placement's remaining hours can be done at the earliest, when it falls after the end of the host's
 * habilitation (then the person will have to move before finishing), or null. Counted from today, or from the
 * start for a placement not begun yet.
 */
export function habilitationShortfall(f: PaceFacts): { estimate: LocalDate; habilitationEnd: LocalDate } | null {
  if (f.habilitationEnd === null || f.weeklyMinutes <= 0) return null;
  const remaining = placementRemainingMinutes(f);
  if (remaining <= 0) return null;
  const estimate = estimatedCompletion(maxDate(f.today, f.placementStart), remaining, f.weeklyMinutes)!;
  return estimate > f.habilitationEnd ? { estimate, habilitationEnd: f.habilitationEnd } : null;
}

export function habilitationShortfallMessage(s: { estimate: LocalDate; habilitationEnd: LocalDate }): string {
  return `L’habilitation de la structure prend fin le ${formatDateShort(s.habilitationEnd)}, avant que les heures prévues puissent être faites (au plus tôt le ${formatDateShort(s.estimate)} à ce rythme)`;
}
