import { describe, expect, it } from 'vitest';
import {
  adultDailyWarning,
  longestStretch,
  minorScheduleProblems,
  minorSessionProblems,
  type WorkedSession,
} from '@shared/domain/working-time';
import { minutesBetween } from '@shared/domain/hours-ledger';

// 16 on 2026-03-10 (a Tuesday); 18 on 2028-03-10.
const MINOR = '2010-03-10';
const ADULT = '1990-01-01';

function at(date: string, startTime: string, endTime: string): WorkedSession {
  return { date, startTime, endTime, durationMinutes: minutesBetween(startTime, endTime)! };
}
const rules = (birth: string, session: WorkedSession, others: WorkedSession[] = []) =>
  minorSessionProblems(birth, session, others).map((p) => p.rule);

describe('minors: night work', () => {
  it('starts at 20 h at 15 y 364 d and at 22 h from 16', () => {
    expect(rules(MINOR, at('2026-03-09', '16:00', '20:00'))).toEqual([]);
    expect(rules(MINOR, at('2026-03-09', '16:00', '20:01'))).toEqual(['night']);
    const problem = minorSessionProblems(MINOR, at('2026-03-09', '16:00', '20:01'), [])[0]!;
    expect(problem).toMatchObject({ field: 'endTime' });
    expect(problem.message).toContain('la personne a 15 ans');
    expect(problem.message).toContain('de 20 h à 6 h');
    expect(rules(MINOR, at('2026-03-10', '17:30', '21:00'))).toEqual([]);
  });

  it('allows an end at 21:59 or 22:00 from 16, not a minute later', () => {
    expect(rules(MINOR, at('2026-03-10', '18:00', '21:59'))).toEqual([]);
    expect(rules(MINOR, at('2026-03-10', '18:00', '22:00'))).toEqual([]);
    expect(rules(MINOR, at('2026-03-10', '18:00', '22:01'))).toEqual(['night']);
  });

  it('refuses a start before 6 h', () => {
    expect(rules(MINOR, at('2026-03-10', '06:00', '09:00'))).toEqual([]);
    const early = minorSessionProblems(MINOR, at('2026-03-10', '05:59', '09:00'), []);
    expect(early.map((p) => [p.rule, p.field])).toEqual([['night', 'startTime']]);
  });
});

describe('minors: hours a day and a week', () => {
  it('allows 8 h in a day, not 8 h 01 (across sessions)', () => {
    const morning = at('2026-03-11', '08:00', '12:00');
    expect(rules(MINOR, at('2026-03-11', '12:30', '16:30'), [morning])).toEqual([]);
    expect(rules(MINOR, at('2026-03-11', '12:30', '16:31'), [morning])).toEqual(['daily']);
  });

  it('allows 35 h in an ISO week, not a minute more; the week before does not count', () => {
    // Monday 16 March to Thursday 19 March 2026: 4 × 7 h = 28 h; Friday brings 7 h more.
    const week = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19'].flatMap((d) => [
      at(d, '08:00', '12:00'),
      at(d, '13:00', '16:00'),
    ]);
    const previous = [at('2026-03-13', '08:00', '12:00')];
    expect(rules(MINOR, at('2026-03-20', '08:00', '15:00'), [...previous, ...week])).toEqual(['break']);
    expect(
      rules(MINOR, at('2026-03-20', '08:00', '12:00'), [...previous, ...week, at('2026-03-20', '13:00', '16:00')]),
    ).toEqual([]);
    const over = minorSessionProblems(MINOR, at('2026-03-20', '08:00', '12:00'), [
      ...week,
      at('2026-03-20', '13:00', '16:01'),
    ]);
    expect(over.map((p) => p.rule)).toEqual(['weekly']);
    expect(over[0]!.message).toContain('35 h 01');
  });
});

