import { formatMinutes } from './duration';
import { addDays, ageOn, formatDateLong, mondayOf, toDayNumber, type LocalDate } from './local-date';
import { isMinorOn } from './minors';
import { publicHolidayOn } from './public-holidays';
import { DAY_PART_TIMES, frenchTime, type DayPart, type WeeklySlot } from './weekly-slots';

/**
 * Working time in a TIG. The code pénal (131-23) subjects the TIG to the rules on night work and on the work of young
 * workers, so a person under 18 on the day worked follows the Code du travail:
 * - at most 8 h of work a day and 35 h a week (L.3162-1);
 * - no night work: 22 h to 6 h from 16 to 18, 20 h to 6 h below 16 (L.3163-1, L.3163-2);
 * - no work on public holidays (L.3164-6) nor on Sunday (weekly rest of young workers, L.3164-2; Sunday rest L.3132-3);
 * - no more than 4 h 30 of work in a row: a break of at least 30 consecutive minutes (L.3162-3).
 * For an adult, more than 10 h in a day (the common-law cap, L.3121-18, which 131-23 may not extend to a TIG) is a
 * warning the officer may override with a reason.
 */
export const MINOR_DAILY_MINUTES = 8 * 60;
export const MINOR_WEEKLY_MINUTES = 35 * 60;
export const MINOR_STRETCH_MINUTES = 4 * 60 + 30;
export const MINOR_BREAK_MINUTES = 30;
export const ADULT_DAILY_MINUTES = 10 * 60;
/** Below this age the night starts at 20 h instead of 22 h. */
export const EARLY_NIGHT_BELOW_AGE = 16;
const NIGHT_ENDS = 6 * 60;

/** A worked session as the rules see it; times are "HH:MM" on the session's day, null for older duration-only entries. */
export interface WorkedSession {
  date: LocalDate;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number;
}

export type WorkingTimeField = 'date' | 'startTime' | 'endTime' | 'durationMinutes';
export type WorkingTimeRule = 'daily' | 'weekly' | 'night' | 'sunday' | 'holiday' | 'break';

export interface WorkingTimeProblem {
  rule: WorkingTimeRule;
  field: WorkingTimeField;
  message: string;
}

export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

const isSunday = (date: LocalDate) => (toDayNumber(date) + 3) % 7 === 6;

/** When the night starts for a minor of this age, in minutes after midnight. */
export function nightStartsAt(age: number): number {
  return (age < EARLY_NIGHT_BELOW_AGE ? 20 : 22) * 60;
}

/**
 * The problems of a worked session for a person under 18 on its date, given the person's other worked sessions
 * (any measure, already without corrected entries and without the entry being corrected). Empty for an adult.
 * Night and break need times: an older entry with only a duration is checked on the totals alone.
 */
export function minorSessionProblems(
  birthDate: LocalDate,
  session: WorkedSession,
  others: readonly WorkedSession[],
): WorkingTimeProblem[] {
  const { date } = session;
  if (!isMinorOn(birthDate, date)) return [];
  const age = ageOn(birthDate, date);
  const problems: WorkingTimeProblem[] = [];
  const minorOn = `Le ${formatDateLong(date)}, la personne a ${age} ans`;
  const holiday = publicHolidayOn(date);
  if (holiday) {
    problems.push({
      rule: 'holiday',
      field: 'date',
      message: `Le ${formatDateLong(date)} est un jour férié (${holiday}) : un mineur ne peut pas y travailler (Code du travail, L.3164-6).`,
    });
  } else if (isSunday(date)) {
    problems.push({
      rule: 'sunday',
      field: 'date',
      message: `Le ${formatDateLong(date)} est un dimanche : un mineur ne peut pas travailler le dimanche.`,
    });
  }
  const timed = session.startTime && session.endTime;
  if (timed) {
    const start = timeToMinutes(session.startTime!);
    const end = timeToMinutes(session.endTime!);
    const night = nightStartsAt(age);
    if (start < NIGHT_ENDS || end > night) {
      problems.push({
        rule: 'night',
        field: start < NIGHT_ENDS ? 'startTime' : 'endTime',
        message: `${minorOn} : le travail de nuit (de ${night / 60} h à 6 h) lui est interdit (Code du travail, L.3163-2).`,
      });
    }
  }
  const totalField: WorkingTimeField = timed ? 'endTime' : 'durationMinutes';
  const sameDay = others.filter((o) => o.date === date);
  const dayTotal = sameDay.reduce((sum, o) => sum + o.durationMinutes, session.durationMinutes);
  if (dayTotal > MINOR_DAILY_MINUTES) {
    problems.push({
      rule: 'daily',
      field: totalField,
      message: `${minorOn} : 8 h de travail par jour au plus (${formatMinutes(dayTotal)} ce jour-là avec cette séance ; Code du travail, L.3162-1).`,
    });
  }
  const monday = mondayOf(date);
  const sunday = addDays(monday, 6);
  const weekTotal = others
    .filter((o) => o.date >= monday && o.date <= sunday)
    .reduce((sum, o) => sum + o.durationMinutes, session.durationMinutes);
  if (weekTotal > MINOR_WEEKLY_MINUTES) {
    problems.push({
      rule: 'weekly',
      field: totalField,
      message: `${minorOn} : 35 h de travail par semaine au plus (${formatMinutes(weekTotal)} la semaine du ${formatDateLong(monday)} avec cette séance ; Code du travail, L.3162-1).`,
    });
  }
  if (timed) {
    const stretch = longestStretch([session, ...sameDay]);
    if (stretch > MINOR_STRETCH_MINUTES) {
      problems.push({
        rule: 'break',
        field: 'endTime',
        message: `${minorOn} : pas plus de 4 h 30 de travail d’affilée, puis une pause d’au moins 30 minutes (${formatMinutes(stretch)} sans pause ; Code du travail, L.3162-3). Enregistrez deux séances séparées par la pause.`,
      });
    }
  }
  return problems;
}

