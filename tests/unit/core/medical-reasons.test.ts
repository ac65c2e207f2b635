import { describe, expect, it } from 'vitest';
import { medicalReasonsFor } from '@core/services/cases/measure-view';

const facts = (birthDate: string, placementStart: string | null) => ({
  birthDate,
  disabledWorker: false,
  pregnant: false,
  post: null,
  placementStart,
});

describe('a minor’s medical examination follows age on the day the work starts', () => {
  it('asks it for a person under 18 on the placement start, not for one who has come of age', () => {
    expect(medicalReasonsFor(facts('2008-12-01', '2026-11-30'), '2026-12-02')).toEqual(['personne mineure']);
    expect(medicalReasonsFor(facts('2008-12-01', '2026-12-01'), '2026-12-02')).toEqual([]);
  });

  it('uses today before any placement', () => {
    expect(medicalReasonsFor(facts('2008-12-03', null), '2026-12-02')).toEqual(['personne mineure']);
    expect(medicalReasonsFor(facts('2008-12-02', null), '2026-12-02')).toEqual([]);
  });
});
