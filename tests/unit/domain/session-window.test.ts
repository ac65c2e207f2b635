import { describe, expect, it } from 'vitest';
import { placementOn, presentSessionDateProblem } from '@shared/domain/session-window';

const FIRST = { id: 'first', startDate: '2026-03-02', endDate: '2026-04-01' };
const SECOND = { id: 'second', startDate: '2026-04-01', endDate: null };
const base = {
  today: '2026-11-23',
  placements: [FIRST, SECOND],
  suspensions: [{ from: '2026-05-04', to: '2026-05-10' as string | null }],
  courtDeadline: '2026-10-01',
};

describe('placementOn', () => {
  it('picks the placement covering the day, the new one on the day of a move', () => {
    expect(placementOn('2026-03-02', base.placements)?.id).toBe('first');
    expect(placementOn('2026-03-31', base.placements)?.id).toBe('first');
    expect(placementOn('2026-04-01', base.placements)?.id).toBe('second');
    expect(placementOn('2026-03-01', base.placements)).toBeNull();
  });
});

describe('presentSessionDateProblem', () => {
  const problem = (date: string, extra: Partial<typeof base> = {}) =>
    presentSessionDateProblem({ ...base, ...extra, date });

  it('refuses the day before the first placement starts, accepts its first day', () => {
    expect(problem('2026-03-01')).toBe(
      'Le 1er mars 2026 précède la prise de poste (le 2 mars 2026) : aucune heure ne peut être créditée.',
    );
    expect(problem('2026-03-02')).toBeNull();
  });

  it('refuses the day after an ended placement, accepts its last day', () => {
    const ended = { placements: [{ id: 'p', startDate: '2026-03-02', endDate: '2026-04-01' }] };
    expect(problem('2026-04-01', ended)).toBeNull();
    expect(problem('2026-04-02', ended)).toBe(
      'Le 2 avril 2026 est après la fin de l’affectation (le 1er avril 2026) : aucune heure ne peut être créditée.',
    );
  });

  it('refuses both ends of a suspension, accepts the days around it', () => {
    expect(problem('2026-05-03')).toBeNull();
    expect(problem('2026-05-04')).toContain('l’exécution était suspendue (suspension du 4 mai 2026 au 10 mai 2026)');
    expect(problem('2026-05-10')).toContain('Le 10 mai 2026, l’exécution était suspendue');
    expect(problem('2026-05-11')).toBeNull();
    expect(problem('2026-11-20', { suspensions: [{ from: '2026-11-01', to: null }] })).toContain('suspendue');
  });

  it('refuses a day after the effective deadline (pushed back by the suspended days)', () => {
    // 7 suspended days: the deadline of 1 October becomes 8 October.
    expect(problem('2026-10-08')).toBeNull();
    expect(problem('2026-10-09')).toBe(
      'Le 9 octobre 2026 est après le délai d’exécution (8 octobre 2026, suspensions comprises) : aucune heure ne peut être créditée.',
    );
  });

  it('refuses a day in the future and a day without any placement', () => {
    expect(problem('2026-11-24', { courtDeadline: '2027-10-01' })).toContain('dans le futur');
    expect(problem('2026-11-23', { courtDeadline: '2027-10-01' })).toBeNull();
    expect(problem('2026-06-01', { placements: [] })).toBe(
      'Le 1er juin 2026, la personne n’était affectée à aucun poste.',
    );
  });
});