/**
 * The longest run of work in a day, in minutes, counting sessions separated by less than the 30-minute break as one
 * run. Sessions without times are left out (their hours are unknown).
 */
export function longestStretch(sessions: readonly WorkedSession[]): number {
  const spans = sessions
    .filter((s) => s.startTime && s.endTime)
    .map((s) => [timeToMinutes(s.startTime!), timeToMinutes(s.endTime!)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let longest = 0;
  let run: [number, number] | null = null;
  for (const [start, end] of spans) {
    if (run && start - run[1] < MINOR_BREAK_MINUTES) run[1] = Math.max(run[1], end);
    else run = [start, end];
    longest = Math.max(longest, run[1] - run[0]);
  }
  return longest;
}

/** The warning for an adult's day past 10 h of work (sessions of every measure), or null. */
export function adultDailyWarning(
  birthDate: LocalDate,
  session: WorkedSession,
  others: readonly WorkedSession[],
): string | null {
  if (isMinorOn(birthDate, session.date)) return null;
  const total = others
    .filter((o) => o.date === session.date)
    .reduce((s, o) => s + o.durationMinutes, session.durationMinutes);
  if (total <= ADULT_DAILY_MINUTES) return null;
  return `Le ${formatDateLong(session.date)}, la personne aurait travaillé ${formatMinutes(total)} : plus de 10 h dans la journée (Code du travail, L.3121-18). Indiquez le motif pour enregistrer quand même cette séance.`;
}

/** Minutes a weekly slot stands for (its printed times). */
export function slotMinutes(slot: WeeklySlot): number {
  const { start, end } = DAY_PART_TIMES[slot.split('_')[1] as DayPart];
  return timeToMinutes(end) - timeToMinutes(start);
}

/**
 * A placement's weekly schedule for a person who is a minor on its start date: no evening slot (it runs past the
 * night's start), no Sunday slot, at most 35 h a week. Returns the French problems (empty when it fits).
 */
export function minorScheduleProblems(
  birthDate: LocalDate,
  startDate: LocalDate,
  schedule: readonly WeeklySlot[],
): string[] {
  if (!isMinorOn(birthDate, startDate)) return [];
  const age = ageOn(birthDate, startDate);
  const problems: string[] = [];
  if (schedule.some((slot) => slot.endsWith('_evening'))) {
    const { end } = DAY_PART_TIMES.evening;
    problems.push(
      `La personne aura ${age} ans au début de l’affectation : un créneau du soir (jusqu’à ${frenchTime(end)}) lui est interdit, le travail de nuit commençant à ${nightStartsAt(age) / 60} h pour un mineur (Code du travail, L.3163-2).`,
    );
  }
  if (schedule.some((slot) => slot.startsWith('sun_')))
    problems.push(
      `La personne aura ${age} ans au début de l’affectation : un mineur ne peut pas travailler le dimanche.`,
    );
  const weekly = schedule.reduce((sum, slot) => sum + slotMinutes(slot), 0);
  if (weekly > MINOR_WEEKLY_MINUTES)
    problems.push(
      `Ces créneaux font ${formatMinutes(weekly)} par semaine : 35 h au plus pour un mineur (Code du travail, L.3162-1).`,
    );
  return problems;
}
