/**
 * The weekly grid used for a person's availability and a post's schedule: each day split into morning, afternoon
 * and evening. Stored as slot codes like "sat_morning".
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export const WEEKLY_SLOTS = WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}_${part}` as const));
export type WeeklySlot = (typeof WEEKLY_SLOTS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'lundi',
  tue: 'mardi',
  wed: 'mercredi',
  thu: 'jeudi',
  fri: 'vendredi',
  sat: 'samedi',
  sun: 'dimanche',
};

export const DAY_PART_LABELS: Record<DayPart, string> = { morning: 'matin', afternoon: 'après-midi', evening: 'soir' };

export function slotLabel(slot: WeeklySlot): string {
  const [day, part] = slot.split('_') as [Weekday, DayPart];
  return `${WEEKDAY_LABELS[day]} ${DAY_PART_LABELS[part]}`;
}

/** "lundi matin, samedi après-midi" in week order. */
export function describeSlots(slots: readonly WeeklySlot[]): string {
  const set = new Set(slots);
  return WEEKLY_SLOTS.filter((slot) => set.has(slot))
    .map(slotLabel)
    .join(', ');
}
