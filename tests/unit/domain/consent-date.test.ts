import { describe, expect, it } from 'vitest';
import { consentDateProblem } from '@shared/domain/consent';

const DECISION = '2026-09-10';
const TODAY = '2026-11-23';

describe('consentDateProblem (code pénal 131-8)', () => {
  it('at the hearing: exactly the decision day', () => {
    expect(consentDateProblem('hearing', DECISION, DECISION, TODAY)).toBeNull();
  });

  it('at the hearing: the day after (or before) the decision is refused', () => {
    const message =
      'Un consentement donné à l’audience porte la date de l’audience, celle de la décision : le 10/09/2026.';
    expect(consentDateProblem('hearing', '2026-09-11', DECISION, TODAY)).toBe(message);
    expect(consentDateProblem('hearing', '2026-09-09', DECISION, TODAY)).toBe(message);
  });

  it('collected by the JAP: the decision day and later are accepted, the day before is refused', () => {
    expect(consentDateProblem('jap', DECISION, DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('jap', '2026-10-01', DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('jap', TODAY, DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('jap', '2026-09-09', DECISION, TODAY)).toBe(
      'Le consentement recueilli par le juge après le jugement suit celui-ci (article 131-8, dernier alinéa, du code pénal) : il ne peut être antérieur à la décision du 10/09/2026.',
    );
  });

  it('in writing through the lawyer: on or before the hearing, never after', () => {
    expect(consentDateProblem('lawyer_writing', DECISION, DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('lawyer_writing', '2026-08-28', DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('lawyer_writing', '2026-09-11', DECISION, TODAY)).toBe(
      'L’accord écrit transmis par l’avocat permet au tribunal de prononcer le TIG (article 131-8 du code pénal) : il est daté au plus tard du jour de l’audience, le 10/09/2026.',
    );
  });

  it('a refusal follows the decision', () => {
    expect(consentDateProblem('refused', DECISION, DECISION, TODAY)).toBeNull();
    expect(consentDateProblem('refused', '2026-09-09', DECISION, TODAY)).not.toBeNull();
  });

  it('never in the future, whatever the way', () => {
    for (const status of ['jap', 'refused', 'pending'] as const)
      expect(consentDateProblem(status, '2026-11-24', DECISION, TODAY)).toBe(
        'La date ne peut être dans le futur (24/11/2026 saisi).',
      );
    expect(consentDateProblem('hearing', '2026-11-24', '2026-11-24', TODAY)).not.toBeNull();
  });

  it('pending without a date is fine', () => {
    expect(consentDateProblem('pending', null, DECISION, TODAY)).toBeNull();
  });
});
