import { describe, expect, it } from 'vitest';
import { HOURS_LIMITS, hoursOrderedProblem } from '@shared/domain/hours-rules';
import { MEASURE_TYPES } from '@shared/domain/measure-types';

describe('HOURS_LIMITS', () => {
  it('follows the law: TIG 20 to 400 h, TNR at most 100 h', () => {
    expect(HOURS_LIMITS).toEqual({
      tig: { min: 20, max: 400 },
      sursis_tig: { min: 20, max: 400 },
      tig_mineur: { min: 20, max: 400 },
      tnr: { min: 1, max: 100 },
    });
  });

  it('has limits for every measure type', () => {
    for (const type of MEASURE_TYPES) expect(HOURS_LIMITS[type]).toBeDefined();
  });
});

describe('hoursOrderedProblem for the TIG family', () => {
  const tigTypes = ['tig', 'sursis_tig', 'tig_mineur'] as const;

  it.each(tigTypes.flatMap((type) => [20, 21, 100, 399, 400].map((hours) => [type, hours] as const)))(
    '%s accepts %i h',
    (type, hours) => {
      expect(hoursOrderedProblem(type, hours)).toBeNull();
    },
  );

  it.each(tigTypes.flatMap((type) => [-20, 0, 1, 19, 401, 1000].map((hours) => [type, hours] as const)))(
    '%s refuses %i h',
    (type, hours) => {
      expect(hoursOrderedProblem(type, hours)).toBe(`Un TIG compte de 20 à 400 heures (${hours} h saisies).`);
    },
  );
});

describe('hoursOrderedProblem for the TNR', () => {
  it.each([1, 2, 50, 99, 100])('accepts %i h', (hours) => {
    expect(hoursOrderedProblem('tnr', hours)).toBeNull();
  });

  it.each([101, 150, 400])('refuses %i h: at most 100', (hours) => {
    expect(hoursOrderedProblem('tnr', hours)).toBe(`Un TNR compte au plus 100 heures (${hours} h saisies).`);
  });

  it.each([0, -5])('refuses %i h, naming the TNR (not the TIG)', (hours) => {
    expect(hoursOrderedProblem('tnr', hours)).toBe(`Un TNR compte de 1 à 100 heures (${hours} h saisies).`);
  });
});

describe('hoursOrderedProblem with a non-integer number', () => {
  it.each([
    ['tig', 20.5],
    ['tig', 399.99],
    ['sursis_tig', 19.5],
    ['tig_mineur', 400.5],
    ['tnr', 0.5],
    ['tnr', 99.5],
    ['tig', Number.NaN],
    ['tig', Number.POSITIVE_INFINITY],
  ] as const)('%s refuses %d h', (type, hours) => {
    expect(hoursOrderedProblem(type, hours)).toBe('Le nombre d’heures ordonnées doit être un nombre entier.');
  });
});
