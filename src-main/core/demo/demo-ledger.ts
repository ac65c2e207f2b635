import { addDays, daysBetween, maxDate, minDate, toDayNumber, type LocalDate } from '@shared/domain/local-date';
import type { SessionOutcome } from '@shared/domain/hours-ledger';
import { WEEKDAYS, type DayPart, type WeeklySlot } from '@shared/domain/weekly-slots';
import type { SuspensionPeriod } from '@shared/domain/deadline';
import { isMinorOn } from '@shared/domain/minors';
import { publicHolidayOn } from '@shared/domain/public-holidays';
import { MINOR_STRETCH_MINUTES } from '@shared/domain/working-time';
import { uuidv7 } from '../util/uuid7';
import { instantOn } from './demo-addresses';
import type { SeededRandom } from './seeded-random';

/** The hours ledger of one placement: work sessions, absences and the odd correction, as a tutor reports them. */
export interface HoursEntryRow {
  id: string;
  measure_id: string;
  placement_id: string | null;
  date: string;
  start_time: string | null;
  end_time: string | null;
  duration_minutes: number;
  outcome: SessionOutcome;
  remarks: string | null;
  corrects_id: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface LedgerPlan {
  measureId: string;
  placementId: string;
  firstDate: LocalDate;
  /** No session after this day. */
  lastAllowed: LocalDate;
  /** Minutes to credit: exactly (the measure is completed) or at least, then stop (work in progress). */
  targetMinutes: number;
  exact: boolean;
  slots: readonly WeeklySlot[];
  /** Periods without work (closed suspensions). */
  pauses: readonly SuspensionPeriod[];
  /** Share of sessions missed without excuse (higher for measures that end badly). */
  unjustifiedRate: number;
  recordedBy: string | null;
  /** Nothing is recorded after this instant. */
  notAfter: string;
  /** The person's, for the minors' working time on each session's day. */
  birthDate: LocalDate;
  /** Last day a completed measure's remaining hours may still be worked (before today and the deadline). */
  lastPossible: LocalDate;
  /** Days the person already works for another measure; the ledger adds its own (one session a day at most). */
  busyDays: Set<LocalDate>;
}

export interface LedgerResult {
  entries: HoursEntryRow[];
  firstPresent: LocalDate | null;
  lastSession: LocalDate | null;
  unjustifiedDates: LocalDate[];
}

const START_TIMES: Record<DayPart, readonly number[]> = {
  morning: [480, 510, 540],
  afternoon: [780, 810, 840],
  evening: [1050, 1080],
};
const JUSTIFIED = [
  'Certificat médical transmis',
  'Convocation à France Travail',
  'Enfant malade, justificatif fourni',
  'Rendez-vous médical justifié',
];
const UNJUSTIFIED = [
  'Absent sans prévenir',
  'Ne s’est pas présenté ; tuteur sans nouvelles',
  'Retard de plus d’une heure, renvoyé au lendemain',
];

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
const weekdayIndex = (date: LocalDate) => (toDayNumber(date) + 3) % 7;

/** Longest session of one day: 7 h, or 4 h 30 for a minor (no more in a row without a break, C. trav. L.3162-3). */
const dayCap = (minor: boolean) => (minor ? MINOR_STRETCH_MINUTES : 420);

function sessionMinutes(random: SeededRandom, minor: boolean): number {
  // Mostly half days of 3 to 4 hours, sometimes a full day of up to 7 hours.
  const minutes = random.chance(0.95) ? random.pick([180, 180, 210, 210, 240]) : random.pick([270, 300, 360, 420]);
  return Math.min(minutes, dayCap(minor));
}

/** A minor does not work on a Sunday or a public holiday (C. trav. L.3164-6). */
const restDayFor = (birthDate: LocalDate, date: LocalDate) =>
  isMinorOn(birthDate, date) && (weekdayIndex(date) === 6 || publicHolidayOn(date) !== null);

export function generateLedger(plan: LedgerPlan, random: SeededRandom): LedgerResult {
  const days = new Set(plan.slots.map((s) => WEEKDAYS.indexOf(s.slice(0, 3) as (typeof WEEKDAYS)[number])));
  const workDays = days.size > 0 ? days : new Set([0, 1, 2, 3, 4]);
  const entries: HoursEntryRow[] = [];
  const unjustifiedDates: LocalDate[] = [];
  let remaining = plan.targetMinutes;
  let date = plan.firstDate;
  let first = true;
  let firstPresent: LocalDate | null = null;
  let lastSession: LocalDate | null = null;
  const inPause = (day: LocalDate) => plan.pauses.some((p) => day >= p.from && p.to !== null && day <= p.to);
  // One session a day at most, across the person's measures: a day's hours stay within the working-time caps.
  const free = (day: LocalDate) =>
    !plan.busyDays.has(day) && !restDayFor(plan.birthDate, day) && !inPause(day) && day >= plan.firstDate;
  /** A free day for a completed measure's last hours once its window is over: after it if possible, else before. */
  const overtimeDay = (): LocalDate | null => {
    const after = lastSession !== null && lastSession >= plan.lastAllowed ? addDays(lastSession, 1) : plan.lastAllowed;
    for (let day = after; day <= plan.lastPossible; day = addDays(day, 1)) if (free(day)) return day;
    for (let day = minDate(plan.lastAllowed, plan.lastPossible); day >= plan.firstDate; day = addDays(day, -1))
      if (free(day)) return day;
    return null;
  };
  let overtime = false;
  while (remaining > 0) {
    const sessionsLeft = Math.ceil(remaining / 210);
    const daysLeft = daysBetween(date, plan.lastAllowed);
    if (daysLeft < 0 && !plan.exact) break;
    const meanGap = Math.min(9, Math.max(1, daysLeft / sessionsLeft));
    let next = first ? date : addDays(date, Math.max(1, Math.round(meanGap * (0.6 + random.next() * 0.8))));
    first = false;
    for (let settled = false, round = 0; !settled && round < 4; round++) {
      settled = true;
      for (const pause of plan.pauses) {
        if (next >= pause.from && pause.to && next <= pause.to) {
          next = addDays(pause.to, 1);
          settled = false;
        }
      }
      // Move to a free day of the placement's schedule, unless that passes the last allowed day.
      for (
        let shift = 0;
        shift < 14 && (!workDays.has(weekdayIndex(next)) || !free(next)) && addDays(next, 1) <= plan.lastAllowed;
        shift++
      ) {
        next = addDays(next, 1);
        settled = false;
      }
    }
    if (next > plan.lastAllowed || !free(next)) {
      if (!plan.exact) {
        if (next > plan.lastAllowed) break;
        date = next;
        continue;
      }
      overtime = true;
      const day = overtimeDay();
      if (!day) break;
      next = day;
    }
    date = next;
    plan.busyDays.add(date);
    const minor = isMinorOn(plan.birthDate, date);
    lastSession = lastSession === null ? date : maxDate(lastSession, date);
    const day = WEEKDAYS[weekdayIndex(date)]!;
    const parts = plan.slots.filter((s) => s.startsWith(day)).map((s) => s.slice(4) as DayPart);
    let part: DayPart = parts.length > 0 ? random.pick(parts) : 'morning';
    // The evening runs into the night, closed to a minor (C. trav. L.3163-2).
    if (minor && part === 'evening') part = 'afternoon';
    const recordedAt = instantOn(addDays(date, random.int(0, 2)), random.int(420, 1140), plan.notAfter);
    const id = uuidv7(Date.parse(recordedAt));
    const roll = random.next();
    const base = { measure_id: plan.measureId, placement_id: plan.placementId, date, recorded_by: plan.recordedBy };
    // Besides unexcused absences: 12 % excused, 3 % cancelled by the host.
    if (!overtime && roll < plan.unjustifiedRate + 0.15) {
      const outcome: SessionOutcome =
        roll < plan.unjustifiedRate
          ? 'absence_injustifiee'
          : roll < plan.unjustifiedRate + 0.12
            ? 'absence_justifiee'
            : 'annule_structure';
      const remarks =
        outcome === 'absence_injustifiee'
          ? random.pick(UNJUSTIFIED)
          : outcome === 'absence_justifiee'
            ? random.pick(JUSTIFIED)
            : 'Séance annulée par la structure (fermeture exceptionnelle)';
      const row: HoursEntryRow = {
        ...base,
        id,
        start_time: null,
        end_time: null,
        duration_minutes: 0,
        outcome,
        remarks,
        corrects_id: null,
        recorded_at: recordedAt,
      };
      entries.push(row);
      if (outcome === 'absence_injustifiee') {
        if (random.chance(0.12)) {
          // The excuse arrived later: the absence is corrected into a justified one.
          const at = instantOn(addDays(date, random.int(3, 10)), random.int(420, 1140), plan.notAfter);
          entries.push({
            ...row,
            id: uuidv7(Date.parse(at)),
            outcome: 'absence_justifiee',
            remarks: 'Correction : justificatif reçu après coup',
            corrects_id: id,
            recorded_at: at,
          });
        } else {
          unjustifiedDates.push(date);
        }
      }
      continue;
    }
    let minutes = overtime ? dayCap(minor) : sessionMinutes(random, minor);
    if (plan.exact) {
      if (remaining <= dayCap(minor)) minutes = remaining;
      else if (remaining - minutes < 180) minutes = remaining - 180;
    }
    if (part === 'evening' && minutes > 240) part = 'afternoon';
    const start = random.pick(START_TIMES[part]);
    const present: HoursEntryRow = {
      ...base,
      id,
      start_time: hhmm(start),
      end_time: hhmm(start + minutes),
      duration_minutes: minutes,
      outcome: 'present',
      remarks: null,
      corrects_id: null,
      recorded_at: recordedAt,
    };
    if (minutes >= 240 && random.chance(0.015)) {
      // First recorded short by the tutor, then corrected from the signed timesheet: only the correction counts.
      const wrong = minutes - random.pick([30, 60]);
      entries.push({ ...present, end_time: hhmm(start + wrong), duration_minutes: wrong, remarks: 'Saisie initiale' });
      const at = instantOn(addDays(date, random.int(3, 10)), random.int(420, 1140), plan.notAfter);
      entries.push({
        ...present,
        id: uuidv7(Date.parse(at)),
        remarks: 'Correction : horaires rectifiés d’après la feuille d’émargement',
        corrects_id: id,
        recorded_at: at,
      });
    } else {
      entries.push(present);
    }
    firstPresent ??= date;
    remaining -= minutes;
  }
  return { entries, firstPresent, lastSession, unjustifiedDates };
}
