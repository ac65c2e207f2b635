import { describe, expect, it } from 'vitest';
import {
  DEADLINE_MAX_MONTHS,
  daysUntil,
  deadlineProblem,
  effectiveDeadline,
  latestAllowedDeadline,
  suspendedDays,
  type SuspensionPeriod,
} from '@shared/domain/deadline';

describe('DEADLINE_MAX_MONTHS', () => {
  it('is 18 months for every TIG and 6 months for the TNR', () => {
    expect(DEADLINE_MAX_MONTHS).toEqual({ tig: 18, sursis_tig: 18, tig_mineur: 18, tnr: 6 });
  });
});

describe('latestAllowedDeadline', () => {
  it.each([
    ['tig', '2026-01-15', '2027-07-15'],
    ['sursis_tig', '2026-01-15', '2027-07-15'],
    ['tig_mineur', '2026-01-15', '2027-07-15'],
    ['tnr', '2026-01-15', '2026-07-15'],
    ['tig', '2022-08-31', '2024-02-29'], // 31 Aug + 18 months lands on a leap 29 February
    ['tig', '2023-08-31', '2025-02-28'],
    ['tig', '2024-02-29', '2025-08-29'],
    ['tnr', '2024-02-29', '2024-08-29'],
    ['tnr', '2025-08-31', '2026-02-28'],
    ['tnr', '2023-08-31', '2024-02-29'],
    ['tig', '2026-03-29', '2027-09-29'], // decision on a DST change day
    ['tnr', '2026-10-25', '2027-04-25'],
  ] as const)('%s decided on %s: at the latest %s', (type, decision, latest) => {
    expect(latestAllowedDeadline(type, decision)).toBe(latest);
  });
});

describe('deadlineProblem', () => {
  it.each([
    ['tig', '2026-01-15', '2027-07-15'], // exactly 18 months
    ['sursis_tig', '2026-01-15', '2027-07-15'],
    ['tig_mineur', '2026-01-15', '2027-07-15'],
    ['tig', '2026-01-15', '2027-07-14'],
    ['tig', '2026-01-15', '2026-01-16'], // the day after the decision
    ['tig', '2022-08-31', '2024-02-29'],
    ['tig', '2024-02-29', '2025-08-29'],
    ['tnr', '2026-01-15', '2026-07-15'], // exactly 6 months
    ['tnr', '2025-08-31', '2026-02-28'],
  ] as const)('%s decided on %s accepts a deadline on %s', (type, decision, deadline) => {
    expect(deadlineProblem(type, decision, deadline)).toBeNull();
  });

  it.each([
    ['tig', '2026-01-15', '2027-07-16', 18, '15 juillet 2027'], // 18 months + 1 day
    ['sursis_tig', '2026-01-15', '2027-07-16', 18, '15 juillet 2027'],
    ['tig_mineur', '2026-01-15', '2027-07-16', 18, '15 juillet 2027'],
    ['tig', '2022-08-31', '2024-03-01', 18, '29 février 2024'],
    ['tig', '2023-08-31', '2025-03-01', 18, '28 février 2025'],
    ['tig', '2024-02-29', '2025-08-30', 18, '29 août 2025'],
    ['tnr', '2026-01-15', '2026-07-16', 6, '15 juillet 2026'], // 6 months + 1 day
    ['tnr', '2026-01-15', '2027-07-15', 6, '15 juillet 2026'], // 18 months is far too long for a TNR
    ['tnr', '2025-08-31', '2026-03-01', 6, '28 février 2026'],
  ] as const)(
    '%s decided on %s refuses %s (at most %i months, %s)',
    (type, decision, deadline, months, latestWords) => {
      expect(deadlineProblem(type, decision, deadline)).toBe(
        `Le délai d’exécution ne peut dépasser ${months} mois après la décision, soit le ${latestWords}.`,
      );
    },
  );

  it.each([
    ['tig', '2026-01-15', '2026-01-15'], // equal to the decision
    ['tig', '2026-01-15', '2026-01-14'],
    ['tnr', '2026-01-15', '2026-01-15'],
    ['tnr', '2026-01-15', '2025-07-15'],
  ] as const)('%s decided on %s refuses a deadline on %s (not after the decision)', (type, decision, deadline) => {
    expect(deadlineProblem(type, decision, deadline)).toBe(
      'Le délai d’exécution doit être postérieur à la date de la décision.',
    );
  });
});

