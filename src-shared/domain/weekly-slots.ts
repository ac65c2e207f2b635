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

/**
 * The hours a day part stands for when a schedule is printed or checked against working-time rules. The evening
 * runs past 22 h on purpose: evening posts (night shelters, sports halls, meal rounds) end late, which is why an
 * evening slot is never open to a minor (night work, Code du travail L.3163-1/2).
 */
export const DAY_PART_TIMES: Record<DayPart, { start: string; end: string }> = {
  morning: { start: '08:30', end: '12:00' },
  afternoon: { start: '13:30', end: '17:30' },
  evening: { start: '18:30', end: '22:30' },
};

/** "lundi de 8 h 30 à 12 h" for a printed schedule. */
export function slotWithTimes(slot: WeeklySlot): string {
  const [day, part] = slot.split('_') as [Weekday, DayPart];
  const { start, end } = DAY_PART_TIMES[part];
  return `${WEEKDAY_LABELS[day]} de ${frenchTime(start)} à ${frenchTime(end)}`;
}

/** "08:30" → "8 h 30", "12:00" → "12 h". */
export function frenchTime(time: string): string {
  const [h, m] = time.split(':');
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}