describe('minors: Sundays and public holidays', () => {
  it('refuses a Sunday and the holidays, naming the day', () => {
    expect(rules(MINOR, at('2026-03-15', '09:00', '12:00'))).toEqual(['sunday']);
    for (const day of [
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-11-11',
      '2027-03-29',
      '2027-05-06',
      '2027-05-17',
      '2027-07-14',
      '2027-11-11',
    ])
      expect(rules(MINOR, at(day, '09:00', '12:00')), day).toEqual(['holiday']);
    const problem = minorSessionProblems(MINOR, at('2026-07-14', '09:00', '12:00'), [])[0]!;
    expect(problem).toMatchObject({ field: 'date' });
    expect(problem.message).toBe(
      'Le 14 juillet 2026 est un jour férié (Fête nationale) : un mineur ne peut pas y travailler (Code du travail, L.3164-6).',
    );
    expect(rules(MINOR, at('2026-03-14', '09:00', '12:00'))).toEqual([]);
  });
});

describe('minors: the break', () => {
  it('allows 4 h 30 in a row, not 4 h 31', () => {
    expect(rules(MINOR, at('2026-03-11', '08:00', '12:30'))).toEqual([]);
    expect(rules(MINOR, at('2026-03-11', '08:00', '12:31'))).toEqual(['break']);
  });

  it('needs 30 minutes between sessions for them to be two stretches', () => {
    const morning = at('2026-03-11', '08:00', '11:00');
    expect(rules(MINOR, at('2026-03-11', '11:30', '14:00'), [morning])).toEqual([]);
    expect(rules(MINOR, at('2026-03-11', '11:29', '14:00'), [morning])).toEqual(['break']);
    expect(longestStretch([morning, at('2026-03-11', '11:29', '14:00')])).toBe(360);
  });

  it('checks only the totals of an older entry without times', () => {
    expect(rules(MINOR, { date: '2026-03-11', startTime: null, endTime: null, durationMinutes: 300 })).toEqual([]);
    expect(rules(MINOR, { date: '2026-03-11', startTime: null, endTime: null, durationMinutes: 481 })).toEqual([
      'daily',
    ]);
  });
});

describe('adults', () => {
  it('never gets the minors’ rules', () => {
    expect(rules(ADULT, at('2026-03-15', '18:00', '23:00'))).toEqual([]);
    expect(rules(MINOR, at('2028-03-12', '18:00', '23:00'))).toEqual([]);
  });

  it('warns past 10 h in a day, not at 10 h', () => {
    expect(adultDailyWarning(ADULT, at('2026-03-11', '08:00', '18:00'), [])).toBeNull();
    expect(adultDailyWarning(ADULT, at('2026-03-11', '08:00', '18:01'), [])).toContain('10 h 01');
    expect(
      adultDailyWarning(ADULT, at('2026-03-11', '13:00', '17:01'), [at('2026-03-11', '06:00', '12:00')]),
    ).toContain('plus de 10 h dans la journée');
    expect(adultDailyWarning(MINOR, at('2026-03-11', '08:00', '18:01'), [])).toBeNull();
  });
});

describe('a minor’s placement schedule', () => {
  it('refuses an evening or Sunday slot and more than 35 h a week, for a minor on the start date only', () => {
    expect(minorScheduleProblems(MINOR, '2026-03-10', ['mon_morning', 'sat_afternoon'])).toEqual([]);
    expect(minorScheduleProblems(MINOR, '2026-03-10', ['mon_evening'])[0]).toContain('créneau du soir');
    expect(minorScheduleProblems(MINOR, '2026-03-10', ['sun_morning'])[0]).toContain('dimanche');
    const fullWeek = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).flatMap(
      (d) => [`${d}_morning`, `${d}_afternoon`] as const,
    );
    // 5 × (3 h 30 + 4 h) = 37 h 30.
    expect(minorScheduleProblems(MINOR, '2026-03-10', fullWeek)).toEqual([
      'Ces créneaux font 37 h 30 par semaine : 35 h au plus pour un mineur (Code du travail, L.3162-1).',
    ]);
    expect(minorScheduleProblems(MINOR, '2026-03-10', fullWeek.slice(0, 9))).toEqual([]);
    expect(minorScheduleProblems(MINOR, '2028-03-10', ['mon_evening', 'sun_morning'])).toEqual([]);
    expect(minorScheduleProblems(ADULT, '2026-03-10', ['mon_evening'])).toEqual([]);
  });
});
