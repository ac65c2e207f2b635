import { describe, expect, it } from 'vitest';
import {
  ALERT_KIND_LABELS,
  ALERT_KINDS,
  ALERT_THRESHOLDS,
  measureAlerts,
  type AlertFacts,
  type AlertKind,
} from '@shared/domain/alerts';
import { addDays } from '@shared/domain/local-date';
import { ACTIVE_STATUSES, TERMINAL_STATUSES } from '@shared/domain/measure-status';

const TODAY = '2026-06-15';

/** A measure going well: deadline far away, hours recent, consent given, no medical exam needed. */
function facts(overrides: Partial<AlertFacts> = {}): AlertFacts {
  return {
    status: 'en_cours',
    today: TODAY,
    effectiveDeadline: '2027-06-15',
    registeredOn: '2026-01-10',
    consentStatus: 'hearing',
    lastPresentDate: '2026-06-13',
    placementStartDate: '2026-02-01',
    remainingMinutes: 3000,
    medicalExamReasons: [],
    medicalExamDate: null,
    placementPace: null,
    ...overrides,
  };
}

const kinds = (f: AlertFacts): AlertKind[] => measureAlerts(f).map((a) => a.kind);
const find = (f: AlertFacts, kind: AlertKind) => measureAlerts(f).find((a) => a.kind === kind);

describe('thresholds', () => {
  it('are the ones the offices asked for', () => {
    expect(ALERT_THRESHOLDS).toEqual({
      deadlineNearDays: 30,
      noHoursDays: 21,
      consentPendingDays: 14,
      paceWindowDays: 60,
      paceHoursPerWeek: 10,
    });
  });

  it('labels every kind', () => {
    for (const kind of ALERT_KINDS) expect(ALERT_KIND_LABELS[kind]).toMatch(/\S/);
  });

  it('raises nothing for a measure going well', () => {
    expect(measureAlerts(facts())).toEqual([]);
  });
});

describe('deadline alerts', () => {
  const at = (daysLeft: number) => facts({ effectiveDeadline: addDays(TODAY, daysLeft), remainingMinutes: 0 });

  it.each([
    [31, undefined],
    [30, 'Délai dépassé dans 30 jours'],
    [2, 'Délai dépassé dans 2 jours'],
    [1, 'Délai dépassé dans 1 jour'],
    [0, 'Le délai expire aujourd’hui'],
  ])('%i days left: %s', (daysLeft, message) => {
    const alert = find(at(daysLeft), 'deadline_near');
    expect(alert?.message).toBe(message);
    if (alert) expect(alert.severity).toBe('warning');
    expect(find(at(daysLeft), 'deadline_passed')).toBeUndefined();
  });

  it.each([
    [-1, 'Délai dépassé depuis 1 jour'],
    [-2, 'Délai dépassé depuis 2 jours'],
    [-400, 'Délai dépassé depuis 400 jours'],
  ])('%i days left: passed, %s', (daysLeft, message) => {
    expect(find(at(daysLeft), 'deadline_passed')).toEqual({ kind: 'deadline_passed', severity: 'error', message });
    expect(find(at(daysLeft), 'deadline_near')).toBeUndefined();
  });

  it('counts calendar days across the autumn DST change', () => {
    expect(
      find(
        facts({
          today: '2026-10-24',
          effectiveDeadline: '2026-10-26',
          remainingMinutes: 0,
          lastPresentDate: '2026-10-20',
        }),
        'deadline_near',
      )?.message,
    ).toBe('Délai dépassé dans 2 jours');
  });

  it('is raised for every active status', () => {
    for (const status of ACTIVE_STATUSES)
      expect(kinds(facts({ status, effectiveDeadline: addDays(TODAY, -1) }))).toContain('deadline_passed');
  });
});

describe('behind_schedule (pace of hours before the deadline)', () => {
  // 7 days left = 1 week: more than 10 h (600 min) still needed is behind.
  it.each([
    [7, 600, false],
    [7, 601, true],
    // 60 days left = 8.57 weeks: the edge is 85 h 42 min 51 s.
    [60, 5142, false],
    [60, 5143, true],
    // beyond the window nobody is warned, however much remains
    [61, 24_000, false],
    // on the last day (counted as one day), 1 h 25 min is still a pace of under 10 h a week
    [0, 85, false],
    [0, 86, true],
  ])('%i days left, %i minutes remaining: behind %s', (daysLeft, remainingMinutes, behind) => {
    const f = facts({ effectiveDeadline: addDays(TODAY, daysLeft), remainingMinutes });
    expect(kinds(f).includes('behind_schedule')).toBe(behind);
  });

  it('explains the remainder and the days left', () => {
    expect(find(facts({ effectiveDeadline: addDays(TODAY, 14), remainingMinutes: 1530 }), 'behind_schedule')).toEqual({
      kind: 'behind_schedule',
      severity: 'error',
      message: '25 h 30 restantes pour 14 jours : rythme insuffisant',
    });
  });

  it('is not raised once the deadline has passed (the passed alert says it)', () => {
    expect(kinds(facts({ effectiveDeadline: addDays(TODAY, -1), remainingMinutes: 24_000 }))).toEqual([
      'deadline_passed',
    ]);
  });

  it('is not raised when nothing remains', () => {
    expect(kinds(facts({ effectiveDeadline: addDays(TODAY, 3), remainingMinutes: 0 }))).toEqual(['deadline_near']);
  });
});

