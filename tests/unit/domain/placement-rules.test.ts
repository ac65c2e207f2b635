import { describe, expect, it } from 'vitest';
import { changeOfPostProblem, minorPostProblem, placementDeadlineProblem } from '@shared/domain/placement-rules';

describe('placement start and the execution deadline', () => {
  it('accepts a start on the deadline day and refuses the day after, naming the deadline', () => {
    expect(placementDeadlineProblem('2028-04-01', '2028-04-01')).toBeNull();
    expect(placementDeadlineProblem('2028-04-02', '2028-04-01')).toBe(
      'Le délai d’exécution expire le 01/04/2028 : la prise de poste ne peut être fixée après.',
    );
  });
});

describe('change of post: the end of the current placement', () => {
  const TODAY = '2026-11-23';
  it('may end it on its own start day and today, not before its start', () => {
    expect(changeOfPostProblem('2026-11-02', '2026-11-02', TODAY)).toBeNull();
    expect(changeOfPostProblem('2026-11-02', TODAY, TODAY)).toBeNull();
    expect(changeOfPostProblem('2026-11-02', '2026-11-01', TODAY)).toBe(
      'L’affectation en cours a commencé le 02/11/2026 : le changement de poste ne peut la terminer avant.',
    );
  });
  it('may not end it tomorrow', () => {
    expect(changeOfPostProblem('2026-11-02', '2026-11-24', TODAY)).toContain('ne peut être dans le futur');
  });
});

describe('minor status on the start date, whatever the measure type', () => {
  // Born 2008-11-24: 17 years and 364 days on 2026-11-23, 18 on 2026-11-24.
  const BIRTH = '2008-11-24';
  it('needs a post open to minors the day before the 18th birthday', () => {
    expect(minorPostProblem(BIRTH, '2026-11-23', false)).toBe(
      'La personne aura 17 ans le 23/11/2026 : ce poste n’est pas ouvert aux mineurs.',
    );
    expect(minorPostProblem(BIRTH, '2026-11-23', true)).toBeNull();
  });
  it('lets an adult on the start date go on an adult post (a TIG mineur come of age)', () => {
    expect(minorPostProblem(BIRTH, '2026-11-24', false)).toBeNull();
  });
});
