import { describe, expect, it } from 'vitest';
import { decisionDateProblem } from '@shared/domain/decision-date';

describe('the decision date', () => {
  it('may be today or any day before', () => {
    expect(decisionDateProblem('2026-12-02', '2026-12-02')).toBeNull();
    expect(decisionDateProblem('2020-01-31', '2026-12-02')).toBeNull();
  });

  it('is refused from tomorrow on, with the date typed in the message', () => {
    expect(decisionDateProblem('2026-12-03', '2026-12-02')).toBe(
      'La décision ne peut être datée après aujourd’hui (03/12/2026 saisi).',
    );
    expect(decisionDateProblem('2027-01-01', '2026-12-31')).not.toBeNull();
  });
});
