import { describe, expect, it } from 'vitest';
import {
  DAY_PART_MINUTES,
  estimatedCompletion,
  habilitationShortfall,
  placementRemainingMinutes,
  weeklyMinutes,
} from '@shared/domain/placement-pace';
import { measureAlerts } from '@shared/domain/alerts';

describe('weekly pace of a placement', () => {
  it('counts the printed times of each slot', () => {
    expect(DAY_PART_MINUTES).toEqual({ morning: 210, afternoon: 240, evening: 240 });
    expect(weeklyMinutes(['sat_morning', 'wed_afternoon', 'wed_evening'])).toBe(690);
    expect(weeklyMinutes([])).toBe(0);
  });
  it('estimates the earliest day the remaining hours are done, rounded up to a day', () => {
    // 70 h at 3 h 30 a week: 20 weeks exactly.
    expect(estimatedCompletion('2026-11-02', 70 * 60, 210)).toBe('2027-03-22');
    // One more minute needs one more day.
    expect(estimatedCompletion('2026-11-02', 70 * 60 + 1, 210)).toBe('2027-03-23');
    expect(estimatedCompletion('2026-11-02', 60, 0)).toBeNull();
  });
  it('takes the planned hours, or fewer when the measure has fewer left', () => {
    expect(placementRemainingMinutes({ plannedMinutes: 4200, measureRemainingMinutes: 1200 })).toBe(1200);
    expect(placementRemainingMinutes({ plannedMinutes: 1800, measureRemainingMinutes: 4200 })).toBe(1800);
  });
});

describe('a habilitation ending before the planned hours can be done', () => {
  const base = {
    today: '2026-11-23',
    placementStart: '2026-11-02',
    plannedMinutes: 70 * 60,
    measureRemainingMinutes: 70 * 60,
    weeklyMinutes: 210,
  };
  it('flags when the estimate falls the day after the end, not on the end day', () => {
    // From today, 20 weeks: 2027-04-12.
    expect(habilitationShortfall({ ...base, habilitationEnd: '2027-04-12' })).toBeNull();
    expect(habilitationShortfall({ ...base, habilitationEnd: '2027-04-11' })).toEqual({
      estimate: '2027-04-12',
      habilitationEnd: '2027-04-11',
    });
  });
  it('counts from the start of a placement not begun yet', () => {
    expect(habilitationShortfall({ ...base, placementStart: '2026-12-07', habilitationEnd: '2027-04-25' })).toEqual({
      estimate: '2027-04-26',
      habilitationEnd: '2027-04-25',
    });
  });
  it('says nothing for a public body, a schedule without slots or hours all done', () => {
    expect(habilitationShortfall({ ...base, habilitationEnd: null })).toBeNull();
    expect(habilitationShortfall({ ...base, weeklyMinutes: 0, habilitationEnd: '2026-12-01' })).toBeNull();
    expect(habilitationShortfall({ ...base, measureRemainingMinutes: 0, habilitationEnd: '2026-12-01' })).toBeNull();
  });
  it('becomes a warning of the measure', () => {
    const alerts = measureAlerts({
      status: 'affecte',
      today: '2026-11-23',
      effectiveDeadline: '2028-04-01',
      registeredOn: '2026-10-01',
      consentStatus: 'hearing',
      lastPresentDate: null,
      placementStartDate: '2026-11-02',
      remainingMinutes: 70 * 60,
      medicalExamReasons: [],
      medicalExamDate: null,
      placementPace: {
        placementStart: '2026-11-02',
        plannedMinutes: 4200,
        weeklyMinutes: 210,
        habilitationEnd: '2027-01-31',
      },
    });
    expect(alerts).toEqual([
      {
        kind: 'habilitation_ends',
        severity: 'warning',
        message:
          'L’habilitation de la structure prend fin le 31/01/2027, avant que les heures prévues puissent être faites (au plus tôt le 12/04/2027 à ce rythme)',
      },
    ]);
  });
});
