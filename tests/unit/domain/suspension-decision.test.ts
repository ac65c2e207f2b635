import { describe, expect, it } from 'vitest';
import { suspensionDecisionProblem, suspensionNeedsDecision } from '@shared/domain/suspension-decision';

const base = {
  reason: 'medical',
  from: '2026-10-01',
  decisionDate: '2026-09-25' as string | null,
  measureDecisionDate: '2026-03-10',
  today: '2026-11-23',
  retroactiveReason: null as string | null,
};

describe('suspensionDecisionProblem', () => {
  it('the four « motifs graves » need a decision; detention, ARSE and national service do not', () => {
    for (const reason of ['medical', 'familial', 'professionnel', 'social'])
      expect(suspensionNeedsDecision(reason)).toBe(true);
    for (const reason of ['detention', 'arse', 'service_militaire'])
      expect(suspensionNeedsDecision(reason)).toBe(false);
    expect(suspensionDecisionProblem({ ...base, decisionDate: null })).toBe(
      'Indiquez la date de la décision qui ordonne la suspension (motif grave : décision du juge, article 131-22 du code pénal).',
    );
    expect(suspensionDecisionProblem({ ...base, reason: 'detention', decisionDate: null })).toBeNull();
  });

  it('accepts a decision before the first suspended day, or on it', () => {
    expect(suspensionDecisionProblem(base)).toBeNull();
    expect(suspensionDecisionProblem({ ...base, decisionDate: '2026-10-01' })).toBeNull();
  });

  it('accepts a decision on the measure’s decision day, refuses the day before', () => {
    expect(suspensionDecisionProblem({ ...base, decisionDate: '2026-03-10' })).toBeNull();
    expect(suspensionDecisionProblem({ ...base, decisionDate: '2026-03-09' })).toBe(
      'La suspension ne peut avoir été ordonnée avant la décision qui prononce la mesure (10/03/2026).',
    );
  });

  it('accepts today, refuses tomorrow (also for a suspension by law)', () => {
    const later = { ...base, from: '2026-12-01' };
    expect(suspensionDecisionProblem({ ...later, decisionDate: '2026-11-23' })).toBeNull();
    expect(suspensionDecisionProblem({ ...later, decisionDate: '2026-11-24' })).toBe(
      'La décision ne peut être datée après aujourd’hui (24/11/2026 saisi).',
    );
    expect(suspensionDecisionProblem({ ...later, reason: 'detention', decisionDate: '2026-11-24' })).not.toBeNull();
  });

  it('a decision the day after the first suspended day needs a justification', () => {
    const retro = { ...base, decisionDate: '2026-10-02' };
    expect(suspensionDecisionProblem(retro)).toContain('postérieure au début de la suspension (01/10/2026)');
    expect(
      suspensionDecisionProblem({ ...retro, retroactiveReason: 'L’ordonnance fixe le point de départ' }),
    ).toBeNull();
  });

  it('a suspension by law is not tied to the measure’s decision date nor to its start', () => {
    expect(
      suspensionDecisionProblem({ ...base, reason: 'detention', decisionDate: '2026-01-05', from: '2026-10-01' }),
    ).toBeNull();
    expect(suspensionDecisionProblem({ ...base, reason: 'arse', decisionDate: '2026-10-05' })).toBeNull();
  });
});