describe('no_hours', () => {
  it.each([
    [20, false],
    [21, true],
    [60, true],
  ])('last presence %i days ago: alert %s', (days, alert) => {
    expect(kinds(facts({ lastPresentDate: addDays(TODAY, -days) })).includes('no_hours')).toBe(alert);
  });

  it('says since when', () => {
    expect(find(facts({ lastPresentDate: addDays(TODAY, -21) }), 'no_hours')).toEqual({
      kind: 'no_hours',
      severity: 'warning',
      message: 'Aucune heure depuis 21 jours',
    });
  });

  it.each([
    [20, false],
    [21, true],
  ])('never worked, placed %i days ago: alert %s', (days, alert) => {
    const f = facts({ lastPresentDate: null, placementStartDate: addDays(TODAY, -days) });
    expect(kinds(f).includes('no_hours')).toBe(alert);
    if (alert) expect(find(f, 'no_hours')?.message).toBe(`Aucune heure depuis la prise de poste (${days} jours)`);
  });

  it('counts calendar days across the spring DST change', () => {
    expect(kinds(facts({ today: '2026-04-09', lastPresentDate: '2026-03-19' }))).toContain('no_hours'); // 21 days
    expect(kinds(facts({ today: '2026-04-08', lastPresentDate: '2026-03-19' }))).not.toContain('no_hours'); // 20 days
  });

  it('counts from the start of a new post when it is later than the last day worked elsewhere', () => {
    const f = facts({ lastPresentDate: addDays(TODAY, -65), placementStartDate: addDays(TODAY, -4) });
    expect(kinds(f)).not.toContain('no_hours');
    expect(
      find(facts({ lastPresentDate: addDays(TODAY, -65), placementStartDate: addDays(TODAY, -30) }), 'no_hours')
        ?.message,
    ).toBe('Aucune heure depuis 30 jours');
  });

  it('is not raised with no presence and no placement', () => {
    expect(kinds(facts({ lastPresentDate: null, placementStartDate: null }))).not.toContain('no_hours');
  });

  it('is not raised for a placement starting in the future', () => {
    expect(kinds(facts({ lastPresentDate: null, placementStartDate: addDays(TODAY, 5) }))).not.toContain('no_hours');
  });

  it.each(['a_affecter', 'affecte', 'suspendu'] as const)(
    'is raised only while the work is under way, not when %s',
    (status) => {
      expect(kinds(facts({ status, lastPresentDate: addDays(TODAY, -100) }))).not.toContain('no_hours');
    },
  );
});

describe('consent_pending', () => {
  it.each([
    [13, false],
    [14, true],
    [30, true],
  ])('registered %i days ago without consent: alert %s', (days, alert) => {
    const f = facts({
      status: 'a_affecter',
      consentStatus: 'pending',
      registeredOn: addDays(TODAY, -days),
      lastPresentDate: null,
      placementStartDate: null,
    });
    expect(kinds(f).includes('consent_pending')).toBe(alert);
    if (alert)
      expect(find(f, 'consent_pending')).toEqual({
        kind: 'consent_pending',
        severity: 'warning',
        message: `Consentement en attente depuis ${days} jours`,
      });
  });

  it.each(['hearing', 'lawyer_writing', 'jap', 'refused'] as const)(
    'is not raised when consent is %s',
    (consentStatus) => {
      expect(kinds(facts({ status: 'a_affecter', consentStatus, registeredOn: addDays(TODAY, -100) }))).not.toContain(
        'consent_pending',
      );
    },
  );
});

describe('medical_exam_missing', () => {
  const needed = { medicalExamReasons: ['personne mineure', 'travail de nuit'], medicalExamDate: null };

  it.each([
    ['a_affecter', false],
    ['affecte', true],
    ['en_cours', true],
    ['suspendu', false],
  ] as const)('status %s: alert %s', (status, alert) => {
    expect(kinds(facts({ status, ...needed })).includes('medical_exam_missing')).toBe(alert);
  });

  it('lists the reasons', () => {
    expect(find(facts(needed), 'medical_exam_missing')).toEqual({
      kind: 'medical_exam_missing',
      severity: 'warning',
      message: 'Visite médicale obligatoire non enregistrée (personne mineure, travail de nuit)',
    });
  });

  it('is not raised once the exam is recorded', () => {
    expect(kinds(facts({ ...needed, medicalExamDate: '2026-02-01' }))).not.toContain('medical_exam_missing');
  });

  it('is not raised when no exam is required', () => {
    expect(kinds(facts({ medicalExamReasons: [] }))).not.toContain('medical_exam_missing');
  });
});

describe('closed measures', () => {
  it.each(TERMINAL_STATUSES)('%s raises no alert at all', (status) => {
    const everythingWrong = facts({
      status,
      effectiveDeadline: addDays(TODAY, -10),
      consentStatus: 'pending',
      registeredOn: addDays(TODAY, -100),
      lastPresentDate: addDays(TODAY, -100),
      remainingMinutes: 6000,
      medicalExamReasons: ['grossesse'],
    });
    expect(measureAlerts(everythingWrong)).toEqual([]);
  });
});

describe('ordering', () => {
  it('lists the deadline first, then pace, idle, consent and medical alerts', () => {
    const f = facts({
      status: 'en_cours',
      effectiveDeadline: addDays(TODAY, 10),
      remainingMinutes: 6000,
      lastPresentDate: addDays(TODAY, -30),
      consentStatus: 'pending',
      registeredOn: addDays(TODAY, -30),
      medicalExamReasons: ['grossesse'],
    });
    expect(kinds(f)).toEqual([
      'deadline_near',
      'behind_schedule',
      'no_hours',
      'consent_pending',
      'medical_exam_missing',
    ]);
  });
});
