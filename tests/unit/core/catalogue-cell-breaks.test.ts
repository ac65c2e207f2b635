import { describe, expect, it } from 'vitest';
import { breakWordsWiderThan } from '@core/documents/templates/catalogue-postes';

describe('word breaks in the cells of the catalogue des postes', () => {
  // 106 pt wide (the address column): words of up to 17 characters.
  const breaks = breakWordsWiderThan(106);

  it('keeps the words that fit whole', () => {
    expect(breaks('Villenave-d’Ornon')).toEqual(['Villenave-d’Ornon']);
    expect(breaks('après-midi,')).toEqual(['après-midi,']);
  });

  it('breaks a word too wide before its own hyphens, every piece fitting the cell', () => {
    const pieces = breaks('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson');
    expect(pieces).toEqual(['Saint-Remy-en', '-Bouzemont-Saint', '-Genest-et-Isson']);
    expect(pieces.join('')).toBe('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson');
  });

  it('cuts a word without hyphens every so many characters, and a segment too long for one piece', () => {
    const email = 'secretariat.association.intercommunale@example.fr';
    const pieces = breaks(email);
    expect(pieces.join('')).toBe(email);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(17);
    expect(breaks('Rue-Anticonstitutionnellement')).toEqual(['Rue', '-Anticonstitution', 'nellement']);
  });
});
