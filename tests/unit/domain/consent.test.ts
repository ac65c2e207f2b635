import { describe, expect, it } from 'vitest';
import { CONSENT_LABELS, CONSENT_STATUSES, isConsentGiven } from '@shared/domain/consent';

describe('consent', () => {
  it.each([
    ['pending', false],
    ['hearing', true],
    ['lawyer_writing', true],
    ['jap', true],
    ['refused', false],
  ] as const)('%s counts as given: %s', (status, given) => {
    expect(isConsentGiven(status)).toBe(given);
  });

  it('knows the three ways consent is given, plus pending and refused', () => {
    expect([...CONSENT_STATUSES].sort()).toEqual(['hearing', 'jap', 'lawyer_writing', 'pending', 'refused']);
  });

  it('labels every status in French', () => {
    for (const status of CONSENT_STATUSES) expect(CONSENT_LABELS[status]).toMatch(/\S/);
    expect(CONSENT_LABELS.refused).toBe('Refusé');
    expect(CONSENT_LABELS.pending).toBe('En attente');
  });
});