describe('suspendedDays', () => {
  const today = '2026-06-15';
  const cases: [string, SuspensionPeriod[], number][] = [
    ['no suspension', [], 0],
    ['a single day (from = to)', [{ from: '2026-02-10', to: '2026-02-10' }], 1],
    ['both ends included', [{ from: '2026-02-10', to: '2026-02-19' }], 10],
    ['spanning a month end', [{ from: '2026-01-30', to: '2026-03-02' }], 32],
    ['spanning 29 February in a leap year', [{ from: '2024-02-28', to: '2024-03-01' }], 3],
    ['spanning 28 February in a common year', [{ from: '2026-02-28', to: '2026-03-01' }], 2],
    ['spanning a year end', [{ from: '2025-12-31', to: '2026-01-01' }], 2],
    ['spanning the spring DST change', [{ from: '2026-03-28', to: '2026-03-30' }], 3],
    ['spanning the autumn DST change', [{ from: '2026-10-24', to: '2026-10-26' }], 3],
    [
      'two separate periods add up',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-04-01', to: '2026-04-05' },
      ],
      15,
    ],
    [
      'separate periods given out of order',
      [
        { from: '2026-04-01', to: '2026-04-05' },
        { from: '2026-02-01', to: '2026-02-10' },
      ],
      15,
    ],
    [
      'overlapping periods count a day once',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-02-06', to: '2026-02-15' },
      ],
      15,
    ],
    [
      'a period inside another',
      [
        { from: '2026-02-01', to: '2026-02-28' },
        { from: '2026-02-10', to: '2026-02-12' },
      ],
      28,
    ],
    [
      'the same period twice',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-02-01', to: '2026-02-10' },
      ],
      10,
    ],
    [
      'adjacent periods (one ends the day before the other starts)',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-02-11', to: '2026-02-20' },
      ],
      20,
    ],
    [
      'periods sharing their boundary day',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-02-10', to: '2026-02-20' },
      ],
      20,
    ],
    [
      'a chain of three overlapping periods and a separate one',
      [
        { from: '2026-01-30', to: '2026-02-02' },
        { from: '2026-02-02', to: '2026-02-05' },
        { from: '2026-02-04', to: '2026-02-08' },
        { from: '2026-03-01', to: '2026-03-01' },
      ],
      11,
    ],
    ['a period ending before it starts is ignored', [{ from: '2026-02-10', to: '2026-02-09' }], 0],
    ['an ongoing suspension counts up to today, included', [{ from: '2026-06-01', to: null }], 15],
    ['an ongoing suspension that started today counts today', [{ from: today, to: null }], 1],
    ['an ongoing suspension that starts tomorrow counts nothing yet', [{ from: '2026-06-16', to: null }], 0],
    ['an ongoing suspension starting in a month counts nothing yet', [{ from: '2026-07-15', to: null }], 0],
    ['an ongoing suspension across a month end', [{ from: '2026-05-30', to: null }], 17],
    ['a decided period in the future counts in full', [{ from: '2026-07-01', to: '2026-07-10' }], 10],
    [
      'an ongoing suspension overlapping a closed one',
      [
        { from: '2026-05-20', to: '2026-06-05' },
        { from: '2026-06-01', to: null },
      ],
      27,
    ],
    [
      'an ongoing suspension not started yet beside a closed one',
      [
        { from: '2026-02-01', to: '2026-02-10' },
        { from: '2026-09-01', to: null },
      ],
      10,
    ],
  ];

  it.each(cases)('%s', (_label, periods, days) => {
    expect(suspendedDays(periods, today)).toBe(days);
  });

  it('grows by one each day an ongoing suspension goes on', () => {
    const periods = [{ from: '2026-03-28', to: null }];
    expect(suspendedDays(periods, '2026-03-28')).toBe(1);
    expect(suspendedDays(periods, '2026-03-29')).toBe(2);
    expect(suspendedDays(periods, '2026-03-30')).toBe(3);
    expect(suspendedDays(periods, '2026-03-27')).toBe(0);
  });

  it('does not reorder the caller’s array', () => {
    const periods = [
      { from: '2026-04-01', to: '2026-04-05' },
      { from: '2026-02-01', to: '2026-02-10' },
    ];
    const copy = structuredClone(periods);
    suspendedDays(periods, today);
    expect(periods).toEqual(copy);
  });
});

describe('effectiveDeadline', () => {
  it('is the court’s deadline when nothing was suspended', () => {
    expect(effectiveDeadline('2027-07-15', [], '2026-06-15')).toBe('2027-07-15');
  });

  it('pushes the deadline back by every suspended day', () => {
    expect(effectiveDeadline('2027-07-15', [{ from: '2026-02-01', to: '2026-02-10' }], '2026-06-15')).toBe(
      '2027-07-25',
    );
  });

  it('counts a suspension spanning a month end (30 Jan to 2 Mar 2026 = 32 days)', () => {
    expect(effectiveDeadline('2026-06-01', [{ from: '2026-01-30', to: '2026-03-02' }], '2026-05-01')).toBe(
      '2026-07-03',
    );
  });

  it('crosses 29 February when the deadline moves through a leap February', () => {
    expect(effectiveDeadline('2024-02-20', [{ from: '2023-12-01', to: '2023-12-10' }], '2024-01-15')).toBe(
      '2024-03-01',
    );
    expect(effectiveDeadline('2026-02-20', [{ from: '2025-12-01', to: '2025-12-10' }], '2026-01-15')).toBe(
      '2026-03-02',
    );
  });

  it('counts overlapping periods once', () => {
    const periods = [
      { from: '2026-02-01', to: '2026-02-10' },
      { from: '2026-02-06', to: '2026-02-15' },
    ];
    expect(effectiveDeadline('2027-01-01', periods, '2026-06-15')).toBe('2027-01-16');
  });

  it('moves one day later each day an ongoing suspension goes on', () => {
    const periods = [{ from: '2026-06-01', to: null }];
    expect(effectiveDeadline('2027-01-01', periods, '2026-06-01')).toBe('2027-01-02');
    expect(effectiveDeadline('2027-01-01', periods, '2026-06-10')).toBe('2027-01-11');
  });

  it('is not moved by an ongoing suspension that has not started yet', () => {
    expect(effectiveDeadline('2027-01-01', [{ from: '2026-07-01', to: null }], '2026-06-15')).toBe('2027-01-01');
  });
});

describe('daysUntil', () => {
  it.each([
    ['2026-06-15', '2026-06-15', 0],
    ['2026-06-16', '2026-06-15', 1],
    ['2026-06-14', '2026-06-15', -1],
    ['2026-03-30', '2026-03-28', 2],
    ['2026-10-26', '2026-10-24', 2],
    ['2024-03-01', '2024-02-28', 2],
  ])('deadline %s seen on %s: %i days left', (deadline, today, days) => {
    expect(daysUntil(deadline, today)).toBe(days);
  });
});
