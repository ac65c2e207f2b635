import { describe, expect, it } from 'vitest';
import { matchTutorByName } from '@core/db/migrations/008-placement-tutors';

const TUTORS = [
  { id: 'marc', firstName: 'Marc', lastName: 'Roux' },
  { id: 'helene', firstName: 'Hélène', lastName: 'Le Gall' },
  { id: 'paul', firstName: 'Paul', lastName: 'Martin' },
  { id: 'anne', firstName: 'Anne', lastName: 'Martin' },
];

describe('old free-text tutor names matched to a tutor of the post', () => {
  it('matches first and last names in any order, case, accents and civility aside', () => {
    expect(matchTutorByName('Marc Roux', TUTORS)).toBe('marc');
    expect(matchTutorByName('ROUX Marc', TUTORS)).toBe('marc');
    expect(matchTutorByName('Mme helene le gall', TUTORS)).toBe('helene');
  });
  it('matches a last name alone only when one tutor bears it', () => {
    expect(matchTutorByName('M. Roux', TUTORS)).toBe('marc');
    expect(matchTutorByName('M. Martin', TUTORS)).toBeNull();
  });
  it('leaves anything else unmatched', () => {
    expect(matchTutorByName('Mme Dupont', TUTORS)).toBeNull();
    expect(matchTutorByName('', TUTORS)).toBeNull();
  });
});
