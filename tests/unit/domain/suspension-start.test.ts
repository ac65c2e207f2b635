import { describe, expect, it } from 'vitest';
import { suspensionStartProblem } from '@shared/domain/deadline';

describe('a suspension against the deadline', () => {
  it('may start on the last day of the deadline', () => {
    expect(suspensionStartProblem('2026-06-01', '2026-06-01')).toBeNull();
    expect(suspensionStartProblem('2026-01-15', '2026-06-01')).toBeNull();
  });

  it('is refused from the day after, naming the day the deadline expired', () => {
    expect(suspensionStartProblem('2026-06-02', '2026-06-01')).toBe(
      'Le délai d’exécution a expiré le 01/06/2026 : il ne peut plus être suspendu.',
    );
  });
});
