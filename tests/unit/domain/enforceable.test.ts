import { describe, expect, it } from 'vitest';
import { enforceableDateProblem } from '@shared/domain/enforceable';
import { deadlineProblem, latestAllowedDeadline } from '@shared/domain/deadline';

const DECISION = '2026-09-10';
const TODAY = '2026-11-23';

describe('enforceableDateProblem', () => {
  it('accepts a contradictory judgment enforceable on the decision day', () => {
    expect(enforceableDateProblem(DECISION, DECISION, 'contradictoire', TODAY)).toBeNull();
  });

  it('refuses a contradictory judgment made enforceable on another day', () => {
    expect(enforceableDateProblem(DECISION, '2026-09-11', 'contradictoire', TODAY)).toBe(
      'Un jugement contradictoire est exécutoire le jour où il est rendu : indiquez le 10/09/2026, ou choisissez « signification » ou « arrêt d’appel ».',
    );
  });

  it.each(['contradictoire', 'signification', 'appel'] as const)(
    '%s: the day before the decision is refused',
    (source) => {
      expect(enforceableDateProblem(DECISION, '2026-09-09', source, TODAY)).toBe(
        'La décision ne peut être devenue exécutoire avant d’avoir été rendue (décision du 10/09/2026).',
      );
    },
  );

  it('accepts a service on the decision day, later, and today', () => {
    expect(enforceableDateProblem(DECISION, DECISION, 'signification', TODAY)).toBeNull();
    expect(enforceableDateProblem(DECISION, '2026-10-05', 'signification', TODAY)).toBeNull();
    expect(enforceableDateProblem(DECISION, TODAY, 'signification', TODAY)).toBeNull();
  });

  it('refuses tomorrow', () => {
    expect(enforceableDateProblem(DECISION, '2026-11-24', 'signification', TODAY)).toBe(
      'La date à laquelle la décision est devenue exécutoire ne peut être après aujourd’hui (24/11/2026 saisi).',
    );
    expect(enforceableDateProblem('2026-11-23', '2026-11-24', 'appel', TODAY)).not.toBeNull();
  });

  it('does not check the future when today is not known (the shared schema)', () => {
    expect(enforceableDateProblem(DECISION, '2030-01-01', 'signification', null)).toBeNull();
  });

  it('an appeal ruling comes after the decision, never the same day', () => {
    expect(enforceableDateProblem(DECISION, DECISION, 'appel', TODAY)).toBe(
      'Un arrêt d’appel est rendu après la décision du 10/09/2026 : indiquez la date de l’arrêt.',
    );
    expect(enforceableDateProblem(DECISION, '2026-09-11', 'appel', TODAY)).toBeNull();
  });
});

describe('the deadline runs from the enforceable date', () => {
  it('proposes 18 months (6 for a TNR) from the enforceable date', () => {
    expect(latestAllowedDeadline('tig', '2026-10-05')).toBe('2028-04-05');
    expect(latestAllowedDeadline('tnr', '2026-10-05')).toBe('2027-04-05');
  });

  it('accepts exactly 18 months after a service, refuses the day after', () => {
    expect(deadlineProblem('tig', DECISION, '2028-04-05', '2026-10-05')).toBeNull();
    expect(deadlineProblem('tig', DECISION, '2028-04-06', '2026-10-05')).toBe(
      'Le délai d’exécution ne peut dépasser 18 mois après la date où la décision est devenue exécutoire (05/10/2026), soit le 5 avril 2028.',
    );
  });

  it('a TNR: 6 months from the enforceable date', () => {
    expect(deadlineProblem('tnr', DECISION, '2027-04-05', '2026-10-05')).toBeNull();
    expect(deadlineProblem('tnr', DECISION, '2027-04-06', '2026-10-05')).toContain('6 mois');
  });

  it('a deadline that falls before the decision became enforceable is refused', () => {
    expect(deadlineProblem('tig', DECISION, '2026-10-05', '2026-10-05')).toBe(
      'Le délai d’exécution doit être postérieur à la date où la décision est devenue exécutoire (05/10/2026).',
    );
    expect(deadlineProblem('tig', DECISION, '2026-10-06', '2026-10-05')).toBeNull();
  });

  it('without an enforceable date, the decision date (unchanged wording)', () => {
    expect(deadlineProblem('tig', DECISION, '2028-03-11', DECISION)).toBe(
      'Le délai d’exécution ne peut dépasser 18 mois après la décision, soit le 10 mars 2028.',
    );
  });
});
